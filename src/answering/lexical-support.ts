import { terms } from '../retrieval/text.ts';

/**
 * Share (0–1) of a sentence's meaningful terms that also occur in the passage
 * it cites. A sentence quoted from its passage scores 1; one that brings in
 * words the passage never uses scores lower. A cheap, offline stand-in for a
 * model-graded faithfulness check.
 */
export function lexicalSupport(sentence: string, passage: string): number {
  const sentenceTerms = new Set(terms(sentence));
  if (sentenceTerms.size === 0) return 1;
  const passageTerms = new Set(terms(passage));
  let supported = 0;
  for (const term of sentenceTerms) if (passageTerms.has(term)) supported += 1;
  return supported / sentenceTerms.size;
}
