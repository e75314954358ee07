import { ActivityHandler, ActivityTypes, type InvokeResponse, type TurnContext } from 'botbuilder';
import type { Logger, QuestionService } from '../../src/index.ts';
import { cardFeedback, cardSuggestion, feedbackLoop, replyKey } from './feedback.ts';
import { FEEDBACK_THANKS, FEEDBACK_TOO_OLD, helpText, textActivity, WELCOME_TEXT } from './messages.ts';
import { questionText } from './question-text.ts';
import { answerActivity, answerSurface } from './render-activity.ts';
import { reportFailure } from './turn-failure.ts';

/**
 * Translates Teams activities into QuestionService calls and renders the
 * replies: questions in 1:1 chats, group chats and channels (where the bot
 * is @mentioned), a welcome when the bot is added, and 👍/👎 feedback from
 * either Teams' own buttons or the Adaptive Card's.
 */
export class CanishareBot extends ActivityHandler {

  constructor(
    private readonly service: QuestionService,
    private readonly logger: Logger,
  ) {
    super();
    this.onMessage(async (context, next) => {
      await this.onMessageReceived(context);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      await this.welcome(context);
      await next();
    });
  }

  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    const { name, value, replyToId, conversation } = context.activity;
    const feedback = feedbackLoop(name, value);
    if (!feedback) return super.onInvokeActivity(context);
    const { rating, text } = feedback;
    try {
      const comment = text.trim() ? { reason: null, text } : undefined;
      if (replyToId) await this.service.feedbackForReply('teams', replyKey(conversation.id, replyToId), rating, comment);
      else this.logger.warn({ rating }, 'Teams feedback that does not say which message it rates (no replyToId); not stored');
      // Teams expects exactly this: 200 with an empty object.
      return { status: 200, body: {} };
    } catch (error) {
      await reportFailure(context, this.logger, error);
      return { status: 500 };
    }
  }

  private async onMessageReceived(context: TurnContext): Promise<void> {
    try {
      const feedback = cardFeedback(context.activity.value);
      if (feedback) {
        const stored = await this.service.feedback(feedback.questionId, feedback.rating);
        await context.sendActivity(textActivity(stored ? FEEDBACK_THANKS : FEEDBACK_TOO_OLD));
        return;
      }
      await this.answer(context, cardSuggestion(context.activity.value) ?? questionText(context.activity));
    } catch (error) {
      await reportFailure(context, this.logger, error);
    }
  }

  private async answer(context: TurnContext, text: string): Promise<void> {
    const { activity } = context;
    // Teams redelivers an activity it thinks went unanswered; each replica sharing the store answers it once.
    if (activity.id && !(await this.service.claimEvent('teams', `${activity.conversation.id}|${activity.id}`))) return;
    await context.sendActivity({ type: ActivityTypes.Typing });
    const reply = await this.service.handle({
      platform: 'teams',
      userId: activity.from.aadObjectId ?? activity.from.id,
      text,
      conversationKey: `teams:${activity.conversation.id}`,
    });
    if (reply.kind === 'help') {
      await context.sendActivity(textActivity(helpText(reply.text)));
    } else if (reply.kind === 'rejected') {
      await context.sendActivity(textActivity(reply.text));
    } else {
      const surface = answerSurface(activity.channelId, reply.answer);
      const sent = await context.sendActivity(answerActivity(reply.answer, reply.questionId, surface));
      if (surface === 'native' && sent?.id) await this.service.linkReply('teams', replyKey(activity.conversation.id, sent.id), reply.questionId);
    }
  }

  private async welcome(context: TurnContext): Promise<void> {
    const { membersAdded, recipient } = context.activity;
    if (!membersAdded?.some((member) => member.id === recipient.id)) return;
    try {
      await context.sendActivity(textActivity(WELCOME_TEXT));
    } catch (error) {
      await reportFailure(context, this.logger, error);
    }
  }
}
