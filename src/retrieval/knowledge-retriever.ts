import type { Retriever, SearchOptions } from '../core/ports.ts';
import type { Chunk, Passage, RetrievalFilters } from '../core/types.ts';
import { isAppError } from '../errors.ts';
import { fuseRankings } from './fusion.ts';
import { embeddingText, type KnowledgeIndex } from './knowledge-index.ts';
import type { NormalisedQuery, QueryNormaliser } from './query-normaliser.ts';
import { terms } from './text.ts';

export type RetrieverKind = Retriever['kind'];

export interface FusionWeights {
  lexical: number;
  dense: number;
}

/** Exact-term matching is the more reliable signal on legal text; dense vectors add related wording. */
export const DEFAULT_FUSION_WEIGHTS: FusionWeights = { lexical: 1, dense: 0.6 };

const CANDIDATES = 50;
/** How much a passage's fused score counts when it covers none of the question's terms (1 + coverage at most). */
const COVERAGE_FLOOR = 0.5;
/** Terms in fewer passages than this all weigh the same when measuring coverage. */
const RARE_TERM_PASSAGES = 5;
/** Terms in more than this share of passages (and more than the minimum count) are left out of the lexical query. */
const COMMON_TERM_SHARE = 0.2;
const COMMON_TERM_MIN_PASSAGES = 1000;
/** In a follow-up, the earlier question's terms count, but less than the new question's. */
const CONTEXT_COVERAGE_WEIGHT = 0.5;

/**
 * Searches the knowledge index lexically (BM25), densely (embeddings in
 * hnswlib) or both fused, and reports for each passage how much of the
 * question it covers, so answerers can tell a strong match from a weak one.
 */
export class KnowledgeRetriever implements Retriever {
  private readonly chunkTerms = new Map<number, Set<string>>();
  private readonly documentTerms = new Map<string, Set<string>>();
  private readonly totalChunks: number;
  private readonly rareTermWeight: number;

  constructor(
    private readonly index: KnowledgeIndex,
    private readonly normaliser: QueryNormaliser,
    readonly kind: RetrieverKind = 'hybrid',
    private readonly weights: FusionWeights = DEFAULT_FUSION_WEIGHTS,
  ) {
    this.totalChunks = index.chunks.length;
    this.rareTermWeight = Math.log(1 + this.totalChunks / RARE_TERM_PASSAGES);
  }

  async search(question: string, options: SearchOptions): Promise<Passage[]> {
    const query = this.normaliser.normalise(question, options.history);
    const accept = acceptFor(this.index.chunks, options.filters);
    const depth = Math.max(CANDIDATES, options.k);

    const lexical = this.kind === 'dense' ? [] : this.index.lexical.rank(this.discriminating(query.weights), depth, accept);
    const similarities = new Map<number, number>();
    let dense: { label: number; similarity: number }[] = [];
    if (this.kind !== 'lexical' && query.text.trim()) {
      try {
        const vector = await this.index.embedder.embedQuery(query.text);
        dense = this.index.vectors.search(vector, depth, accept).filter((hit) => hit.similarity > 0);
        for (const hit of dense) similarities.set(hit.label, hit.similarity);
      } catch (error) {
        if (!isAppError(error) || error.code !== 'EMBEDDINGS_FAILED' || this.kind === 'dense') throw error;
        options.onWarning?.('The remote embeddings model did not answer, so this search used exact-term matching only.');
      }
    }

    const fused = fuseRankings([
      { ranking: lexical.map((hit) => hit.label), weight: this.weights.lexical },
      { ranking: dense.map((hit) => hit.label), weight: this.weights.dense },
    ]);
    // Rank fusion knows positions, not how much of the question a passage answers; coverage adds that.
    return [...fused.entries()]
      .map(([label, score]) => {
        const coverage = this.coverage(label, query);
        return { label, coverage, score: score * (COVERAGE_FLOOR + coverage) };
      })
      .sort((a, b) => b.score - a.score || a.label - b.label)
      .slice(0, options.k)
      .map(({ label, score, coverage }) => ({
        chunk: this.index.chunks[label]!,
        score,
        coverage,
        documentCoverage: this.coverageOf(this.termsOfDocument(this.index.chunks[label]!.docId), query),
        anchored: query.anchorTerms.some((term) => this.termsOfDocument(this.index.chunks[label]!.docId).has(term)),
        similarity: similarities.get(label) ?? null,
      }));
  }

  /**
   * Drops terms found in a large share of all passages ("police", "share"):
   * they barely change BM25's ranking, yet every one of their passages must be
   * scored, which dominates search time as the corpus grows.
   */
  private discriminating(weights: Map<string, number>): Map<string, number> {
    const limit = Math.max(this.totalChunks * COMMON_TERM_SHARE, COMMON_TERM_MIN_PASSAGES);
    const kept = new Map([...weights].filter(([term]) => (this.index.documentFrequency[term] ?? 0) <= limit));
    return kept.size > 0 ? kept : weights;
  }

  /**
   * Share of the question's own terms, weighted by rarity, that the chunk
   * contains, in the question's words or in a glossary equivalent. A term and
   * its equivalents count as one concept, as rare as its commonest form.
   */
  private coverage(label: number, query: NormalisedQuery): number {
    return this.coverageOf(this.termsOf(label), query);
  }

  private coverageOf(chunkTerms: Set<string>, query: NormalisedQuery): number {
    let found = 0;
    let total = 0;
    const weighted = [
      ...query.baseTerms.map((term) => [term, 1] as const),
      ...query.contextTerms.map((term) => [term, CONTEXT_COVERAGE_WEIGHT] as const),
    ];
    for (const [term, weight] of weighted) {
      const forms = [term, ...(query.alternatives.get(term) ?? [])];
      const df = Math.max(...forms.map((form) => this.index.documentFrequency[form] ?? 0));
      // Rarity counts, up to a point: a word the corpus never uses is usually chat or a typo, not the heart of the question.
      const idf = weight * Math.min(Math.log(1 + this.totalChunks / (df + 1)), this.rareTermWeight);
      total += idf;
      if (forms.some((form) => chunkTerms.has(form))) found += idf;
    }
    return total === 0 ? 0 : found / total;
  }

  private termsOfDocument(docId: string): Set<string> {
    let set = this.documentTerms.get(docId);
    if (!set) {
      set = new Set();
      this.index.chunks.forEach((chunk, label) => {
        if (chunk.docId === docId) for (const term of this.termsOf(label)) set!.add(term);
      });
      this.documentTerms.set(docId, set);
    }
    return set;
  }

  private termsOf(label: number): Set<string> {
    let set = this.chunkTerms.get(label);
    if (!set) {
      set = new Set(terms(embeddingText(this.index.chunks[label]!)));
      this.chunkTerms.set(label, set);
    }
    return set;
  }
}

function acceptFor(chunks: Chunk[], filters: RetrievalFilters | undefined): ((label: number) => boolean) | undefined {
  if (!filters) return undefined;
  const { jurisdiction, audience, kinds } = filters;
  if (!jurisdiction && !audience && !kinds?.length) return undefined;
  return (label) => {
    const chunk = chunks[label];
    if (!chunk) return false;
    if (jurisdiction && !chunk.jurisdiction.includes(jurisdiction)) return false;
    if (audience && chunk.audience !== 'both' && chunk.audience !== audience) return false;
    if (kinds?.length && !kinds.includes(chunk.kind)) return false;
    return true;
  };
}
