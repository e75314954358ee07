import { words } from '../retrieval/text.ts';

/** Kinds of instrument a question may name: "the X Act", "the X Protocol", "X's Law". */
const KINDS = ['act', 'acts', 'regulations', 'protocol', 'scheme', 'concordat', 'accord'];

/** Proper names of instruments as the knowledge base writes them: "Crime and Disorder Act 1998", "Herbert Protocol", "Clare's Law". */
const PROPER_NAME = /\b(?:[A-Z][\w'’()-]*\s+(?:(?:of|and|to|the|for|on|in|with)\s+)*){1,8}(?:Act|Acts|Regulations|Protocol|Scheme|Concordat|Accord)\b|\b[A-Z][a-z]+['’]s\s+Law\b/g;
/** The same, as a glossary writes them, where case is not kept: "Police Crime Sentencing and Courts Act 2022". */
const PROPER_NAME_ANY_CASE = new RegExp(PROPER_NAME.source, 'gi');

// Words that end a name when reading back from "act": "under the Caldicott Act" names "Caldicott Act".
const NAME_WORDS_OK = new Set(['and', 'of', 'for', 'to', 'on', 'in', 'with']);
const BOUNDARY = new Set([
  'the', 'a', 'an', 'under', 'by', 'per', 'from', 'that', 'this', 'is', 'does', 'do', 'says', 'say', 'said', 'our', 'their', 'we', 'i', 'you',
  'they', 'it', 'as', 'at', 'or', 'but', 'if', 'not', 'no', 'new', 'old', 'which', 'what', 'can', 'may', 'must', 'should', 'would', 'will',
  'about', 'into', 'because', 'since', 'so', 'than', 'like', 'also', 'only', 'still', 'even', 'all', 'any', 'some', 'each', 'every', 'its',
  'his', 'her', 'my', 'your', 'us', 'me', 'him', 'them', 'there', 'here', 'when', 'where', 'how', 'why', 'who', 'then', 'be', 'been', 'being',
  'was', 'were', 'are', 'has', 'have', 'had', 'quote', 'quoted', 'quoting', 'cite', 'cited', 'citing', 'mention', 'mentions', 'mentioned',
]);

// "A terrorist act", "any sexual act": a deed of that kind, not an Act of that name.
const DEEDS = new Set(['terrorist', 'criminal', 'violent', 'sexual', 'unlawful', 'illegal', 'deliberate', 'reckless', 'dangerous', 'hostile', 'single', 'one', 'first', 'last']);

/** A name reduced to its words, without a year: "the Crime and Disorder Act 1998" → "crime and disorder act". */
export function nameKey(name: string): string {
  return words(name)
    .filter((word) => !/^\d{4}$/.test(word))
    .join(' ')
    .replace(/^(?:the|of|and|to|for|on|in|with)\s+/, '');
}

/** Every instrument the knowledge base names, as keys (see nameKey). */
export function namedInstruments(texts: string[]): string[] {
  const names = new Set<string>();
  for (const text of texts) {
    for (const match of text.matchAll(PROPER_NAME)) {
      // "The Data Protection Act" inside a longer capitalised run still names the Act.
      const key = nameKey(match[0]);
      const parts = key.split(' ');
      for (let start = 0; start < parts.length - 1; start += 1) {
        if (NAME_WORDS_OK.has(parts[start]!)) continue;
        names.add(parts.slice(start).join(' '));
      }
    }
  }
  return [...names].sort();
}

/**
 * Short names for instruments the knowledge base names: "the PCSC Act" for the Police, Crime, Sentencing and Courts
 * Act, where the glossary expands PCSC to it. Without them a question that uses the short name would be told its
 * Act was not found.
 */
export function acronymInstruments(acronyms: Readonly<Record<string, string>>, known: readonly string[]): string[] {
  const names: string[] = [];
  for (const [acronym, expansion] of Object.entries(acronyms)) {
    for (const match of expansion.matchAll(PROPER_NAME_ANY_CASE)) {
      const key = nameKey(match[0]);
      if (isKnownName(key, known)) names.push(`${nameKey(acronym)} ${key.split(' ').at(-1)!}`);
    }
  }
  return names;
}

/** Known if the knowledge base names it, in full or in part: "Courts Act" is part of "Sentencing and Courts Act". */
function isKnownName(key: string, known: Iterable<string>): boolean {
  for (const k of known) if (k === key || k.endsWith(` ${key}`) || key.endsWith(` ${k}`)) return true;
  return false;
}

/**
 * Instruments a question names that the knowledge base does not: "the
 * Caldicott Act", "Helen's Law". Names are read from any capitalisation,
 * back from "act", "protocol" and the like to the first word that cannot be
 * part of a name.
 */
export function unknownInstruments(question: string, known: ReadonlySet<string>): string[] {
  const found: string[] = [];
  const tokens = words(question.replace(/['’]s\s+law\b/gi, ' s_law_marker'));
  tokens.forEach((token, i) => {
    let kind: string | null = null;
    if (KINDS.includes(token) && tokens[i + 1] !== 'of' && tokens[i + 1] !== 'on') kind = token;
    if (token === 'marker' && tokens[i - 1] === 'law' && tokens[i - 2] === 's') kind = 'law';
    if (!kind) return;
    const end = kind === 'law' ? i - 2 : i;
    const name: string[] = [];
    let j = end - 1;
    for (; j >= 0 && name.length < 8; j -= 1) {
      const word = tokens[j]!;
      if (BOUNDARY.has(word) || /^\d+$/.test(word) || /^s\d/.test(word)) break;
      name.unshift(word);
    }
    // "set up a frequent caller scheme" describes a kind of scheme; only an Act is named after "a" ("a Mental Health Act assessment").
    if (kind !== 'act' && kind !== 'acts' && (tokens[j] === 'a' || tokens[j] === 'an')) return;
    while (name.length > 0 && NAME_WORDS_OK.has(name[0]!)) name.shift();
    if (name.length === 0 || (kind === 'act' && name.length === 1 && DEEDS.has(name[0]!))) return;
    const key = `${name.join(' ')} ${kind}`;
    if (!isKnownName(key, known)) found.push(key);
  });
  return [...new Set(found)];
}

// Words between "under" and the law a requirement is made under: "under section 17(1) of the X Act".
const REFERENCE_WORDS = new Set(['section', 'sections', 'sec', 's', 'subsection', 'paragraph', 'para', 'schedule', 'sch', 'part', 'of', 'the']);

/** Whether the question says something is done "under" the named instrument: "a requirement under section 17 of the X Act". */
export function claimedUnder(question: string, key: string): boolean {
  const tokens = words(question);
  const name = key.split(' ');
  return tokens.some((token, i) => {
    if (token !== 'under') return false;
    let j = i + 1;
    while (j < tokens.length && (REFERENCE_WORDS.has(tokens[j]!) || /^\d/.test(tokens[j]!) || /^s\d/.test(tokens[j]!))) j += 1;
    return name.every((word, k) => tokens[j + k] === word);
  });
}

/** A name for people to read: "caldicott act" → "Caldicott Act", "helen law" → "Helen's Law". */
export function displayName(key: string): string {
  const readable = key.endsWith(' law') ? `${key.slice(0, -4)}'s law` : key;
  return readable
    .split(' ')
    .map((word) => (NAME_WORDS_OK.has(word) ? word : word.charAt(0).toUpperCase() + word.slice(1)))
    .join(' ');
}
