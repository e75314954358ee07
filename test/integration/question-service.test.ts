import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/compose.ts';
import { createLogger } from '../../src/logger.ts';
import { QuestionService } from '../../src/question-service.ts';
import { pgliteClient } from '../../src/storage/sql-clients.ts';
import { SqlStore } from '../../src/storage/sql-store.ts';
import type { Store } from '../../src/storage/store.ts';
import { fixtureWorkspace, type Workspace } from '../support/fixture-knowledge.ts';

let workspace: Workspace;
let store: Store;
const logLines: string[] = [];
let clock = new Date('2026-05-01T10:00:00Z');
let service: QuestionService;

beforeAll(async () => {
  workspace = await fixtureWorkspace();
  const { engine } = await createEngine(workspace.config());
  store = await SqlStore.open(await pgliteClient(null));
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logLines.push(chunk.toString());
      done();
    },
  });
  service = new QuestionService({
    engine,
    store,
    auditKey: 'test-audit-key-0123456789',
    rateLimit: { max: 3, windowSeconds: 60 },
    logger: createLogger('debug', sink),
    now: () => clock,
  });
});
afterAll(async () => {
  await store.close();
  await workspace.remove();
});

const IDENTIFIERS = ['Tomasz', 'Wojcik', '943 476 5919', '14/07/1988', 'CF24 3AA', '07700 900461', 'tw@example.com', 'U024BE7LH'];

describe('the question service', () => {
  it('keeps no identifier in the answer, the logs or the audit trail, and pseudonymises the user', async () => {
    const reply = await service.handle({
      platform: 'slack',
      userId: 'U024BE7LH',
      text: 'Mr Tomasz Wojcik, NHS number 943 476 5919, DOB 14/07/1988, of CF24 3AA (07700 900461, tw@example.com) came to A&E with a stab wound. Can I tell the police?',
    });
    expect(reply.kind).toBe('answer');
    const rows = await store.exportAudit({});
    const everything = [JSON.stringify(reply), logLines.join(''), JSON.stringify(rows)].join('\n');
    for (const value of IDENTIFIERS) expect(everything).not.toContain(value);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      platform: 'slack',
      status: 'answered',
      mode: 'extractive',
      redactionTypes: expect.arrayContaining(['name', 'nhs_number', 'date_of_birth', 'postcode', 'phone', 'email']),
      userPseudonym: expect.stringMatching(/^[0-9a-f]{32}$/),
    });
    expect(rows[0]!.question).toContain('[nhs number]');
    expect(rows[0]!.citedIds.length).toBeGreaterThan(0);
    // Question text is logged only at debug level, and only redacted.
    const info = logLines.map((l) => JSON.parse(l) as { level: number; msg: string; question?: string }).filter((l) => l.level >= 30);
    expect(info.some((l) => 'question' in l)).toBe(false);
  });

  it('stores feedback against the question id', async () => {
    const reply = await service.handle({ platform: 'teams', userId: 'aad-1', text: 'Is section 115 a duty to share?' });
    if (reply.kind !== 'answer') throw new Error(`expected an answer, got ${reply.kind}`);
    expect(await service.feedback(reply.questionId, 'up')).toBe(true);
    expect(await service.feedback('not-a-question', 'down')).toBe(false);
    const row = (await store.exportAudit({})).find((r) => r.id === reply.questionId);
    expect(row).toMatchObject({ rating: 'up', platform: 'teams' });
  });

  it('answers an empty message or "help" with help, and an over-long one with the limit', async () => {
    for (const text of ['', '  ', 'help', 'Hello!']) expect((await service.handle({ platform: 'slack', userId: 'U9', text })).kind).toBe('help');
    const long = await service.handle({ platform: 'slack', userId: 'U9', text: 'police '.repeat(900) });
    expect(long).toMatchObject({ kind: 'rejected', reason: 'too_long', text: expect.stringMatching(/limit is 4000/) });
  });

  it('limits each user, with a friendly message, and lets them ask again in the next window', async () => {
    clock = new Date('2026-05-01T11:00:05Z');
    const ask = () => service.handle({ platform: 'slack', userId: 'U-rate', text: 'Is section 115 a duty to share?' });
    for (let i = 0; i < 3; i += 1) expect((await ask()).kind).toBe('answer');
    const limited = await ask();
    expect(limited).toMatchObject({ kind: 'rejected', reason: 'rate_limited', text: expect.stringMatching(/try again in about 1 minute/) });
    expect((await service.handle({ platform: 'slack', userId: 'U-other', text: 'Is section 115 a duty to share?' })).kind).toBe('answer');
    clock = new Date('2026-05-01T11:01:01Z');
    expect((await ask()).kind).toBe('answer');
  });

  it('claims each platform event once', async () => {
    expect(await service.claimEvent('slack', 'Ev123')).toBe(true);
    expect(await service.claimEvent('slack', 'Ev123')).toBe(false);
    expect(await service.claimEvent('teams', 'Ev123')).toBe(true);
  });
});

describe('conversations', () => {
  it('understands a follow-up in the same conversation, and only there', async () => {
    clock = new Date('2026-05-01T12:00:00Z');
    const first = await service.handle({ platform: 'teams', userId: 'aad-7', conversationKey: 'conv-1', text: 'Can I tell the police about a stab wound patient?' });
    expect(first.kind).toBe('answer');
    clock = new Date('2026-05-01T12:01:00Z');
    const followUp = await service.handle({ platform: 'teams', userId: 'aad-7', conversationKey: 'conv-1', text: 'what if they say no?' });
    const elsewhere = await service.handle({ platform: 'teams', userId: 'aad-7', conversationKey: 'conv-2', text: 'what if they say no?' });
    expect(followUp).toMatchObject({ kind: 'answer', answer: { status: 'answered' } });
    expect(elsewhere).toMatchObject({ kind: 'answer', answer: { status: expect.not.stringMatching(/^answered$/) } });
  });
});
