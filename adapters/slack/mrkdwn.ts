/** Slack's mrkdwn treats these three characters as markup; everything else is shown as typed. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A link Slack renders, or the plain label when there is no web address to link to. */
export function mrkdwnLink(url: string | null, label: string): string {
  const safeLabel = escapeMrkdwn(label);
  if (!url || !/^https?:\/\//i.test(url)) return safeLabel;
  return `<${url.replace(/\|/g, '%7C').replace(/>/g, '%3E').replace(/</g, '%3C')}|${safeLabel}>`;
}

/**
 * The answer's Markdown in Slack's mrkdwn: **bold** becomes *bold*, list
 * items become bullets, headings become bold lines and [label](url) links
 * become Slack links. Italics (_text_) are the same in both.
 */
export function markdownToMrkdwn(markdown: string): string {
  return escapeMrkdwn(markdown)
    .replace(/\[([^\]\n]+)\]\((https?:\/\/[^)\s]+)\)/g, (_match, label: string, url: string) => `<${url.replace(/\|/g, '%7C')}|${label}>`)
    .replace(/\*\*([^*\n]+)\*\*/g, '*$1*')
    .replace(/^#{1,6}\s+(.+)$/gm, '*$1*')
    .replace(/^(\s*)[-*]\s+/gm, '$1• ');
}

/** Plain text for notifications, where mrkdwn is not rendered. */
export function markdownToPlain(markdown: string): string {
  return markdown
    .replace(/\[([^\]\n]+)\]\((https?:\/\/[^)\s]+)\)/g, '$1')
    .replace(/\*\*([^*\n]+)\*\*/g, '$1')
    .replace(/(^|\s)_([^_\n]+)_(?=\s|$|[.,;:!?])/g, '$1$2')
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/^(\s*)[-*]\s+/gm, '$1• ');
}
