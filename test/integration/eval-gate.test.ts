import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runScript } from '../support/run-cli.ts';

describe('the quality gate', () => {
  it('passes on the offline hybrid engine over the whole question set (npm run eval -- --json)', async () => {
    const indexDir = await mkdtemp(path.join(tmpdir(), 'canishare-eval-'));
    try {
      const { code, stdout, stderr } = await runScript('evals/cli.ts', ['--json'], { INDEX_DIR: indexDir });
      expect(stderr).toBe('');
      const report = JSON.parse(stdout) as { items: number; gate: { applied: boolean; passed: boolean; failures: string[] } };
      expect(report.items).toBeGreaterThanOrEqual(120);
      expect(report.gate.applied).toBe(true);
      expect(report.gate.failures).toEqual([]);
      expect(code).toBe(0);
    } finally {
      await rm(indexDir, { recursive: true, force: true });
    }
    // It asks every one of the eight thousand questions, while other test files share the two cores.
  }, 900_000);
});

describe('the eval runner with a remote model', () => {
  it('runs in llm mode against a loopback OpenAI API, and every citation it reports survives verification', async () => {
    const { FakeOpenAI } = await import('../support/fake-openai.ts');
    const fake = new FakeOpenAI();
    const baseUrl = await fake.start();
    const indexDir = await mkdtemp(path.join(tmpdir(), 'canishare-eval-llm-'));
    try {
      // The core question set covers every category; the model path does not need the whole set to show its citations hold.
      const args = ['--json', '--mode', 'llm', '--questions', 'evals/questions/core.jsonl', '--split', 'dev', '--no-gate', '--grade-with-model'];
      const { stdout, stderr } = await runScript('evals/cli.ts', args, {
        INDEX_DIR: indexDir,
        OPENAI_API_KEY: 'sk-test',
        OPENAI_BASE_URL: baseUrl,
        CHAT_MODEL: 'gpt-test',
      });
      expect(stderr).toBe('');
      const report = JSON.parse(stdout) as { results: { configuration: string; overall: Record<string, number | null> }[] };
      expect(report.results.map((r) => r.configuration)).toEqual(['hybrid · llm']);
      const overall = report.results[0]!.overall;
      expect(overall.citationValidity).toBe(1);
      expect(overall.identifierLeaks).toBe(0);
      expect(overall.faithfulness).toBeGreaterThan(0.9);
      expect(overall.modelGradedFaithfulness).toBeGreaterThan(0.9);
      expect(fake.requests.some((r) => r.path === '/v1/chat/completions')).toBe(true);
    } finally {
      await fake.stop();
      await rm(indexDir, { recursive: true, force: true });
    }
  }, 180_000);
});
