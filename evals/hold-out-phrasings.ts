import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import YAML from 'yaml';

export interface HeldOutPhrasing {
  cardId: string;
  question: string;
}

/** Copies the knowledge base to `into`, taking phrasing i out of each card where i % folds === fold; returns what was taken out. */
export async function holdOutPhrasings(knowledgeDir: string, into: string, folds: number, fold: number): Promise<HeldOutPhrasing[]> {
  await cp(knowledgeDir, into, { recursive: true });
  const decisions = path.join(into, 'decisions');
  const heldOut: HeldOutPhrasing[] = [];
  for (const file of (await readdir(decisions)).filter((name) => name.endsWith('.yml')).sort()) {
    const full = path.join(decisions, file);
    const card = YAML.parse(await readFile(full, 'utf8')) as { id: string; fallback?: boolean; phrasings: string[] };
    // The fallback answers what no card matches: it has no situation of its own to miss.
    if (card.fallback) continue;
    const kept = card.phrasings.filter((question, i) => {
      if (i % folds !== fold) return true;
      heldOut.push({ cardId: card.id, question });
      return false;
    });
    await writeFile(full, YAML.stringify({ ...card, phrasings: kept }));
  }
  return heldOut;
}
