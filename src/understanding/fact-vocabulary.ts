import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../errors.ts';
import { parseYaml } from '../knowledge/parse-yaml.ts';

// YAML reads a bare 999 or 18 as a number; in a list of phrases it is still a phrase.
const phrases = z
  .array(
    z
      .union([z.string(), z.number()])
      .transform((value) => String(value).trim())
      .refine((value) => !/[{}]/.test(value.replace(/\{[^{}]*\}/g, '')), { message: 'has a "{" or "}" without its partner: write alternatives as {one|other}' }),
  )
  .min(1);

/**
 * "{hit|punched} {a|the} nurse" stands for every combination, so a list of
 * phrases stays short where the same words recur; an empty choice ("{our |}")
 * leaves the words out. The vocabulary keeps phrases as written, so the index
 * stays small; the fact reader matches fact phrases as patterns and writes
 * out only the short lists of agencies and reading cues.
 */
export function expandAlternatives(phrase: string): string[] {
  if (!phrase.includes('{')) return [phrase];
  // Literal text and brace groups alternate: "a {b|c} d" is ["a ", ["b", "c"], " d"].
  let combinations = [''];
  for (const part of phrase.split(/(\{[^{}]*\})/)) {
    const choices = part.startsWith('{') ? part.slice(1, -1).split('|') : [part];
    combinations = combinations.flatMap((prefix) => choices.map((choice) => prefix + choice));
  }
  return combinations.map((combination) => combination.replace(/\s+/g, ' ').trim());
}

const agencySchema = z
  .object({
    describe: z.string().min(1),
    phrases,
    /** Words that show the agency is involved without naming it ("patient" for health, "arrested" for police). */
    context: phrases.optional(),
    /** Sharing with this agency is outside what canishare decides: a question about it gets no card. */
    outside_remit: z.boolean().optional(),
  })
  .strict();

const readingSchema = z
  .object({
    self: phrases,
    self_after: phrases,
    requesting: phrases,
    /** Coming in or visiting: a request only when a request follows in the same clause ("turned up asking for…"). */
    arriving: phrases.default([]),
    requesting_before: phrases,
    giving: phrases,
    to_asker: phrases,
    /** Asking to get something ("can we get her records?"): the information would come to the asker. */
    obtaining: phrases.default([]),
    /** Words a pronoun cannot stand for: "him" is not "his mum". */
    not_referred_to: z.record(z.string(), phrases).default({}),
    asker_phrases: z.record(z.string(), phrases),
  })
  .strict();

const factSchema = z
  .object({
    describe: z.string().min(1),
    /**
     * A card whose situation names this fact suits only questions that state it (a custody card, a question about a
     * detainee). `strictly`: a card naming it is held as far from a question that does not state it as from one that
     * contradicts it (a duty under Welsh law does not answer a question that never mentions Wales).
     */
    only_when_stated: z.union([z.boolean(), z.literal('strictly')]).optional(),
    /**
     * A question stating this fact is about a situation that only cards naming the fact decide (a request through a
     * personal contact): `true` for every value, or a list of the values that do (a court order, but not a request form).
     */
    sets_situation: z.union([z.boolean(), z.array(z.string())]).optional(),
    /**
     * Values that put a question outside what the law and guidance in the knowledge base decide (what fee to charge
     * the police, which software to use): canishare says it has no guidance instead of answering whether to share.
     */
    outside_remit: z.array(z.string()).optional(),
    /** Values that say what the question asks ("do I have to?", "do I need consent?"), not what happened: on their own they leave a question vague. */
    says_what_is_asked: z.array(z.string()).optional(),
    /**
     * Values whose phrases only take a match away from the others and leave the fact unstated: "are they allowed
     * to refuse?" is about the holder refusing, not the person's consent.
     */
    leaves_unstated: z.array(z.string()).optional(),
    /** A "not" before a phrase does not cancel it: "Isn't a doctor obliged to…?" asks about a duty as much as "Is a doctor obliged to…?". */
    not_negated: z.boolean().optional(),
    /**
     * When phrases of several values occur, the one the question names first wins, not the one listed first: "a
     * nurse in Chester, England side; a colleague from Wrexham says…" is about England.
     */
    first_mentioned_wins: z.boolean().optional(),
    /** Read only when the question also uses one of these phrases: "is planning" says how much is known about FGM only in a question about FGM. */
    only_with: phrases.optional(),
    /** Read only when the question involves this agency, or one of these agencies: what the police want is read only in a question involving the police. */
    only_with_agency: z.union([z.string(), z.array(z.string()).min(1)]).optional(),
    /** Left unstated when the question states one of these values of another fact: "an 84-year-old… a carer hit her" is no child at risk. */
    unless: z.record(z.string(), z.array(z.string()).min(1)).optional(),
    /** Regular expressions whose first group is a number of years. */
    age_patterns: z.array(z.string()).optional(),
    /** Read only outside what the question quotes someone saying: in "he said 'if I see my ex…'", "my ex" is not the asker's. */
    not_in_quotations: z.boolean().optional(),
    /** Of several stated ages, the youngest decides, not the first found: "a girl (12) and her 15-year-old boyfriend" involves a child under 13. */
    youngest_age_decides: z.boolean().optional(),
    /**
     * The value a stated number of years gives: the first band, in order, whose limit the age is below, or a band
     * with no limit. An age no band takes leaves the fact unstated: a 13-year-old is not under 13.
     */
    age_bands: z
      .array(z.object({ below: z.number().int().positive().optional(), value: z.string() }).strict())
      .min(1)
      .optional(),
    values: z.record(z.string().regex(/^[a-z][a-z0-9_]*$/, { message: 'value names are lower-case words joined by _' }), phrases),
  })
  .strict();

