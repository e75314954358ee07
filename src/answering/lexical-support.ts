import { terms, words } from '../retrieval/text.ts';

/** Names of instruments: "Data Protection Act", "Police Access to Records Act", "Places of Safety Regulations". */
const INSTRUMENT = /\b(?:[A-Z][\w'’()-]*\s+(?:(?:of|and|to|the|for|on|in|with)\s+)*){1,8}(?:Act|Acts|Regulations|Order|Code|Bill|Directive|Convention|Protocol|Rules)\b/g;

/** A sentence counts as supported by a passage when this share of its terms occur there (evals, and lint of decision cards). */
export const SUPPORTED_SHARE = 0.8;

export interface Support {
  /** Share (0–1) of the sentence's meaningful terms that occur in the passage. */
  share: number;
  /** Numbers, section references and named instruments in the sentence that the passage never mentions. */
  unsupportedReferences: string[];
}

/**
 * How far a passage supports a sentence, by the words they share — a cheap,
 * offline stand-in for a model-graded faithfulness check. References are
 * held to a stricter rule than words: a year, a section number or the name of
 * an Act that the passage does not contain is exactly what an invented
 * citation looks like.
 */
export function lexicalSupport(sentence: string, passage: string): Support {
  // A leading "Yes,", "No:" or "It depends" answers the question; it claims nothing the passage must say.
  const claim = sentence.replace(/^\s*(?:yes|no|it depends)\b[,:;.!]?\s*/i, '');
  const sentenceTerms = new Set(terms(claim));
  const passageTerms = new Set(terms(passage));
  let supported = 0;
  for (const term of sentenceTerms) if (passageTerms.has(term)) supported += 1;
  const passageWords = new Set(words(passage));
  const numbers = words(sentence).filter((word) => /\d/.test(word) && !passageWords.has(word));
  const lowerPassage = passage.toLowerCase();
  const instruments = [...sentence.matchAll(INSTRUMENT)]
    .map((m) => m[0].replace(/^(?:The|A|An|Under|Section|Schedule|Part)\s+/, ''))
    .filter((name) => !lowerPassage.includes(name.toLowerCase()));
  return {
    share: sentenceTerms.size === 0 ? 1 : supported / sentenceTerms.size,
    unsupportedReferences: [...new Set([...numbers, ...instruments])],
  };
}
