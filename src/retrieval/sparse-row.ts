/** One row of a sparse matrix: column positions and their values. */
export type SparseRow = { index: Int32Array; value: Float64Array };

export const OVERSAMPLING = 10;
export const POWER_ITERATIONS = 2;
/** Part of the embedder fingerprint: changing these changes the vectors. */
export const SVD_SETTINGS = `oversample=${OVERSAMPLING},power=${POWER_ITERATIONS}`;
