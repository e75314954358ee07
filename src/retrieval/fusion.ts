/** A ranked list from one retrieval method: chunk positions, best first. */
export type Ranking = number[];

/** Reciprocal rank fusion's damping constant; 60 is the value from Cormack et al. (2009). */
const RRF_K = 60;

/**
 * Weighted reciprocal rank fusion: combines rankings by position rather than
 * raw score, because BM25 scores and cosine similarities are not on one scale.
 */
export function fuseRankings(rankings: { ranking: Ranking; weight: number }[]): Map<number, number> {
  const fused = new Map<number, number>();
  for (const { ranking, weight } of rankings) {
    ranking.forEach((label, rank) => {
      fused.set(label, (fused.get(label) ?? 0) + weight / (RRF_K + rank + 1));
    });
  }
  return fused;
}
