import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeSlack } from '../support/fake-slack-api.ts';
import { fixtureWorkspace, type Workspace } from '../support/fixture-knowledge.ts';
import { BOT_TOKEN, SIGNING_SECRET, slackEnv, startSlackBot, type RunningSlackBot } from '../support/slack-bot-server.ts';

let fake: FakeSlack;
let workspace: Workspace;
let bot: RunningSlackBot;

beforeAll(async () => {
  fake = await FakeSlack.start({ signingSecret: SIGNING_SECRET, botToken: BOT_TOKEN });
  workspace = await fixtureWorkspace();
  bot = await startSlackBot(workspace.config({ ...slackEnv(fake), DATA_DIR: `${workspace.root}/data`, LOG_LEVEL: 'warn' }));
}, 120_000);
afterAll(async () => {
  await bot?.close();
  await fake?.close();
  await workspace?.remove();
});

const mentionBody = () =>
  JSON.stringify({
    type: 'event_callback',
    team_id: fake.teamId,
    api_app_id: 'A0CANISHARE',
    event_id: `Ev${fake.nextTs()}`,
    event_time: Math.floor(Date.now() / 1000),
    event: { type: 'app_mention', channel: 'C0GENERAL', user: 'U0OFFICER', text: `<@${fake.botUserId}> Is section 115 a duty to share?`, ts: fake.nextTs() },
  });
const commandBody = () => new URLSearchParams({ command: '/canishare', text: 'Is section 115 a duty to share?', user_id: 'U0OFFICER', channel_id: 'C0GENERAL', response_url: `${fake.baseUrl}/respond/x`, trigger_id: 't' }).toString();
const actionBody = () =>
  new URLSearchParams({
    payload: JSON.stringify({ type: 'block_actions', user: { id: 'U0OFFICER' }, actions: [{ type: 'feedback_buttons', action_id: 'canishare_feedback', value: 'up:x' }] }),
  }).toString();

const JSON_TYPE = { 'content-type': 'application/json' };
const FORM_TYPE = { 'content-type': 'application/x-www-form-urlencoded' };

describe('requests that did not come from Slack', () => {
  it.each([
    ['an event', mentionBody, JSON_TYPE],
    ['a slash command', commandBody, FORM_TYPE],
    ['a button click', actionBody, FORM_TYPE],
  ])('%s is refused with 401 when forged, stale, tampered with or unsigned, and nothing is sent to Slack', async (_kind, makeBody, type) => {
    const before = fake.calls.length;
    const body = makeBody();
    const now = Math.floor(Date.now() / 1000);
    const forged = await fake.post(bot.eventsUrl, body, { ...type, ...fake.signatureHeaders(body, now, 'not-the-signing-secret') });
    const stale = await fake.post(bot.eventsUrl, body, { ...type, ...fake.signatureHeaders(body, now - 6 * 60) });
    const tampered = await fake.post(bot.eventsUrl, body.replace('U0OFFICER', 'U0INTRUDER'), { ...type, ...fake.signatureHeaders(body, now) });
    const unsigned = await fake.post(bot.eventsUrl, body, type);
    expect([forged.status, stale.status, tampered.status, unsigned.status]).toEqual([401, 401, 401, 401]);
    expect(fake.calls.length).toBe(before);
  });

  it('accepts the same request when it is correctly signed', async () => {
    const body = mentionBody();
    const signed = await fake.post(bot.eventsUrl, body, { ...JSON_TYPE, ...fake.signatureHeaders(body) });
    expect(signed.status).toBe(200);
    await fake.waitFor((calls) => calls.some((c) => c.method === 'chat.postMessage'));
  });
});

describe('the HTTP endpoints', () => {
  it('answers Slack URL verification when signed', async () => {
    const body = JSON.stringify({ type: 'url_verification', challenge: 'c0ffee', token: 'legacy' });
    const response = await fake.post(bot.eventsUrl, body, { ...JSON_TYPE, ...fake.signatureHeaders(body) });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ challenge: 'c0ffee' });
  });

  it('serves /healthz on the same server', async () => {
    const response = await fetch(`${bot.baseUrl}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', adapters: ['slack'] });
  });
});
