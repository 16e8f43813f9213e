/**
 * Logistic regression over sparse binary rows (the hashed wording features), class-balanced, L2,
 * fitted by shuffled stochastic gradient steps with AdaGrad rates. Deterministic for a seed.
 */
import { seededRandom } from "./logistic.js";

export interface SparseLogisticOptions {
  buckets: number;
  l2: number;
  epochs: number;
  seed: number;
  learningRate?: number;
  /** Per-row weights, multiplied into the class balance; default 1. */
  sampleWeights?: readonly number[];
}

/** Weights per bucket, the bias last. */
export function fitSparseLogistic(rows: readonly Int32Array[], labels: readonly (0 | 1)[], options: SparseLogisticOptions): Float64Array {
  const { buckets, l2, epochs } = options;
  const rate = options.learningRate ?? 0.5;
  const weights = new Float64Array(buckets + 1);
  const squared = new Float64Array(buckets + 1).fill(1e-8);
  const sampleWeights = options.sampleWeights ?? rows.map(() => 1);
  let positiveWeight = 0;
  let totalWeight = 0;
  labels.forEach((label, i) => {
    totalWeight += sampleWeights[i]!;
    if (label === 1) positiveWeight += sampleWeights[i]!;
  });
  const classWeight = [totalWeight / (2 * Math.max(1e-9, totalWeight - positiveWeight)), totalWeight / (2 * Math.max(1e-9, positiveWeight))];
  const order = rows.map((_, i) => i);
  const random = seededRandom(options.seed);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    for (const r of order) {
      const row = rows[r]!;
      const z = sparseLogit(weights, row);
      const error = (1 / (1 + Math.exp(-z)) - labels[r]!) * classWeight[labels[r]!]! * sampleWeights[r]!;
      for (const f of [...row, buckets]) {
        const g = error + (f === buckets ? 0 : l2 * weights[f]! * totalWeight);
        squared[f]! += g * g;
        weights[f]! -= (rate * g) / Math.sqrt(squared[f]!);
      }
    }
  }
  return weights;
}

/** The row's logit under the weights (bias last). */
export function sparseLogit(weights: Float64Array, row: Int32Array): number {
  let z = weights[weights.length - 1]!;
  for (let i = 0; i < row.length; i++) z += weights[row[i]!]!;
  return z;
}
