import { chmod, chown, mkdir } from 'node:fs/promises';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEngine } from '../../src/compose.ts';
import { pseudonymise } from '../../src/privacy/pseudonymise.ts';
import { createLogger, ResilientStore } from '../../src/index.ts';
import { pgliteClient, postgresClient } from '../../src/storage/sql-clients.ts';
import { SqlStore } from '../../src/storage/sql-store.ts';
import { startBotProcess, type BotProcess } from '../support/bot-process.ts';
import { freshDatabase } from '../support/databases.ts';
import { FakeSlack } from '../support/fake-slack-api.ts';
import { fixtureWorkspace, type Workspace } from '../support/fixture-knowledge.ts';
import { startPostgres, type PostgresServer } from '../support/postgres-server.ts';
import { BOT_TOKEN, SIGNING_SECRET, slackEnv } from '../support/slack-bot-server.ts';

const run = promisify(execFile);
const AUDIT_KEY = 'fault-test-audit-key-0123456789abcdef';
const QUESTIONS = [
  'A police officer rang A&E asking if a man was treated for a stab wound last night. Can we tell them?',
  'Police have sent a DP7 form asking for a patient’s records. Do we have to comply?',
  'The police have a court order for a patient’s records. Do we have to comply?',
];

// This file restarts and stops its database, so it has its own server, started the way the test setup starts the shared one.
let server: PostgresServer;
let fake: FakeSlack;
let workspace: Workspace;

beforeAll(async () => {
  [server, fake, workspace] = await Promise.all([startPostgres(), FakeSlack.start({ signingSecret: SIGNING_SECRET, botToken: BOT_TOKEN }), fixtureWorkspace()]);
  // Built once here, so each bot process opens it rather than building its own.
  await createEngine(workspace.config(), { rebuild: true });
}, 120_000);

afterAll(async () => {
  await Promise.all([server?.stop(), fake?.close(), workspace?.remove()]);
});

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function botEnv(extra: Record<string, string>): Record<string, string> {
  return {
    ...slackEnv(fake),
    KNOWLEDGE_DIR: workspace.knowledgeDir,
    INDEX_DIR: workspace.indexDir,
    LOG_LEVEL: 'info',
    RATE_LIMIT_MAX: '10000',
    STORE_TIMEOUT_MS: '1000',
    SHUTDOWN_GRACE_MS: '10000',
    ...extra,
  };
}

/** The Slack users who asked in each channel: a different user for every question. */
const askers = new Map<string, string[]>();

/** Mentions the bot `count` times from different people, and resolves once Slack has the acknowledgements. */
async function burst(bot: BotProcess, channel: string, count: number) {
  const users = askers.get(channel) ?? [];
  askers.set(channel, users);
  const mentions = Array.from({ length: count }, (_, i) => {
    const ts = fake.nextTs();
    const user = `U0${channel}N${users.length}`;
    users.push(user);
    const text = `<@${fake.botUserId}> ${QUESTIONS[i % QUESTIONS.length]}`;
    return { ts, delivery: fake.sendEvent(`${bot.baseUrl}/slack/events`, { type: 'app_mention', channel, user, text, ts }) };
  });
  const deliveries = await Promise.all(mentions.map((m) => m.delivery));
  expect(deliveries.every((d) => d.status === 200)).toBe(true);
  return mentions.map((m) => m.ts);
}

/**
 * Waits for every question to be replied to, then checks, after a later
 * question has been answered (so any repeat would have been posted), that
 * each got exactly one reply: an answer or the polite failure. Returns how
 * many were answers.
 */
async function expectOneReplyEach(bot: BotProcess, channel: string, threads: string[]): Promise<number> {
  await fake.waitFor(() => threads.every((ts) => fake.threadReplies(channel, ts).length > 0), 120_000);
  const [marker] = await burst(bot, `${channel}M`, 1);
  await fake.waitFor(() => fake.threadReplies(`${channel}M`, marker!).length > 0, 60_000);
  const replies = threads.map((ts) => fake.threadReplies(channel, ts));
  expect(replies.map((r) => r.length)).toEqual(threads.map(() => 1));
  const kinds = replies.map(([reply]) => JSON.stringify(reply!.args.blocks ?? ''));
  const answers = kinds.filter((blocks) => blocks.includes('feedback_buttons')).length;
  const polite = kinds.filter((blocks) => blocks.includes("couldn't answer that")).length;
  expect(answers + polite).toBe(threads.length);
  return answers;
}

