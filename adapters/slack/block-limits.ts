/** Block Kit limits that Slack enforces on every message (it answers invalid_blocks beyond them). */
export const BLOCK_LIMITS = {
  blocksPerMessage: 50,
  sectionText: 3000,
  contextElements: 10,
  contextElementText: 3000,
  buttonValue: 2000,
} as const;

/**
 * Splits mrkdwn into pieces of at most `max` characters, keeping whole lines
 * together where it can, then whole sentences, then whole words.
 */
export function packText(text: string, max: number): string[] {
  const pieces = text.split('\n').flatMap((line) => (line.length <= max ? [line] : cutLine(line, max)));
  const packed: string[] = [];
  let current = '';
  for (const piece of pieces) {
    const joined = current ? `${current}\n${piece}` : piece;
    if (joined.length > max) {
      packed.push(current);
      current = piece;
    } else {
      current = joined;
    }
  }
  packed.push(current);
  return packed.map((part) => part.trim()).filter((part) => part.length > 0);
}

/** Shortens text to `max` characters, ending with an ellipsis when something was cut. */
export function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

function cutLine(line: string, max: number): string[] {
  const parts: string[] = [];
  let rest = line;
  while (rest.length > max) {
    const window = rest.slice(0, max);
    let at = Math.max(window.lastIndexOf('. '), window.lastIndexOf('; ')) + 1;
    if (at < max / 2) at = window.lastIndexOf(' ');
    if (at < max / 2) at = max;
    parts.push(rest.slice(0, at).trimEnd());
    rest = rest.slice(at).trimStart();
  }
  parts.push(rest);
  return parts;
}
