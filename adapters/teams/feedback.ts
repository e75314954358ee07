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
 * What a suggested question's button submits on the Adaptive Card. In Teams
 * `msteams.imBack` sends the question as the person's own message; other
 * clients send the data, and the bot asks the question from it.
 */
export interface CardSuggestion {
  canishare: 'ask';
  question: string;
  msteams: { type: 'imBack'; value: string };
}

export function cardSuggestionData(question: string): CardSuggestion {
  return { canishare: 'ask', question, msteams: { type: 'imBack', value: question } };
}

/** The question a suggestion button carried in `activity.value`, or null when the message is not one. */
export function cardSuggestion(value: unknown): string | null {
  if (typeof value !== 'object' || value === null) return null;
  const { canishare, question } = value as Record<string, unknown>;
  return canishare === 'ask' && typeof question === 'string' && question.trim() ? question : null;
}

/**
 * The rating, and any words typed with it, from Teams' built-in feedback
 * loop: a `message/submitAction` invoke whose value is `{ actionName:
 * 'feedback', actionValue: { reaction: 'like' | 'dislike', feedback } }`,
 * where `feedback` is JSON text holding `feedbackText`. The words are
 * redacted by the question service before they are stored.
 */
export function feedbackLoop(name: string | undefined, value: unknown): { rating: Rating; text: string } | null {
  if (name !== 'message/submitAction' || typeof value !== 'object' || value === null) return null;
  const { actionName, actionValue } = value as Record<string, unknown>;
  if (actionName !== 'feedback' || typeof actionValue !== 'object' || actionValue === null) return null;
  const { reaction, feedback } = actionValue as Record<string, unknown>;
  const rating = reaction === 'like' ? 'up' : reaction === 'dislike' ? 'down' : null;
  return rating ? { rating, text: feedbackText(feedback) } : null;
}

function feedbackText(feedback: unknown): string {
  if (typeof feedback !== 'string') return '';
  try {
    const text = (JSON.parse(feedback) as { feedbackText?: unknown }).feedbackText;
    return typeof text === 'string' ? text : '';
  } catch {
    return '';
  }
}

/**
 * Teams' feedback invoke names only the bot's message (its `replyToId`), not
 * the question; the link between them is kept in the shared store under this
 * key, so any replica can store the rating. A channel thread's conversation id
 * ends in ";messageid=…" and the invoke may name the thread or the channel.
 */
export function replyKey(conversationId: string, messageId: string): string {
  return `${conversationId.split(';')[0]}|${messageId}`;
}
