/**
 * L2-regularised logistic regression with per-weight bounds, fitted by projected gradient descent
 * with Adam steps. Small and deterministic: the same data always gives the same weights. Bounds keep
 * the fitted weights honest about what a rule means (a mitigating rule can never add to the score).
 */

export interface LogisticProblem {
  /** Rows of binary (or real) feature values. */
  rows: readonly (readonly number[])[];
  labels: readonly (0 | 1)[];
  /** Per-row weights (class balancing); default 1. */
  sampleWeights?: readonly number[];
  /** Per-feature [min, max]; default unbounded. */
  bounds?: readonly (readonly [number, number])[];
  /** L2 penalty on the weights (not the bias), pulling each weight towards its prior (default 0). */
  l2: number;
  priors?: readonly number[];
  iterations?: number;
  learningRate?: number;
  /** Starting weights (default zeros) and bias (default 0). */
  initialWeights?: readonly number[];
  initialBias?: number;
}

export interface LogisticFit {
  weights: number[];
  bias: number;
  /** Weighted mean log-loss on the training rows, without the penalty. */
  logLoss: number;
}

const sigmoid = (x: number): number => (x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x)));

export function fitLogistic(problem: LogisticProblem): LogisticFit {
  const { rows, labels, l2 } = problem;
  const features = rows[0]?.length ?? 0;
  const iterations = problem.iterations ?? 4000;
  const learningRate = problem.learningRate ?? 0.05;
  const sampleWeights = problem.sampleWeights ?? rows.map(() => 1);
  const totalWeight = sampleWeights.reduce((a, b) => a + b, 0) || 1;
  const weights = problem.initialWeights ? [...problem.initialWeights] : new Array<number>(features).fill(0);
  let bias = problem.initialBias ?? 0;
  const m = new Array<number>(features + 1).fill(0);
  const v = new Array<number>(features + 1).fill(0);
  const beta1 = 0.9;
  const beta2 = 0.999;
  const gradient = new Array<number>(features + 1).fill(0);

  for (let step = 1; step <= iterations; step++) {
    gradient.fill(0);
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r]!;
      let z = bias;
      for (let f = 0; f < features; f++) z += weights[f]! * row[f]!;
      const error = (sigmoid(z) - labels[r]!) * sampleWeights[r]!;
      for (let f = 0; f < features; f++) if (row[f] !== 0) gradient[f]! += error * row[f]!;
      gradient[features]! += error;
    }
    for (let f = 0; f <= features; f++) {
      let g = gradient[f]! / totalWeight;
      if (f < features) g += l2 * (weights[f]! - (problem.priors?.[f] ?? 0));
      m[f] = beta1 * m[f]! + (1 - beta1) * g;
      v[f] = beta2 * v[f]! + (1 - beta2) * g * g;
      const update = (learningRate * (m[f]! / (1 - beta1 ** step))) / (Math.sqrt(v[f]! / (1 - beta2 ** step)) + 1e-8);
      if (f < features) {
        const [low, high] = problem.bounds?.[f] ?? [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY];
        weights[f] = Math.min(high, Math.max(low, weights[f]! - update));
      } else {
        bias -= update;
      }
    }
  }
  let loss = 0;
  for (let r = 0; r < rows.length; r++) {
    let z = bias;
    for (let f = 0; f < features; f++) z += weights[f]! * rows[r]![f]!;
    const p = Math.min(1 - 1e-12, Math.max(1e-12, sigmoid(z)));
    loss -= sampleWeights[r]! * (labels[r] === 1 ? Math.log(p) : Math.log(1 - p));
  }
  return { weights, bias, logLoss: loss / totalWeight };
}

/** Platt scaling: fits probability = sigmoid(a * logit + b) to held-out logits. */
export function fitPlatt(logits: readonly number[], labels: readonly (0 | 1)[], sampleWeights?: readonly number[]): { a: number; b: number } {
  // Platt's target smoothing avoids infinite slopes on separable data.
  const positives = labels.filter((l) => l === 1).length;
  const negatives = labels.length - positives;
  const high = (positives + 1) / (positives + 2);
  const low = 1 / (negatives + 2);
  const rows = logits.map((logit) => [logit]);
  const soft = labels.map((l) => (l === 1 ? high : low));
  // Soft targets: fit by minimising cross-entropy against them with the same optimiser.
  const fit = fitSoftLogistic(rows, soft, sampleWeights ?? labels.map(() => 1));
  return { a: fit.weights[0] ?? 1, b: fit.bias };
}

function fitSoftLogistic(rows: number[][], targets: number[], sampleWeights: readonly number[]): { weights: number[]; bias: number } {
  let a = 1;
  let b = 0;
  const total = sampleWeights.reduce((x, y) => x + y, 0) || 1;
  const ma = [0, 0];
  const va = [0, 0];
  for (let step = 1; step <= 3000; step++) {
    let ga = 0;
    let gb = 0;
    for (let r = 0; r < rows.length; r++) {
      const error = (sigmoid(a * rows[r]![0]! + b) - targets[r]!) * sampleWeights[r]!;
      ga += error * rows[r]![0]!;
      gb += error;
    }
    const grads = [ga / total, gb / total];
    for (let k = 0; k < 2; k++) {
      ma[k] = 0.9 * ma[k]! + 0.1 * grads[k]!;
      va[k] = 0.999 * va[k]! + 0.001 * grads[k]! * grads[k]!;
      const update = (0.05 * (ma[k]! / (1 - 0.9 ** step))) / (Math.sqrt(va[k]! / (1 - 0.999 ** step)) + 1e-8);
      if (k === 0) a -= update;
      else b -= update;
    }
  }
  return { weights: [a], bias: b };
}

/** A seeded pseudo-random generator (mulberry32), so folds are the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
