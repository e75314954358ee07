import { expandAlternatives } from './fact-vocabulary.ts';

/** A phrase as the words it is matched on. */
export type Phrase = string[];

/**
 * A phrase with alternatives, kept as a row of slots rather than every
 * combination: "{a|an} {18|19|…|40} {year old|yo} man" is four slots, not
 * the 180 phrases it stands for. A slot's alternative may be empty.
 */
export interface PhrasePattern {
  slots: Phrase[][];
}

/** A phrase's word also matches its plural ("officers" for "officer"). */
export function sameWord(token: string | undefined, word: string): boolean {
  return token === word || token === `${word}s`;
}

/** The phrase stands in the question from `at`. */
export function startsAt(tokens: string[], at: number, phrase: Phrase): boolean {
  return phrase.every((word, i) => sameWord(tokens[at + i], word));
}

/**
 * The pattern as slots of words, when its alternatives split into words on
 * their own; otherwise one pattern per combination. Splitting alone is not
 * always the same as splitting the whole: "s {115|29}" reads as "s115", and
 * "{stab|punch}bed" glues words together, so each join is checked.
 */
export function compilePattern(pattern: string, toWords: (text: string) => Phrase): PhrasePattern[] {
  const parts = pattern
    .split(/(\{[^{}]*\})/)
    .filter((part) => part !== '')
    .map((part) => (part.startsWith('{') ? part.slice(1, -1).split('|') : [part]));
  if (!joinsSplitCleanly(parts, toWords)) {
    return expandAlternatives(pattern)
      .map(toWords)
      .filter((words) => words.length > 0)
      .map((words) => ({ slots: [[words]] }));
  }
  const slots = parts
    .map((choices) => dedupe(choices.map(toWords)))
    .filter((choices) => !(choices.length === 1 && choices[0]!.length === 0));
  return slots.length > 0 && canBeNonEmpty(slots) ? [{ slots }] : [];
}

/** Every word a match of the pattern can start with. */
export function firstWords(pattern: PhrasePattern): Set<string> {
  const first = new Set<string>();
  for (const choices of pattern.slots) {
    for (const choice of choices) if (choice.length > 0) first.add(choice[0]!);
    if (!choices.some((choice) => choice.length === 0)) break;
  }
  return first;
}

/** Where each match of the pattern that starts at `at` ends, with the first word it matched. */
export function matchesAt(tokens: string[], at: number, pattern: PhrasePattern): { end: number; firstWord: string }[] {
  const found = new Map<number, string>();
  const extend = (slot: number, position: number, firstWord: string | undefined): void => {
    if (slot === pattern.slots.length) {
      if (firstWord !== undefined && !found.has(position)) found.set(position, firstWord);
      return;
    }
    for (const choice of pattern.slots[slot]!) {
      if (startsAt(tokens, position, choice)) extend(slot + 1, position + choice.length, firstWord ?? choice[0]);
    }
  };
  extend(0, at, undefined);
  return [...found].map(([end, firstWord]) => ({ end, firstWord }));
}

/**
 * Each piece of text that can follow another (skipping alternatives that may
 * be empty) must split into the same words apart as together.
 */
function joinsSplitCleanly(parts: string[][], toWords: (text: string) => Phrase): boolean {
  for (let i = 0; i < parts.length; i += 1) {
    for (const left of parts[i]!) {
      if (left === '') continue;
      for (let j = i + 1; j < parts.length; j += 1) {
        for (const right of parts[j]!) if (right !== '' && !joinsCleanly(left, right, toWords)) return false;
        if (!parts[j]!.includes('')) break;
      }
    }
  }
  return true;
}

const PLAIN = /^[a-z ]*$/;

function joinsCleanly(left: string, right: string, toWords: (text: string) => Phrase): boolean {
  const spaced = /\s$/.test(left) || /^\s/.test(right);
  // Plain lower-case words split at spaces and nowhere else.
  if (PLAIN.test(left) && PLAIN.test(right)) return spaced;
  const together = toWords(left + right);
  const apart = [...toWords(left), ...toWords(right)];
  return together.length === apart.length && together.every((word, i) => word === apart[i]);
}

function dedupe(choices: Phrase[]): Phrase[] {
  const seen = new Set<string>();
  return choices.filter((choice) => {
    const key = choice.join(' ');
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function canBeNonEmpty(slots: Phrase[][]): boolean {
  return slots.some((choices) => choices.some((choice) => choice.length > 0));
}
