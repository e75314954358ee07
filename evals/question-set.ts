import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { AppError, VERDICTS } from '../src/index.ts';

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
    expected_status: z.enum(['answered', 'needs_detail', 'no_guidance', 'out_of_scope', 'outside_jurisdiction']),
    expected_ids: z.array(z.string()),
    key_points: z.array(z.array(z.string().min(1)).min(1)),
    must_not_contain: z.array(z.string()),
    identifiers: z.array(z.string()).optional(),
    /** The decision the first line must state; "none" for an answer that explains the law without one. */
    expected_verdicts: z.array(z.enum([...VERDICTS, 'none'])).default([]),
    /** Groups of alternatives: one of each group must be in the first line. */
    first_line_must: z.array(z.array(z.string().min(1)).min(1)).default([]),
    /** Phrases that would make the first line wrong or harmful for this situation. */
    first_line_must_not: z.array(z.string().min(1)).default([]),
    false_premise: z.boolean().default(false),
    /** The published answer the item was written from. */
    source_url: z.url().optional(),
  })
  .strict();

/** One question of the eval set, with what a correct answer looks like. */
export type EvalItem = z.infer<typeof itemSchema>;

/**
 * Reads a question set: one JSON Lines file, or every `.jsonl` file in a
 * folder. A bad line is reported with its file, number and field.
 */
export async function loadQuestionSet(fileOrFolder: string, knownIds?: ReadonlySet<string>): Promise<EvalItem[]> {
  const files = (await stat(fileOrFolder)).isDirectory()
    ? (await readdir(fileOrFolder)).filter((name) => name.endsWith('.jsonl')).sort().map((name) => path.join(fileOrFolder, name))
    : [fileOrFolder];
  const items: EvalItem[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const file of files) readItems(file, await readFile(file, 'utf8'), knownIds, items, problems, seen);
  if (problems.length > 0) {
    throw new AppError('INPUT_INVALID', `The question set has problems:\n${problems.map((p) => `- ${p}`).join('\n')}`);
  }
  return items;
}

function readItems(file: string, text: string, knownIds: ReadonlySet<string> | undefined, items: EvalItem[], problems: string[], seen: Set<string>): void {
  text.split('\n').forEach((line, index) => {
    if (!line.trim()) return;
    const where = `${file}:${index + 1}`;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch {
      problems.push(`${where}: not valid JSON`);
      return;
    }
    if (typeof raw === 'object' && raw !== null && (raw as { draft?: unknown }).draft === true) {
      const id = (raw as { id?: unknown }).id;
      problems.push(`${where}: item ${JSON.stringify(id)} is a draft from \`npm run audit -- to-evals\`; complete its expected fields from the law, then delete "draft" and "review"`);
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
    if (item.expected_status === 'answered' && item.category !== 'no_guidance' && item.expected_verdicts.length === 0) {
      problems.push(`${where}: field "expected_verdicts" is empty; say which decision the first line must state (or "none")`);
    }
    items.push(item);
  });
}