/** Audit rows for a channel's askers, once the queue has caught up: total, and distinct askers. */
async function auditRows(url: string, channel: string, expected: number): Promise<{ rows: number; askers: number }> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const client = new pg.Client({ connectionString: url });
    try {
      await client.connect();
      // Each asker in a burst is a different Slack user, so a duplicated record shows as a repeated pseudonym.
      const { rows } = await client.query<{ rows: string; askers: string }>(
        `SELECT count(*) AS rows, count(DISTINCT user_pseudonym) AS askers FROM audit_log WHERE user_pseudonym = ANY($1)`,
        [await pseudonymsFor(channel)],
      );
      const result = { rows: Number(rows[0]!.rows), askers: Number(rows[0]!.askers) };
      if (result.rows >= expected || Date.now() > deadline) return result;
    } catch {
      if (Date.now() > deadline) throw new Error('the database did not come back');
    } finally {
      await client.end().catch(() => undefined);
    }
    await sleep(250);
  }
}

async function pseudonymsFor(channel: string): Promise<string[]> {
  return (askers.get(channel) ?? []).map((user) => pseudonymise(AUDIT_KEY, 'slack', user));
}

describe('a PostgreSQL restart or outage', () => {
  let url: string;
  let bot: BotProcess;

  beforeAll(async () => {
    url = await freshDatabase(server.url);
    bot = await startBotProcess(botEnv({ DATABASE_URL: url, AUDIT_KEY }));
  }, 180_000);

  afterAll(async () => {
    if (bot?.alive()) await bot.terminate();
  });

  it('leaves the bot running when the database restarts while it is idle, and it answers afterwards', async () => {
    const first = await burst(bot, 'CIDLE', 1);
    await fake.waitFor(() => fake.threadReplies('CIDLE', first[0]!).length > 0, 60_000);
    // Every pooled connection is now idle; the restart ends each of them from the server side.
    await server.restart();
    await sleep(500);
    expect(bot.alive()).toBe(true);
    const after = await burst(bot, 'CIDLE', 3);
    const answered = await expectOneReplyEach(bot, 'CIDLE', [...first, ...after]);
    expect(bot.alive()).toBe(true);
    expect(answered).toBe(4);
    expect(await auditRows(url, 'CIDLE', answered)).toEqual({ rows: answered, askers: answered });
    expect(bot.logs.some((line) => line.includes('database connection problem'))).toBe(true);
  }, 120_000);

  it('answers a burst of 50 mentions once each across a restart, and audits every one', async () => {
    const threads = burst(bot, 'CBURST', 50);
    await sleep(100);
    await server.restart();
    const answered = await expectOneReplyEach(bot, 'CBURST', await threads);
    expect(bot.alive()).toBe(true);
    expect(await auditRows(url, 'CBURST', answered)).toEqual({ rows: answered, askers: answered });
  }, 180_000);

  it('keeps answering while the database is stopped for 10 s, reports degraded, and writes the queued records when it is back', async () => {
    const before = burst(bot, 'CDOWN', 25);
    await sleep(100);
    await server.halt();
    const during = await burst(bot, 'CDOWN2', 25);
    await fake.waitFor(() => during.every((ts) => fake.threadReplies('CDOWN2', ts).length > 0), 60_000);
    const health = await bot.health();
    expect(health.status).toBe('degraded');
    expect(health.store!.queued).toBeGreaterThan(0);
    await sleep(Math.max(0, 10_000 - 2_000));
    await server.resume();
    const answeredBefore = await expectOneReplyEach(bot, 'CDOWN', await before);
    const answeredDuring = await expectOneReplyEach(bot, 'CDOWN2', during);
    expect(answeredDuring).toBe(25);
    expect(bot.alive()).toBe(true);
    expect(await auditRows(url, 'CDOWN', answeredBefore)).toEqual({ rows: answeredBefore, askers: answeredBefore });
    expect(await auditRows(url, 'CDOWN2', answeredDuring)).toEqual({ rows: answeredDuring, askers: answeredDuring });
    await expect.poll(async () => (await bot.health()).status, { timeout: 20_000 }).toBe('ok');
    expect((await bot.health()).store).toMatchObject({ queued: 0, lost: 0 });
  }, 180_000);

  it('answers without waiting on a database that has stopped answering, and catches up once it answers again', async () => {
    // Another session holds every table the bot writes to, so its statements wait, as on an overloaded or blocked server.
    const blocker = new pg.Client({ connectionString: url });
    await blocker.connect();
    await blocker.query('BEGIN');
    await blocker.query('LOCK TABLE audit_log, processed_events, rate_windows, conversation_turns IN ACCESS EXCLUSIVE MODE');
    let threads: string[] = [];
    try {
      const started = Date.now();
      threads = await burst(bot, 'CSLOW', 10);
      await fake.waitFor(() => threads.every((ts) => fake.threadReplies('CSLOW', ts).length > 0), 30_000);
      // The store's timeout in this test is 1 s: the answers came without waiting for the lock.
      expect(Date.now() - started).toBeLessThan(8_000);
      expect((await bot.health()).status).toBe('degraded');
    } finally {
      await blocker.query('ROLLBACK');
      await blocker.end();
    }
    const answered = await expectOneReplyEach(bot, 'CSLOW', threads);
    expect(answered).toBe(10);
    expect(await auditRows(url, 'CSLOW', 10)).toEqual({ rows: 10, askers: 10 });
  }, 120_000);

  it('on SIGTERM finishes, writes what is queued and exits 0', async () => {
    const threads = await burst(bot, 'CTERM', 5);
    const code = await bot.terminate();
    expect(code).toBe(0);
    expect(threads.every((ts) => fake.threadReplies('CTERM', ts).length === 1)).toBe(true);
    expect(await auditRows(url, 'CTERM', 5)).toEqual({ rows: 5, askers: 5 });
  }, 60_000);
});