const fileSchema = z
  .object({
    agencies: z.record(z.string(), agencySchema).optional(),
    reading: readingSchema.optional(),
    facts: z.record(z.string().regex(/^[a-z][a-z0-9_]*$/, { message: 'fact names are lower-case words joined by _' }), factSchema).optional(),
  })
  .strict();

export type AgencyDefinition = z.infer<typeof agencySchema>;
export type ReadingVocabulary = z.infer<typeof readingSchema>;
export type FactDefinition = z.infer<typeof factSchema>;

/** Every fact canishare can read from a question, from the files in knowledge/facts/. */
export interface FactVocabulary {
  agencies: Record<string, AgencyDefinition>;
  reading: ReadingVocabulary;
  facts: Record<string, FactDefinition>;
}

/** Facts read from who is asking whom; their values are agency names. */
export const AGENCY_FACTS = ['asker', 'recipient'] as const;

/** Facts that count in a special way when matching a question to a card (see `only_when_stated` and `sets_situation`). */
export interface FactRoles {
  onlyWhenStated: ReadonlySet<string>;
  /** The facts of `onlyWhenStated` that a card holds strictly (`only_when_stated: strictly`). */
  strictlyWhenStated?: ReadonlySet<string>;
  /** Each fact whose stated value sets a situation, with those values (null: every value). */
  setsSituation: ReadonlyMap<string, ReadonlySet<string> | null>;
  /** Each fact with values that say what the question asks ("do I have to?") rather than what happened. */
  whatIsAsked?: ReadonlyMap<string, ReadonlySet<string>>;
  /** Agencies whose own sharing decisions canishare does not cover, unless a card is written for them. */
  outsideRemit?: ReadonlySet<string>;
}

export function factRoles(vocabulary: FactVocabulary): FactRoles {
  const facts = Object.entries(vocabulary.facts);
  return {
    onlyWhenStated: new Set(facts.filter(([, fact]) => fact.only_when_stated).map(([name]) => name)),
    strictlyWhenStated: new Set(facts.filter(([, fact]) => fact.only_when_stated === 'strictly').map(([name]) => name)),
    setsSituation: new Map(
      facts.flatMap(([name, fact]): [string, Set<string> | null][] =>
        Array.isArray(fact.sets_situation) ? [[name, new Set(fact.sets_situation)]] : fact.sets_situation ? [[name, null]] : [],
      ),
    ),
    whatIsAsked: new Map(facts.flatMap(([name, fact]): [string, Set<string>][] => (fact.says_what_is_asked ? [[name, new Set(fact.says_what_is_asked)]] : []))),
    outsideRemit: new Set(Object.entries(vocabulary.agencies).filter(([, agency]) => agency.outside_remit).map(([name]) => name)),
  };
}

/** True when the facts say something about the situation, beyond who is asking whom and what the question asks. */
export function statesSituationFacts(vocabulary: FactVocabulary, facts: Record<string, string>): boolean {
  return Object.entries(facts).some(
    ([fact, value]) => !(AGENCY_FACTS as readonly string[]).includes(fact) && !vocabulary.facts[fact]?.says_what_is_asked?.includes(value),
  );
}

