import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { AppError } from '../errors.ts';
import { parseYaml } from './parse-yaml.ts';

const glossarySchema = z
  .object({
    acronyms: z.record(z.string(), z.string()).default({}),
    synonyms: z.array(z.array(z.coerce.string()).min(2, { message: 'a synonym group needs at least two entries' })).default([]),
  })
  .strict();

/** Acronyms and synonym groups, kept as data in knowledge/glossary.yml. */
export interface Glossary {
  acronyms: Record<string, string>;
  synonyms: string[][];
}

export const EMPTY_GLOSSARY: Glossary = { acronyms: {}, synonyms: [] };

export async function loadGlossary(knowledgeDir: string): Promise<Glossary> {
  const file = path.join(knowledgeDir, 'glossary.yml');
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch {
    return EMPTY_GLOSSARY;
  }
  let raw: unknown;
  try {
    raw = await parseYaml(text);
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new AppError('KNOWLEDGE_INVALID', `${file} is not valid YAML: ${reason}. Fix the file and run again.`);
  }
  const parsed = glossarySchema.safeParse(raw ?? {});
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `- ${i.path.join('.') || 'top level'}: ${i.message}`).join('\n');
    throw new AppError(
      'KNOWLEDGE_INVALID',
      `${file} is not in the expected shape (acronyms: a map; synonyms: a list of lists):\n${issues}`,
    );
  }
  return parsed.data;
}
