import type { App, webApi } from '@slack/bolt';
import type { Logger } from '../../src/index.ts';
import type { AnsweredThreads } from './answered-threads.ts';
import { claimOnce } from './claim-once.ts';
import type { SlackQuestionService } from './paced-service.ts';
import { mentionsBot, questionText } from './slack-text.ts';
import type { ThreadAnswerer, ThreadQuestion } from './thread-answerer.ts';

export interface ConversationDependencies {
  service: SlackQuestionService;
  answerer: ThreadAnswerer;
  answeredThreads: AnsweredThreads;
  logger: Logger;
}

/**
 * Questions arrive as a mention in a channel, a direct message, or a reply in
 * a thread the bot answered (a follow-up, no mention needed). Each is answered
 * in its thread, so the thread is the conversation.
 */
export function registerConversationHandlers(app: App, deps: ConversationDependencies): void {
  app.event('app_mention', async ({ event, client, context }) => {
    if (!event.user || event.bot_id) return;
    await answerOnce(deps, client, event.ts, {
      channel: event.channel,
      threadTs: event.thread_ts ?? event.ts,
      userId: event.user,
      text: questionText(event.text, context.botUserId),
      hadFiles: hasFiles(event),
    });
  });

  app.message(async ({ message, client, context }) => {
    // A message with a file attached (a screenshot of a request letter, say) is answered from its text.
    if ((message.subtype !== undefined && message.subtype !== 'file_share') || ('bot_id' in message && message.bot_id) || !message.user) return;
    const markup = message.text ?? '';
    const inThread = message.thread_ts !== undefined && message.thread_ts !== message.ts;
    if (message.channel_type !== 'im') {
      // In channels, a mention is answered through app_mention; other replies only in threads the bot answered.
      if (!inThread || mentionsBot(markup, context.botUserId)) return;
      if (!(await deps.answeredThreads.includes(client, message.channel, message.thread_ts!))) return;
    }
    await answerOnce(deps, client, message.ts, {
      channel: message.channel,
      threadTs: message.thread_ts ?? message.ts,
      userId: message.user,
      text: questionText(markup, context.botUserId),
      hadFiles: hasFiles(message),
    });
  });
}

/** Whether a Slack message or mention carries files. Only their presence is read: never their names, content or links. */
function hasFiles(event: object): boolean {
  return 'files' in event && Array.isArray(event.files) && event.files.length > 0;
}

/**
 * One Slack message can arrive twice under different event ids (as app_mention
 * and as a message event); it is answered once whichever comes first.
 */
async function answerOnce(deps: ConversationDependencies, client: webApi.WebClient, messageTs: string, question: ThreadQuestion): Promise<void> {
  if (!(await claimOnce(deps.service, deps.logger, `message:${question.channel}:${messageTs}`))) return;
  await deps.answerer.answer(client, question);
}
