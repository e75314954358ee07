import type { Embedder } from '../core/ports.ts';
import type { QueryNormaliser } from '../retrieval/query-normaliser.ts';
import { terms } from '../retrieval/text.ts';
import type { DecisionCard } from './decision-card.ts';

const EMBED_BATCH = 64;

/** How one phrasing of a card reads to matching: its weighted terms, as a question's would be. */
export interface PhrasingTerms {
  card: number;
  terms: Record<string, number>;
}

/** Decision cards ready for matching, saved with the index so answering does no preparation. */
export interface DecisionSet {
  cards: DecisionCard[];
  /** One entry per phrasing, plus each card's title and canonical question. */
  phrasings: PhrasingTerms[];
  /** Embeddings of the phrasings, in the same order, row-major. */
  vectors: Float32Array;
  dimensions: number;
  /** Per card, the terms of what it says (its lines and points), which count towards how much of a question it covers. */
  said: string[][];
}

/** The texts a card is asked in. */
export function askedAs(card: DecisionCard): string[] {
  return [card.question, card.title, ...card.phrasings];
}

/** Normalises and embeds every phrasing with the same normaliser and embedder that questions go through. */
export async function buildDecisionSet(cards: DecisionCard[], normaliser: QueryNormaliser, embedder: Embedder): Promise<DecisionSet> {
  const texts: string[] = [];
  const phrasings: PhrasingTerms[] = [];
  cards.forEach((card, index) => {
    for (const text of askedAs(card)) {
      const query = normaliser.normalise(text);
      texts.push(query.text);
      phrasings.push({ card: index, terms: Object.fromEntries(query.weights) });
    }
  });
  const embedded: number[][] = [];
  for (let start = 0; start < texts.length; start += EMBED_BATCH) embedded.push(...(await embedder.embedDocuments(texts.slice(start, start + EMBED_BATCH))));
  const dimensions = embedded[0]?.length ?? embedder.dimensions;
  const vectors = new Float32Array(embedded.length * dimensions);
  embedded.forEach((vector, i) => vectors.set(vector, i * dimensions));
  const said = cards.map((card) => [...new Set(terms([card.answer, ...card.exceptions, ...card.points].map((line) => `${line.text} ${line.police ?? ''}`).join(' ')))]);
  return { cards, phrasings, vectors, dimensions, said };
}
