import { App, ExpressReceiver, SocketModeReceiver, webApi } from '@slack/bolt';
import type { Router } from 'express';
import { AppError, type Config, type Logger } from '../../src/index.ts';
import { boltLogger } from './bolt-logger.ts';
import { BotIdentity } from './bot-identity.ts';

export type SlackSettings = NonNullable<Config['slack']>;

export const EVENTS_PATH = '/slack/events';

export interface BoltSetup {
  app: App;
  identity: BotIdentity;
  /** HTTP mode: the route that receives events, slash commands and button clicks. Null in Socket Mode. */
  router: Router | null;
}

/**
 * The Bolt app, over HTTP (Bolt checks every request's signature) or, when
 * an app token is set, over a Socket Mode connection. The bot's ids come from
 * settings or one auth.test call that may fail without stopping anything.
 */
export function createBoltApp(settings: SlackSettings, logger: Logger): BoltSetup {
  const sdkLogger = boltLogger(logger);
  const clientOptions = settings.apiUrl ? { slackApiUrl: settings.apiUrl } : {};
  const identity = new BotIdentity(
    // Two quick retries cover a dropped connection; anything longer is reported at once and tried again later.
    new webApi.WebClient(settings.botToken, { ...clientOptions, logger: sdkLogger, retryConfig: { retries: 2, minTimeout: 100, maxTimeout: 500 } }),
    { botId: settings.botId, botUserId: settings.botUserId },
    logger,
  );
  const authorize = async () => ({ botToken: settings.botToken, ...(await identity.ids()) });

  if (settings.appToken) {
    const receiver = new SocketModeReceiver({ appToken: settings.appToken, logger: sdkLogger, installerOptions: { clientOptions } });
    return { app: new App({ receiver, authorize, logger: sdkLogger, clientOptions }), identity, router: null };
  }
  if (!settings.signingSecret) {
    throw new AppError('CONFIG_INVALID', 'SLACK_SIGNING_SECRET is needed for Slack over HTTP (or set SLACK_APP_TOKEN for Socket Mode).');
  }
  const receiver = new ExpressReceiver({ signingSecret: settings.signingSecret, logger: sdkLogger, endpoints: EVENTS_PATH });
  return { app: new App({ receiver, authorize, logger: sdkLogger, clientOptions }), identity, router: receiver.router as Router };
}
