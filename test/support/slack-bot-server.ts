import { afterAll, beforeAll } from 'vitest';
import { createSlackAdapter } from '../../adapters/slack/slack-adapter.ts';
import type { Config } from '../../src/index.ts';
import { startBot, type RunningBot } from './bot-server.ts';
import { fixtureWorkspace, type Workspace } from './fixture-knowledge.ts';
import { FakeSlack } from './fake-slack-api.ts';

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

/** A fake Slack, a fixture workspace and the real bot, shared by the tests of one file. */
export interface SlackRig {
  fake: FakeSlack;
  workspace: Workspace;
  bot: RunningSlackBot;
}

/**
 * Starts a rig before the file's tests and stops it after them. `prepare`
 * may change the workspace's knowledge before the bot builds its index.
 */
export function useSlackBot(env: Record<string, string> = {}, prepare?: (workspace: Workspace) => Promise<void>): SlackRig {
  const rig = {} as SlackRig;
  beforeAll(async () => {
    rig.fake = await FakeSlack.start({ signingSecret: SIGNING_SECRET, botToken: BOT_TOKEN });
    rig.workspace = await fixtureWorkspace();
    await prepare?.(rig.workspace);
    rig.bot = await startSlackBot(rig.workspace.config({ ...slackEnv(rig.fake), DATA_DIR: `${rig.workspace.root}/data`, ...env }));
  }, 120_000);
  afterAll(async () => {
    await rig.bot?.close();
    await rig.fake?.close();
    await rig.workspace?.remove();
  });
  return rig;
}
