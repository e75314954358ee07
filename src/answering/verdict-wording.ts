import type { Verdict } from '../core/types.ts';
import { escapeRegExp } from '../retrieval/text.ts';

/** Words that forbid what follows them: "must not share", "never tell". */
const PROHIBITIONS = ['must not', "mustn't", 'should not', "shouldn't", 'never'];

/**
 * Words that state a sharing decision. The first line of every answer opens
 * with one of them; lint holds decision cards to it and the engine holds a
 * remote model's draft to it.
 */
const CUES: Record<Verdict, string[]> = {
  depends: ['depends', 'it turns on', 'turns on whether'],
  must_not: [
    ...PROHIBITIONS, 'cannot', "can't", 'may not', 'not allowed', 'not lawful', 'unlawful',
    'not permitted', 'no lawful basis', "don't share", 'do not share', "don't disclose", 'do not disclose', "don't look", 'do not look',
    "don't access", 'do not access', "don't give", 'do not give', "don't tell", 'do not tell', "don't pass", 'do not pass',
    "don't send", 'do not send', "don't confirm", 'do not confirm', "don't hand", 'do not hand', "don't request", 'do not request',
  ],
  need_not: [
    "don't have to", 'do not have to', "doesn't have to", 'does not have to', "don't need to", 'do not need to', "doesn't need to",
    'does not need to', 'need not', "needn't", 'not obliged', 'no obligation', 'not required', 'no legal duty', 'no duty', 'not a duty',
    "doesn't oblige", 'does not oblige', "doesn't compel", 'does not compel', 'not compelled', 'not bound', 'is voluntary',
    "isn't obliged", "aren't obliged", "don't have a duty", 'do not have a duty',
  ],
  must: ['must', 'have to', 'has to', 'are required', 'is required', 'obliged to', 'duty to', 'required by law', 'compels', 'mandatory', 'are bound', 'is bound'],
  should: ['should', 'ought to', 'are expected to', 'is expected to'],
  may: ['may', 'can', 'are allowed', 'is allowed', 'permitted', 'lawful to', 'is lawful', 'are free to'],
};

/** Curly apostrophes as straight ones, so "don’t" matches the cue "don't". */
const straightApostrophes = (text: string) => text.replace(/[’‘]/g, "'");

const PATTERNS = (Object.entries(CUES) as [Verdict, string[]][]).flatMap(([verdict, cues]) =>
  cues.map((cue) => ({ verdict, cue, pattern: new RegExp(`(?<![\\w'])${escapeRegExp(cue)}(?![\\w'])`, 'i') })),
);

/**
 * The decision a sentence states: the earliest verdict word in it wins, and
 * at the same place the longer phrase ("must not" over "must", "cannot"
 * over "can"). Null when it states none ("There is no Caldicott Act.").
 */
export function verdictOfSentence(sentence: string): Verdict | null {
  const text = straightApostrophes(sentence);
  let best: { verdict: Verdict; index: number; length: number } | null = null;
  for (const { verdict, cue, pattern } of PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    if (!best || match.index < best.index || (match.index === best.index && cue.length > best.length)) {
      best = { verdict, index: match.index, length: cue.length };
    }
  }
  return best?.verdict ?? null;
}

const ENDS_FORBIDDING = new RegExp(`(?<![\\w'])(?:${[...PROHIBITIONS, "don't", 'do not'].map(escapeRegExp).join('|')})\\s+$`, 'i');

/** True when the text ends by forbidding what comes next: "No, don't " before "send the whole record". */
export function endsForbidding(text: string): boolean {
  return ENDS_FORBIDDING.test(straightApostrophes(text));
}

/** True when the text says, anywhere, that something is not required ("a request does not oblige the practice"). */
export function statesNoDuty(text: string): boolean {
  const plain = straightApostrophes(text);
  return PATTERNS.some(({ verdict, pattern }) => verdict === 'need_not' && pattern.test(plain));
}

/** The decision stated by the first line of an answer: its first sentence that states one. */
export function verdictOfFirstLine(answer: string): Verdict | null {
  const firstLine = firstLineOf(answer);
  for (const sentence of firstLine.split(/(?<=[.!?])\s+(?=[A-Z"“])/)) {
    const verdict = verdictOfSentence(sentence.replace(/\[\d+\]/g, ''));
    if (verdict) return verdict;
  }
  return null;
}

/** The first paragraph of an answer's Markdown, without emphasis or citation markers. */
export function firstLineOf(answer: string): string {
  const paragraph = answer.trim().split(/\n\s*\n/)[0] ?? '';
  return paragraph.replace(/\*\*|__/g, '').replace(/\s*\[\d+\]/g, '').replace(/\s+/g, ' ').trim();
}

/** A short label for chat front ends, shown before anything else. */
export const VERDICT_LABELS: Record<Verdict, string> = {
  must: 'Must share',
  should: 'Should share',
  may: 'May share, if…',
  need_not: "Don't have to share",
  must_not: "Don't share",
  depends: 'Depends on the facts',
};

/** A mark that tells the verdicts apart at a glance, shown beside the label that says it. */
export const VERDICT_MARKS: Record<Verdict, string> = {
  must: '🟢',
  should: '🟢',
  may: '🟡',
  need_not: '⚪',
  must_not: '🔴',
  depends: '🔀',
};
