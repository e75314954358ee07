import { contractProblems, endsForbidding, firstLineOf, lexicalSupport, SUPPORTED_SHARE, verdictOfFirstLine, type Answer, type Passage } from '../src/index.ts';
import type { EvalItem } from './question-set.ts';

/** Positions are 1-based; k is how many retrieved passages count. */
export const RETRIEVAL_K = 5;

/** What the engine decided, as the eval runner observed it. */
export interface Decided {
  /** How the engine answered: a situation card, the general framework, an explanation, or a status answer. */
  route: string | null;
  cardId: string | null;
  /** Documents the matched decision rests on. */
  basis: string[];
}

/** Everything measured about one question. Metrics that do not apply are null. */
export interface ItemScore {
  id: string;
  hit: number | null;
  recall: number | null;
  reciprocalRank: number | null;
  citationPrecision: number | null;
  citationValid: number;
  keyPointCoverage: number | null;
  statusCorrect: number;
  /** The answer's `verdict` is one the item accepts. */
  verdictCorrect: number | null;
  /** The decision the first line's wording states is one the item accepts. */
  firstLineVerdictCorrect: number | null;
  /** Every phrase group the first line must contain is there. */
  firstLinePhrases: number | null;
  /** The first line contains a phrase that makes it wrong or harmful for this situation. */
  harmfulFirstLine: number | null;
  /** Share of cited sentences citing a document that is neither expected nor the basis of the matched decision. */
  offTopicShare: number | null;
  /** An answerable question got no_guidance. */
  noGuidance: number | null;
  identifierLeaks: number;
  forbiddenStrings: string[];
  faithfulness: number | null;
  /** Share of cited sentences a grading model judged supported (only with --grade-with-model). */
  modelGradedFaithfulness: number | null;
  latencyMs: number;
  missingKeyPoints: string[];
  missingFirstLinePhrases: string[];
  harmfulPhrases: string[];
  retrievedIds: string[];
  citedIds: string[];
  decidedCard: string | null;
  route: string | null;
  problems: string[];
}

const documentOf = (chunkId: string) => chunkId.split('#')[0]!;

/** What an answer's first line states: its verdict, "none" for an explanation, or the status when it does not answer. */
export function statedVerdict(answer: Answer): string {
  if (answer.status !== 'answered') return answer.status;
  return answer.verdict === null ? 'none' : (verdictOfFirstLine(answer.answer) ?? 'none');
}
const normalise = (text: string) => text.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ');

/**
 * The first line says the phrase rather than ruling it out: "No, don't send the whole record" does not tell the
 * reader to "send the whole record", though it contains the words.
 */
export function assertsPhrase(firstLine: string, phrase: string): boolean {
  for (let at = firstLine.indexOf(phrase); at !== -1; at = firstLine.indexOf(phrase, at + 1)) {
    if (!endsForbidding(firstLine.slice(0, at))) return true;
  }
  return false;
}

/** Scores one answer against its item. Pure: the same inputs always give the same score. */
export function scoreItem(item: EvalItem, answer: Answer, passages: Passage[], latencyMs: number, decided: Decided = { route: null, cardId: null, basis: [] }): ItemScore {
  const retrievedIds = [...new Set([...(decided.cardId ? [decided.cardId] : []), ...passages.map((p) => documentOf(p.chunk.id))])];
  const topDocs = passages.slice(0, RETRIEVAL_K).map((p) => documentOf(p.chunk.id));
  const expected = new Set(item.expected_ids);
  const scoresRetrieval = expected.size > 0;
  // A decided card answers from the notes it cites, so its rank finds those notes as well as the card itself.
  const cardEntry = decided.cardId ? [[decided.cardId, ...decided.basis]] : [];
  const ranked = [...cardEntry, ...passages.map((p) => [documentOf(p.chunk.id)])];
  const firstHit = ranked.findIndex((ids) => ids.some((id) => expected.has(id)));
  const top = [...cardEntry.flat(), ...topDocs];

  const citedIds = answer.citations.map((c) => documentOf(c.id));
  const answerText = normalise(answer.answer);
  const missingKeyPoints = item.key_points.filter((alternatives) => !alternatives.some((a) => answerText.includes(normalise(a)))).map((a) => a[0]!);
  const json = normalise(JSON.stringify(answer));
  const identifierLeaks = (item.identifiers ?? []).filter((value) => json.includes(normalise(value))).length;
  const forbiddenStrings = item.must_not_contain.filter((value) => json.includes(normalise(value)));

  const statusCorrect = answer.status === item.expected_status ? 1 : 0;
  const judgesVerdict = item.expected_verdicts.length > 0;
  const accepts = (verdict: string | null) => statusCorrect === 1 && (item.expected_verdicts as string[]).includes(verdict ?? 'none');
  const firstLine = normalise(firstLineOf(answer.answer));
  const answered = answer.status === 'answered';
  const missingFirstLinePhrases = answered ? item.first_line_must.filter((group) => !group.some((phrase) => firstLine.includes(normalise(phrase)))).map((g) => g[0]!) : [];
  const harmfulPhrases = answered ? item.first_line_must_not.filter((phrase) => assertsPhrase(firstLine, normalise(phrase))) : [];
  const onTopic = new Set([...item.expected_ids, ...decided.basis]);
  const cited = citedSentences(answer);
  const offTopic = cited.filter(({ documents }) => documents.some((doc) => !onTopic.has(doc))).length;

  return {
    id: item.id,
    hit: scoresRetrieval ? (top.some((d) => expected.has(d)) ? 1 : 0) : null,
    recall: scoresRetrieval ? [...expected].filter((id) => top.includes(id)).length / expected.size : null,
    reciprocalRank: scoresRetrieval ? (firstHit >= 0 ? 1 / (firstHit + 1) : 0) : null,
    citationPrecision: scoresRetrieval && citedIds.length > 0 ? citedIds.filter((id) => expected.has(id) || decided.basis.includes(id)).length / citedIds.length : null,
    citationValid: contractProblems(answer).length === 0 ? 1 : 0,
    keyPointCoverage: item.key_points.length > 0 ? 1 - missingKeyPoints.length / item.key_points.length : null,
    statusCorrect,
    verdictCorrect: judgesVerdict ? (accepts(answer.verdict) ? 1 : 0) : null,
    // An answer that claims no decision explains the law; one that claims a decision must say it in its wording.
    firstLineVerdictCorrect: judgesVerdict ? (accepts(answer.verdict === null ? null : verdictOfFirstLine(answer.answer)) ? 1 : 0) : null,
    firstLinePhrases: item.first_line_must.length > 0 && item.expected_status === 'answered' ? (answered && missingFirstLinePhrases.length === 0 ? 1 : 0) : null,
    harmfulFirstLine: item.first_line_must_not.length > 0 ? (harmfulPhrases.length > 0 ? 1 : 0) : null,
    offTopicShare: cited.length > 0 && onTopic.size > 0 ? offTopic / cited.length : null,
    noGuidance: item.expected_status === 'answered' ? (answer.status === 'no_guidance' ? 1 : 0) : null,
    identifierLeaks,
    forbiddenStrings,
    faithfulness: faithfulness(answer),
    modelGradedFaithfulness: null,
    latencyMs,
    missingKeyPoints,
    missingFirstLinePhrases,
    harmfulPhrases,
    retrievedIds,
    citedIds,
    decidedCard: decided.cardId,
    route: decided.route,
    problems: contractProblems(answer),
  };
}