describe('de-duplication and rate limits while the database is down', () => {
  it('hold for this replica only, and claims made meanwhile reach the database once it is back', async () => {
    const url = await freshDatabase(server.url);
    const logger = createLogger('silent');
    const store = new ResilientStore(await SqlStore.open(await postgresClient(url)), { logger, timeoutMs: 1000, queueCapacity: 100, retryMs: { first: 50, longest: 200 } });
    const other = await SqlStore.open(await postgresClient(url));
    const at = new Date();
    try {
      await server.halt();
      expect(await store.claimEvent('slack:event:Ev1', at)).toBe(true);
      expect(await store.claimEvent('slack:event:Ev1', at)).toBe(false);
      const decisions = [];
      for (let i = 0; i < 3; i++) decisions.push((await store.consumeRate('ask:someone', 2, 300, at)).allowed);
      expect(decisions).toEqual([true, true, false]);
      expect(store.health()).toMatchObject({ state: 'degraded', queued: 1 });
      await server.resume();
      expect(await store.flush(20_000)).toBe(0);
      expect(store.health()).toMatchObject({ state: 'ok', queued: 0, lost: 0 });
      // Another replica now sees the claim, so a late retry of the event is not handled twice.
      expect(await other.claimEvent('slack:event:Ev1', at)).toBe(false);
    } finally {
      await store.close();
      await other.close();
    }
  }, 60_000);
});

describe('the embedded store’s folder becoming read-only', () => {
  it('keeps answering, and every question is in the audit trail once the folder is writable again', async () => {
    const dataDir = path.join(workspace.root, 'pglite-data');
    await mkdir(dataDir, { recursive: true });
    // Root ignores file permissions, so the bot runs as an ordinary user for this test when the suite runs as root.
    const user = process.getuid?.() === 0 ? 'nobody' : undefined;
    if (user) {
      const { stdout } = await run('id', ['-u', user]);
      await chmod(workspace.root, 0o755);
      await chown(dataDir, Number(stdout.trim()), Number(stdout.trim()));
    }
    const bot = await startBotProcess(botEnv({ DATA_DIR: dataDir, AUDIT_KEY }), { user });
    try {
      const first = await burst(bot, 'CRO', 1);
      await fake.waitFor(() => fake.threadReplies('CRO', first[0]!).length > 0, 60_000);
      await run('chmod', ['-R', 'a-w', path.join(dataDir, 'db')]);
      const during = await burst(bot, 'CRO', 20);
      await fake.waitFor(() => during.every((ts) => fake.threadReplies('CRO', ts).length > 0), 60_000);
      expect(bot.alive()).toBe(true);
      await run('chmod', ['-R', 'u+w', path.join(dataDir, 'db')]);
      const answered = await expectOneReplyEach(bot, 'CRO', [...first, ...during]);
      expect(await bot.terminate()).toBe(0);
      // The embedded database admits one process at a time: read it once the bot has gone.
      const db = await pgliteClient(path.join(dataDir, 'db'));
      try {
        const { rows } = await db.query<{ rows: number; askers: number }>(
          'SELECT count(*)::int AS rows, count(DISTINCT user_pseudonym)::int AS askers FROM audit_log WHERE user_pseudonym = ANY($1)',
          [await pseudonymsFor('CRO')],
        );
        expect(rows[0]).toEqual({ rows: answered, askers: answered });
      } finally {
        await db.close();
      }
    } finally {
      if (bot.alive()) await bot.terminate();
    }
  }, 180_000);
});
