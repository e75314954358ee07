import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { freshDatabase } from '../support/databases.ts';
import { FakeSlack } from '../support/fake-slack-api.ts';
import { fixtureWorkspace, type Workspace } from '../support/fixture-knowledge.ts';
import { BOT_TOKEN, SIGNING_SECRET, slackEnv, startSlackBot, type RunningSlackBot } from '../support/slack-bot-server.ts';

let fake: FakeSlack;
let workspace: Workspace;
let replicas: RunningSlackBot[] = [];

beforeAll(async () => {
  fake = await FakeSlack.start({ signingSecret: SIGNING_SECRET, botToken: BOT_TOKEN });
  workspace = await fixtureWorkspace();
  const env = {
    ...slackEnv(fake),
    DATABASE_URL: await freshDatabase(inject('postgresUrl')),
    AUDIT_KEY: 'replica-audit-key-0123456789abcdef',
    LOG_LEVEL: 'info',
    RATE_LIMIT_MAX: '1000',
  };
  // Started one after the other: both build or reuse the same index folder.
  replicas.push(await startSlackBot(workspace.config({ ...env, DATA_DIR: `${workspace.root}/a` })));
  replicas.push(await startSlackBot(workspace.config({ ...env, DATA_DIR: `${workspace.root}/b` })));
}, 120_000);
afterAll(async () => {
  await Promise.all(replicas.map((r) => r.close()));
  replicas = [];
  await fake?.close();
  await workspace?.remove();
});

describe('two replicas sharing PostgreSQL', () => {
  it('answer an event once when Slack retries it to the other replica', async () => {
    const [a, b] = replicas as [RunningSlackBot, RunningSlackBot];
    const ts = fake.nextTs();
    const event = { type: 'app_mention', channel: 'C0SHARED', user: 'U0OFFICER', text: `<@${fake.botUserId}> Is section 115 a duty to share?`, ts };
    const deliveries = await Promise.all([
      fake.sendEvent(a.eventsUrl, event, { eventId: 'Ev0SHARED' }),
      fake.sendEvent(b.eventsUrl, event, { eventId: 'Ev0SHARED', retryNum: 1 }),
    ]);
    expect(deliveries.map((d) => d.status)).toEqual([200, 200]);
    await fake.waitFor(() => fake.threadReplies('C0SHARED', ts).length > 0);

    const marker = fake.nextTs();
    await fake.sendEvent(b.eventsUrl, { ...event, ts: marker });
    await fake.waitFor(() => fake.threadReplies('C0SHARED', marker).length > 0);
    expect(fake.threadReplies('C0SHARED', ts)).toHaveLength(1);
  });

  it('take a follow-up in a thread answered by the other replica', async () => {
    const [a, b] = replicas as [RunningSlackBot, RunningSlackBot];
    const ts = fake.nextTs();
    await fake.sendEvent(a.eventsUrl, { type: 'app_mention', channel: 'C0HANDOVER', user: 'U0OFFICER', text: `<@${fake.botUserId}> Can I tell the police about a stab wound patient?`, ts });
    await fake.waitFor(() => fake.threadReplies('C0HANDOVER', ts).length > 0);

    await fake.sendEvent(b.eventsUrl, { type: 'message', channel: 'C0HANDOVER', channel_type: 'channel', user: 'U0OFFICER', text: 'what if they say no?', ts: fake.nextTs(), thread_ts: ts });
    await fake.waitFor(() => fake.threadReplies('C0HANDOVER', ts).length > 1);
    expect(JSON.stringify(fake.threadReplies('C0HANDOVER', ts)[1]!.args.blocks)).toContain('*Sources*');
  });
});
