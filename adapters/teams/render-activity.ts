import type { Activity, CardAction } from 'botbuilder';
import { VERDICT_LABELS, VERDICT_MARKS, answerNotes, firstLineOf, type Answer } from '../../src/index.ts';
import { ADAPTIVE_CARD_CONTENT_TYPE, answerCard } from './answer-card.ts';
import { citationEntity, fitsNativeCitations } from './citation-entity.ts';
import { shorten } from './shorten.ts';

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
    return { type: 'message', summary: previewText(answer), attachments: [{ contentType: ADAPTIVE_CARD_CONTENT_TYPE, content: answerCard(answer, questionId) }] };
  }
  const entity = citationEntity(answer);
  return {
    type: 'message',
    summary: previewText(answer),
    text: [
      // The verdict leads, as plain words with its mark, so it is the first thing read and the chat list shows no Markdown.
      ...(answer.verdict ? [`${VERDICT_MARKS[answer.verdict]} ${VERDICT_LABELS[answer.verdict]}`] : []),
      pointsAsParagraphs(answer.answer),
      ...suggestionList(answer.suggestions),
      ...answerNotes(answer).map((note) => `Note: ${note}`),
    ].join('\n\n'),
    textFormat: 'markdown',
    ...(entity ? { entities: [entity] } : {}),
    // Teams shows these as buttons in personal chats; choosing one sends it as the person's next message.
    ...(answer.suggestions.length > 0 ? { suggestedActions: { to: [], actions: answer.suggestions.map(suggestedAction) } } : {}),
    // Shows Teams' own 👍/👎 buttons; a click arrives as a message/submitAction invoke.
    channelData: { feedbackLoopEnabled: true },
  };
}

/**
 * Each bullet point as a paragraph of its own, led by "•". Teams renders a
 * citation marker as a pill in a paragraph but drops the pill inside a
 * Markdown list, where most of an answer's citations are.
 */
export function pointsAsParagraphs(markdown: string): string {
  return markdown
    .split('\n\n')
    .map((block) => block.split('\n').map((line) => line.replace(/^\s*[-*]\s+/, '• ')).join('\n\n'))
    .join('\n\n');
}

/** Teams shows about this much of a message in the chat list. */
const PREVIEW_CHARS = 150;

/** Plain words for the chat list and notifications, which would otherwise show the Markdown. */
export function previewText(answer: Answer): string {
  const label = answer.verdict ? `${VERDICT_LABELS[answer.verdict]}: ` : '';
  return shorten(`${label}${firstLineOf(answer.answer)}`, PREVIEW_CHARS);
}

/** Suggested actions are not shown in channels and group chats, so the questions are listed in the text as well. */
function suggestionList(suggestions: string[]): string[] {
  return suggestions.length > 0 ? [suggestions.map((s) => `- ${s}`).join('\n')] : [];
}

function suggestedAction(question: string): CardAction {
  return { type: 'imBack', title: question, value: question };
}
