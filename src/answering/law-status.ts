import type { Chunk } from '../core/types.ts';

/** One warning per cited source whose law is not (fully) in force, so no one acts on a duty that does not yet apply. */
export function lawStatusWarnings(cited: Chunk[]): string[] {
  const seen = new Set<string>();
  const warnings: string[] = [];
  for (const chunk of cited) {
    if (seen.has(chunk.docId)) continue;
    seen.add(chunk.docId);
    const when = chunk.commencement ? ` (${chunk.commencement})` : '';
    if (chunk.lawStatus === 'awaiting_commencement') warnings.push(`"${chunk.title}" is not yet in force${when}: check whether it has been commenced before relying on it.`);
    else if (chunk.lawStatus === 'partly_in_force') warnings.push(`"${chunk.title}" is only partly in force${when}: check that the provision you rely on has been commenced.`);
    else if (chunk.lawStatus === 'superseded') warnings.push(`"${chunk.title}" has been superseded: check the current version before relying on it.`);
  }
  return warnings;
}
