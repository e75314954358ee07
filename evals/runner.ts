import { createEngine, type Answer, type Config, type Passage } from '../src/index.ts';
import { CATEGORIES, type EvalItem } from './question-set.ts';
import { citedSentences, scoreItem, summarise, type Decided, type ItemScore, type Summary } from './scorers.ts';

/** One way of running the engine, compared side by side with others. */
export interface Configuration {
  retriever: 'hybrid' | 'lexical' | 'dense';
  mode: Answer['mode'];
}

export const configurationName = (c: Configuration) => `${c.retriever} · ${c.mode}`;

export interface ItemResult {
  item: EvalItem;
  answer: Answer;
  score: ItemScore;
}

export interface ConfigurationResult {
  configuration: Configuration;
  results: ItemResult[];
  overall: Summary;
  byCategory: Partial<Record<(typeof CATEGORIES)[number], Summary>>;
  bySplit: { dev: Summary; heldout: Summary };
  /** Each split's items by category, for gates that apply to one split. */
  bySplitCategory: { dev: Partial<Record<(typeof CATEGORIES)[number], Summary>>; heldout: Partial<Record<(typeof CATEGORIES)[number], Summary>> };
}

export type EvalProgress = (done: number, total: number, label: string) => void;

/** Judges whether a passage supports a sentence (a chat model, with --grade-with-model). */
export type SupportGrader = (sentence: string, passage: string) => Promise<boolean>;

/** Asks every question through the same engine the CLI and chat adapters use, and scores the answers. */
export async function runEvaluation(
  config: Config,
  items: EvalItem[],
  configurations: Configuration[],
  onProgress: EvalProgress = () => undefined,
  grader?: SupportGrader,
): Promise<ConfigurationResult[]> {
  const total = items.length * configurations.length;
  let done = 0;
  const out: ConfigurationResult[] = [];
  for (const configuration of configurations) {
    const { engine } = await createEngine(config, { retriever: configuration.retriever, answerMode: configuration.mode });
    const results: ItemResult[] = [];
    for (const item of items) {
      let passages: Passage[] = [];
      let decided: Decided = { route: null, cardId: null, basis: [] };
      const started = performance.now();
      const answer = await engine.ask(
        item.question,
        { platform: 'eval', history: item.history?.map((question) => ({ question })) },
        { retrieved: (retrieved) => (passages = retrieved), decided: (d) => (decided = d) },
      );
      const latency = performance.now() - started;
      const score = scoreItem(item, answer, passages, latency, decided);
      if (grader) score.modelGradedFaithfulness = await gradeWithModel(answer, grader);
      results.push({ item, answer, score });
      onProgress((done += 1), total, configurationName(configuration));
    }
    out.push(summariseResults(configuration, results));
  }
  return out;
}

async function gradeWithModel(answer: Answer, grader: SupportGrader): Promise<number | null> {
  const sentences = citedSentences(answer);
  if (sentences.length === 0) return null;
  let supported = 0;
  for (const { sentence, cited } of sentences) if (await grader(sentence, cited)) supported += 1;
  return supported / sentences.length;
}

function summariseResults(configuration: Configuration, results: ItemResult[]): ConfigurationResult {
  const of = (filter: (r: ItemResult) => boolean) => summarise(results.filter(filter).map((r) => r.score));
  const categories = (within: (r: ItemResult) => boolean) => {
    const out: ConfigurationResult['byCategory'] = {};
    for (const category of CATEGORIES) {
      const filter = (r: ItemResult) => within(r) && r.item.category === category;
      if (results.some(filter)) out[category] = of(filter);
    }
    return out;
  };
  return {
    configuration,
    results,
    overall: of(() => true),
    byCategory: categories(() => true),
    bySplit: { dev: of((r) => r.item.split === 'dev'), heldout: of((r) => r.item.split === 'heldout') },
    bySplitCategory: { dev: categories((r) => r.item.split === 'dev'), heldout: categories((r) => r.item.split === 'heldout') },
  };
}
