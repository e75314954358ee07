import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { AppError } from '../src/index.ts';

export const CATEGORIES = ['answerable', 'no_guidance', 'out_of_scope', 'outside_jurisdiction', 'injection', 'personal_data', 'follow_up'] as const;
export type Category = (typeof CATEGORIES)[number];

const itemSchema = z
  .object({
    id: z.string().min(1),
    split: z.enum(['dev', 'heldout']),
    category: z.enum(CATEGORIES),
    audience: z.enum(['police', 'health']),
    question: z.string().min(1),
    history: z.array(z.string()).optional(),
    expected_status: z.enum(['answered', 'no_guidance', 'out_of_scope', 'outside_jurisdiction']),
    expected_ids: z.array(z.string()),
    key_points: z.array(z.array(z.string().min(1)).min(1)),
    must_not_contain: z.array(z.string()),
    identifiers: z.array(z.string()).optional(),
  })
  .strict();

/** One question of the eval set, with what a correct answer looks like. */
export type EvalItem = z.infer<typeof itemSchema>;

/** Reads a JSON Lines question set; a bad line is reported with its number and field. */
export async function loadQuestionSet(file: string, knownIds?: ReadonlySet<string>): Promise<EvalItem[]> {
  const lines = (await readFile(file, 'utf8')).split('\n');
  const items: EvalItem[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  lines.forEach((line, index) => {
    if (!line.trim()) return;
    const where = `${file}:${index + 1}`;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      problems.push(`${where}: not valid JSON`);
      return;
    }
    const parsed = itemSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push(`${where}: field "${issue.path.join('.') || 'item'}" ${issue.message}`);
      return;
    }
    const item = parsed.data;
    if (seen.has(item.id)) problems.push(`${where}: id "${item.id}" is used twice`);
    seen.add(item.id);
    for (const id of knownIds ? item.expected_ids : []) {
      if (!knownIds!.has(id)) problems.push(`${where}: expected id "${id}" is not a document in the knowledge base`);
    }
    items.push(item);
  });
  if (problems.length > 0) {
    throw new AppError('INPUT_INVALID', `The question set has problems:\n${problems.map((p) => `- ${p}`).join('\n')}`);
  }
  return items;
}
