import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlack } from '../support/fake-slack-api.ts';
import { fixtureWorkspace, type Workspace } from '../support/fixture-knowledge.ts';
import { BOT_TOKEN, SIGNING_SECRET, startSlackBot, type RunningSlackBot } from '../support/slack-bot-server.ts';

const APP_TOKEN = 'xapp-1-test-canishare';

let fake: FakeSlack;
let workspace: Workspace;
let bot: RunningSlackBot;

const socketEnv = (slack: FakeSlack, appToken = APP_TOKEN) => ({
  SLACK_BOT_TOKEN: BOT_TOKEN,
  SLACK_APP_TOKEN: appToken,
  SLACK_API_URL: slack.apiUrl,
  SLACK_BOT_ID: slack.botId,
  SLACK_BOT_USER_ID: slack.botUserId,
  RATE_LIMIT_MAX: '1000',
  LOG_LEVEL: 'info',
});

beforeAll(async () => {
  fake = await FakeSlack.start({ signingSecret: SIGNING_SECRET, botToken: BOT_TOKEN, appToken: APP_TOKEN });
  workspace = await fixtureWorkspace();
  bot = await startSlackBot(workspace.config({ ...socketEnv(fake), DATA_DIR: `${workspace.root}/data` }));
}, 120_000);
afterAll(async () => {
  await bot?.close();
  await fake?.close();
  await workspace?.remove();
});

describe('Socket Mode', () => {
  it('connects at start-up with the app token, and opens no HTTP route for events', async () => {
    expect(fake.callsTo('apps.connections.open').map((c) => c.token)).toEqual([APP_TOKEN]);
    await fake.socketConnected();
    const response = await fetch(bot.eventsUrl, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } });
    expect(response.status).toBe(404);
  });

  it('acknowledges an event over the socket and answers in the thread through the Web API', async () => {
    const ts = fake.nextTs();
    const envelopeId = fake.sendSocketEvent({ type: 'app_mention', channel: 'C0SOCKET', user: 'U0OFFICER', text: `<@${fake.botUserId}> Is section 115 a duty to share?`, ts });
    await fake.waitFor(() => fake.threadReplies('C0SOCKET', ts).length > 0);
    expect(fake.callsTo('socket_mode').map((c) => c.args.envelope_id)).toContain(envelopeId);
    const [answer] = fake.threadReplies('C0SOCKET', ts);
    expect(answer!.token).toBe(BOT_TOKEN);
    expect(JSON.stringify(answer!.args.blocks)).toContain('*Sources*');
  });

  it('answers an event once when Slack sends it again on the socket', async () => {
    const ts = fake.nextTs();
    const event = { type: 'app_mention', channel: 'C0SOCKETRETRY', user: 'U0OFFICER', text: `<@${fake.botUserId}> Is section 115 a duty to share?`, ts };
    const first = fake.sendSocketEvent(event, { eventId: 'Ev0SOCKET' });
    const again = fake.sendSocketEvent(event, { eventId: 'Ev0SOCKET', retryAttempt: 1 });
    await fake.waitFor(() => fake.threadReplies('C0SOCKETRETRY', ts).length > 0);
    const markerTs = fake.nextTs();
    fake.sendSocketEvent({ ...event, ts: markerTs });
    await fake.waitFor(() => fake.threadReplies('C0SOCKETRETRY', markerTs).length > 0);
    expect(fake.callsTo('socket_mode').map((c) => c.args.envelope_id)).toEqual(expect.arrayContaining([first, again]));
    expect(fake.threadReplies('C0SOCKETRETRY', ts)).toHaveLength(1);
  });

  it('stops start-up with a clear message when the app token is refused', async () => {
    await expect(startSlackBot(workspace.config({ ...socketEnv(fake, 'xapp-1-revoked'), DATA_DIR: `${workspace.root}/refused` }))).rejects.toThrow(
      /Slack Socket Mode could not connect \(invalid_auth\)\. Check SLACK_APP_TOKEN/,
    );
  }, 90_000);
});
