import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { contractProblems } from '../../src/answering/answer-contract.ts';
import type { Answer } from '../../src/core/types.ts';
import { fixtureWorkspace, type Workspace } from '../support/fixture-knowledge.ts';
import { runCli } from '../support/run-cli.ts';

let workspace: Workspace;
let env: Record<string, string>;
beforeAll(async () => {
  workspace = await fixtureWorkspace();
  env = { KNOWLEDGE_DIR: workspace.knowledgeDir, INDEX_DIR: workspace.indexDir };
});
afterAll(() => workspace.remove());

describe('canishare ask', () => {
  it('--json prints exactly one contract-valid JSON object on stdout, building the index on first use', async () => {
    const result = await runCli(['ask', '--json', 'Can I tell the police about a patient with a stab wound?'], env, workspace.root);
    expect(result.code).toBe(0);
    const lines = result.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const answer = JSON.parse(lines[0]!) as Answer;
    expect(Object.keys(answer).sort()).toEqual(['answer', 'citations', 'mode', 'redactions', 'status', 'suggestions', 'verdict', 'warnings']);
    expect(answer).toMatchObject({ status: 'answered', verdict: 'should', suggestions: [] });
    expect(answer.answer).toMatch(/^Yes, you should usually tell the police/);
    expect(contractProblems(answer)).toEqual([]);
    expect(result.stderr).toContain('Built the knowledge index');
  });

  it('prints a readable answer, verdict first, with numbered sources and links, reusing the index', async () => {
    const verdict = await runCli(['ask', 'Police sent a DP7 form for a patient\'s records. Do we have to comply?'], env, workspace.root);
    expect(verdict.stdout).toMatch(/^\[Don't have to share\]\n\nNo, you don't have to: .*\[1\]\./);
    const result = await runCli(['ask', 'Is section 115 a duty?'], env, workspace.root);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Section 115 .*\[1\]/);
    expect(result.stdout).toMatch(/Sources:\n {2}\[1\] Crime and Disorder Act 1998, section 115 — /);
    expect(result.stdout).toContain('https://www.legislation.gov.uk/ukpga/1998/37/section/115');
    expect(result.stderr).not.toContain('Built the knowledge index');
  });

  it('lists the questions a vague question may mean, ready to ask', async () => {
    const result = await runCli(['ask', 'can I share this?'], env, workspace.root);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/I need a little more detail/);
    expect(result.stdout).toMatch(/Ask one of these instead \(npm run ask -- "…"\):\n {2}1\. .+\?\n {2}2\. .+\?/);
    const json = JSON.parse((await runCli(['ask', '--json', 'can I share this?'], env, workspace.root)).stdout) as Answer;
    expect(json).toMatchObject({ status: 'needs_detail', verdict: null, citations: [] });
    expect(json.suggestions.length).toBeGreaterThanOrEqual(2);
  });

  it('explains bad settings by name, without a stack trace', async () => {
    const result = await runCli(['ask', 'question'], { ...env, PORT: 'eighty', RETRIEVER: 'magic' }, workspace.root);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/PORT must be a whole number/);
    expect(result.stderr).toMatch(/RETRIEVER must be hybrid, lexical or dense \(got "magic"\)/);
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('explains an empty question and an invalid knowledge file', async () => {
    const empty = await runCli(['ask', ' '], env, workspace.root);
    expect(empty.code).toBe(1);
    expect(empty.stderr).toMatch(/The question is empty/);

    await writeFile(path.join(workspace.knowledgeDir, 'notes', 'broken.md'), '---\nid: broken\ntitle: Broken\nkind: rumour\n---\n\n## A\n\nText.\n');
    const invalid = await runCli(['ask', 'Is section 115 a duty?'], env, workspace.root);
    expect(invalid.code).toBe(1);
    expect(invalid.stderr).toMatch(/notes\/broken\.md: field "kind" must be one of/);
    expect(invalid.stderr).not.toMatch(/\n\s+at /);
  });
});

describe('canishare index and lint', () => {
  it('index rebuilds on request and reports what it did', async () => {
    const local = await fixtureWorkspace();
    const result = await runCli(['index'], { KNOWLEDGE_DIR: local.knowledgeDir, INDEX_DIR: local.indexDir }, local.root);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Indexed \d+ passages from .* in [\d.]+ s/);
    await local.remove();
  });

  it('lint passes the fixtures and fails with the file and field for a decision card citing a section that does not exist', async () => {
    const local = await fixtureWorkspace();
    const localEnv = { KNOWLEDGE_DIR: local.knowledgeDir, INDEX_DIR: local.indexDir };
    expect((await runCli(['knowledge', 'lint'], localEnv, local.root)).stdout).toMatch(/0 error\(s\)/);
    const card = path.join(local.knowledgeDir, 'decisions', 'fixture-knife.yml');
    const { readFile } = await import('node:fs/promises');
    await writeFile(card, (await readFile(card, 'utf8')).replace('[gmc-knife#identifying-the-patient]', '[gmc-knife#no-such-section]'));
    const result = await runCli(['knowledge', 'lint'], localEnv, local.root);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('error: decisions/fixture-knife.yml: field "points.0.text.rests_on" names "gmc-knife#no-such-section", which is not a note section');
    // The index refuses to build from it too, naming the card, rather than answering from a broken card.
    const ask = await runCli(['ask', 'knife wound?'], localEnv, local.root);
    expect(ask.code).toBe(1);
    expect(ask.stderr).toMatch(/decisions\/fixture-knife\.yml: cites "gmc-knife#no-such-section", which is not a note section/);
    await local.remove();
  });

  it('knowledge watch lists notes due for review and law not yet in force, as warnings', async () => {
    const local = await fixtureWorkspace();
    const note = path.join(local.knowledgeDir, 'notes', 'cda-s115.md');
    const { readFile } = await import('node:fs/promises');
    await writeFile(note, (await readFile(note, 'utf8')).replace('status: in_force', 'status: awaiting_commencement\ncommencement: "by regulations; none made yet"'));
    const result = await runCli(['knowledge', 'watch'], { KNOWLEDGE_DIR: local.knowledgeDir, INDEX_DIR: local.indexDir, KNOWLEDGE_REVIEW_DAYS: '1' }, local.root);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('warning: notes/cda-s115.md: awaiting commencement: by regulations; none made yet');
    expect(result.stdout).toMatch(/warning: notes\/gmc-knife\.md: last reviewed 2026-11-01, more than 1 days ago/);
    expect(result.stdout).toMatch(/knowledge watch: 5 note\(s\) due for review, 1 on law not yet fully in force/);
    const strict = await runCli(['knowledge', 'watch', '--strict'], { KNOWLEDGE_DIR: local.knowledgeDir, INDEX_DIR: local.indexDir }, local.root);
    expect(strict.code).toBe(1);
    await local.remove();
  });

  it('lint warns about notes not reviewed within KNOWLEDGE_REVIEW_DAYS', async () => {
    const result = await runCli(['knowledge', 'lint'], { ...env, KNOWLEDGE_REVIEW_DAYS: '1' }, workspace.root);
    expect(result.stdout).toMatch(/warning: notes\/cda-s115\.md: last reviewed 2026-11-01, more than 1 days ago/);
  });
});
