import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { AUDIENCES, JURISDICTIONS, VERDICTS } from '../core/types.ts';
import type { DecisionCard, DecisionLine, DecisionPoint, FactCondition } from './decision-card.ts';
import { POINT_KINDS } from './decision-card.ts';
import { parseYaml } from '../knowledge/parse-yaml.ts';

/** Where decision cards live, inside the knowledge folder. */
export const DECISIONS_FOLDER = 'decisions';

const text = z.string().trim().min(1);
const isoDate = z
  .union([z.string(), z.date()])
  .transform((value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value.trim()))
  .refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)), { message: 'must be a date written as YYYY-MM-DD' });
const chunkRef = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*#[a-z0-9-]+$/, { message: 'must name a note section as note-id#section-slug (see `npm run cli -- knowledge sections NOTE-ID`)' });
const restsOn = z.array(chunkRef).min(1, { message: 'must name at least one note section' });
// A condition value may be one value or a list; YAML reads some values (yes, 18) as other types.
const conditionValue = z
  .union([z.string(), z.number(), z.boolean(), z.array(z.union([z.string(), z.number(), z.boolean()])).min(1)])
  .transform((value) => (Array.isArray(value) ? value : [value]).map(String));
const condition = z.record(z.string(), conditionValue);

const lineSchema = z
  .object({
    verdict: z.enum(VERDICTS, { error: `must be one of ${VERDICTS.join(', ')}` }),
    line: text,
    police: text.optional(),
    rests_on: restsOn,
    if: text.optional(),
  })
  .strict();

const pointSchema = z
  .object({
    kind: z.enum(POINT_KINDS, { error: `must be one of ${POINT_KINDS.join(', ')}` }),
    text,
    police: text.optional(),
    rests_on: restsOn,
    when: condition.optional(),
    unless: condition.optional(),
  })
  .strict();

const cardSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { message: 'must be lower-case words joined by hyphens' }),
    title: text,
    audience: z.enum(AUDIENCES, { error: `must be one of ${AUDIENCES.join(', ')}` }),
    jurisdiction: z
      .union([z.enum(JURISDICTIONS), z.array(z.enum(JURISDICTIONS)).min(1)], { error: 'must be england, wales, or a list of both' })
      .transform((value) => (Array.isArray(value) ? value : [value])),
    question: text,
    phrasings: z.array(text).min(1),
    facts: condition.default({}),
    involves: z.array(z.string()).min(1).optional(),
    answer: lineSchema,
    exceptions: z.array(lineSchema.extend({ when: condition, unless: condition.optional() })).default([]),
    branches_on: z.string().optional(),
    points: z.array(pointSchema).min(1),
    fallback: z.boolean().default(false),
    last_reviewed: isoDate,
  })
  .strict();

/** A card that could not be loaded, and why, for the person who maintains it. */
export interface CardProblem {
  path: string;
  field: string | null;
  message: string;
}

/** Reads every `knowledge/decisions/*.yml`, collecting problems rather than stopping at the first. */
export async function loadDecisionCards(knowledgeDir: string): Promise<{ cards: DecisionCard[]; problems: CardProblem[] }> {
  const folder = path.join(knowledgeDir, DECISIONS_FOLDER);
  const names = (await readdir(folder).catch(() => [] as string[])).filter((name) => /\.ya?ml$/.test(name)).sort();
  const cards: DecisionCard[] = [];
  const problems: CardProblem[] = [];
  const seen = new Map<string, string>();
  for (const name of names) {
    const relative = `${DECISIONS_FOLDER}/${name}`;
    let raw: unknown;
    try {
      raw = await parseYaml(await readFile(path.join(folder, name), 'utf8'));
    } catch (error) {
      problems.push({ path: relative, field: null, message: `is not valid YAML: ${(error as Error).message.split('\n')[0]}` });
      continue;
    }
    const parsed = cardSchema.safeParse(raw ?? {});
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const field = issue.path.join('.') || (issue.code === 'unrecognized_keys' ? issue.keys.join(', ') : null);
        problems.push({ path: relative, field, message: issue.code === 'unrecognized_keys' ? 'is not a known field (check its spelling)' : issue.message });
      }
      continue;
    }
    const card = toCard(parsed.data, relative);
    const earlier = seen.get(card.id);
    if (earlier) {
      problems.push({ path: relative, field: 'id', message: `"${card.id}" is already used by ${earlier}; ids must be unique` });
      continue;
    }
    seen.set(card.id, relative);
    cards.push(card);
  }
  return { cards, problems };
}

type RawCard = z.infer<typeof cardSchema>;

function toLine(raw: z.infer<typeof lineSchema>): DecisionLine {
  return { verdict: raw.verdict, text: raw.line, police: raw.police ?? null, restsOn: raw.rests_on, if: raw.if ?? null };
}

function toPoint(raw: z.infer<typeof pointSchema>): DecisionPoint {
  return {
    kind: raw.kind,
    text: raw.text,
    police: raw.police ?? null,
    restsOn: raw.rests_on,
    when: (raw.when as FactCondition | undefined) ?? null,
    unless: (raw.unless as FactCondition | undefined) ?? null,
  };
}

function toCard(raw: RawCard, relativePath: string): DecisionCard {
  return {
    id: raw.id,
    title: raw.title,
    audience: raw.audience,
    jurisdiction: raw.jurisdiction,
    question: raw.question,
    phrasings: raw.phrasings,
    facts: raw.facts,
    involves: raw.involves ?? [],
    answer: toLine(raw.answer),
    exceptions: raw.exceptions.map((exception) => ({ ...toLine(exception), when: exception.when, unless: (exception.unless as FactCondition | undefined) ?? null })),
    branchesOn: raw.branches_on ?? null,
    points: raw.points.map(toPoint),
    fallback: raw.fallback,
    lastReviewed: raw.last_reviewed,
    path: relativePath,
  };
}
