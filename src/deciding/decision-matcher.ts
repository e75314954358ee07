import type { Passage } from '../core/types.ts';
import type { NormalisedQuery } from '../retrieval/query-normaliser.ts';
import type { QuestionFacts } from '../understanding/read-facts.ts';
import type { DecisionCard } from './decision-card.ts';
import type { DecisionSet } from './decision-set.ts';

/** How strongly a question matches one card, and why. */
export interface CardMatch {
  card: DecisionCard;
  score: number;
  /** Best cosine between the question's weighted terms and one of the card's phrasings. */
  lexical: number;
  /** Cosine between the question and all the card's phrasings together. */
  centroid: number;
  /** Best embedding similarity to one of the card's phrasings; 0 without embeddings. */
  dense: number;
  /** Agreement of the question's facts with the card's: positive agrees, negative contradicts. */
  factFit: number;
  /** Share of the top passages that come from notes the card rests on. */
  retrieval: number;
}

export interface MatchWeights {
  lexical: number;
  centroid: number;
  dense: number;
  retrieval: number;
  /** Added for each fact the question states that the card's situation has. */
  factAgrees: number;
  /** Taken off for each fact the question states that the card's situation does not have. */
  factConflicts: number;
}

export const DEFAULT_MATCH_WEIGHTS: MatchWeights = {
  lexical: 0.45,
  centroid: 0.2,
  dense: 0.35,
  retrieval: 0.1,
  factAgrees: 0.04,
  factConflicts: 0.12,
};

const TOP_PASSAGES = 5;

type SparseVector = Map<string, number>;

/**
 * Ranks decision cards for a question: by how close it is to the ways people
 * ask each situation (words and meaning), by whether the facts it states fit
 * the situation, and by whether search found the notes the card rests on.
 */
export class DecisionMatcher {
  private readonly phrasingVectors: { card: number; vector: SparseVector }[];
  private readonly centroids: SparseVector[];
  private readonly idf: Map<string, number>;
  private readonly unknownIdf: number;
  private readonly basis: Set<string>[];

  constructor(
    private readonly set: DecisionSet,
    private readonly weights: MatchWeights = DEFAULT_MATCH_WEIGHTS,
  ) {
    const cardsWithTerm = new Map<string, Set<number>>();
    for (const phrasing of set.phrasings) {
      for (const term of Object.keys(phrasing.terms)) {
        const cards = cardsWithTerm.get(term) ?? new Set<number>();
        cards.add(phrasing.card);
        cardsWithTerm.set(term, cards);
      }
    }
    const n = Math.max(1, set.cards.length);
    this.idf = new Map([...cardsWithTerm].map(([term, cards]) => [term, Math.log(1 + n / cards.size)]));
    // A question word no card uses still dilutes the match, but less than a word every card has in common would.
    this.unknownIdf = Math.log(1 + n) * 0.35;
    this.phrasingVectors = set.phrasings.map((p) => ({ card: p.card, vector: unit(this.weigh(new Map(Object.entries(p.terms)))) }));
    this.centroids = set.cards.map((_, index) => {
      const sum: SparseVector = new Map();
      for (const { card, vector } of this.phrasingVectors) {
        if (card !== index) continue;
        for (const [term, value] of vector) sum.set(term, (sum.get(term) ?? 0) + value);
      }
      return unit(sum);
    });
    this.basis = set.cards.map(
      (card) => new Set([card.answer, ...card.exceptions, ...card.points].flatMap((part) => part.restsOn.map((id) => id.split('#')[0]!))),
    );
  }

  get cards(): DecisionCard[] {
    return this.set.cards;
  }

  /** Every card, best match first. `vector` is the question's embedding, when dense search ran. */
  rank(query: NormalisedQuery, vector: number[] | null, facts: QuestionFacts, passages: Passage[]): CardMatch[] {
    const q = unit(this.weigh(query.weights, true));
    const lexical = new Array<number>(this.set.cards.length).fill(0);
    const dense = new Array<number>(this.set.cards.length).fill(0);
    const d = this.set.dimensions;
    this.phrasingVectors.forEach(({ card, vector: p }, i) => {
      lexical[card] = Math.max(lexical[card]!, dot(q, p));
      if (vector && vector.length === d) {
        let similarity = 0;
        for (let j = 0; j < d; j += 1) similarity += vector[j]! * this.set.vectors[i * d + j]!;
        dense[card] = Math.max(dense[card]!, similarity);
      }
    });
    const topDocs = passages.slice(0, TOP_PASSAGES).map((p) => p.chunk.docId);
    const w = this.weights;
    return this.set.cards
      .map((card, index) => {
        const centroid = dot(q, this.centroids[index]!);
        const factFit = this.factFit(card, facts);
        const retrieval = topDocs.length === 0 ? 0 : topDocs.filter((doc) => this.basis[index]!.has(doc)).length / topDocs.length;
        const score = w.lexical * lexical[index]! + w.centroid * centroid + w.dense * dense[index]! + w.retrieval * retrieval + factFit;
        return { card, score, lexical: lexical[index]!, centroid, dense: dense[index]!, factFit, retrieval };
      })
      .sort((a, b) => b.score - a.score);
  }

  /** Facts the question states, held against the card's situation and the exceptions it knows about. */
  private factFit(card: DecisionCard, facts: QuestionFacts): number {
    let fit = 0;
    for (const [fact, values] of Object.entries(card.facts)) {
      const stated = facts[fact];
      if (stated === undefined) continue;
      const known = new Set([...values, ...card.exceptions.flatMap((exception) => exception.when[fact] ?? [])]);
      fit += known.has(stated) ? this.weights.factAgrees : -this.weights.factConflicts;
    }
    return fit;
  }

  private weigh(terms: Map<string, number>, includeUnknown = false): SparseVector {
    const out: SparseVector = new Map();
    for (const [term, weight] of terms) {
      const idf = this.idf.get(term) ?? (includeUnknown ? this.unknownIdf : 0);
      if (idf > 0) out.set(term, weight * idf);
    }
    return out;
  }
}

function unit(vector: SparseVector): SparseVector {
  let norm = 0;
  for (const value of vector.values()) norm += value * value;
  norm = Math.sqrt(norm) || 1;
  return new Map([...vector].map(([term, value]) => [term, value / norm]));
}

function dot(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let sum = 0;
  for (const [term, value] of small) {
    const other = large.get(term);
    if (other !== undefined) sum += value * other;
  }
  return sum;
}
