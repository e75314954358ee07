import type { App } from '@slack/bolt';
import { HELP_TEXT, type Logger } from '../../src/index.ts';
import { errorReason } from './error-reason.ts';
import type { SlackQuestionService } from './paced-service.ts';
import { renderText } from './render-blocks.ts';
import { replyTo } from './reply-to.ts';
import { questionText } from './slack-text.ts';
import type { ThreadAnswerer } from './thread-answerer.ts';

export const SLASH_COMMAND = '/canishare';

/**
 * `/canishare <question>`: Slack shows nobody the typed question, so the bot
 * opens a thread with a message that names who asked but not what, and
 * answers there. Where the bot cannot post (a channel it is not in, a direct
 * message between other people), the answer comes privately instead.
 */
export function registerSlashCommand(
  app: App,
  deps: { service: SlackQuestionService; answerer: ThreadAnswerer; logger: Logger },
): void {
  app.command(SLASH_COMMAND, async ({ command, ack, client, respond, context }) => {
    const text = questionText(command.text, context.botUserId);
    // With no question there is nothing to answer in public; the help goes only to the person who asked.
    if (!text) {
      await ack({ response_type: 'ephemeral', ...renderText(HELP_TEXT) });
      return;
    }
    await ack({ response_type: 'ephemeral', text: 'Checking the guidance…' });

    let threadTs: string | undefined;
    try {
      const opened = await client.chat.postMessage({
        channel: command.channel_id,
        text: `<@${command.user_id}> asked canishare a question with ${SLASH_COMMAND}. The question is not shown here, in case it holds personal details; the answer is in this thread.`,
      });
      threadTs = opened.ts;
    } catch (error) {
      deps.logger.info({ channel: command.channel_id, reason: errorReason(error) }, 'cannot post in this Slack channel; answering the slash command privately');
    }
    if (threadTs) {
      await deps.answerer.answer(client, { channel: command.channel_id, threadTs, userId: command.user_id, text });
      return;
    }
    const message = await replyTo(deps.service, deps.logger, { platform: 'slack', userId: command.user_id, text });
    try {
      await respond({ response_type: 'ephemeral', ...message });
    } catch (error) {
      deps.logger.error({ reason: errorReason(error) }, 'could not answer a Slack slash command through its response_url');
    }
  });
}
