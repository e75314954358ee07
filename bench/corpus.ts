import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * Writes a synthetic knowledge folder `factor` times the size of the real one:
 * each copy of a note gets a new id and a light rewording (sentences rotated
 * within sections), so it indexes as distinct text with the same vocabulary.
 */
export async function syntheticCorpus(source: string, target: string, factor: number): Promise<void> {
  await mkdir(target, { recursive: true });
  for (const file of ['glossary.yml', 'scope.yml']) await cp(path.join(source, file), path.join(target, file));
  // Decision cards and facts are not corpus: they stay as they are, citing the notes of the first copy, which keeps their ids.
  for (const folder of ['facts', 'decisions']) await cp(path.join(source, folder), path.join(target, folder), { recursive: true });
  const notes = (await readdir(path.join(source, 'notes'), { recursive: true })).filter((f) => f.endsWith('.md')).map((f) => path.join('notes', f));
  for (let copy = 0; copy < factor; copy += 1) {
    const folder = path.join(target, `copy-${copy}`);
    await mkdir(folder, { recursive: true });
    for (const note of notes) {
      const text = await readFile(path.join(source, note), 'utf8');
      const id = /^id: (.+)$/m.exec(text)?.[1]?.trim();
      if (!id) continue;
      const renamed = text
        .replace(/^id: .+$/m, `id: ${id}-c${copy}`)
        .replace(/^related: .+$/m, (line) => (copy === 0 ? line : line.replace(/([a-z0-9-]+)(?=[,\]])/g, `$1-c${copy}`)))
        .replace(/^title: "?(.+?)"?$/m, (_line, title: string) => `title: "${title} (copy ${copy})"`);
      await writeFile(path.join(folder, `${id}-c${copy}.md`), copy === 0 ? renamed.replace(/-c0\b/g, '') : rotateSentences(renamed, copy));
    }
  }
}

function rotateSentences(markdown: string, shift: number): string {
  const [front, ...body] = markdown.split(/\n---\n/);
  const rotated = body
    .join('\n---\n')
    .split(/\n\n/)
    .map((paragraph) => {
      if (paragraph.startsWith('#')) return paragraph;
      const sentences = paragraph.split(/(?<=\.)\s+/);
      const k = shift % sentences.length;
      return [...sentences.slice(k), ...sentences.slice(0, k)].join(' ');
    })
    .join('\n\n');
  return `${front}\n---\n${rotated}`;
}
