import { createSlackAdapter } from '../../adapters/slack/slack-adapter.ts';
import type { Config } from '../../src/index.ts';
import { startBot, type RunningBot } from './bot-server.ts';
import type { FakeSlack } from './fake-slack-api.ts';

export const SIGNING_SECRET = 'test-signing-secret-8f14e45fceea167a';
export const BOT_TOKEN = 'xoxb-test-canishare';

/** The Slack settings that point the bot at a fake Slack. */
export function slackEnv(fake: FakeSlack, options: { withBotIds?: boolean } = {}): Record<string, string> {
  return {
    SLACK_BOT_TOKEN: BOT_TOKEN,
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: fake.apiUrl,
    ...(options.withBotIds === false ? {} : { SLACK_BOT_ID: fake.botId, SLACK_BOT_USER_ID: fake.botUserId }),
  };
}

export interface RunningSlackBot extends RunningBot {
  /** Where Slack sends events, slash commands and button clicks. */
  eventsUrl: string;
}

/** The real bot server with the Slack adapter on 127.0.0.1, as `npm start` runs it. */
export async function startSlackBot(config: Config): Promise<RunningSlackBot> {
  const bot = await startBot(config, createSlackAdapter);
  return { ...bot, eventsUrl: `${bot.baseUrl}/slack/events` };
}
