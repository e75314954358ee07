import { stemmer } from 'stemmer';

/**
 * One tokenizer for the whole engine — lexical index, embeddings, sentence
 * scoring and queries — so a word in a question and the same word in a note
 * always become the same term.
 */

// Common English words that carry no meaning for retrieval. Words such as
// "not", "without" and "must" are kept: they change what a legal sentence says.
const STOPWORDS = new Set(
  (
    'a about above after again all also am an and any are as at be been before being below between both but by ' +
    'can could did do does doing down during each few for from further had has have having he her here hers herself him ' +
    'himself his how i if in into is it its itself just me more most my myself of off on once only or other our ours ' +
    'ourselves out over own same she should so some such than that the their theirs them themselves then there these ' +
    'they this those through to too under until up very was we were what when where which while who whom why will with ' +
    'would you your yours yourself yourselves im ive id youre hi hello please thanks thank ok okay yes etc eg ie ' +
    // Chat filler that carries no legal meaning.
    'got get gets getting just really basically actually quick lol pls plz thx cheers mate ' +
    'look looks looked like say says said done back today yesterday tonight morning thing things stuff bit lot way sure ' +
    'maybe also still even much many well come came go goes going went put take took make made see saw seen let ' +
    'wondering wonder question anyway though tho cos coz bloke guy lady fella one two'
  ).split(' '),
);

const NUMBER_LIST = String.raw`(\d+[a-z]{0,2})((?:\s*(?:,|and|or|&|to|-)\s*\d+[a-z]{0,2}\b)*)`;

const CITATION_FORMS: { pattern: RegExp; prefix: string }[] = [
  { pattern: new RegExp(String.raw`\b(?:sections?|secs?\.?|ss?\.?)\s*${NUMBER_LIST}`, 'g'), prefix: 's' },
  { pattern: new RegExp(String.raw`\b(?:schedules?|scheds?\.?|schs?\.?)\s*${NUMBER_LIST}`, 'g'), prefix: 'sch' },
  { pattern: new RegExp(String.raw`\b(?:paragraphs?|paras?\.?)\s*${NUMBER_LIST}`, 'g'), prefix: 'para' },
  { pattern: new RegExp(String.raw`\b(?:articles?|arts?\.?)\s*${NUMBER_LIST}`, 'g'), prefix: 'art' },
  { pattern: new RegExp(String.raw`\b(?:regulations?|regs?\.?)\s*${NUMBER_LIST}`, 'g'), prefix: 'reg' },
  { pattern: new RegExp(String.raw`\b(?:parts?|pt\.?)\s*${NUMBER_LIST}`, 'g'), prefix: 'part' },
];

/**
 * Rewrites the many ways people write legal references into one compact
 * form: "s.115", "s 115", "section 115" and "s115" all become "s115";
 * "Sch 2 para 2" becomes "sch2 para2"; "ss 135 and 136" becomes "s135 s136".
 * Expects lower-case text.
 */
export function normaliseLegalCitations(lowerText: string): string {
  let text = lowerText;
  for (const { pattern, prefix } of CITATION_FORMS) {
    text = text.replace(pattern, (_match, first: string, rest: string) => {
      const numbers = [first, ...(rest.match(/\d+[a-z]{0,2}\b/g) ?? [])];
      return ` ${numbers.map((n) => `${prefix}${n}`).join(' ')} `;
    });
  }
  return text;
}

/** Lower-cases, normalises legal references and splits into raw words (no stemming, no stopword removal). */
export function words(text: string): string[] {
  const lower = normaliseLegalCitations(
    text
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .replace(/n['’]t\b/g, ' not')
      .replace(/\bw\/o\b/g, ' without ')
      // Chat shorthand: "lady w dementia", "w/ her GP"; but "W Yorks police" is West.
      .replace(/\bw\/(?!o\b)|(?<=^|\s)w(?=\s)(?!\s+(?:yorks|yorkshire|midlands|mercia|sussex|wales|london|glamorgan)\b)/g, ' with ')
      // The child protection flag "CP-IS" is one word, or it would stem as "CPS", the Crown Prosecution Service, does.
      .replace(/\bcp-is\b/g, 'cpis')
      .replace(/\ba\s+&\s+e\b/g, 'a&e')
      .replace(/\s&\s/g, ' and ')
      .replace(/['’](?:s|ve|re|ll|d|m)\b/g, '')
      .replace(/(\w)&(\w)/g, '$1$2'),
  );
  return lower.split(/[^a-z0-9]+/).filter(Boolean);
}

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/** Stems a word; references such as "s115" and numbers are kept as they are. */
export function stem(word: string): string {
  return /\d/.test(word) ? word : stemmer(word);
}

/** Meaningful, stemmed terms of a text, in order, with repeats. */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const word of words(text)) {
    if (isStopword(word) || (word.length < 2 && !/\d/.test(word))) continue;
    out.push(stem(word));
  }
  return out;
}

/** True when `needle` occurs as a contiguous run inside `haystack`. */
export function containsSequence(haystack: readonly string[], needle: readonly string[]): boolean {
  if (needle.length === 0) return false;
  outer: for (let i = 0; i + needle.length <= haystack.length; i += 1) {
    for (let j = 0; j < needle.length; j += 1) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** The text as a regular expression that matches it literally. */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
