import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { holdOutPhrasings } from '../../evals/hold-out-phrasings.ts';
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

  it('takes each phrasing out of its card in exactly one fold, in a copy of the knowledge base', async () => {
    const folds = 3;
    const root = await mkdtemp(path.join(tmpdir(), 'canishare-folds-test-'));
    const phrasingsOf = async (knowledgeDir: string) => {
      const byCard: Record<string, string[]> = {};
      for (const file of await readdir(path.join(knowledgeDir, 'decisions'))) {
        const card = YAML.parse(await readFile(path.join(knowledgeDir, 'decisions', file), 'utf8')) as { id: string; fallback?: boolean; phrasings: string[] };
        if (!card.fallback) byCard[card.id] = card.phrasings;
      }
      return byCard;
    };
    try {
      const original = await phrasingsOf(FIXTURE_KNOWLEDGE);
      const timesHeldOut = new Map<string, number>();
      for (let fold = 0; fold < folds; fold += 1) {
        const copy = path.join(root, `fold-${fold}`);
        const heldOut = await holdOutPhrasings(FIXTURE_KNOWLEDGE, copy, folds, fold);
        const kept = await phrasingsOf(copy);
        for (const [id, phrasings] of Object.entries(original)) {
          const taken = heldOut.filter((entry) => entry.cardId === id).map((entry) => entry.question);
          expect(taken.length).toBeGreaterThan(0);
          expect(kept[id]).toEqual(phrasings.filter((phrasing) => !taken.includes(phrasing)));
          for (const phrasing of taken) timesHeldOut.set(`${id}\t${phrasing}`, (timesHeldOut.get(`${id}\t${phrasing}`) ?? 0) + 1);
        }
      }
      const all = Object.entries(original).flatMap(([id, phrasings]) => phrasings.map((phrasing) => `${id}\t${phrasing}`));
      expect([...timesHeldOut.keys()].sort()).toEqual([...all].sort());
      expect([...timesHeldOut.values()].every((times) => times === 1)).toBe(true);
      expect(await phrasingsOf(FIXTURE_KNOWLEDGE)).toEqual(original);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('says what to give when the number of folds is not usable', async () => {
    const { code, stderr } = await runScript('evals/phrasing-holdout.ts', ['--folds', '1'], { KNOWLEDGE_DIR: FIXTURE_KNOWLEDGE });
    expect(code).not.toBe(0);
    expect(stderr).toMatch(/--folds.*whole number from 2 to 12/);
  });
});
