/**
 * Evaluation metrics for a screener on labelled postings. Pure functions over (score, label) pairs,
 * shared by `lurescreen eval`, the fitting script and the tests.
 */
import type { HighWithheldReason } from "../types.js";
import type { SkippedLine } from "./records.js";

/** One screened posting as the evaluation sees it. */
export interface ScoredExample {
  id: string;
  /** `lure`, `legit`, `scam`, or undefined for unlabelled traffic. */
  label?: string;
  language: string;
  score: number;
  band: "low" | "review" | "high";
  /** Why a score at or above the high threshold was left in review (see `ScreenResult.highWithheld`). */
  highWithheld?: HighWithheldReason;
  /** Ids of the rules that fired with a non-zero contribution. */
  ruleIds: string[];
  /** Input file the record came from, for per-file flag rates. */
  file?: string;
}

/** Precision, recall and F1 of "flagged" (score ≥ threshold) against "is a lure". */
export interface ThresholdMetrics {
  threshold: number;
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
  trueNegatives: number;
  precision: number;
  recall: number;
  f1: number;
  falsePositiveRate: number;
}

const ratio = (numerator: number, denominator: number): number => (denominator === 0 ? 0 : numerator / denominator);

/** Whether a screened posting is in the high band: its score reached the threshold and no rule withheld the band. */
const inHighBand = (example: ScoredExample): boolean => example.band === "high";

/**
 * Metrics at one threshold; positives are lures, negatives are legitimate ads (scams are left out).
 * `flagged` says what counts as flagged: by default a score at or above the threshold.
 */
export function metricsAt(examples: readonly ScoredExample[], threshold: number, flagged: (example: ScoredExample) => boolean = (example) => example.score >= threshold): ThresholdMetrics {
  let truePositives = 0;
  let falsePositives = 0;
  let falseNegatives = 0;
  let trueNegatives = 0;
  for (const example of examples) {
    const isFlagged = flagged(example);
    if (example.label === "lure") isFlagged ? truePositives++ : falseNegatives++;
    else if (example.label === "legit") isFlagged ? falsePositives++ : trueNegatives++;
  }
  const precision = ratio(truePositives, truePositives + falsePositives);
  const recall = ratio(truePositives, truePositives + falseNegatives);
  return {
    threshold,
    truePositives,
    falsePositives,
    falseNegatives,
    trueNegatives,
    precision,
    recall,
    f1: ratio(2 * precision * recall, precision + recall),
    falsePositiveRate: ratio(falsePositives, falsePositives + trueNegatives),
  };
}

/** Lure-vs-legit pairs as (score, isLure), scams and unlabelled left out. */
function binary(examples: readonly ScoredExample[]): { score: number; positive: boolean }[] {
  return examples.filter((e) => e.label === "lure" || e.label === "legit").map((e) => ({ score: e.score, positive: e.label === "lure" }));
}

