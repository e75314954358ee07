import type { Embedder } from '../core/ports.ts';
import { terms } from './text.ts';
import { SVD_SETTINGS, type SparseRow } from './sparse-row.ts';

/** What is saved to disk to recreate a trained embedder. */
export interface CorpusEmbedderModel {
  vocabulary: string[];
  idf: number[];
  dimensions: number;
  /** Term-to-concept projection, row-major, vocabulary.length × dimensions. */
  projection: Float32Array;
}

const MAX_DIMENSIONS = 128;

/**
 * Offline embeddings trained on the knowledge base itself (latent semantic
 * analysis): TF-IDF vectors projected onto the corpus's main concepts by a
 * randomised truncated SVD. Needs no download, and links words that the
 * notes use together, such as "stab" and "knife", that exact matching misses.
 */
export class CorpusEmbedder implements Embedder {
  readonly fingerprint: string;
  readonly dimensions: number;
  private readonly termIndex: Map<string, number>;

  private constructor(private readonly model: CorpusEmbedderModel) {
    this.dimensions = model.dimensions;
    this.termIndex = new Map(model.vocabulary.map((term, i) => [term, i]));
    this.fingerprint = CorpusEmbedder.fingerprint;
  }

  /** Settings that change the vectors; stored in the index manifest. */
  static readonly fingerprint = `corpus-lsa:v1:dims=${MAX_DIMENSIONS}:svd=${SVD_SETTINGS}`;

  static fromModel(model: CorpusEmbedderModel): CorpusEmbedder {
    return new CorpusEmbedder(model);
  }

  /** Training needs linear algebra that answering does not, so it is loaded only here. */
  static async train(texts: string[]): Promise<CorpusEmbedder> {
    const { truncatedSvdProjection } = await import('./truncated-svd.ts');
    const documentTerms = texts.map(terms);
    const df = new Map<string, number>();
    for (const list of documentTerms) for (const term of new Set(list)) df.set(term, (df.get(term) ?? 0) + 1);
    const vocabulary = [...df.keys()].sort();
    const n = texts.length;
    const idf = vocabulary.map((term) => Math.log(1 + n / df.get(term)!));
    const termIndex = new Map(vocabulary.map((term, i) => [term, i]));
    const rows = documentTerms.map((list) => weightTerms(list, termIndex, idf));
    const dimensions = Math.max(1, Math.min(MAX_DIMENSIONS, n - 1, vocabulary.length - 1));
    const projection = truncatedSvdProjection(rows, vocabulary.length, dimensions);
    return new CorpusEmbedder({ vocabulary, idf, dimensions, projection });
  }

  toModel(): CorpusEmbedderModel {
    return this.model;
  }

  async embedDocuments(texts: string[]): Promise<number[][]> {
    return texts.map((text) => this.embed(text));
  }

  async embedQuery(text: string): Promise<number[]> {
    return this.embed(text);
  }

  embed(text: string): number[] {
    const row = weightTerms(terms(text), this.termIndex, this.model.idf);
    const { projection } = this.model;
    const d = this.dimensions;
    const vector = new Array<number>(d).fill(0);
    for (let i = 0; i < row.index.length; i += 1) {
      const offset = row.index[i]! * d;
      const weight = row.value[i]!;
      for (let j = 0; j < d; j += 1) vector[j]! += weight * projection[offset + j]!;
    }
    return normalise(vector);
  }
}

/** Sublinear TF-IDF, L2-normalised, over known terms only. */
function weightTerms(list: string[], termIndex: Map<string, number>, idf: number[]): SparseRow {
  const counts = new Map<number, number>();
  for (const term of list) {
    const index = termIndex.get(term);
    if (index !== undefined) counts.set(index, (counts.get(index) ?? 0) + 1);
  }
  const index = Int32Array.from(counts.keys());
  const value = Float64Array.from(index, (i) => (1 + Math.log(counts.get(i)!)) * idf[i]!);
  const norm = Math.hypot(...value) || 1;
  for (let i = 0; i < value.length; i += 1) value[i]! /= norm;
  return { index, value };
}

export function normalise(vector: number[]): number[] {
  let norm = 0;
  for (const value of vector) norm += value * value;
  norm = Math.sqrt(norm);
  return norm === 0 ? vector : vector.map((value) => value / norm);
}
