import type { App, BlockAction, types } from '@slack/bolt';
import type { Logger } from '../../src/index.ts';
import { errorReason } from './error-reason.ts';
import type { SlackQuestionService } from './paced-service.ts';
import { FEEDBACK_ACTION_ID, feedbackThanks, parseFeedbackValue, withFeedbackThanks } from './render-blocks.ts';

/**
 * 👍/👎 on an answer: the rating is stored against the question's id (the
 * button's value), and the buttons give way to thanks so the click is seen.
 */
export function registerFeedback(app: App, deps: { service: SlackQuestionService; logger: Logger }): void {
  app.action<BlockAction>({ action_id: FEEDBACK_ACTION_ID }, async ({ ack, action, body, client, respond }) => {
    await ack();
    if (action.type !== 'feedback_buttons') return;
    const feedback = parseFeedbackValue(action.value);
    if (!feedback) return;

    let stored: boolean;
    try {
      stored = await deps.service.feedback(feedback.questionId, feedback.rating);
    } catch (error) {
      deps.logger.error({ questionId: feedback.questionId, reason: errorReason(error) }, 'could not store Slack feedback');
      await respond({ response_type: 'ephemeral', replace_original: false, text: 'Sorry, your feedback could not be saved just now. Please try again later.' });
      return;
    }

    const message = body.message;
    const blocks = Array.isArray(message?.blocks) ? (message.blocks as types.KnownBlock[]) : null;
    try {
      if (message && blocks && body.channel && body.container.is_ephemeral !== true) {
        await client.chat.update({
          channel: body.channel.id,
          ts: message.ts,
          text: message.text ?? '',
          blocks: withFeedbackThanks(blocks, feedback.rating, stored),
        });
      } else {
        // A private answer cannot be edited through the Web API; the thanks comes privately too.
        await respond({ response_type: 'ephemeral', replace_original: false, text: feedbackThanks(feedback.rating, stored) });
      }
    } catch (error) {
      deps.logger.warn({ reason: errorReason(error) }, 'could not show thanks for Slack feedback');
    }
  });
}
