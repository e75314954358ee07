import type { Rating } from '../../src/index.ts';

/** What an Adaptive Card's 👍/👎 button submits: the question id travels with the card, so any replica can store it. */
export interface CardFeedback {
  canishare: 'feedback';
  questionId: string;
  rating: Rating;
}

export function cardFeedbackData(questionId: string, rating: Rating): CardFeedback {
  return { canishare: 'feedback', questionId, rating };
}

/** The feedback an Action.Submit carried in `activity.value`, or null when the message is not one. */
export function cardFeedback(value: unknown): CardFeedback | null {
  if (typeof value !== 'object' || value === null) return null;
  const { canishare, questionId, rating } = value as Record<string, unknown>;
  if (canishare !== 'feedback' || typeof questionId !== 'string' || (rating !== 'up' && rating !== 'down')) return null;
  return { canishare, questionId, rating };
}

/**
 * The rating in Teams' built-in feedback loop: a `message/submitAction`
 * invoke whose value is `{ actionName: 'feedback', actionValue: { reaction: 'like' | 'dislike', feedback } }`.
 * The free-text feedback is ignored: it may contain personal data and the audit trail keeps ratings only.
 */
export function feedbackLoopRating(name: string | undefined, value: unknown): Rating | null {
  if (name !== 'message/submitAction' || typeof value !== 'object' || value === null) return null;
  const { actionName, actionValue } = value as Record<string, unknown>;
  if (actionName !== 'feedback' || typeof actionValue !== 'object' || actionValue === null) return null;
  const reaction = (actionValue as Record<string, unknown>).reaction;
  return reaction === 'like' ? 'up' : reaction === 'dislike' ? 'down' : null;
}

/**
 * Which question each answer the bot posted belongs to. Teams' feedback
 * invoke names only the bot's message (its `replyToId`), so the link is kept
 * here when the answer is sent. It lives in memory and is bounded: a rating
 * that arrives after a restart, or at another replica, cannot be stored and
 * is logged instead.
 */
export class FeedbackLinks {
  private readonly questions = new Map<string, string>();

  constructor(private readonly capacity = 10_000) {}

  remember(conversationId: string, messageId: string, questionId: string): void {
    const key = linkKey(conversationId, messageId);
    this.questions.delete(key);
    this.questions.set(key, questionId);
    if (this.questions.size > this.capacity) this.questions.delete(this.questions.keys().next().value!);
  }

  questionFor(conversationId: string, messageId: string): string | null {
    return this.questions.get(linkKey(conversationId, messageId)) ?? null;
  }
}

// A channel thread's conversation id ends in ";messageid=…"; the feedback invoke may name the thread or the channel.
function linkKey(conversationId: string, messageId: string): string {
  return `${conversationId.split(';')[0]}|${messageId}`;
}
