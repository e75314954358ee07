import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../errors.ts';
import { containsSequence, escapeRegExp, isStopword, stem, words } from '../retrieval/text.ts';
import { parseYaml } from '../knowledge/parse-yaml.ts';

const scopeSchema = z
  .object({
    outside_jurisdiction: z.record(z.string(), z.array(z.string())),
    inside_jurisdiction: z.array(z.string()),
    sharing: z.array(z.string()),
    agencies: z.array(z.string()),
    domain: z.array(z.string()),
    generic: z.array(z.string()).default([]),
    situational: z.array(z.string()).default([]),
  })
  .strict();

export type ScopeVocabulary = z.infer<typeof scopeSchema>;

/**
 * How a question relates to what canishare covers, before any search.
 * `uncertain` means it names an agency or an act of sharing but not both:
 * retrieval decides.
 */
export type ScopeVerdict =
  | { kind: 'in_scope'; injection: boolean }
  | { kind: 'uncertain'; injection: boolean }
  | { kind: 'out_of_scope'; injection: boolean }
  /** A request to invent or assume law: declined whatever else it asks. */
  | { kind: 'declined'; injection: true }
  | { kind: 'outside_jurisdiction'; place: string; injection: boolean };

/** Asking the bot to make law up rather than find it. */
const INVENT_LAW = /\b(?:make up|invent|fabricate|pretend there is)\b[^.?!\n]{0,60}\b(?:law|statute|act|section|case|regulation|citation|legal basis)\b/i;

/** Attempts to change the bot's rules from inside a question; they are ignored, and flagged. */
const INJECTION = [
  /\b(?:ignore|disregard|forget|override|bypass)\b[^.?!\n]{0,40}\b(?:instructions?|rules?|prompt|guidelines?|guardrails?|restrictions?|policy|policies)\b/i,
  /\b(?:system|hidden|initial|original)\s+(?:prompt|instructions?|message)\b/i,
  /\b(?:reveal|show|print|repeat|output|tell me|what (?:is|are))\b[^.?!\n]{0,30}\byour\s+(?:instructions?|prompt|rules|configuration)\b/i,
  /\byou are now\b|\bfrom now on,? you\b|\bdeveloper mode\b|\bjailbreak\b|\bDAN\b/i,
  /\b(?:pretend|imagine|act as|role-?play|roleplay)\b[^.?!\n]{0,40}\b(?:you(?:'re| are)?|lawyer|solicitor|judge|barrister|no rules|unrestricted|chatbot|assistant)\b/i,
  INVENT_LAW,
  /\b(?:new|updated)\s+instructions?\s*:/i,
];

/** True when the question asks the bot to invent or assume law rather than find it. */
export function asksToInventLaw(question: string): boolean {
  return INVENT_LAW.test(question);
}

export function looksLikeInjection(question: string): boolean {
  return INJECTION.some((pattern) => pattern.test(question));
}

/**
 * The question without the sentences that try to give the bot instructions,
 * so they neither steer the search nor dilute it. If nothing else is left,
 * the question is returned unchanged (and will be found out of scope).
 */
export function withoutInjectedInstructions(question: string): string {
  const sentences = question.split(/(?<=[.!?])\s+|\n+/);
  const kept = sentences.filter((sentence) => !looksLikeInjection(sentence));
  return kept.length > 0 && kept.length < sentences.length ? kept.join(' ') : question;
}

export async function loadScopeVocabulary(knowledgeDir: string): Promise<ScopeVocabulary> {
  const file = path.join(knowledgeDir, 'scope.yml');
  let raw: unknown;
  try {
    raw = await parseYaml(await readFile(file, 'utf8'));
  } catch (error) {
    const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
    throw new AppError(
      'KNOWLEDGE_INVALID',
      missing
        ? `${file} is missing. It lists the words that decide what is in scope; restore it from the repository.`
        : `${file} is not valid YAML (${(error as Error).message.split('\n')[0]}). Fix the file and run again.`,
    );
  }
  const parsed = scopeSchema.safeParse(raw);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `- ${i.path.join('.') || 'top level'}: ${i.message}`).join('\n');
    throw new AppError('KNOWLEDGE_INVALID', `${file} is not in the expected shape:\n${issues}`);
  }
  return parsed.data;
}

