import type { Draft, DraftSentence } from '../core/ports.ts';
import type { Passage } from '../core/types.ts';
import { lexicalSupport } from './lexical-support.ts';

/** A sentence must share at least this much of its wording with the passages it cites. */
export const MIN_SUPPORT = 0.6;

/**
 * Drops every sentence that its cited passages do not support: too little
 * shared wording, or a number, section or Act that none of them mentions.
 * Citations to passages that were never retrieved are left for
 * composeAnswer to remove.
 */
export function withSupportedSentences(draft: Draft, passages: Passage[]): { draft: Draft; dropped: number } {
  let dropped = 0;
  const supported = (sentence: DraftSentence): boolean => {
    const cited = sentence.sources
      .filter((i) => Number.isInteger(i) && i >= 0 && i < passages.length)
      .map((i) => `${passages[i]!.chunk.title}\n${passages[i]!.chunk.text}`)
      .join('\n');
    if (!cited) return true;
    const support = lexicalSupport(sentence.text, cited);
    if (support.share >= MIN_SUPPORT && support.unsupportedReferences.length === 0) return true;
    dropped += 1;
    return false;
  };
  const opening = draft.opening.filter(supported);
  const points = draft.points.filter(supported);
  return { draft: { ...draft, opening, points }, dropped };
}
