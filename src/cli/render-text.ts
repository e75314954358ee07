import type { Answer } from '../core/types.ts';

/** An Answer as plain text for a terminal: the answer, then numbered sources with links. */
export function renderAnswerText(answer: Answer): string {
  const lines = [plain(answer.answer)];
  if (answer.citations.length > 0) {
    lines.push('', 'Sources:');
    for (const citation of answer.citations) {
      const where = citation.section ? ` — ${citation.section}` : '';
      lines.push(`  [${citation.n}] ${citation.title}${where}`);
      if (citation.url) lines.push(`      ${citation.url}`);
    }
  }
  if (answer.warnings.length > 0) {
    lines.push('', ...answer.warnings.map((warning) => `Note: ${warning}`));
  }
  return lines.join('\n');
}

function plain(markdown: string): string {
  return markdown
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/(^|\s)_(.+?)_(?=\s|$)/gs, '$1$2');
}
