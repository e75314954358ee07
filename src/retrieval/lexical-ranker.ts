import MiniSearch from 'minisearch';
import type { Chunk } from '../core/types.ts';
import { terms } from './text.ts';

interface IndexedChunk {
  id: number;
  title: string;
  section: string;
  text: string;
  tags: string;
  hints: string;
}

const FIELDS = ['title', 'section', 'text', 'tags', 'hints'];
const splitTerms = (text: string) => text.split(' ').filter(Boolean);
const asIs = (term: string) => term;

function options() {
  // Chunks are tokenised by our own tokenizer at index time; queries arrive already as weighted terms.
  return {
    fields: FIELDS,
    tokenize: terms,
    processTerm: asIs,
    searchOptions: {
      tokenize: splitTerms,
      processTerm: asIs,
      boost: { title: 1.6, section: 1.4, tags: 1.4, hints: 1.2, text: 1 },
      combineWith: 'OR' as const,
    },
  };
}

/** BM25 ranking over chunks (title, section heading, text, tags and search hints), by MiniSearch. */
export class LexicalRanker {
  private constructor(private readonly search: MiniSearch<IndexedChunk>) {}

  static build(chunks: Chunk[]): LexicalRanker {
    const search = new MiniSearch<IndexedChunk>(options());
    search.addAll(
      chunks.map((chunk, id) => ({
        id,
        title: chunk.title,
        section: chunk.section ?? '',
        text: chunk.text,
        tags: chunk.tags.join(' '),
        hints: chunk.searchHints ?? '',
      })),
    );
    return new LexicalRanker(search);
  }

  static fromJSON(json: string): LexicalRanker {
    return new LexicalRanker(MiniSearch.loadJSON<IndexedChunk>(json, options()));
  }

  toJSON(): string {
    return JSON.stringify(this.search);
  }

  /** Chunk positions and BM25 scores, best first. */
  rank(weights: Map<string, number>, k: number, accept?: (label: number) => boolean): { label: number; score: number }[] {
    if (weights.size === 0) return [];
    const results = this.search.search([...weights.keys()].join(' '), {
      boostTerm: (term: string) => weights.get(term) ?? 1,
      ...(accept ? { filter: (result: { id: number }) => accept(result.id) } : {}),
    });
    return results.slice(0, k).map((result) => ({ label: result.id as number, score: result.score }));
  }
}
