import { once } from 'node:events';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Writable } from 'node:stream';
import type { ChatAdapter } from '../../adapters/chat-adapter.ts';
import { createHttpApp } from '../../adapters/server.ts';
import { createSlackAdapter } from '../../adapters/slack/slack-adapter.ts';
import { createLogger, createQuestionService, type Config, type QuestionService, type Store } from '../../src/index.ts';
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

export interface RunningSlackBot {
  /** Where Slack sends events, slash commands and button clicks. */
  eventsUrl: string;
  baseUrl: string;
  service: QuestionService;
  store: Store;
  /** Every log line the bot wrote, as JSON text. */
  logs: string[];
  close(): Promise<void>;
}

/** The real bot server (question service, Slack adapter, shared HTTP app) on 127.0.0.1, as `npm start` runs it. */
export async function startSlackBot(config: Config): Promise<RunningSlackBot> {
  const logs: string[] = [];
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logs.push(chunk.toString());
      done();
    },
  });
  const logger = createLogger(config.logLevel, sink);
  const { service, store } = await createQuestionService(config, logger);
  const adapter: ChatAdapter = createSlackAdapter({ service, config, logger });
  const app = createHttpApp([adapter]);
  try {
    await adapter.start?.();
  } catch (error) {
    await store.close();
    throw error;
  }
  const server: Server = app.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    eventsUrl: `${baseUrl}/slack/events`,
    baseUrl,
    service,
    store,
    logs,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await adapter.stop?.();
      await store.close().catch(() => undefined);
    },
  };
}