/** Area under the ROC curve: the probability that a random lure outscores a random legitimate ad (ties count half). */
export function rocAuc(examples: readonly ScoredExample[]): number {
  const points = binary(examples).sort((a, b) => a.score - b.score);
  const positives = points.filter((p) => p.positive).length;
  const negatives = points.length - positives;
  if (positives === 0 || negatives === 0) return Number.NaN;
  let rankSum = 0;
  let i = 0;
  while (i < points.length) {
    let j = i;
    while (j < points.length && points[j]!.score === points[i]!.score) j++;
    const averageRank = (i + 1 + j) / 2;
    for (let k = i; k < j; k++) if (points[k]!.positive) rankSum += averageRank;
    i = j;
  }
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/** Area under the precision-recall curve, as average precision (step-wise, ties grouped). */
export function prAuc(examples: readonly ScoredExample[]): number {
  const points = binary(examples).sort((a, b) => b.score - a.score);
  const positives = points.filter((p) => p.positive).length;
  if (positives === 0) return Number.NaN;
  let truePositives = 0;
  let seen = 0;
  let area = 0;
  let i = 0;
  while (i < points.length) {
    let j = i;
    let newPositives = 0;
    while (j < points.length && points[j]!.score === points[i]!.score) {
      if (points[j]!.positive) newPositives++;
      j++;
    }
    truePositives += newPositives;
    seen = j;
    area += (newPositives / positives) * (truePositives / seen);
    i = j;
  }
  return area;
}

/** One bin of a reliability diagram. */
export interface CalibrationBin {
  low: number;
  high: number;
  count: number;
  meanScore: number;
  lureRate: number;
}

/** Reliability bins (equal width) and the expected calibration error over lures and legitimate ads. */
export function calibration(examples: readonly ScoredExample[], binCount = 10): { bins: CalibrationBin[]; expectedCalibrationError: number } {
  const points = binary(examples);
  const bins: CalibrationBin[] = Array.from({ length: binCount }, (_, k) => ({ low: k / binCount, high: (k + 1) / binCount, count: 0, meanScore: 0, lureRate: 0 }));
  for (const point of points) {
    const bin = bins[Math.min(binCount - 1, Math.floor(point.score * binCount))]!;
    bin.count++;
    bin.meanScore += point.score;
    bin.lureRate += point.positive ? 1 : 0;
  }
  let error = 0;
  for (const bin of bins) {
    if (bin.count === 0) continue;
    bin.meanScore /= bin.count;
    bin.lureRate /= bin.count;
    error += (bin.count / points.length) * Math.abs(bin.meanScore - bin.lureRate);
  }
  return { bins, expectedCalibrationError: points.length === 0 ? Number.NaN : error };
}

/** Per-rule hit frequencies in the spirit of SpamAssassin's hit-frequencies report. */
export interface RuleStatistics {
  ruleId: string;
  lureHits: number;
  legitHits: number;
  scamHits: number;
  unlabelledHits: number;
  /** Share of the rule's lure+legit hits that are lures (SpamAssassin's S/O). */
  lureShare: number;
}

export function ruleStatistics(examples: readonly ScoredExample[]): RuleStatistics[] {
  const table = new Map<string, RuleStatistics>();
  for (const example of examples) {
    for (const ruleId of example.ruleIds) {
      const row = table.get(ruleId) ?? { ruleId, lureHits: 0, legitHits: 0, scamHits: 0, unlabelledHits: 0, lureShare: 0 };
      if (example.label === "lure") row.lureHits++;
      else if (example.label === "legit") row.legitHits++;
      else if (example.label === "scam") row.scamHits++;
      else row.unlabelledHits++;
      table.set(ruleId, row);
    }
  }
  for (const row of table.values()) row.lureShare = ratio(row.lureHits, row.lureHits + row.legitHits);
  return [...table.values()].sort((a, b) => b.lureHits + b.legitHits - (a.lureHits + a.legitHits) || (a.ruleId < b.ruleId ? -1 : 1));
}

/** Recall on lures and false-positive rate on legitimate ads, per language, at the review and high thresholds. */
export interface LanguageRow {
  language: string;
  /** Every record in the language, whatever its label: unlabelled traffic has no recall or false-positive rate but still counts. */
  records: number;
  lures: number;
  legit: number;
  recallAtReview: number;
  recallAtHigh: number;
  falsePositiveRateAtReview: number;
  falsePositiveRateAtHigh: number;
}

export function perLanguage(examples: readonly ScoredExample[], thresholds: { review: number; high: number }): LanguageRow[] {
  const languages = [...new Set(examples.map((e) => e.language))].sort();
  return languages.map((language) => {
    const subset = examples.filter((e) => e.language === language);
    const review = metricsAt(subset, thresholds.review);
    const high = metricsAt(subset, thresholds.high, inHighBand);
    return {
      language,
      records: subset.length,
      lures: subset.filter((e) => e.label === "lure").length,
      legit: subset.filter((e) => e.label === "legit").length,
      recallAtReview: review.recall,
      recallAtHigh: high.recall,
      falsePositiveRateAtReview: review.falsePositiveRate,
      falsePositiveRateAtHigh: high.falsePositiveRate,
    };
  });
}

/**
 * Shares of records at or above the review threshold and in the high band, with their counts: on
 * real ads one flagged ad in thousands is the result, and a rate alone rounds it away.
 */
export interface FlagRate {
  records: number;
  review: number;
  high: number;
  reviewCount: number;
  highCount: number;
}

/** Everything `lurescreen eval` reports. */
export interface EvaluationReport {
  examples: number;
  counts: Record<string, number>;
  thresholds: { review: number; high: number };
  atReview: ThresholdMetrics;
  atHigh: ThresholdMetrics;
  rocAuc: number;
  prAuc: number;
  expectedCalibrationError: number;
  calibrationBins: CalibrationBin[];
  /** Band by label: confusion[label][band]. */
  confusion: Record<string, Record<"low" | "review" | "high", number>>;
  languages: LanguageRow[];
  rules: RuleStatistics[];
  /** Score histogram per label, 20 bins over [0, 1]. */
  histograms: Record<string, number[]>;
  /** Flag rates per label. */
  flagRates: Record<string, FlagRate>;
  /** Flag rates per input file (all labels together). */
  files: Record<string, FlagRate>;
  /** Per label, the postings whose score reached the high threshold but were left in review, by reason. */
  highWithheld: Record<string, Record<HighWithheldReason, number>>;
  /** Lines that could not be read and records that were not valid postings, left out of every figure above. */
  skipped?: SkippedLine[];
}

/** Builds the whole report. */
export function evaluate(examples: readonly ScoredExample[], thresholds: { review: number; high: number }): EvaluationReport {
  const counts: Record<string, number> = {};
  const confusion: EvaluationReport["confusion"] = {};
  const histograms: Record<string, number[]> = {};
  const flagRates: EvaluationReport["flagRates"] = {};
  const files: EvaluationReport["files"] = {};
  const highWithheld: EvaluationReport["highWithheld"] = {};
  for (const example of examples) {
    if (example.highWithheld) {
      const reasons = (highWithheld[example.label ?? "unlabelled"] ??= { "nothing-moves-or-controls-the-worker": 0, "legitimate-recruiter-marker": 0 });
      reasons[example.highWithheld]++;
    }
    if (example.file) {
      const perFile = (files[example.file] ??= { records: 0, review: 0, high: 0, reviewCount: 0, highCount: 0 });
      perFile.records++;
      if (example.score >= thresholds.review) perFile.reviewCount++;
      if (inHighBand(example)) perFile.highCount++;
    }
    const label = example.label ?? "unlabelled";
    counts[label] = (counts[label] ?? 0) + 1;
    confusion[label] ??= { low: 0, review: 0, high: 0 };
    confusion[label][example.band]++;
    histograms[label] ??= new Array<number>(20).fill(0);
    histograms[label][Math.min(19, Math.floor(example.score * 20))]!++;
    const rates = (flagRates[label] ??= { records: 0, review: 0, high: 0, reviewCount: 0, highCount: 0 });
    rates.records++;
    if (example.score >= thresholds.review) rates.reviewCount++;
    if (inHighBand(example)) rates.highCount++;
  }
  for (const rates of [...Object.values(flagRates), ...Object.values(files)]) {
    rates.review = ratio(rates.reviewCount, rates.records);
    rates.high = ratio(rates.highCount, rates.records);
  }
  const { bins, expectedCalibrationError } = calibration(examples);
  return {
    examples: examples.length,
    counts,
    thresholds,
    atReview: metricsAt(examples, thresholds.review),
    atHigh: metricsAt(examples, thresholds.high, inHighBand),
    rocAuc: rocAuc(examples),
    prAuc: prAuc(examples),
    expectedCalibrationError,
    calibrationBins: bins,
    confusion,
    languages: perLanguage(examples, thresholds),
    rules: ruleStatistics(examples),
    histograms,
    flagRates,
    highWithheld,
    files,
  };
}
