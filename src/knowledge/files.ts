import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { AppError } from '../errors.ts';

/** File types the loaders read. Other files in the folder (glossary, scope, sidecars) are data, not documents. */
export const SUPPORTED_EXTENSIONS: readonly string[] = ['.md', '.pdf', '.docx', '.html', '.htm'];

/** Files in the knowledge folder that are not documents: about the knowledge base, not knowledge. */
const NOT_DOCUMENTS = new Set(['README.md', 'CHANGES.md']);

export interface KnowledgeFile {
  absolutePath: string;
  /** Relative to the knowledge folder, with forward slashes. */
  path: string;
}

/** Every file under the knowledge folder, documents or not, sorted for stable hashing. */
export async function listKnowledgeFiles(knowledgeDir: string): Promise<KnowledgeFile[]> {
  let entries: string[];
  try {
    entries = await readdir(knowledgeDir, { recursive: true });
  } catch {
    throw new AppError(
      'KNOWLEDGE_UNREADABLE',
      `The knowledge folder ${knowledgeDir} could not be read. Set KNOWLEDGE_DIR to the folder that holds the notes.`,
    );
  }
  const files: KnowledgeFile[] = [];
  for (const entry of entries.sort()) {
    const relative = entry.split(path.sep).join('/');
    if (relative.split('/').some((part) => part.startsWith('.'))) continue;
    const absolutePath = path.join(knowledgeDir, entry);
    if (!path.extname(relative)) continue;
    files.push({ absolutePath, path: relative });
  }
  return files;
}

/** A content hash per file: the index is rebuilt when any of them changes. */
export async function hashKnowledgeFiles(files: KnowledgeFile[]): Promise<Record<string, string>> {
  const hashes: Record<string, string> = {};
  await Promise.all(
    files.map(async (file) => {
      hashes[file.path] = createHash('sha256').update(await readFile(file.absolutePath)).digest('hex');
    }),
  );
  return Object.fromEntries(Object.entries(hashes).sort(([a], [b]) => a.localeCompare(b)));
}

export function isDocumentFile(file: KnowledgeFile): boolean {
  const extension = path.extname(file.path).toLowerCase();
  return (
    SUPPORTED_EXTENSIONS.includes(extension) && !NOT_DOCUMENTS.has(file.path)
  );
}

