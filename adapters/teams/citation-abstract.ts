import type { Citation } from '../../src/index.ts';
import { shorten } from './shorten.ts';

const SENTENCE_END = /(?<=[.!?]["”’)]*)\s+/;

function words(text: string): string[] {
  return text.toLowerCase().match(/[a-z0-9]{3,}/g) ?? [];
}

/**
 * What Teams' citation pop-up shows of a cited passage, in at most `max`
 * characters. A passage can run to thousands of characters, so the abstract
 * starts at the passage sentence sharing most words with the answer's lines
 * that cite it: the reader sees the words the claim rests on, not merely how
 * the passage opens.
 */
export function citationAbstract(answerText: string, citation: Citation, max: number): string {
  const claimWords = new Set(words(answerText.split('\n').filter((line) => line.includes(`[${citation.n}]`)).join(' ')));
  const sentences = citation.excerpt.split(SENTENCE_END);
  let best = 0;
  let bestShare = 0;
  sentences.forEach((sentence, index) => {
    const sentenceWords = words(sentence);
    const share = sentenceWords.filter((word) => claimWords.has(word)).length / Math.max(1, sentenceWords.length);
    if (share > bestShare) [best, bestShare] = [index, share];
  });
  const from = sentences.slice(best).join(' ');
  return shorten(best > 0 ? `…${from}` : from, max);
}
