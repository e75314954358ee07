import MiniSearch from 'minisearch';
import type { Chunk } from '../core/types.ts';
import { terms } from './text.ts';

interface IndexedChunk {
  id: number;
  /** Title, section heading and tags: short, and a strong signal when they match. */
  heading: string;
  /** The passage and its search hints. */
  text: string;
}

// Two fields rather than one per kind of text: MiniSearch's cost per query grows with the number of fields.
const FIELDS = ['heading', 'text'];
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
      boost: { heading: 1.5, text: 1 },
      combineWith: 'OR' as const,
    },
  };
}

/** BM25 ranking over chunks (headings and tags weighted above body text), by MiniSearch. */
export class LexicalRanker {
  private constructor(private readonly search: MiniSearch<IndexedChunk>) {}

  static build(chunks: Chunk[]): LexicalRanker {
    const search = new MiniSearch<IndexedChunk>(options());
    search.addAll(
      chunks.map((chunk, id) => ({
        id,
        heading: [chunk.title, chunk.section ?? '', chunk.tags.join(' ')].join(' '),
        text: chunk.text,
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
