import { EigenvalueDecomposition, Matrix } from 'ml-matrix';
import { OVERSAMPLING, POWER_ITERATIONS, type SparseRow } from './sparse-row.ts';

/** A dense row-major matrix; plain typed arrays keep the hot loops fast. */
interface Dense {
  rows: number;
  cols: number;
  data: Float64Array;
}

const dense = (rows: number, cols: number): Dense => ({ rows, cols, data: new Float64Array(rows * cols) });

/**
 * Right singular vectors of the document-term matrix X (n × V), by the
 * randomised range finder of Halko, Martinsson and Tropp: cheap because only
 * products with the sparse X are needed, never X itself as a dense matrix.
 * Returns the V × dimensions projection, row-major.
 */
export function truncatedSvdProjection(rows: SparseRow[], vocabularySize: number, dimensions: number): Float32Array {
  const width = Math.min(dimensions + OVERSAMPLING, rows.length, vocabularySize);
  const random = seededGaussian(20180207);
  const omega = dense(vocabularySize, width);
  for (let i = 0; i < omega.data.length; i += 1) omega.data[i] = random();

  let q = orthonormal(multiplyX(rows, omega));
  for (let iteration = 0; iteration < POWER_ITERATIONS; iteration += 1) {
    q = orthonormal(multiplyX(rows, orthonormal(multiplyXTransposed(rows, q, vocabularySize))));
  }
  const bt = multiplyXTransposed(rows, q, vocabularySize); // V × width, equals Bᵀ where B = Qᵀ X
  const eigen = new EigenvalueDecomposition(new Matrix(gram(bt)), { assumeSymmetric: true }); // of B Bᵀ
  const order = eigen.realEigenvalues
    .map((value, index) => ({ value, index }))
    .sort((a, b) => b.value - a.value)
    .slice(0, dimensions);
  const vectors = eigen.eigenvectorMatrix;
  const projection = new Float32Array(vocabularySize * dimensions);
  const w = bt.cols;
  order.forEach(({ value, index }, column) => {
    const sigma = Math.sqrt(Math.max(value, 1e-12));
    const u = vectors.getColumn(index);
    for (let term = 0; term < vocabularySize; term += 1) {
      let sum = 0;
      const offset = term * w;
      for (let r = 0; r < w; r += 1) sum += bt.data[offset + r]! * u[r]!;
      projection[term * dimensions + column] = sum / sigma;
    }
  });
  return projection;
}

function multiplyX(rows: SparseRow[], right: Dense): Dense {
  const out = dense(rows.length, right.cols);
  const c = right.cols;
  rows.forEach((row, r) => {
    const target = r * c;
    for (let i = 0; i < row.index.length; i += 1) {
      const source = row.index[i]! * c;
      const weight = row.value[i]!;
      for (let j = 0; j < c; j += 1) out.data[target + j]! += weight * right.data[source + j]!;
    }
  });
  return out;
}

function multiplyXTransposed(rows: SparseRow[], right: Dense, vocabularySize: number): Dense {
  const out = dense(vocabularySize, right.cols);
  const c = right.cols;
  rows.forEach((row, r) => {
    const source = r * c;
    for (let i = 0; i < row.index.length; i += 1) {
      const target = row.index[i]! * c;
      const weight = row.value[i]!;
      for (let j = 0; j < c; j += 1) out.data[target + j]! += weight * right.data[source + j]!;
    }
  });
  return out;
}

/** AᵀA as nested arrays, for ml-matrix. */
function gram(a: Dense): number[][] {
  const g = Array.from({ length: a.cols }, () => new Array<number>(a.cols).fill(0));
  for (let r = 0; r < a.rows; r += 1) {
    const offset = r * a.cols;
    for (let i = 0; i < a.cols; i += 1) {
      const ai = a.data[offset + i]!;
      if (ai === 0) continue;
      const gi = g[i]!;
      for (let j = i; j < a.cols; j += 1) gi[j]! += ai * a.data[offset + j]!;
    }
  }
  for (let i = 0; i < a.cols; i += 1) for (let j = 0; j < i; j += 1) g[i]![j] = g[j]![i]!;
  return g;
}

/**
 * Orthonormal basis of the columns of a tall matrix. Gram–Schmidt would walk
 * the tall matrix many times; this orthonormalises the small Gram matrix
 * instead (its eigen-decomposition also copes with rank-deficient input) and
 * applies the result once. Each call follows a single product with X, so the
 * squared condition number stays small enough for double precision.
 */
function orthonormal(a: Dense): Dense {
  const eigen = new EigenvalueDecomposition(new Matrix(gram(a)), { assumeSymmetric: true });
  const values = eigen.realEigenvalues;
  const vectors = eigen.eigenvectorMatrix;
  const largest = Math.max(...values, 0);
  const keep = values.map((v, i) => ({ v, i })).filter(({ v }) => v > largest * 1e-10);
  const k = keep.length;
  const transform = dense(a.cols, k);
  keep.forEach(({ v, i }, column) => {
    const scale = 1 / Math.sqrt(v);
    for (let r = 0; r < a.cols; r += 1) transform.data[r * k + column] = vectors.get(r, i) * scale;
  });
  const out = dense(a.rows, k);
  for (let r = 0; r < a.rows; r += 1) {
    for (let c = 0; c < a.cols; c += 1) {
      const value = a.data[r * a.cols + c]!;
      if (value === 0) continue;
      const tOffset = c * k;
      const oOffset = r * k;
      for (let j = 0; j < k; j += 1) out.data[oOffset + j]! += value * transform.data[tOffset + j]!;
    }
  }
  return out;
}

/** Deterministic normal deviates, so the same corpus always gives the same index. */
function seededGaussian(seed: number): () => number {
  let state = seed >>> 0;
  const uniform = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (((t ^ (t >>> 14)) >>> 0) + 1) / 4294967297;
  };
  return () => Math.sqrt(-2 * Math.log(uniform())) * Math.cos(2 * Math.PI * uniform());
}
