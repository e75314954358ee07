import type { Answer } from '../core/types.ts';
import { VERDICT_LABELS } from '../answering/verdict-wording.ts';
import { answerNotes } from '../answering/answer-notes.ts';

/** An Answer as plain text for a terminal: the verdict, the answer, any suggested questions, then numbered sources with links. */
export function renderAnswerText(answer: Answer): string {
  const lines: string[] = [];
  if (answer.verdict) lines.push(`[${VERDICT_LABELS[answer.verdict]}]`, '');
  lines.push(plain(answer.answer));
  if (answer.suggestions.length > 0) {
    lines.push('', 'Ask one of these instead (npm run ask -- "…"):');
    answer.suggestions.forEach((suggestion, i) => lines.push(`  ${i + 1}. ${suggestion}`));
  }
  if (answer.citations.length > 0) {
    lines.push('', 'Sources:');
    for (const citation of answer.citations) {
      const where = citation.section ? ` — ${citation.section}` : '';
      lines.push(`  [${citation.n}] ${citation.title}${where}`);
      if (citation.url) lines.push(`      ${citation.url}`);
    }
  }
  const notes = answerNotes(answer);
  if (notes.length > 0) lines.push('', ...notes.map((note) => `Note: ${note}`));
  return lines.join('\n');
}

function plain(markdown: string): string {
  return markdown
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/(^|\s)_(.+?)_(?=\s|$)/gs, '$1$2');
}
