/**
 * Fits the rule weights, the calibration and the band thresholds on the corpus TRAIN split only,
 * and writes `src/generated/model.json`. Deterministic: a fixed seed chooses the cross-validation
 * folds, and the optimiser has no randomness.
 *
 *   tsx src/fit/fit.ts            (npm run fit)
 *   tsx src/fit/fit.ts --check    fails if the committed model is not the one these data give
 */
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadJsonl } from "../eval/load.js";
import { metricsAt, rocAuc, type ScoredExample } from "../eval/metrics.js";
import type { ScoringModel } from "../score/model.js";
import { sigmoid } from "../score/model.js";
import { createScreener } from "../screen.js";
import { fitLogistic, fitPlatt, seededRandom } from "./logistic.js";

const SEED = 20261128;
const FOLDS = 5;
const L2 = 0.02;
/** The `review` band should catch nearly every lure; `high` should almost never hold a legitimate ad. */
export const TARGETS = { reviewRecall: 0.97, reviewMaxFalsePositiveRate: 0.05, highMaxFalsePositiveRate: 0.002, highMinThreshold: 0.8 };

/** Training summary stored in the model file, so a test can prove only the train split was used. */
export interface TrainingSummary {
  lures: number;
  legit: number;
  /** sha256 of the sorted ids of the training records. */
  idsSha256: string;
  outOfFoldRocAuc: number;
  outOfFoldRecallAtReview: number;
  outOfFoldFalsePositiveRateAtReview: number;
  outOfFoldFalsePositiveRateAtHigh: number;
  targets: typeof TARGETS;
}

export function idsDigest(ids: readonly string[]): string {
  return createHash("sha256").update([...ids].sort().join("\n")).digest("hex");
}

function chooseThresholds(scores: { score: number; lure: boolean }[]): { review: number; high: number } {
  const examples: ScoredExample[] = scores.map((s, i) => ({ id: String(i), label: s.lure ? "lure" : "legit", language: "und", score: s.score, band: "low", ruleIds: [] }));
  const candidates = [...new Set(scores.map((s) => Math.round(s.score * 1000) / 1000))].sort((a, b) => a - b);
  let review = 0.5;
  for (const t of candidates) {
    const m = metricsAt(examples, t);
    if (m.recall >= TARGETS.reviewRecall && m.falsePositiveRate <= TARGETS.reviewMaxFalsePositiveRate) review = t;
  }
  // If no threshold meets both, prefer the false-positive bound: job boards pay for every false alarm.
  if (!candidates.some((t) => { const m = metricsAt(examples, t); return m.recall >= TARGETS.reviewRecall && m.falsePositiveRate <= TARGETS.reviewMaxFalsePositiveRate; })) {
    review = candidates.find((t) => metricsAt(examples, t).falsePositiveRate <= TARGETS.reviewMaxFalsePositiveRate) ?? 0.5;
  }
  let high = Math.max(TARGETS.highMinThreshold, review);
  const highCandidate = candidates.find((t) => t >= high && metricsAt(examples, t).falsePositiveRate <= TARGETS.highMaxFalsePositiveRate);
  high = highCandidate ?? 0.99;
  return { review: Math.max(0.05, review), high };
}

/** Loads the labelled train split (lures and legitimate ads only) of the corpus. */
export function loadTrainSplit(root: string): ReturnType<typeof loadJsonl> {
  const corpusDir = join(root, "corpus/postings");
  const files = readdirSync(corpusDir).filter((f) => f.endsWith(".jsonl")).sort().map((f) => join(corpusDir, f));
  return loadJsonl(files).filter((r) => r.split === "train" && (r.label === "lure" || r.label === "legit"));
}

