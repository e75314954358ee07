import type { Redaction, RedactionType } from '../core/types.ts';
import { isStopword } from '../retrieval/text.ts';

/** A question with its personal data replaced by placeholders, and what kinds were found. */
export interface RedactedText {
  text: string;
  redactions: Redaction[];
  /** The values that were removed. Held only in memory, to check that no output repeats them; never log or store. */
  removedValues: string[];
}

export interface RedactOptions {
  /** Lower-case words that are not names (the knowledge base's vocabulary): capitalised pairs of these are kept. */
  knownWords?: ReadonlySet<string>;
}

/** Placeholders look like `[name]`. */
const PLACEHOLDER = String.raw`\[(?:name|nhs number|date|date of birth|postcode|phone|email|ni number|reference|identifier|address)\]`;
/** A placeholder with the label people type before the value ("DOB 12/03/1985", "NHS no 943…"). */
const LABELLED_PLACEHOLDER = new RegExp(
  String.raw`(?:\b(?:dob|d\.o\.b\.?|date of birth|born|nhs(?:\s+(?:number|no\.?))?|pnc|cro|mob(?:ile)?|tel(?:ephone)?|phone|email|e-mail|postcode|ni(?:\s+(?:number|no\.?))?|address)\b[\s:#]*)?${PLACEHOLDER}`,
  'gi',
);

/** The redacted text without placeholders or their labels, for searching: they say nothing about the law. */
export function withoutPlaceholders(redacted: string): string {
  return redacted.replace(LABELLED_PLACEHOLDER, ' ').replace(/\s+([,.;:])/g, '$1').replace(/\s+/g, ' ').trim();
}

const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|jun(?:e)?|jul(?:y)?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const BIRTH_CONTEXT = /\b(?:dob|d\.o\.b\.?|born|birth|date of birth|aged?)\W*$/i;
/** Titles written as abbreviations, which may take a full stop ("Dr. Patel"). */
const ABBREVIATED_TITLES = 'Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sgt|Insp';
/** Titles and ranks that are never abbreviated with a full stop: "PC. Shop window smashed…" is a role opening the question. */
const ROLE_TITLES = 'Master|Sir|Dame|Lady|Lord|DC|PC|DS|DI|DCI|PCSO|Nurse|Sister|Matron';
const TITLES = `${ABBREVIATED_TITLES}|${ROLE_TITLES}`;
const NAME_TRIGGERS =
  'patient|pt|suspect|subject|nominal|victim|offender|perp|perpetrator|misper|client|resident|service user|man|woman|lad|boy|girl|child|baby|son|daughter|husband|wife|partner|ex|boyfriend|girlfriend|mother|father|mum|dad|brother|sister|neighbour|friend|called|named|name is|known as|nee|née';
/** Words that open a sentence and are never a surname. */
const SENTENCE_OPENERS =
  'My|Our|Your|The|This|That|These|Those|We|He|She|They|It|Its|Is|Are|Was|Were|Has|Have|Had|Can|Could|Do|Does|Did|Should|Would|Must|What|Who|How|When|Where|Why|Which|Just|Any|Anyone|Quick|So|Also|Question|Here|Please|If|Im|Ive|Got|Been|Patient|Police|Detainee|Suspect|Victim';
const CAPITALISED = String.raw`[A-Z][a-z]+(?:[-'’][A-Z]?[a-z]+)?`;
const TITLE_PREFIX = new RegExp(String.raw`^(?:${TITLES})\.?\s+`);

interface Rule {
  type: RedactionType;
  placeholder: string;
  pattern: RegExp;
  /** Decides the type (or rejects the match) from the match and the text before it. */
  classify?: (match: RegExpExecArray, before: string) => { type: RedactionType; placeholder: string } | null;
}

/** True when a 10-digit number passes the NHS number Modulus 11 check. */
export function isValidNhsNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 9; i += 1) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

