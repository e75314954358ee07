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
  const keep = (sentence: DraftSentence | null): DraftSentence | null => {
    if (!sentence) return null;
    const cited = sentence.sources
      .filter((i) => Number.isInteger(i) && i >= 0 && i < passages.length)
      .map((i) => `${passages[i]!.chunk.title}\n${passages[i]!.chunk.text}`)
      .join('\n');
    if (!cited) return sentence;
    const support = lexicalSupport(sentence.text, cited);
    if (support.share >= MIN_SUPPORT && support.unsupportedReferences.length === 0) return sentence;
    dropped += 1;
    return null;
  };
  const points = draft.points.map(keep).filter((s): s is DraftSentence => s !== null);
  const summary = keep(draft.summary);
  // If the direct answer went, the next supported sentence leads.
  return { draft: { ...draft, summary: summary ?? points[0] ?? null, points: summary ? points : points.slice(1) }, dropped };
}
