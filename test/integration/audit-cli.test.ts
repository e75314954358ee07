import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../src/compose.ts';
import { fixtureWorkspace, type Workspace } from '../support/fixture-knowledge.ts';
import { runCli } from '../support/run-cli.ts';

let workspace: Workspace;
let env: Record<string, string>;
const daysAgo = (n: number) => new Date(Date.now() - n * 86_400_000);

beforeAll(async () => {
  workspace = await fixtureWorkspace();
  env = { KNOWLEDGE_DIR: workspace.knowledgeDir, INDEX_DIR: workspace.indexDir, DATA_DIR: `${workspace.root}/data` };
  const store = await openStore(workspace.config(env));
  const base = { platform: 'slack', userPseudonym: 'ab12', status: 'answered' as const, verdict: 'may' as const, decisionId: 'some-card', mode: 'extractive' as const, redactionTypes: [], latencyMs: 9 };
  await store.recordQuestion({ ...base, id: 'old', askedAt: daysAgo(400), question: 'Old question, about "quotes", and commas', citedIds: ['a#1'] });
  await store.recordQuestion({ ...base, id: 'recent', askedAt: daysAgo(2), question: 'Can I tell the police about [name]?', citedIds: ['b#1', 'c#2'] });
  await store.recordFeedback('recent', 'down', daysAgo(1));
  await store.close();
}, 60_000);
afterAll(() => workspace.remove());

describe('canishare audit', () => {
  it('exports CSV an information governance lead can open, with a header and quoted fields', async () => {
    const result = await runCli(['audit', 'export', '--format', 'csv'], env, workspace.root);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines[0]).toBe('id,asked_at,platform,user_pseudonym,question,status,verdict,decision_id,mode,cited_ids,redaction_types,latency_ms,rating,rated_at,comment_reason,comment');
    expect(lines[1]).toMatch(/^old,.*,"Old question, about ""quotes"", and commas",answered,may,some-card,extractive,/);
    expect(lines[2]).toMatch(/^recent,.*,b#1 c#2,,9,down,/);
  });

  it('exports JSON Lines for a date range', async () => {
    const from = daysAgo(30).toISOString().slice(0, 10);
    const result = await runCli(['audit', 'export', '--format', 'json', '--from', from], env, workspace.root);
    const rows = result.stdout.trim().split('\n').map((l) => JSON.parse(l) as { id: string; rating: string });
    expect(rows).toEqual([expect.objectContaining({ id: 'recent', rating: 'down' })]);
  });

  it('rejects a malformed date with the format to use', async () => {
    const result = await runCli(['audit', 'export', '--from', '1/2/2026'], env, workspace.root);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toMatch(/YYYY-MM-DD/);
  });

  it('purges records older than AUDIT_RETENTION_DAYS', async () => {
    const result = await runCli(['audit', 'purge'], { ...env, AUDIT_RETENTION_DAYS: '30' }, workspace.root);
    expect(result.stdout).toMatch(/^Deleted 1 audit record\(s\) from before \d{4}-\d{2}-\d{2} \(AUDIT_RETENTION_DAYS=30\)/);
    const after = await runCli(['audit', 'export', '--format', 'json'], env, workspace.root);
    expect(after.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(['recent']);
  });
});