/** Reads and merges knowledge/facts/*.yml; a problem names the file and field. */
export async function loadFactVocabulary(knowledgeDir: string): Promise<FactVocabulary> {
  const folder = path.join(knowledgeDir, 'facts');
  let names: string[];
  try {
    names = (await readdir(folder)).filter((name) => /\.ya?ml$/.test(name)).sort();
  } catch {
    throw new AppError('KNOWLEDGE_INVALID', `${folder} is missing. It lists the facts canishare reads from questions; restore it from the repository.`);
  }
  const problems: string[] = [];
  const merged: Partial<FactVocabulary> & Pick<FactVocabulary, 'agencies' | 'facts'> = { agencies: {}, facts: {} };
  for (const name of names) {
    const file = path.join('facts', name);
    let raw: unknown;
    try {
      raw = await parseYaml(await readFile(path.join(folder, name), 'utf8'));
    } catch (error) {
      problems.push(`${file}: not valid YAML (${(error as Error).message.split('\n')[0]})`);
      continue;
    }
    const parsed = fileSchema.safeParse(raw ?? {});
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`${file}: field "${issue.path.join('.') || 'top level'}" ${issue.message}`);
      continue;
    }
    const { agencies = {}, reading, facts = {} } = parsed.data;
    for (const [key, value] of Object.entries(agencies)) {
      if (merged.agencies[key]) problems.push(`${file}: agency "${key}" is already defined in another file`);
      merged.agencies[key] = value;
    }
    for (const [key, value] of Object.entries(facts)) {
      if (merged.facts[key] || (AGENCY_FACTS as readonly string[]).includes(key)) problems.push(`${file}: fact "${key}" is already defined`);
      if ((value.age_patterns?.length ?? 0) > 0 !== (value.age_bands !== undefined)) {
        problems.push(`${file}: facts.${key} needs both age_patterns and age_bands, or neither: the patterns find a number of years and the bands say which value it gives`);
      }
      for (const band of value.age_bands ?? []) {
        if (!(band.value in value.values)) problems.push(`${file}: facts.${key}.age_bands names "${band.value}", which is not one of its values`);
      }
      for (const pattern of value.age_patterns ?? []) {
        try {
          new RegExp(pattern);
        } catch (error) {
          problems.push(`${file}: facts.${key}.age_patterns has an invalid regular expression ${JSON.stringify(pattern)} (${(error as Error).message})`);
        }
      }
      merged.facts[key] = value;
    }
    if (reading) {
      if (merged.reading) problems.push(`${file}: "reading" is already defined in another file; keep one`);
      merged.reading = reading;
    }
  }
  if (!merged.reading) problems.push('facts/: no file defines "reading" (the words that show who is asking whom)');
  for (const [key, value] of Object.entries(merged.facts)) {
    for (const option of ['says_what_is_asked', 'leaves_unstated', 'sets_situation', 'outside_remit'] as const) {
      const listed = value[option];
      for (const named of Array.isArray(listed) ? listed : []) {
        if (!(named in value.values)) problems.push(`facts/: facts.${key}.${option} names "${named}", which is not one of its values (${Object.keys(value.values).join(', ')})`);
      }
    }
    for (const [other, values] of Object.entries(value.unless ?? {})) {
      const known = merged.facts[other];
      if (!known) problems.push(`facts/: facts.${key}.unless names "${other}", which is not a fact`);
      for (const named of known ? values : []) {
        if (!(named in known!.values)) problems.push(`facts/: facts.${key}.unless.${other} names "${named}", which is not one of its values (${Object.keys(known!.values).join(', ')})`);
      }
    }
    for (const agency of [value.only_with_agency ?? []].flat()) {
      if (!merged.agencies[agency]) problems.push(`facts/: facts.${key}.only_with_agency names "${agency}", which is not an agency; use one of ${Object.keys(merged.agencies).join(', ')}`);
    }
  }
  if (problems.length > 0) {
    throw new AppError('KNOWLEDGE_INVALID', `The fact vocabulary in ${folder} has problems:\n${problems.map((p) => `- ${p}`).join('\n')}`);
  }
  return merged as FactVocabulary;
}

/** The values a fact can take, including the agency facts; undefined for an unknown fact. */
export function valuesOf(vocabulary: FactVocabulary, fact: string): string[] | undefined {
  if ((AGENCY_FACTS as readonly string[]).includes(fact)) return Object.keys(vocabulary.agencies);
  const definition = vocabulary.facts[fact];
  // A value that leaves the fact unstated is never read, so no card can rely on it.
  return definition ? Object.keys(definition.values).filter((value) => !definition.leaves_unstated?.includes(value)) : undefined;
}