const RULES: Rule[] = [
  { type: 'email', placeholder: '[email]', pattern: /\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b/g },
  {
    type: 'other',
    placeholder: '[ni number]',
    // Any two letters: example numbers such as QQ 12 34 56 C are still someone's once typed in.
    pattern: /\b[A-Z]{2}\s?\d{2}\s?\d{2}\s?\d{2}\s?[A-D]\b/gi,
  },
  // PNC (yy/nnnnnnX) and CRO (nnnnnn/yyX) style references.
  { type: 'other', placeholder: '[reference]', pattern: /\b(?:\d{2}\/\d{1,7}[A-Z]|\d{1,6}\/\d{2}[A-Z])\b/gi },
  {
    type: 'date_of_birth',
    placeholder: '[date of birth]',
    pattern: new RegExp(
      String.raw`\b(?:\d{1,2}[/.-]\d{1,2}[/.-](?:\d{4}|\d{2})|\d{4}-\d{2}-\d{2}|\d{1,2}(?:st|nd|rd|th)?\s+(?:${MONTHS})\.?,?\s+\d{4}|(?:${MONTHS})\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4})\b`,
      'gi',
    ),
    classify: (_match, before) =>
      BIRTH_CONTEXT.test(before) ? { type: 'date_of_birth', placeholder: '[date of birth]' } : { type: 'other', placeholder: '[date]' },
  },
  {
    type: 'phone',
    placeholder: '[phone]',
    pattern: /(?<![\w+])(?:\+44\s?\(?0?\)?\s?|\(?0)\d{2,4}\)?[\s-]?\d{3,4}[\s-]?\d{3,4}(?!\d)/g,
    classify: (match) => (match[0].replace(/\D/g, '').length >= 10 ? { type: 'phone', placeholder: '[phone]' } : null),
  },
  {
    type: 'nhs_number',
    placeholder: '[nhs number]',
    pattern: /(?<![\d/])(?:\d[\s-]?){9}\d(?![\d/])/g,
    classify: (match) => {
      const digits = match[0].replace(/\D/g, '');
      if (isValidNhsNumber(digits)) return { type: 'nhs_number', placeholder: '[nhs number]' };
      if (digits.startsWith('0')) return { type: 'phone', placeholder: '[phone]' };
      // Ten digits that fail the check are still someone's identifier, or a mistyped NHS number.
      return { type: 'other', placeholder: '[identifier]' };
    },
  },
  {
    type: 'postcode',
    placeholder: '[postcode]',
    pattern: /\b(?:[A-PR-UWYZ][A-HK-Y]?\d[A-HJKPSTUW\d]?)\s*\d[ABD-HJLNP-UW-Z]{2}\b/gi,
  },
  {
    type: 'other',
    placeholder: '[address]',
    pattern:
      /\b\d{1,4}[A-Za-z]?,?\s+(?:[A-Z][a-z]+\s+){1,3}(?:Road|Rd|Street|St|Avenue|Ave|Lane|Ln|Close|Drive|Dr|Way|Crescent|Court|Ct|Place|Gardens|Terrace|Grove|Hill|Row|Walk|Mews|Square|View|Park)\b\.?/g,
  },
  {
    type: 'name',
    placeholder: '[name]',
    // With an optional initial: "Mr J. Smith", "DC R. Mills". "PC. My cousin…" is a role and a new sentence, not a name.
    pattern: new RegExp(String.raw`\b(?:(?:${ABBREVIATED_TITLES})\.?|${ROLE_TITLES})\s+(?!(?:${SENTENCE_OPENERS})\b)(?:[A-Z]\.?\s+)?${CAPITALISED}(?:\s+${CAPITALISED}){0,2}`, 'g'),
    // The title stays: "PC. Looking for…" may be a role opening the question, and "DC [name]" still says who asks.
    classify: (match) => ({ type: 'name', placeholder: `${TITLE_PREFIX.exec(match[0])?.[0] ?? ''}[name]` }),
  },
];

