import { describe, expect, it } from 'vitest';
import { useSlackBot } from '../support/slack-bot-server.ts';

const slack = useSlackBot({ LOG_LEVEL: 'warn' });

const mentionBody = () =>
  JSON.stringify({
    type: 'event_callback',
    team_id: slack.fake.teamId,
    api_app_id: 'A0CANISHARE',
    event_id: `Ev${slack.fake.nextTs()}`,
    event_time: Math.floor(Date.now() / 1000),
    event: { type: 'app_mention', channel: 'C0GENERAL', user: 'U0OFFICER', text: `<@${slack.fake.botUserId}> Is section 115 a duty to share?`, ts: slack.fake.nextTs() },
  });
const commandBody = () => new URLSearchParams({ command: '/canishare', text: 'Is section 115 a duty to share?', user_id: 'U0OFFICER', channel_id: 'C0GENERAL', response_url: `${slack.fake.baseUrl}/respond/x`, trigger_id: 't' }).toString();
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
    const before = slack.fake.calls.length;
    const body = makeBody();
    const now = Math.floor(Date.now() / 1000);
    const forged = await slack.fake.post(slack.bot.eventsUrl, body, { ...type, ...slack.fake.signatureHeaders(body, now, 'not-the-signing-secret') });
    const stale = await slack.fake.post(slack.bot.eventsUrl, body, { ...type, ...slack.fake.signatureHeaders(body, now - 6 * 60) });
    const tampered = await slack.fake.post(slack.bot.eventsUrl, body.replace('U0OFFICER', 'U0INTRUDER'), { ...type, ...slack.fake.signatureHeaders(body, now) });
    const unsigned = await slack.fake.post(slack.bot.eventsUrl, body, type);
    expect([forged.status, stale.status, tampered.status, unsigned.status]).toEqual([401, 401, 401, 401]);
    expect(slack.fake.calls.length).toBe(before);
  });

  it('accepts the same request when it is correctly signed', async () => {
    const body = mentionBody();
    const signed = await slack.fake.post(slack.bot.eventsUrl, body, { ...JSON_TYPE, ...slack.fake.signatureHeaders(body) });
    expect(signed.status).toBe(200);
    await slack.fake.waitFor((calls) => calls.some((c) => c.method === 'chat.postMessage'));
  });
});

describe('the HTTP endpoints', () => {
  it('answers Slack URL verification when signed', async () => {
    const body = JSON.stringify({ type: 'url_verification', challenge: 'c0ffee', token: 'legacy' });
    const response = await slack.fake.post(slack.bot.eventsUrl, body, { ...JSON_TYPE, ...slack.fake.signatureHeaders(body) });
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body)).toEqual({ challenge: 'c0ffee' });
  });

  it('serves /healthz on the same server', async () => {
    const response = await fetch(`${slack.bot.baseUrl}/healthz`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: 'ok', adapters: ['slack'], ready: true, store: { state: 'ok', queued: 0, lost: 0 } });
  });
});