type Phrase = string[];

/** Decides scope and jurisdiction from the words of a (redacted) question. */
export class ScopeClassifier {
  private readonly outside: { place: string; phrases: Phrase[] }[];
  private readonly inside: Phrase[];
  private readonly sharing: Phrase[];
  private readonly agencies: Phrase[];
  private readonly domain: Phrase[];
  private readonly unspecific: Set<string>;
  /** A place in England or Wales named only as a comparison: "unlike in England", "than in Wales". */
  private readonly comparedPlace: RegExp;

  /** `toWords` splits a question into words, correcting spelling as search does, so both see the same question. */
  constructor(
    vocabulary: ScopeVocabulary,
    private readonly toWords: (text: string) => string[] = words,
  ) {
    this.outside = Object.entries(vocabulary.outside_jurisdiction).map(([place, list]) => ({ place, phrases: list.map(toPhrase) }));
    this.inside = vocabulary.inside_jurisdiction.map(toPhrase);
    const places = vocabulary.inside_jurisdiction.map(escapeRegExp).join('|');
    this.comparedPlace = new RegExp(`\\b(?:unlike|than|compared (?:to|with)|as opposed to|different from|different to)\\s+(?:in\\s+|the\\s+)?(?:${places})\\b`, 'gi');
    this.sharing = vocabulary.sharing.map(toPhrase);
    this.agencies = vocabulary.agencies.map(toPhrase);
    this.domain = vocabulary.domain.map(toPhrase);
    const situational = new Set(vocabulary.situational.flatMap(toPhrase));
    this.unspecific = new Set([...vocabulary.sharing, ...vocabulary.agencies, ...vocabulary.generic].flatMap(toPhrase).filter((term) => !situational.has(term)));
  }

  /** The question names a scheme, statute or topic of the domain ("Right Care Right Person", "MARAC"). */
  namesTopic(question: string): boolean {
    const stems = this.toWords(question).map(stem);
    return this.domain.some((phrase) => containsSequence(stems, phrase));
  }

  /**
   * Words of the question that describe a situation: what is left once
   * sharing words, agencies and generic words are gone. "Can I share this
   * with the police?" has none, so it is too vague to answer.
   */
  situationWords(question: string): string[] {
    return this.toWords(question)
      .filter((word) => !isStopword(word) && word.length > 1 && !/^\d+$/.test(word))
      .map(stem)
      .filter((term) => !this.unspecific.has(term));
  }

  /** `history` is earlier questions in the thread: a follow-up inherits their topic. */
  classify(question: string, history: string[] = []): ScopeVerdict {
    const injection = looksLikeInjection(question);
    // "Tell me a joke" asks the bot for something; it is not one person sharing with another.
    const text = [...history, question].join(' . ').replace(/\b(?:tell|give|show|write)\s+(?:me|us)\s+(?:a|an|some|your)\b/gi, ' ');
    const stems = this.toWords(text).map(stem);
    const has = (phrases: Phrase[]) => phrases.some((phrase) => containsSequence(stems, phrase));
    const outside = this.outside.find(({ phrases }) => has(phrases));
    // "In Northern Ireland we have to report it, unlike in England": a place named only to compare is not where the
    // question is set.
    const compared = this.toWords(text.replace(this.comparedPlace, ' ')).map(stem);
    if (outside && !this.inside.some((phrase) => containsSequence(compared, phrase))) return { kind: 'outside_jurisdiction', place: outside.place, injection };
    if (has(this.domain) || (has(this.sharing) && has(this.agencies))) return { kind: 'in_scope', injection };
    if (has(this.sharing) || has(this.agencies)) return { kind: 'uncertain', injection };
    return { kind: 'out_of_scope', injection };
  }
}

function toPhrase(text: string): Phrase {
  return words(text).map(stem);
}