/** Matches a word in any case while the rest of the pattern stays case-sensitive (Node 20 has no inline flags). */
const anyCase = (alternatives: string) => alternatives.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
const TRIGGERED_NAME = new RegExp(
  String.raw`\b(?:${anyCase(NAME_TRIGGERS)})\s+(?:is\s+|was\s+)?(${CAPITALISED}(?:\s+${CAPITALISED}){0,2})`,
  'g',
);
/** "DC. Smith asked…" names the officer, but "PC. Shop window smashed…" is a role opening the question. */
const ROLE_THEN_SENTENCE = new RegExp(String.raw`\b(?:${ROLE_TITLES})\.\s+(?!(?:${SENTENCE_OPENERS})\b)((?:[A-Z]\.?\s+)?${CAPITALISED}(?:\s+${CAPITALISED}){0,2})`, 'g');
const CAPITALISED_RUN = new RegExp(String.raw`\b${CAPITALISED}(?:\s+${CAPITALISED}){1,2}\b`, 'g');

/**
 * Replaces personal data in free text with placeholders before anything is
 * logged, stored, searched or sent anywhere. Errs towards redacting: a lost
 * word costs little, a leaked NHS number costs a great deal.
 */
export function redact(input: string, options: RedactOptions = {}): RedactedText {
  const found: RedactionType[] = [];
  const removedValues: string[] = [];
  let text = input;
  for (const rule of RULES) {
    text = text.replace(rule.pattern, (...args) => {
      const match = args[0] as string;
      const offset = args[args.length - 2] as number;
      const whole = args[args.length - 1] as string;
      const exec = Object.assign([match], { index: offset, input: whole }) as unknown as RegExpExecArray;
      const decided = rule.classify ? rule.classify(exec, whole.slice(Math.max(0, offset - 24), offset)) : rule;
      if (!decided) return match;
      found.push(decided.type);
      removedValues.push(match);
      return decided.placeholder;
    });
  }
  // A name that ends the match after a word saying one follows ("victim Lee Carver", "DC. Smith").
  const nameAtEnd = (match: string, name: string) => {
    if (!looksLikeName(name, options.knownWords, true)) return match;
    found.push('name');
    removedValues.push(name);
    return match.slice(0, match.length - name.length) + '[name]';
  };
  text = text.replace(ROLE_THEN_SENTENCE, nameAtEnd).replace(TRIGGERED_NAME, nameAtEnd);
  text = text.replace(CAPITALISED_RUN, (match: string, offset: number) => {
    // A capitalised word that opens a sentence is usually an ordinary word.
    const before = text.slice(0, offset).trimEnd();
    const opensSentence = before === '' || /[.!?:]$/.test(before);
    const words = match.split(/\s+/);
    const start = opensSentence ? 1 : 0;
    // The longest run of two or more words the knowledge base never uses: "Subject Lee Carver" keeps "Subject".
    for (let from = start; from < words.length - 1; from += 1) {
      for (let to = words.length; to - from >= 2; to -= 1) {
        const candidate = words.slice(from, to).join(' ');
        if (!looksLikeName(candidate, options.knownWords, false)) continue;
        found.push('name');
        removedValues.push(candidate);
        return [...words.slice(0, from), '[name]', ...words.slice(to)].join(' ');
      }
    }
    return match;
  });
  // Once "Sophie Marsh" is known to be a name, "Sophie" alone later in the text is too.
  for (const name of removedValues.filter((value) => /^[A-Z]/.test(value) && !/\d/.test(value))) {
    for (const part of name.split(/\s+/).filter((p) => p.length >= 3 && /^[A-Z][a-z]/.test(p))) {
      if (options.knownWords?.has(part.toLowerCase())) continue;
      text = text.replace(new RegExp(String.raw`\b${part}(?:['’]s)?\b`, 'g'), () => {
        removedValues.push(part);
        return '[name]';
      });
    }
  }
  return { text, redactions: [...new Set(found)].map((type) => ({ type })), removedValues };
}

/** A name is capitalised words that the knowledge base does not use as ordinary vocabulary. */
function looksLikeName(candidate: string, knownWords: ReadonlySet<string> | undefined, triggered: boolean): boolean {
  const parts = candidate.split(/\s+/).filter(Boolean);
  if (parts.length === 0 || parts.some((part) => isStopword(part.toLowerCase()) || part.length < 2)) return false;
  if (!knownWords) return triggered;
  const unknown = parts.filter((part) => !knownWords.has(part.toLowerCase().replace(/[’']s$/, '')));
  return triggered ? unknown.length === parts.length : parts.length >= 2 && unknown.length === parts.length;
}
