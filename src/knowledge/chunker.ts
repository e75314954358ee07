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
  const urls = new Map(documents.map((doc) => [doc.meta.id, doc.meta.sourceUrl]));
  const chunks: Chunk[] = [];
  for (const doc of documents) {
    // A scenario card has no source of its own; its citations link to the primary source of the first note it rests on.
    const url = doc.meta.sourceUrl ?? doc.meta.related.map((id) => urls.get(id)).find((u): u is string => Boolean(u)) ?? null;
    const used = new Set<string>();
    const { quotable, hints } = separateSearchOnlySections(doc);
    let pendingHints: string | null = hints;
    for (const section of quotable) {
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
          searchHints: pendingHints,
          kind: doc.meta.kind,
          jurisdiction: doc.meta.jurisdiction,
          audience: doc.meta.audience,
          lawStatus: doc.meta.lawStatus,
          commencement: doc.meta.commencement,
          tags: doc.meta.tags,
          related: doc.meta.related,
        });
        pendingHints = null;
      }
    }
  }
  return chunks;
}

/** Headings of scenario-card sections that restate the question rather than answer it. */
const SEARCH_ONLY_HEADINGS = new Set(['question', 'the question']);

/**
 * A scenario card's opening text and its "Question" section describe what
 * people ask, not what the law says: they help find the card, so they become
 * search hints on its first answering section, but they are never quoted.
 */
function separateSearchOnlySections(doc: KnowledgeDocument): { quotable: KnowledgeDocument['sections']; hints: string | null } {
  if (doc.meta.kind !== 'scenario') return { quotable: doc.sections, hints: null };
  const searchOnly = (section: KnowledgeDocument['sections'][number]) =>
    section.headings.length === 0 || SEARCH_ONLY_HEADINGS.has(section.headings[section.headings.length - 1]!.toLowerCase());
  const quotable = doc.sections.filter((section) => !searchOnly(section));
  if (quotable.length === 0) return { quotable: doc.sections, hints: null };
  const hints = doc.sections.filter(searchOnly).map((section) => section.text).join('\n\n');
  return { quotable, hints: hints || null };
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
