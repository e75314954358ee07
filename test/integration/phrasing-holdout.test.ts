import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import type { PhrasingHoldoutResult } from '../../evals/phrasing-holdout.ts';
import { FIXTURE_KNOWLEDGE } from '../support/fixture-knowledge.ts';
import { runScript } from '../support/run-cli.ts';

describe('npm run eval:phrasings', () => {
  it('asks every phrasing once with it held out of its card, leaving the knowledge base as it was', async () => {
    const indexDir = await mkdtemp(path.join(tmpdir(), 'canishare-phrasings-test-'));
    const card = path.join(FIXTURE_KNOWLEDGE, 'decisions', 'fixture-knife.yml');
    const before = await readFile(card, 'utf8');
    const decisions = path.join(FIXTURE_KNOWLEDGE, 'decisions');
    let phrasings = 0;
    const perCard: Record<string, number> = {};
    for (const file of await readdir(decisions)) {
      const parsed = YAML.parse(await readFile(path.join(decisions, file), 'utf8')) as { id: string; fallback?: boolean; phrasings: string[] };
      // The fallback card has no situation of its own to hold out.
      if (parsed.fallback) continue;
      phrasings += parsed.phrasings.length;
      perCard[parsed.id] = parsed.phrasings.length;
    }
    try {
      const { code, stdout, stderr } = await runScript('evals/phrasing-holdout.ts', ['--folds', '2', '--json'], { KNOWLEDGE_DIR: FIXTURE_KNOWLEDGE, INDEX_DIR: indexDir });
      expect(stderr).toBe('');
      expect(code).toBe(0);
      const result = JSON.parse(stdout) as PhrasingHoldoutResult;
      expect(result).toMatchObject({ folds: 2, asked: phrasings });
      // Phrasings of two distinct situations mostly find their own card, though none is in it.
      expect(result.sameCard).toBeGreaterThan(0.5);
      expect(result.sameVerdict).toBeGreaterThan(0.5);
      const missed = Object.values(result.missedRoutes).reduce((a, b) => a + b, 0);
      expect(missed).toBe(Math.round(phrasings * (1 - result.sameCard)));
      // Each card's phrasings are counted against that card, and the cards add up to the whole.
      expect(Object.fromEntries(Object.entries(result.byCard).map(([id, card]) => [id, card.asked]))).toEqual(perCard);
      expect(Object.values(result.byCard).reduce((sum, card) => sum + card.sameCard, 0)).toBe(Math.round(phrasings * result.sameCard));
      // Each phrasing another card answered is listed with what answered it, so its card can be mended.
      for (const card of Object.values(result.byCard)) expect(card.missed).toHaveLength(card.asked - card.sameCard);
      expect(await readFile(card, 'utf8')).toBe(before);
    } finally {
      await rm(indexDir, { recursive: true, force: true });
    }
  }, 120_000);

  it('says what to give when the number of folds is not usable', async () => {
    const { code, stderr } = await runScript('evals/phrasing-holdout.ts', ['--folds', '1'], { KNOWLEDGE_DIR: FIXTURE_KNOWLEDGE });
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/--folds.*whole number from 2 to 12/);
  });
});
