const segmenter = new Intl.Segmenter('en-GB', { granularity: 'sentence' });

/** Splits text into sentences, keeping list items and short fragments out of the way of quoting. */
export function splitSentences(text: string): string[] {
  const out: string[] = [];
  for (const paragraph of text.split(/\n+/)) {
    for (const { segment } of segmenter.segment(paragraph)) {
      const sentence = segment.trim();
      if (sentence.length > 0) out.push(sentence);
    }
  }
  return mergeAbbreviationBreaks(out);
}

// Legal text abbreviates ("s. 115", "para. 2", "e.g. a GP"); ICU can break after those dots.
const ABBREVIATION_END = /\b(?:s|ss|para|paras|sch|art|arts|reg|regs|no|e\.g|i\.e|cf|v|c|pt|ch|Mr|Mrs|Ms|Dr|St|vol|p|pp)\.$/i;

function mergeAbbreviationBreaks(sentences: string[]): string[] {
  const merged: string[] = [];
  for (const sentence of sentences) {
    const previous = merged[merged.length - 1];
    if (previous !== undefined && ABBREVIATION_END.test(previous)) merged[merged.length - 1] = `${previous} ${sentence}`;
    else merged.push(sentence);
  }
  return merged;
}
