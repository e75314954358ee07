/**
 * npm run bench:faults: the 200-mention Slack load of bench:slack with a
 * PostgreSQL restart in the middle. The bot runs as `npm start` does, in its
 * own process, against a throwaway PostgreSQL server on loopback (Debian's
 * postgresql package). Prints how many mentions were answered, failed
 * politely or were answered twice, the audit rows written and lost, whether
 * the process survived, and how long the store took to recover.
 * Options: --events N (default 200), --api-latency MS (default 100).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import { createEngine, loadConfig, projectRoot, pseudonymise } from '../src/index.ts';
import { startBotProcess } from '../test/support/bot-process.ts';
import { freshDatabase } from '../test/support/databases.ts';
import { FakeSlack } from '../test/support/fake-slack-api.ts';
import { startPostgres } from '../test/support/postgres-server.ts';
import { BOT_TOKEN, SIGNING_SECRET, slackEnv } from '../test/support/slack-bot-server.ts';

const ROOT = projectRoot();
const AUDIT_KEY = 'bench-faults-audit-key-0123456789abcdef';
const CHANNEL = 'C0FAULTS';

const { values } = parseArgs({ options: { events: { type: 'string', default: '200' }, 'api-latency': { type: 'string', default: '100' } } });
const events = Number(values.events);
const questions = (await readFile(path.join(ROOT, 'bench', 'questions.txt'), 'utf8')).split('\n').filter((q) => q.trim());
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// The bot opens the index the repository already has, or this builds it first.
await createEngine(loadConfig({}, ROOT));
const server = await startPostgres();
const fake = await FakeSlack.start({ signingSecret: SIGNING_SECRET, botToken: BOT_TOKEN, latencyMs: Number(values['api-latency']) });
const url = await freshDatabase(server.url);
const bot = await startBotProcess({ ...slackEnv(fake), DATABASE_URL: url, AUDIT_KEY, LOG_LEVEL: 'warn', RATE_LIMIT_MAX: '10000' });

try {
  const users = Array.from({ length: events }, (_, i) => `U0FAULT${i}`);
  const threads = users.map(() => fake.nextTs());
  const started = performance.now();
  const deliveries = users.map((user, i) =>
    fake.sendEvent(`${bot.baseUrl}/slack/events`, {
      type: 'app_mention',
      channel: CHANNEL,
      user,
      text: `<@${fake.botUserId}> ${questions[i % questions.length]}`,
      ts: threads[i],
    }),
  );
  // Half-way through the acknowledgements, the database restarts as a managed service does for maintenance.
  let acknowledged = 0;
  for (const delivery of deliveries) void delivery.then(() => (acknowledged += 1));
  while (acknowledged < events / 2) await sleep(5);
  const restartAt = performance.now();
  let degradedSeen = false;
  const restart = server.restart();
  let recoveredAt = NaN;
  const watch = (async () => {
    for (;;) {
      const health = await bot.health().catch(() => null);
      if (health?.status === 'degraded') degradedSeen = true;
      if (health && (await restart.then(() => true)) && health.store?.state === 'ok' && health.store.queued === 0) {
        recoveredAt = performance.now();
        return;
      }
      await sleep(50);
    }
  })();
  await Promise.all(deliveries);
  await fake.waitFor(() => threads.every((ts) => fake.threadReplies(CHANNEL, ts).length > 0), 600_000);
  const answeredAt = performance.now();
  await watch;

  // A later question is answered after every one of these, so any repeat would be posted by now.
  const marker = fake.nextTs();
  await fake.sendEvent(`${bot.baseUrl}/slack/events`, { type: 'app_mention', channel: 'C0MARKER', user: 'U0MARKER', text: `<@${fake.botUserId}> ${questions[0]}`, ts: marker });
  await fake.waitFor(() => fake.threadReplies('C0MARKER', marker).length > 0, 60_000);

  const replies = threads.map((ts) => fake.threadReplies(CHANNEL, ts));
  const blocks = replies.map((r) => JSON.stringify(r[0]?.args.blocks ?? ''));
  const answered = blocks.filter((b) => b.includes('feedback_buttons')).length;
  const polite = blocks.filter((b) => b.includes("couldn't answer that")).length;
  const twice = replies.filter((r) => r.length > 1).length;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const { rows } = await client.query<{ rows: string; askers: string }>(
    'SELECT count(*) AS rows, count(DISTINCT user_pseudonym) AS askers FROM audit_log WHERE user_pseudonym = ANY($1)',
    [users.map((user) => pseudonymise(AUDIT_KEY, 'slack', user))],
  );
  await client.end();
  const written = Number(rows[0]!.rows);
  const health = await bot.health();

  const table: [string, string][] = [
    ['mentions sent', `${events}, with a PostgreSQL restart (pg_ctl restart -m fast) after ${Math.round(events / 2)} were acknowledged`],
    ['process exits', bot.alive() ? '0' : '1'],
    ['answered', `${answered}/${events}`],
    ['failed politely', String(polite)],
    ['never answered', String(replies.filter((r) => r.length === 0).length)],
    ['answered more than once', String(twice)],
    ['audit rows written', `${written} (distinct askers ${rows[0]!.askers})`],
    ['audit rows lost', `${answered - written} (the store reports ${health.store?.lost ?? 0} dropped from its queue)`],
    ['/healthz showed degraded', degradedSeen ? 'yes' : 'no'],
    ['store recovered (ok, queue empty) after', `${Math.round(recoveredAt - restartAt)} ms from the restart`],
    ['all answered after', `${Math.round(answeredAt - started)} ms`],
  ];
  const width = Math.max(...table.map(([label]) => label.length));
  process.stdout.write(`\nFaults under Slack load (Node ${process.version}; the bot in its own process, on PostgreSQL; Web API calls take ${values['api-latency']} ms)\n\n`);
  for (const [label, value] of table) process.stdout.write(`  ${label.padEnd(width)}  ${value}\n`);
  process.stdout.write('\n');
  if (!bot.alive() || twice > 0 || answered + polite !== events || written !== answered) process.exitCode = 1;
} finally {
  if (bot.alive()) await bot.terminate();
  await fake.close();
  await server.stop();
}
