import { AppError, type Config } from '../../src/index.ts';
import type { AdapterDependencies, ChatAdapter } from '../chat-adapter.ts';
import { AnsweredThreads } from './answered-threads.ts';
import { errorReason } from './error-reason.ts';
import { createBoltApp } from './bolt-app.ts';
import { registerSlashCommand } from './command-handler.ts';
import { registerConversationHandlers } from './conversation-handlers.ts';
import { registerFeedback } from './feedback-handler.ts';
import { registerHomeTab } from './home-tab.ts';
import { registerSuggestions } from './suggestion-handler.ts';
import { ignoreRepeatedEvents } from './ignore-repeated-events.ts';
import { PacedService } from './paced-service.ts';
import { ThreadAnswerer } from './thread-answerer.ts';

/**
 * Slack: mentions, direct messages, follow-ups in threads, /canishare,
 * suggested questions, 👍/👎 and the App Home tab, translated to QuestionService calls.
 */
export function createSlackAdapter({ service: core, config, logger }: AdapterDependencies): ChatAdapter {
  if (!config.slack) {
    throw new AppError('CONFIG_INVALID', 'Slack is not configured: set SLACK_BOT_TOKEN and SLACK_SIGNING_SECRET (or SLACK_APP_TOKEN for Socket Mode).');
  }
  const slackLogger = logger.child({ adapter: 'slack' });
  const service = new PacedService(core, serviceCallsAtOnce(config));
  const { app, identity, router } = createBoltApp(config.slack, slackLogger);
  const answeredThreads = new AnsweredThreads(identity, slackLogger);
  const answerer = new ThreadAnswerer(service, answeredThreads, slackLogger);

  // Slack has its acknowledgement before the work is done; counting the work lets a stopping process finish it.
  app.use(({ next }) => core.track(next()));
  app.use(ignoreRepeatedEvents(service, slackLogger));
  registerConversationHandlers(app, { service, answerer, answeredThreads, logger: slackLogger });
  registerSlashCommand(app, { service, answerer, logger: slackLogger });
  registerFeedback(app, { service, logger: slackLogger });
  registerSuggestions(app, { service, answerer, logger: slackLogger });
  registerHomeTab(app, config.contacts, slackLogger);
  app.error(async (error) => {
    slackLogger.error({ code: error.code, reason: errorReason(error) }, 'Slack event handling failed');
  });

  const socketMode = router === null;
  return {
    name: 'slack',
    mount(server) {
      if (router) server.use(router);
    },
    async start() {
      if (!identity.configuredInFull) await identity.ids();
      if (!socketMode) return;
      try {
        await app.start();
      } catch (error) {
        throw new AppError(
          'CONFIG_INVALID',
          `Slack Socket Mode could not connect (${errorReason(error)}). Check SLACK_APP_TOKEN: an xapp- token with the connections:write scope, from Basic Information in your Slack app settings.`,
          { cause: error },
        );
      }
      slackLogger.info('connected to Slack over Socket Mode');
    },
    async stop() {
      if (socketMode) await app.stop();
    },
  };
}

/**
 * Offline, answering is CPU work on this thread, so questions are answered one
 * at a time and acknowledgements slip in between. With a remote model most of
 * the time is spent waiting on the network, so several go at once.
 */
function serviceCallsAtOnce(config: Config): number {
  const { apiKey, chatModel, embeddingsModel } = config.remote;
  return apiKey && (chatModel || embeddingsModel) ? 8 : 1;
}
