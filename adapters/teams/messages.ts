import type { Activity } from 'botbuilder';
import { HELP_TEXT } from '../../src/index.ts';

/** A plain Markdown message. */
export function textActivity(text: string): Partial<Activity> {
  return { type: 'message', text, textFormat: 'markdown' };
}

/** The service's help text, with its bullet lines as a Markdown list Teams renders. */
export function helpText(text: string = HELP_TEXT): string {
  const blocks: string[] = [];
  for (const line of text.split('\n')) {
    const item = /^\s*[•*-]\s+(.*)$/.exec(line);
    const previous = blocks.at(-1);
    if (item && previous?.startsWith('- ')) blocks[blocks.length - 1] = `${previous}\n- ${item[1]}`;
    else blocks.push(item ? `- ${item[1]}` : line);
  }
  return blocks.join('\n\n');
}

export const WELCOME_TEXT = `Hello, I'm canishare.\n\n${helpText()}\n\nIn a channel or group chat, @mention me with your question.`;

export const FEEDBACK_THANKS = 'Thank you: your feedback was recorded.';
export const FEEDBACK_TOO_OLD = 'Sorry, that answer is too old to rate: its record is no longer kept.';

/** What a user sees when answering failed; the reference lets support find the logged error. */
export function failureText(reference: string): string {
  return [
    'Sorry, I could not answer that just now because of a problem on our side. Please try again in a few minutes.',
    `If it keeps happening, give your IT service desk this reference: ${reference}.`,
    'If someone is at immediate risk, do not wait: act and call 999.',
  ].join('\n\n');
}
