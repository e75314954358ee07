/**
 * npm run eval:phrasings — how well decision cards answer ways of asking that
 * they do not list. Each fold takes every Nth phrasing out of every card,
 * builds the index from that copy of the knowledge base, and asks the phrasings
 * it took out: does the same card answer, and does the first line state the
 * same verdict as when the phrasing is in its card? The eval question sets
 * say how the engine does on questions it was tuned with; this says how it
 * does on wordings no card has, without touching the held-out split.
 *   --folds N   how many folds (default 4): each phrasing is held out once
 *   --json      one JSON object on stdout
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Command, InvalidArgumentError } from 'commander';
import { createEngine, isAppError, loadConfig, type Config } from '../src/index.ts';
import { holdOutPhrasings } from './hold-out-phrasings.ts';
import { statedVerdict } from './scorers.ts';

/** What `--json` prints. */
export interface PhrasingHoldoutResult {
  folds: number;
  asked: number;
  /** Share answered by the card the phrasing came from. */
  sameCard: number;
  /** Share whose first line states the verdict it states with the phrasing in its card. */
  sameVerdict: number;
  /** How the phrasings another card (or none) answered were answered: decision, explain, no_guidance… */
  missedRoutes: Record<string, number>;
  /** The same counts for each card, to find the cards whose phrasings do not carry over to new wording. */
  byCard: Record<string, { asked: number; sameCard: number; sameVerdict: number; missed: { question: string; answeredBy: string }[] }>;
}

const WEAKEST_SHOWN = 8;

async function runPhrasingHoldout(config: Config, folds: number): Promise<PhrasingHoldoutResult> {
  const { engine: whole } = await createEngine(config, { answerMode: 'extractive' });
  let asked = 0;
  let sameCard = 0;
  let sameVerdict = 0;
  const missedRoutes: Record<string, number> = {};
  const byCard: PhrasingHoldoutResult['byCard'] = {};
  for (let fold = 0; fold < folds; fold += 1) {
    const dir = await mkdtemp(path.join(tmpdir(), 'canishare-phrasings-'));
    try {
      const heldOut = await holdOutPhrasings(config.knowledgeDir, path.join(dir, 'knowledge'), folds, fold);
      const { engine } = await createEngine({ ...config, knowledgeDir: path.join(dir, 'knowledge'), indexDir: path.join(dir, 'index') }, { answerMode: 'extractive' });
      for (const { cardId, question } of heldOut) {
        let decided = null as { route: string; cardId: string | null } | null;
        const answer = await engine.ask(question, { platform: 'eval' }, { decided: (d) => (decided = d) });
        const expected = statedVerdict(await whole.ask(question, { platform: 'eval' }));
        const card = (byCard[cardId] ??= { asked: 0, sameCard: 0, sameVerdict: 0, missed: [] });
        asked += 1;
        card.asked += 1;
        if (statedVerdict(answer) === expected) {
          sameVerdict += 1;
          card.sameVerdict += 1;
        }
        const { route, cardId: answeredBy } = decided ?? { route: 'none', cardId: null };
        if (answeredBy === cardId) {
          sameCard += 1;
          card.sameCard += 1;
        } else {
          missedRoutes[route] = (missedRoutes[route] ?? 0) + 1;
          card.missed.push({ question, answeredBy: answeredBy ?? route });
        }
      }
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }
  return { folds, asked, sameCard: asked ? sameCard / asked : 0, sameVerdict: asked ? sameVerdict / asked : 0, missedRoutes, byCard };
}

const options = new Command()
  .name('npm run eval:phrasings --')
  .option('--folds <n>', 'how many folds', (value) => {
    const n = Number(value);
    if (!Number.isInteger(n) || n < 2 || n > 12) throw new InvalidArgumentError('give a whole number from 2 to 12');
    return n;
  }, 4)
  .option('--json', 'print one JSON object on stdout')
  .parse()
  .opts<{ folds: number; json?: boolean }>();
try {
  const result = await runPhrasingHoldout(loadConfig(), options.folds);
  if (options.json) process.stdout.write(`${JSON.stringify(result)}\n`);
  else {
    const routes = Object.entries(result.missedRoutes).map(([route, n]) => `${route} ${n}`).join(', ');
    const weakest = Object.entries(result.byCard)
      .sort(([, a], [, b]) => a.sameCard / a.asked - b.sameCard / b.asked)
      .slice(0, WEAKEST_SHOWN)
      .map(([id, card]) => `    ${id}: ${card.sameCard} of ${card.asked}`);
    process.stdout.write(
      [
        `Phrasings held out of their cards (${result.folds} folds): ${result.asked}`,
        `  answered by the same card: ${result.sameCard.toFixed(3)}`,
        `  first line states the same verdict: ${result.sameVerdict.toFixed(3)}`,
        `  the rest were answered by: ${routes || 'nothing else'}`,
        `  cards whose phrasings carry over least (answered by the same card):`,
        ...weakest,
      ].join('\n') + '\n',
    );
  }
} catch (error) {
  process.stderr.write(`npm run eval:phrasings: ${isAppError(error) ? error.message : error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
}
