import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/compose.ts';
import { FakeOpenAI } from '../support/fake-openai.ts';
import { fixtureWorkspace, type Workspace } from '../support/fixture-knowledge.ts';

let fake: FakeOpenAI;
let baseUrl: string;
let workspace: Workspace;
beforeAll(async () => {
  fake = new FakeOpenAI();
  baseUrl = await fake.start();
});
afterAll(() => fake.stop());
beforeEach(async () => {
  workspace = await fixtureWorkspace();
  fake.behaviour = 'ok';
  fake.requests.length = 0;
});
afterEach(() => workspace.remove());

const remoteEnv = () => ({ OPENAI_API_KEY: 'sk-test-secret', OPENAI_BASE_URL: baseUrl, EMBEDDINGS_MODEL: 'text-embedding-test', OPENAI_TIMEOUT_MS: '2000' });

describe('remote embeddings through @langchain/openai on a loopback OpenAI API', () => {
  it('builds the index with the configured model and embeds each question with it', async () => {
    const { engine } = await createEngine(workspace.config(remoteEnv()), { retriever: 'dense' });
    const built = fake.requests.filter((r) => r.path === '/v1/embeddings');
    expect(built.length).toBeGreaterThan(0);
    expect(built[0]!.body).toMatchObject({ model: 'text-embedding-test' });
    expect(built[0]!.headers.authorization).toBe('Bearer sk-test-secret');
    const manifest = JSON.parse(await readFile(path.join(workspace.indexDir, 'remote', 'manifest.json'), 'utf8'));
    expect(manifest.embedder).toBe(`openai:text-embedding-test@${baseUrl}`);
    expect(manifest.dimensions).toBe(64);

    const before = fake.requests.length;
    const answer = await engine.ask('section 115 crime and disorder act disclose relevant authority');
    expect(fake.requests.length).toBe(before + 1);
    expect(answer.status).toBe('answered');
    expect(answer.citations[0]!.id).toMatch(/^cda-s115#/);
  });

  it('sends the question with personal data already removed', async () => {
    const { engine } = await createEngine(workspace.config(remoteEnv()));
    fake.requests.length = 0;
    await engine.ask('Mr Piotr Nowak, NHS 943 476 5919, has a stab wound. Can I tell the police?');
    const sent = JSON.stringify(fake.requests.map((r) => r.body));
    expect(sent).not.toMatch(/Piotr|Nowak|943 476 5919/);
    expect(sent).toMatch(/stab/);
  });

  it('falls back to offline search, with a warning, when the model fails while building', async () => {
    fake.behaviour = 'error-500';
    const { engine } = await createEngine(workspace.config(remoteEnv()));
    const answer = await engine.ask('Is section 115 a duty to share?');
    expect(answer.status).toBe('answered');
    expect(answer.warnings.join(' ')).toMatch(/remote embeddings model "text-embedding-test" did not answer/);
    expect(JSON.stringify(answer)).not.toContain('sk-test-secret');
  });

  it('answers with exact-term search, and says so, when the model fails on a question', async () => {
    const { engine } = await createEngine(workspace.config(remoteEnv()));
    fake.behaviour = 'html';
    const answer = await engine.ask('Is section 115 a duty to share?');
    expect(answer.status).toBe('answered');
    expect(answer.warnings.join(' ')).toMatch(/exact-term matching only/);
  });
});