/** Fits the model on the given (train) records. Pure apart from screening; used by main() and dev tools. */
export function fitModel(train: ReturnType<typeof loadJsonl>): ScoringModel & { training: TrainingSummary } {
  // Rule hits do not depend on weights, so one pass with the prior model gives the design matrix.
  const screener = createScreener();
  const fitted = screener.rulePack.rules.filter((rule) => rule.kind !== "signal" && rule.weight !== 0);
  const columnOf = new Map(fitted.map((rule, index) => [rule.id, index]));
  const rows: number[][] = [];
  const labels: (0 | 1)[] = [];
  for (const record of train) {
    const result = screener.screen(record.posting);
    const row = new Array<number>(fitted.length).fill(0);
    for (const signal of result.signals) {
      const column = columnOf.get(signal.id);
      if (column !== undefined) row[column] = 1;
    }
    rows.push(row);
    labels.push(record.label === "lure" ? 1 : 0);
  }
  const priors = fitted.map((rule) => rule.weight);
  const bounds = fitted.map((rule) => (rule.kind === "mitigating" ? ([-4, 0] as const) : ([0, 5] as const)));
  const lureCount = labels.filter((l) => l === 1).length;
  const legitCount = labels.length - lureCount;
  // Balance the classes so the fit is not dominated by the larger one; Platt scaling restores the corpus balance.
  const sampleWeights = labels.map((l) => (l === 1 ? labels.length / (2 * lureCount) : labels.length / (2 * legitCount)));
  const problem = { rows, labels, sampleWeights, bounds, priors, l2: L2, initialWeights: priors, initialBias: -4, iterations: 3000 };

  // Out-of-fold logits for calibration and threshold choice: never judged by a model that saw them.
  const random = seededRandom(SEED);
  const fold = rows.map(() => Math.floor(random() * FOLDS));
  const outOfFold = new Array<number>(rows.length).fill(0);
  for (let k = 0; k < FOLDS; k++) {
    const trainIdx = rows.map((_, i) => i).filter((i) => fold[i] !== k);
    const fit = fitLogistic({ ...problem, rows: trainIdx.map((i) => rows[i]!), labels: trainIdx.map((i) => labels[i]!), sampleWeights: trainIdx.map((i) => sampleWeights[i]!) });
    rows.forEach((row, i) => {
      if (fold[i] !== k) return;
      outOfFold[i] = row.reduce((z, x, f) => z + x * fit.weights[f]!, fit.bias);
    });
  }
  const calibration = fitPlatt(outOfFold, labels);
  const calibrated = outOfFold.map((logit, i) => ({ score: sigmoid(calibration.a * logit + calibration.b), lure: labels[i] === 1 }));
  const thresholds = chooseThresholds(calibrated);
  const final = fitLogistic(problem);

  const oofExamples: ScoredExample[] = calibrated.map((s, i) => ({ id: String(i), label: s.lure ? "lure" : "legit", language: "und", score: s.score, band: "low", ruleIds: [] }));
  const training: TrainingSummary = {
    lures: lureCount,
    legit: legitCount,
    idsSha256: idsDigest(train.map((r) => r.id)),
    outOfFoldRocAuc: round(rocAuc(oofExamples), 4),
    outOfFoldRecallAtReview: round(metricsAt(oofExamples, thresholds.review).recall, 4),
    outOfFoldFalsePositiveRateAtReview: round(metricsAt(oofExamples, thresholds.review).falsePositiveRate, 4),
    outOfFoldFalsePositiveRateAtHigh: round(metricsAt(oofExamples, thresholds.high).falsePositiveRate, 4),
    targets: TARGETS,
  };
  const weights: Record<string, number> = {};
  fitted.forEach((rule, i) => (weights[rule.id] = round(final.weights[i]!, 3)));
  return {
    version: `fit-${createHash("sha256").update(JSON.stringify({ weights, bias: final.bias, calibration, rulePack: screener.rulePack.version })).digest("hex").slice(0, 8)}`,
    method: `L2-regularised logistic regression towards the rule files' prior weights (λ=${L2}) on the corpus train split, class-balanced; Platt calibration and band thresholds from ${FOLDS}-fold out-of-fold scores (seed ${SEED})`,
    bias: round(final.bias, 3),
    weights,
    calibration: { a: round(calibration.a, 4), b: round(calibration.b, 4) },
    thresholds: { review: round(thresholds.review, 3), high: round(thresholds.high, 3) },
    training,
  };
}

function main(): void {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
  const model = fitModel(loadTrainSplit(root));
  const { training } = model;
  const path = join(root, "src/generated/model.json");
  const content = `${JSON.stringify(model, null, 2)}\n`;
  if (process.argv.includes("--check")) {
    if (readFileSync(path, "utf8") !== content) {
      console.error("src/generated/model.json is not the model the current corpus and rules give. Run: npm run fit");
      process.exit(1);
    }
    console.log(`model ${model.version} up to date`);
    return;
  }
  writeFileSync(path, content);
  console.log(`model ${model.version}: ${training.lures} lures, ${training.legit} legit (train split)`);
  console.log(`out-of-fold ROC-AUC ${training.outOfFoldRocAuc}; thresholds review ${model.thresholds.review} (recall ${training.outOfFoldRecallAtReview}, FPR ${training.outOfFoldFalsePositiveRateAtReview}), high ${model.thresholds.high} (FPR ${training.outOfFoldFalsePositiveRateAtHigh})`);
}

function round(x: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
