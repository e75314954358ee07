import type { Chunk, Passage } from '../../src/core/types.ts';

/** A retrieved passage from a legislation note, for tests that need search results without an index. */
export function passage(id: string, text: string): Passage {
  const chunk: Chunk = {
    id,
    docId: id.split('#')[0]!,
    title: `Title of ${id}`,
    section: 'Section',
    page: null,
    url: 'https://www.legislation.gov.uk/x',
    text,
    kind: 'legislation',
    jurisdiction: ['england', 'wales'],
    audience: 'both',
    lawStatus: 'in_force',
    commencement: null,
    tags: [],
    related: [],
  };
  return { chunk, score: 1, coverage: 1, documentCoverage: 1, anchored: false, similarity: null };
}
