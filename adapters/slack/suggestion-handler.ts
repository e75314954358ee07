import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import type { Logger } from '../../src/index.ts';
import { claimOnce } from './claim-once.ts';
import { errorReason } from './error-reason.ts';
import type { SlackQuestionService } from './paced-service.ts';
import { SUGGESTION_ACTION_PREFIX } from './render-blocks.ts';
import { replyTo } from './reply-to.ts';
import type { ThreadAnswerer } from './thread-answerer.ts';

/**
 * "Ask this" beside a suggested question: the question is asked for the
 * person who pressed it, as if they had typed it — in the same thread, or
 * privately when the suggestions came privately.
 */
export function registerSuggestions(app: App, deps: { service: SlackQuestionService; answerer: ThreadAnswerer; logger: Logger }): void {
  app.action<BlockAction<ButtonAction>>({ action_id: new RegExp(`^${SUGGESTION_ACTION_PREFIX}\\d+$`) }, async ({ ack, action, body, client, respond }) => {
    await ack();
    if (!action.value) return;
    const message = body.message;
    if (!body.channel || !message || body.container.is_ephemeral === true) {
      const reply = await replyTo(deps.service, deps.logger, { platform: 'slack', userId: body.user.id, text: action.value });
      await respond({ response_type: 'ephemeral', replace_original: false, ...reply }).catch((error: unknown) =>
        deps.logger.error({ reason: errorReason(error) }, 'could not answer a suggested question privately'),
      );
      return;
    }
    if (!(await claimOnce(deps.service, deps.logger, `suggestion:${body.channel.id}:${message.ts}:${action.action_id}:${body.user.id}`))) return;
    await deps.answerer.answer(client, {
      channel: body.channel.id,
      threadTs: (message.thread_ts as string | undefined) ?? message.ts,
      userId: body.user.id,
      text: action.value,
    });
  });
}
