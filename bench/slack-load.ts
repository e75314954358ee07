/**
 * npm run bench:slack: 200 correctly signed app_mention events sent at once
 * to the real Slack receiver on loopback, answering from the real knowledge
 * base through a loopback fake of the Slack Web API. Prints how fast each
 * event was acknowledged (Slack retries after 3 s) and answered, and whether
 * each was answered exactly once. Options: --events N, --api-latency MS
 * (how long each Slack Web API call takes; default 100), --database-url URL
 * (a PostgreSQL store instead of the embedded one)
 *
 * The bot runs in a child process, as it would in production, so the load
 * generator's own work does not slow the event loop being measured.
 */
import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { loadConfig, projectRoot } from '../src/index.ts';
import { FakeSlack } from '../test/support/fake-slack-api.ts';
import { BOT_TOKEN, SIGNING_SECRET, slackEnv, startSlackBot } from '../test/support/slack-bot-server.ts';

const ROOT = projectRoot();
const SLACK_ACK_LIMIT_MS = 3000;
const BOT_PROCESS_FLAG = '--bot-process';

/** Child process: the bot server, configured from the environment the parent gives it. */
async function serveBot(): Promise<void> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'canishare-slack-load-'));
  const bot = await startSlackBot(loadConfig({ ...(JSON.parse(process.env.BOT_ENV!) as Record<string, string>), DATA_DIR: dataDir }, ROOT));
  process.send!({ eventsUrl: bot.eventsUrl });
  process.once('disconnect', () => {
    void bot.close().then(() => rm(dataDir, { recursive: true, force: true }));
  });
}

async function startBotProcess(fake: FakeSlack, databaseUrl: string | undefined): Promise<{ child: ChildProcess; eventsUrl: string }> {
  const store = databaseUrl ? { DATABASE_URL: databaseUrl, AUDIT_KEY: 'slack-load-audit-key-0123456789' } : {};
  const env = { ...slackEnv(fake), ...store, LOG_LEVEL: 'warn', RATE_LIMIT_MAX: '10000' };
  const child = fork(fileURLToPath(import.meta.url), [BOT_PROCESS_FLAG], {
    cwd: ROOT,
    execArgv: ['--import', 'tsx'],
    env: { ...process.env, BOT_ENV: JSON.stringify(env) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const [message] = (await Promise.race([
    once(child, 'message'),
    once(child, 'exit').then(([code]) => Promise.reject(new Error(`the bot process exited with code ${code} before it was ready`))),
  ])) as [{ eventsUrl: string }];
  return { child, eventsUrl: message.eventsUrl };
}

const percentile = (times: number[], p: number) => {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
};
const ms = (n: number) => `${n < 10 ? n.toFixed(1) : n.toFixed(0)} ms`;
const spread = (times: number[]) => `p50 ${ms(percentile(times, 50))}   p95 ${ms(percentile(times, 95))}   max ${ms(Math.max(...times))}`;

async function measure(events: number, apiLatencyMs: number, databaseUrl: string | undefined): Promise<void> {
  const questions = (await readFile(path.join(ROOT, 'bench', 'questions.txt'), 'utf8')).split('\n').filter((q) => q.trim());
  const fake = await FakeSlack.start({ signingSecret: SIGNING_SECRET, botToken: BOT_TOKEN, latencyMs: apiLatencyMs });
  const { child, eventsUrl } = await startBotProcess(fake, databaseUrl);
  const mention = (channel: string, user: string, question: string) => {
    const ts = fake.nextTs();
    return { ts, sent: performance.now(), delivery: fake.sendEvent(eventsUrl, { type: 'app_mention', channel, user, text: `<@${fake.botUserId}> ${question}`, ts }) };
  };

  try {
    // One question first, so loading and first-call costs are not counted as load.
    const warm = mention('C0WARMUP', 'U0WARMUP', questions[0]!);
    await warm.delivery;
    await fake.waitFor(() => fake.threadReplies('C0WARMUP', warm.ts).length > 0, 120_000);

    const started = performance.now();
    const sent = Array.from({ length: events }, (_, i) => mention('C0LOAD', `U0LOAD${i}`, questions[i % questions.length]!));
    const deliveries = await Promise.all(sent.map((s) => s.delivery));
    const acked = performance.now();
    await fake.waitFor(() => sent.every(({ ts }) => fake.threadReplies('C0LOAD', ts).length > 0), 600_000);
    const answered = performance.now();
    // Anything answered twice would be posted by now: a later question is answered after every one of these.
    const marker = mention('C0LOAD', 'U0MARKER', questions[0]!);
    await marker.delivery;
    await fake.waitFor(() => fake.threadReplies('C0LOAD', marker.ts).length > 0, 60_000);

    const ackTimes = deliveries.map((d) => d.elapsedMs);
    const replies = sent.map(({ ts }) => fake.threadReplies('C0LOAD', ts));
    const statusTimes = sent.map(({ ts, sent: at }) => (fake.callsTo('assistant.threads.setStatus').find((c) => c.args.thread_ts === ts)?.receivedAt ?? NaN) - at);
    const answerTimes = sent.map(({ sent: at }, i) => replies[i]![0]!.receivedAt - at);
    const once = replies.filter((r) => r.length === 1).length;
    const cited = replies.filter((r) => JSON.stringify(r[0]?.args.blocks ?? '').includes('feedback_buttons')).length;
    const failures = replies.filter((r) => JSON.stringify(r[0]?.args.blocks ?? '').includes("couldn't answer that")).length;

    const rows: [string, string][] = [
      ['events sent at once', `${events} signed app_mention events to ${eventsUrl}`],
      ['acknowledged with HTTP 200', `${deliveries.filter((d) => d.status === 200).length}/${events}`],
      ['acknowledged within 3 s', `${ackTimes.filter((t) => t < SLACK_ACK_LIMIT_MS).length}/${events}`],
      ['ack latency', spread(ackTimes)],
      ['typing status shown after', spread(statusTimes)],
      ['answer posted after', spread(answerTimes)],
      ['answered exactly once', `${once}/${events} (more than once: ${replies.filter((r) => r.length > 1).length}, never: ${replies.filter((r) => r.length === 0).length})`],
      ['answers with 👍/👎 (an Answer)', `${cited}/${events}; polite failures: ${failures}`],
      ['all acknowledged after', ms(acked - started)],
      ['all answered after', ms(answered - started)],
    ];
    const width = Math.max(...rows.map(([label]) => label.length));
    const store = databaseUrl ? 'PostgreSQL' : 'the embedded store';
    process.stdout.write(
      `\nSlack load on loopback (Node ${process.version}; the bot in its own process, answering from knowledge/ with ${store}; Web API calls take ${apiLatencyMs} ms)\n\n`,
    );
    for (const [label, value] of rows) process.stdout.write(`  ${label.padEnd(width)}  ${value}\n`);
    process.stdout.write('\n');
    if (once !== events) process.exitCode = 1;
  } finally {
    child.disconnect();
    await once(child, 'exit');
    await fake.close();
  }
}

if (process.argv.includes(BOT_PROCESS_FLAG)) {
  await serveBot();
} else {
  const { values } = parseArgs({
    options: { events: { type: 'string', default: '200' }, 'api-latency': { type: 'string', default: '100' }, 'database-url': { type: 'string' } },
  });
  await measure(Number(values.events), Number(values['api-latency']), values['database-url']);
}
