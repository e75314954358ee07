import { afterEach, describe, expect, inject, it } from 'vitest';
import { pgliteClient, postgresClient } from '../../src/storage/sql-clients.ts';
import { SqlStore } from '../../src/storage/sql-store.ts';
import type { AuditRecord, Store } from '../../src/storage/store.ts';
import { freshDatabase } from '../support/databases.ts';

const opened: Store[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((store) => store.close()));
});

async function track(store: Promise<Store>): Promise<Store> {
  const s = await store;
  opened.push(s);
  return s;
}

const implementations: [string, () => Promise<{ open: () => Promise<Store> }>][] = [
  ['embedded (PGlite)', async () => ({ open: () => track(pgliteClient(null).then(SqlStore.open)) })],
  [
    'PostgreSQL server',
    async () => {
      const url = await freshDatabase(inject('postgresUrl'));
      return { open: () => track(postgresClient(url).then(SqlStore.open)) };
    },
  ],
];

const record = (id: string, askedAt: string, overrides: Partial<Omit<AuditRecord, 'rating' | 'ratedAt' | 'comment'>> = {}): Omit<AuditRecord, 'rating' | 'ratedAt' | 'comment'> => ({
  id,
  askedAt: new Date(askedAt),
  platform: 'slack',
  userPseudonym: 'a1b2',
  question: 'Can I tell the police about [name]?',
  status: 'answered',
  verdict: 'need_not',
  decisionId: 'police-request-form-for-records',
  mode: 'extractive',
  citedIds: ['gmc-knife#one', 'dpa-sch2#two'],
  redactionTypes: ['name'],
  latencyMs: 12.4,
  ...overrides,
});

describe.each(implementations)('the store on %s', (_name, setup) => {
  it('keeps and exports the audit trail by date range, oldest first', async () => {
    const store = await (await setup()).open();
    await store.recordQuestion(record('q2', '2026-03-02T10:00:00Z'));
    await store.recordQuestion(record('q1', '2026-03-01T09:00:00Z', { status: 'no_guidance', citedIds: [] }));
    await store.recordQuestion(record('q3', '2026-03-05T09:00:00Z'));
    const all = await store.exportAudit({});
    expect(all.map((r) => r.id)).toEqual(['q1', 'q2', 'q3']);
    expect(all[1]).toEqual({ ...record('q2', '2026-03-02T10:00:00Z'), latencyMs: 12, rating: null, ratedAt: null, comment: null });
    expect((await store.exportAudit({ from: new Date('2026-03-02T00:00:00Z'), to: new Date('2026-03-05T00:00:00Z') })).map((r) => r.id)).toEqual(['q2']);
  });

  it('records feedback against a known question only', async () => {
    const store = await (await setup()).open();
    await store.recordQuestion(record('q1', '2026-03-01T09:00:00Z'));
    expect(await store.recordFeedback('q1', 'down', new Date('2026-03-01T09:05:00Z'))).toBe(true);
    expect(await store.recordFeedback('nope', 'up', new Date())).toBe(false);
    expect((await store.exportAudit({}))[0]).toMatchObject({ rating: 'down', ratedAt: new Date('2026-03-01T09:05:00Z'), comment: null });
  });

  it('keeps a comment given with a 👎, and a later rating alone does not erase it', async () => {
    const store = await (await setup()).open();
    await store.recordQuestion(record('q1', '2026-03-01T09:00:00Z'));
    const comment = { reason: 'missing_law' as const, text: 'It did not mention [name]’s court order.' };
    expect(await store.recordFeedback('q1', 'down', new Date('2026-03-01T09:05:00Z'), comment)).toBe(true);
    expect(await store.recordFeedback('q1', 'down', new Date('2026-03-01T09:06:00Z'))).toBe(true);
    expect((await store.exportAudit({}))[0]).toMatchObject({ rating: 'down', comment });
    // Purging the record removes its comment with it.
    expect(await store.purge(new Date('2026-04-01T00:00:00Z'), new Date('2026-04-01T00:00:00Z'))).toBe(1);
    expect(await store.exportAudit({})).toEqual([]);
  });

  it('claims an event once', async () => {
    const store = await (await setup()).open();
    expect(await store.claimEvent('slack:Ev1', new Date())).toBe(true);
    expect(await store.claimEvent('slack:Ev1', new Date())).toBe(false);
    expect(await store.claimEvent('slack:Ev2', new Date())).toBe(true);
  });

  it('limits a key within a window and recovers in the next', async () => {
    const store = await (await setup()).open();
    const at = (s: number) => new Date(Date.UTC(2026, 0, 1, 12, 0, s));
    for (let i = 0; i < 3; i += 1) expect((await store.consumeRate('ask:u1', 3, 60, at(10 + i))).allowed).toBe(true);
    expect(await store.consumeRate('ask:u1', 3, 60, at(20))).toEqual({ allowed: false, retryAfterSeconds: 40 });
    expect((await store.consumeRate('ask:u2', 3, 60, at(20))).allowed).toBe(true);
    expect((await store.consumeRate('ask:u1', 3, 60, at(61))).allowed).toBe(true);
  });

  it('purges records older than the retention period', async () => {
    const store = await (await setup()).open();
    await store.recordQuestion(record('old', '2025-01-01T00:00:00Z'));
    await store.recordQuestion(record('new', '2026-06-01T00:00:00Z'));
    expect(await store.purge(new Date('2026-01-01T00:00:00Z'), new Date('2026-06-02T00:00:00Z'))).toBe(1);
    expect((await store.exportAudit({})).map((r) => r.id)).toEqual(['new']);
  });

  it('links a posted reply to its question, and remembers conversation turns in order', async () => {
    const store = await (await setup()).open();
    await store.linkReply('teams:chat|m1', 'q1', new Date());
    expect(await store.questionForReply('teams:chat|m1')).toBe('q1');
    expect(await store.questionForReply('teams:chat|m2')).toBeNull();
    for (const [i, q] of ['first', 'second', 'third', 'fourth'].entries()) {
      await store.appendTurn('slack:C1:1.2', q, new Date(Date.UTC(2026, 0, 1, 12, i)));
    }
    expect(await store.recentTurns('slack:C1:1.2', new Date(Date.UTC(2026, 0, 1, 12, 1)), 2)).toEqual(['third', 'fourth']);
    expect(await store.recentTurns('slack:C2:1.2', new Date(0), 5)).toEqual([]);
  });

  it('applies migrations once, however often it is opened', async () => {
    const target = await setup();
    await target.open();
    const again = await target.open();
    expect(await again.claimEvent('k', new Date())).toBe(true);
  });
});

describe('two replicas sharing one PostgreSQL', () => {
  it('answer each event exactly once and share rate limits', async () => {
    const url = await freshDatabase(inject('postgresUrl'));
    const [a, b] = await Promise.all([track(postgresClient(url).then(SqlStore.open)), track(postgresClient(url).then(SqlStore.open))]);
    const ids = Array.from({ length: 40 }, (_, i) => `slack:Ev${i}`);
    const claims = await Promise.all(ids.flatMap((id) => [a!.claimEvent(id, new Date()), b!.claimEvent(id, new Date())]));
    for (let i = 0; i < ids.length; i += 1) expect([claims[2 * i], claims[2 * i + 1]].filter(Boolean)).toHaveLength(1);

    const at = new Date(Date.UTC(2026, 0, 1, 12, 0, 5));
    const decisions = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? a! : b!).consumeRate('ask:shared', 6, 60, at)));
    expect(decisions.filter((d) => d.allowed)).toHaveLength(6);
  });
});
