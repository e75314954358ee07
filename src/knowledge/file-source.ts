import type { KnowledgeDocument } from '../core/types.ts';
import type { KnowledgeSource } from '../core/ports.ts';
import { AppError } from '../errors.ts';
import { isDocumentFile, listKnowledgeFiles } from './files.ts';
import { loadKnowledgeFile, type LoadProblem } from './load-file.ts';

/** Loads every document file under a folder, collecting problems instead of stopping at the first. */
export async function loadKnowledgeFolder(
  knowledgeDir: string,
): Promise<{ documents: KnowledgeDocument[]; problems: LoadProblem[] }> {
  const files = (await listKnowledgeFiles(knowledgeDir)).filter(isDocumentFile);
  const results = await Promise.all(files.map((file) => loadKnowledgeFile(file.absolutePath, file.path)));
  const documents: KnowledgeDocument[] = [];
  const problems: LoadProblem[] = [];
  const seen = new Map<string, string>();
  for (const result of results) {
    if (!result.document) {
      problems.push(...result.problems);
      continue;
    }
    const { meta } = result.document;
    const earlier = seen.get(meta.id);
    if (earlier) {
      problems.push({ path: meta.path, field: 'id', message: `"${meta.id}" is already used by ${earlier}; ids must be unique` });
      continue;
    }
    seen.set(meta.id, meta.path);
    documents.push(result.document);
  }
  return { documents, problems };
}

export function describeProblems(problems: LoadProblem[]): string {
  return problems
    .map((p) => `- ${p.path}: ${p.field ? `field "${p.field}" ` : ''}${p.message}`)
    .join('\n');
}

/** The knowledge folder on disk. Any invalid file stops loading with a message naming each problem. */
export class FolderKnowledgeSource implements KnowledgeSource {
  constructor(private readonly knowledgeDir: string) {}

  async load(): Promise<KnowledgeDocument[]> {
    const { documents, problems } = await loadKnowledgeFolder(this.knowledgeDir);
    if (problems.length > 0) {
      throw new AppError(
        'KNOWLEDGE_INVALID',
        `Some knowledge files are not valid:\n${describeProblems(problems)}\nFix them (knowledge/README.md describes the format) and run again.`,
      );
    }
    if (documents.length === 0) {
      throw new AppError(
        'KNOWLEDGE_EMPTY',
        `No documents were found in ${this.knowledgeDir}. Add Markdown notes (see knowledge/README.md) or set KNOWLEDGE_DIR.`,
      );
    }
    return documents;
  }
}
