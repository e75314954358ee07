import { VERDICT_LABELS, answerNotes, type Answer, type Citation } from '../../src/index.ts';
import { cardFeedbackData, cardSuggestionData } from './feedback.ts';
import { shorten } from './shorten.ts';

export const ADAPTIVE_CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

/** How much of each cited passage the card shows under the source's title. */
const EXCERPT_CHARS = 300;

type CardElement = Record<string, unknown>;

/**
 * The answer as an Adaptive Card, for clients that do not show Teams' native
 * citations: the text with its [n] markers, a numbered source list with
 * links and excerpts, and 👍/👎 buttons that carry the question id.
 */
export function answerCard(answer: Answer, questionId: string): Record<string, unknown> {
  const body: CardElement[] = [];
  if (answer.mode === 'llm') {
    body.push({ type: 'TextBlock', text: 'AI generated: AI-generated content may be incorrect.', isSubtle: true, size: 'Small', wrap: true });
  }
  if (answer.verdict) body.push({ type: 'TextBlock', text: VERDICT_LABELS[answer.verdict], weight: 'Bolder', size: 'Large', wrap: true });
  body.push({ type: 'TextBlock', text: answer.answer, wrap: true });
  for (const note of answerNotes(answer)) body.push({ type: 'TextBlock', text: `Note: ${note}`, isSubtle: true, size: 'Small', wrap: true });
  if (answer.citations.length > 0) {
    body.push({ type: 'TextBlock', text: 'Sources', weight: 'Bolder', separator: true, spacing: 'Medium' });
    for (const citation of answer.citations) body.push(...sourceBlocks(citation));
  }
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    actions: [
      ...answer.suggestions.map((question) => ({ type: 'Action.Submit', title: question, data: cardSuggestionData(question) })),
      { type: 'Action.Submit', title: '👍 Helpful', data: cardFeedbackData(questionId, 'up') },
      { type: 'Action.Submit', title: '👎 Not helpful', data: cardFeedbackData(questionId, 'down') },
    ],
  };
}

function sourceBlocks(citation: Citation): CardElement[] {
  const label = linkText(citation.section ? `${citation.title} — ${citation.section}` : citation.title);
  return [
    { type: 'TextBlock', text: `[${citation.n}] ${citation.url ? `[${label}](${citation.url})` : label}`, wrap: true, spacing: 'Small' },
    { type: 'TextBlock', text: shorten(citation.excerpt, EXCERPT_CHARS), isSubtle: true, size: 'Small', wrap: true, spacing: 'None' },
  ];
}

// Square brackets inside a Markdown link's text would end it early.
function linkText(text: string): string {
  return text.replace(/\[/g, '(').replace(/\]/g, ')');
}
