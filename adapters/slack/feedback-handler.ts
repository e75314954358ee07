import type { App, BlockAction, types, webApi } from '@slack/bolt';
import type { Logger } from '../../src/index.ts';
import { errorReason } from './error-reason.ts';
import type { SlackQuestionService } from './paced-service.ts';
import { COMMENT_VIEW_ID, commentView, readComment } from './comment-view.ts';
import { FEEDBACK_ACTION_ID, feedbackThanks, parseFeedbackValue, withFeedbackThanks } from './render-blocks.ts';

/**
 * 👍/👎 on an answer: the rating is stored against the question's id (the
 * button's value), and the buttons give way to thanks so the click is seen.
 * A 👎 also opens a short form asking what was wrong; what the person
 * writes there is stored with the rating, after its personal data is removed.
 */
export function registerFeedback(app: App, deps: { service: SlackQuestionService; logger: Logger }): void {
  app.view(COMMENT_VIEW_ID, async ({ ack, view }) => {
    await ack();
    const comment = readComment(view);
    try {
      await deps.service.feedback(view.private_metadata, 'down', comment);
    } catch (error) {
      deps.logger.error({ questionId: view.private_metadata, reason: errorReason(error) }, 'could not store a Slack feedback comment');
    }
  });

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

    if (feedback.rating === 'down' && stored) await askWhatWasWrong(client, body.trigger_id, feedback.questionId, deps.logger);

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

/** Opens the "what was wrong?" form; the rating is already stored, so a failure here loses only the chance to comment. */
async function askWhatWasWrong(client: webApi.WebClient, triggerId: string, questionId: string, logger: Logger): Promise<void> {
  try {
    await client.views.open({ trigger_id: triggerId, view: commentView(questionId) });
  } catch (error) {
    logger.warn({ questionId, reason: errorReason(error) }, 'could not open the Slack feedback form');
  }
}