/** Each cited sentence of an answer, without its markers, with the text and documents of the passages it cites. */
export function citedSentences(answer: Answer): { sentence: string; cited: string; documents: string[] }[] {
  const byNumber = new Map(answer.citations.map((c) => [c.n, c]));
  return answer.answer
    .split('\n')
    .map((line) => line.replace(/^-\s*/, ''))
    .flatMap((line) => line.split(/(?<=[.!?]["”’)]*)\s+(?=[A-Z"“])/))
    .filter((line) => /\[\d+\]/.test(line))
    .map((line) => {
      const numbers = [...line.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1]));
      return {
        sentence: line.replace(/\s*\[\d+\]/g, ''),
        cited: numbers.map((n) => byNumber.get(n)?.excerpt ?? '').join('\n'),
        documents: numbers.map((n) => documentOf(byNumber.get(n)?.id ?? '')),
      };
    });
}

/** Share of cited sentences whose terms are supported by the passages they cite; null with no citations. */
export function faithfulness(answer: Answer): number | null {
  const sentences = citedSentences(answer);
  if (sentences.length === 0) return null;
  const supported = sentences.filter(({ sentence, cited }) => {
    const support = lexicalSupport(sentence, cited);
    return support.share >= SUPPORTED_SHARE && support.unsupportedReferences.length === 0;
  });
  return supported.length / sentences.length;
}

/** Averages of each metric over the items it applies to, plus counts and latency percentiles. */
export interface Summary {
  items: number;
  hitAtK: number | null;
  recallAtK: number | null;
  mrr: number | null;
  citationPrecision: number | null;
  citationValidity: number | null;
  keyPointCoverage: number | null;
  statusAccuracy: number | null;
  verdictAccuracy: number | null;
  firstLineVerdictAccuracy: number | null;
  firstLinePhrases: number | null;
  harmfulFirstLines: number;
  offTopicShare: number | null;
  noGuidanceRate: number | null;
  identifierLeaks: number;
  forbiddenStrings: number;
  faithfulness: number | null;
  modelGradedFaithfulness: number | null;
  latencyP50: number | null;
  latencyP95: number | null;
}

export function summarise(scores: ItemScore[]): Summary {
  const mean = (pick: (s: ItemScore) => number | null) => {
    const values = scores.map(pick).filter((v): v is number => v !== null);
    return values.length === 0 ? null : values.reduce((a, b) => a + b, 0) / values.length;
  };
  const latencies = scores.map((s) => s.latencyMs).sort((a, b) => a - b);
  const percentile = (p: number) => (latencies.length === 0 ? null : latencies[Math.min(latencies.length - 1, Math.ceil(p * latencies.length) - 1)]!);
  return {
    items: scores.length,
    hitAtK: mean((s) => s.hit),
    recallAtK: mean((s) => s.recall),
    mrr: mean((s) => s.reciprocalRank),
    citationPrecision: mean((s) => s.citationPrecision),
    citationValidity: mean((s) => s.citationValid),
    keyPointCoverage: mean((s) => s.keyPointCoverage),
    statusAccuracy: mean((s) => s.statusCorrect),
    verdictAccuracy: mean((s) => s.verdictCorrect),
    firstLineVerdictAccuracy: mean((s) => s.firstLineVerdictCorrect),
    firstLinePhrases: mean((s) => s.firstLinePhrases),
    harmfulFirstLines: scores.reduce((sum, s) => sum + (s.harmfulFirstLine ?? 0), 0),
    offTopicShare: mean((s) => s.offTopicShare),
    noGuidanceRate: mean((s) => s.noGuidance),
    identifierLeaks: scores.reduce((sum, s) => sum + s.identifierLeaks, 0),
    forbiddenStrings: scores.reduce((sum, s) => sum + s.forbiddenStrings.length, 0),
    faithfulness: mean((s) => s.faithfulness),
    modelGradedFaithfulness: mean((s) => s.modelGradedFaithfulness),
    latencyP50: percentile(0.5),
    latencyP95: percentile(0.95),
  };
}
