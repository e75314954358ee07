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
  }, 120_000);
});
