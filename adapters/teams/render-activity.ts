import type { Activity, CardAction } from 'botbuilder';
import { VERDICT_LABELS, type Answer } from '../../src/index.ts';
import { ADAPTIVE_CARD_CONTENT_TYPE, answerCard } from './answer-card.ts';
import { citationEntity, fitsNativeCitations } from './citation-entity.ts';

/** How an answer is shown: Teams' native citations and feedback buttons, or an Adaptive Card that works anywhere. */
export type AnswerSurface = 'native' | 'card';

/**
 * The rule: Teams itself (`channelId` "msteams") renders native citations,
 * the AI label and feedback buttons in personal chats, group chats and
 * channels alike, so every Teams conversation type gets them. Other Bot
 * Framework channels (Web Chat, Direct Line, the Emulator) ignore those
 * entities, and Teams rejects a message with more than 20 citations, so
 * those get the Adaptive Card, which lists every source.
 */
export function answerSurface(channelId: string | undefined, answer: Answer): AnswerSurface {
  return channelId === 'msteams' && fitsNativeCitations(answer) ? 'native' : 'card';
}

/** The reply for an answer. Only the answer is shown: the question is never echoed, as it may hold personal data. */
export function answerActivity(answer: Answer, questionId: string, surface: AnswerSurface): Partial<Activity> {
  if (surface === 'card') {
    return { type: 'message', attachments: [{ contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: answerCard(answer, questionId) }] };
  }
  const entity = citationEntity(answer);
  return {
    type: 'message',
    text: [
      // The verdict leads, in bold, so it is the first thing read.
      ...(answer.verdict ? [`**${VERDICT_LABELS[answer.verdict]}**`] : []),
      answer.answer,
      ...suggestionList(answer.suggestions),
      ...answer.warnings.map((warning) => `Note: ${warning}`),
    ].join('\n\n'),
    textFormat: 'markdown',
    ...(entity ? { entities: [entity] } : {}),
    // Teams shows these as buttons in personal chats; choosing one sends it as the person's next message.
    ...(answer.suggestions.length > 0 ? { suggestedActions: { to: [], actions: answer.suggestions.map(suggestedAction) } } : {}),
    // Shows Teams' own 👍/👎 buttons; a click arrives as a message/submitAction invoke.
    channelData: { feedbackLoopEnabled: true },
  };
}

/** Suggested actions are not shown in channels and group chats, so the questions are listed in the text as well. */
function suggestionList(suggestions: string[]): string[] {
  return suggestions.length > 0 ? [suggestions.map((s) => `- ${s}`).join('\n')] : [];
}

function suggestedAction(question: string): CardAction {
  return { type: 'imBack', title: question, value: question };
}
