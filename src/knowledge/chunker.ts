import type { Chunk, KnowledgeDocument } from '../core/types.ts';
import { slugify } from './load-file.ts';

/** Sections longer than this are split at paragraph breaks, so a citation points at what it supports. */
const MAX_CHUNK_CHARS = 1600;

/**
 * Turns documents into citable chunks. Chunk ids are `docId#section-slug`
 * (plus `-2`, `-3` for repeats and long sections), so they stay stable while
 * a document's id and headings do.
 */
export function chunkDocuments(documents: KnowledgeDocument[]): Chunk[] {
  const titles = new Map(documents.map((doc) => [doc.meta.id, doc.meta.title]));
  const chunks: Chunk[] = [];
  for (const doc of documents) {
    const url = doc.meta.sourceUrl;
    const used = new Set<string>();
    for (const section of doc.sections) {
      const label = section.headings.length > 0 ? section.headings.join(' › ') : null;
      const base = section.page !== null && !label ? `page-${section.page}` : slugify(section.headings.join(' ')) || 'overview';
      for (const text of splitLongText(resolveNoteReferences(section.text, titles))) {
        let key = base;
        for (let n = 2; used.has(key); n += 1) key = `${base}-${n}`;
        used.add(key);
        chunks.push({
          id: `${doc.meta.id}#${key}`,
          docId: doc.meta.id,
          title: doc.meta.title,
          section: label,
          page: section.page,
          url,
          text,
          kind: doc.meta.kind,
          jurisdiction: doc.meta.jurisdiction,
          audience: doc.meta.audience,
          lawStatus: doc.meta.lawStatus,
          commencement: doc.meta.commencement,
          tags: doc.meta.tags,
          related: doc.meta.related,
        });
      }
    }
  }
  return chunks;
}

/** Notes refer to each other by id; readers should see the title instead. */
function resolveNoteReferences(text: string, titles: Map<string, string>): string {
  return text.replace(/\b[a-z0-9]+(?:-[a-z0-9]+)+\b/g, (match) => {
    const title = titles.get(match);
    return title ? `"${title}"` : match;
  }).replace(/\bsee notes? "/g, 'see "');
}

function splitLongText(text: string): string[] {
  if (text.length <= MAX_CHUNK_CHARS) return [text];
  const parts: string[] = [];
  let current = '';
  for (const paragraph of text.split(/\n{2,}/)) {
    if (current && current.length + paragraph.length > MAX_CHUNK_CHARS) {
      parts.push(current);
      current = '';
    }
    current = current ? `${current}\n\n${paragraph}` : paragraph;
  }
  if (current) parts.push(current);
  return parts;
}
