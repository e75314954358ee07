import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeBotConnector } from '../support/fake-bot-connector.ts';
import { fixtureWorkspace, type Workspace } from '../support/fixture-knowledge.ts';
import { FakeOpenIdIssuer } from '../support/fake-openid-issuer.ts';
import { messageActivity, postActivity, startTeamsBot, teamsActivity, type RunningTeamsBot } from '../support/teams-bot-server.ts';

const APP_ID = '6f1c2a7e-3b9d-4c1e-9a52-0d8e7f3b2c41';

let issuer: FakeOpenIdIssuer;
let connector: FakeBotConnector;
let workspace: Workspace;
let bot: RunningTeamsBot;

beforeAll(async () => {
  issuer = await FakeOpenIdIssuer.start();
  connector = await FakeBotConnector.start();
  workspace = await fixtureWorkspace();
  bot = await startTeamsBot(
    workspace.config({
      DATA_DIR: `${workspace.root}/data`,
      MicrosoftAppId: APP_ID,
      MicrosoftAppPassword: 'not-a-real-client-secret',
      MicrosoftAppTenantId: '2b7d9c4e-1f3a-4e8b-b6d0-5c9a1e2f3d47',
    }),
    { openIdMetadataUrl: issuer.metadataUrl },
  );
});
afterAll(async () => {
  await bot?.close();
  await connector?.close();
  await issuer?.close();
  await workspace?.remove();
});

/** Teams' feedback invoke: the bot answers it in the HTTP response, so nothing needs a token for the way back. */
function feedbackInvoke() {
  return teamsActivity(connector.serviceUrl, {
    type: 'invoke',
    name: 'message/submitAction',
    replyToId: 'bot-message-1',
    value: { actionName: 'feedback', actionValue: { reaction: 'like' } },
  });
}

describe('with MicrosoftAppId set', () => {
  it('says at start-up that requests are authenticated', () => {
    expect(bot.logs.join('')).toContain('accepts only requests signed by the Bot Framework for this app');
    expect(bot.logs.join('')).not.toContain('UNAUTHENTICATED');
  });

  it('rejects a request without a token with 401, and answers nothing', async () => {
    const delivery = await postActivity(bot.messagesUrl, messageActivity(connector.serviceUrl, 'Is section 115 a duty to share?'));
    expect(delivery.status).toBe(401);
    expect(connector.posts).toEqual([]);
  });

  it.each([
    ['signed with a key the issuer never published', { forged: true }, {}],
    ['for another app', {}, { aud: 'a-different-app-id' }],
    ['for another service URL', {}, { serviceurl: 'http://127.0.0.1:1/' }],
    ['from another issuer', {}, { iss: 'https://sts.example.org' }],
    ['that has expired', {}, { exp: Math.floor(Date.now() / 1000) - 3600 }],
  ])('rejects a token %s with 401', async (_why, options, claims) => {
    const activity = feedbackInvoke();
    const token = issuer.token({ aud: APP_ID, serviceurl: activity.serviceUrl, ...claims }, options);
    const delivery = await postActivity(bot.messagesUrl, activity, { authorization: `Bearer ${token}` });
    expect(delivery.status).toBe(401);
  });

  it('accepts a token correctly signed by the issuer its OpenID metadata names', async () => {
    const activity = feedbackInvoke();
    const token = issuer.token({ aud: APP_ID, serviceurl: activity.serviceUrl });
    const delivery = await postActivity(bot.messagesUrl, activity, { authorization: `Bearer ${token}` });
    // The bot's own handler answered: botbuilder's default for an unhandled invoke is 501.
    expect(delivery).toEqual({ status: 200, body: '{}' });
    expect(issuer.requests).toEqual(expect.arrayContaining(['/v1/.well-known/openidconfiguration', '/v1/.well-known/keys']));
  });
});
