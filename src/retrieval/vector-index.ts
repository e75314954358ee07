import hnswlib from 'hnswlib-node';

const { HierarchicalNSW } = hnswlib;

/** Nearest-neighbour search over chunk embeddings, stored as an hnswlib file. */
export class VectorIndex {
  private constructor(private readonly index: InstanceType<typeof HierarchicalNSW>) {}

  static build(vectors: number[][], dimensions: number): VectorIndex {
    const index = new HierarchicalNSW('cosine', dimensions);
    index.initIndex(Math.max(1, vectors.length), 16, 200, 100);
    vectors.forEach((vector, label) => index.addPoint(vector, label));
    return new VectorIndex(index);
  }

  /** Callers must verify the file's checksum first: hnswlib trusts the file and can crash on a damaged one. */
  static read(file: string, dimensions: number): VectorIndex {
    const index = new HierarchicalNSW('cosine', dimensions);
    index.readIndexSync(file);
    return new VectorIndex(index);
  }

  write(file: string): void {
    this.index.writeIndexSync(file);
  }

  get size(): number {
    return this.index.getCurrentCount();
  }

  /** Labels of the nearest vectors with cosine similarity (higher is closer), best first. */
  search(vector: number[], k: number, accept?: (label: number) => boolean): { label: number; similarity: number }[] {
    const count = Math.min(k, this.size);
    if (count === 0) return [];
    this.index.setEf(Math.max(64, count * 2));
    const { neighbors, distances } = this.index.searchKnn(vector, count, accept);
    // hnswlib's cosine space returns a distance (1 − similarity).
    return neighbors.map((label, i) => ({ label, similarity: 1 - distances[i]! }));
  }
}
