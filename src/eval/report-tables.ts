import type { EvaluationReport } from "./metrics.js";
import { describeSkipped } from "./records.js";

/**
 * A percentage with one decimal, or n/a. A rate under 0.1% that is not zero keeps one significant
 * digit: one flagged ad in 5,000 reads 0.02%, not 0.0%.
 */
export const pct = (x: number): string => {
  if (!Number.isFinite(x)) return "n/a";
  const percent = x * 100;
  return percent > 0 && percent < 0.1 ? `${percent.toPrecision(1)}%` : `${percent.toFixed(1)}%`;
};
/** A whole number with thousands separators, the same whatever the user's locale. */
export const count = (n: number): string => n.toLocaleString("en-US");
/** A rate with the counts it comes from, e.g. "0.02% (1 of 5,000)". */
const rateOf = (flagged: number, records: number): string => `${pct(records === 0 ? 0 : flagged / records)} (${count(flagged)} of ${count(records)})`;
/** A number with fixed decimals, or n/a. */
export const num = (x: number, digits = 3): string => (Number.isFinite(x) ? x.toFixed(digits) : "n/a");

/** A table of the report: header and rows of cell texts, rendered as text or HTML. */
export interface ReportTable {
  header: string[];
  rows: string[][];
}

/**
 * Records, lures and legitimate texts per language, and the rates they allow. Recall columns need
 * lures somewhere in the input and false-positive columns legitimate texts: on real ads, which hold
 * no lures, a column of n/a would only hide the record counts.
 */
function languageTable(report: EvaluationReport): ReportTable {
  const anyLures = report.languages.some((row) => row.lures > 0);
  const anyLegit = report.languages.some((row) => row.legit > 0);
  // A rate over no postings is no rate: a language may have lures but no legitimate texts, or the reverse.
  const rate = (x: number, over: number): string => (over > 0 ? pct(x) : "n/a");
  const header = ["language", "records"];
  if (anyLures) header.push("lures");
  if (anyLegit) header.push("legit");
  if (anyLures) header.push("recall@review", "recall@high");
  if (anyLegit) header.push("FPR@review", "FPR@high");
  const rows = report.languages.map((row) => [
    row.language,
    count(row.records),
    ...(anyLures ? [String(row.lures)] : []),
    ...(anyLegit ? [String(row.legit)] : []),
    ...(anyLures ? [rate(row.recallAtReview, row.lures), rate(row.recallAtHigh, row.lures)] : []),
    ...(anyLegit ? [rate(row.falsePositiveRateAtReview, row.legit), rate(row.falsePositiveRateAtHigh, row.legit)] : []),
  ]);
  return { header, rows };
}

/** Hits per rule by label. Without lures in the input a lure column is all zeros and every lure share 0%: both are left out. */
function ruleTable(report: EvaluationReport): ReportTable {
  const anyLures = (report.counts.lure ?? 0) > 0;
  return {
    header: anyLures ? ["rule", "lure hits", "legit hits", "scam hits", "unlabelled hits", "lure share"] : ["rule", "legit hits", "scam hits", "unlabelled hits"],
    rows: report.rules.map((r) =>
      anyLures
        ? [r.ruleId, String(r.lureHits), String(r.legitHits), String(r.scamHits), String(r.unlabelledHits), r.lureHits + r.legitHits > 0 ? pct(r.lureShare) : "n/a"]
        : [r.ruleId, String(r.legitHits), String(r.scamHits), String(r.unlabelledHits)],
    ),
  };
}

/** The tables both report formats show, in order. */
export function reportTables(report: EvaluationReport): Record<"summary" | "confusion" | "highWithheld" | "flagRates" | "files" | "languages" | "rules", ReportTable> {
  return {
    summary: {
      header: ["threshold", "precision", "recall", "F1", "legit FPR", "TP", "FP", "FN", "TN"],
      rows: [report.atReview, report.atHigh].map((m, i) => [
        // The high row counts the high band: a score at the threshold that a rule withheld stays in review.
        i === 0 ? `review (≥ ${num(m.threshold)})` : `high (≥ ${num(m.threshold)}, not withheld)`,
        num(m.precision),
        num(m.recall),
        num(m.f1),
        pct(m.falsePositiveRate),
        String(m.truePositives),
        String(m.falsePositives),
        String(m.falseNegatives),
        String(m.trueNegatives),
      ]),
    },
    confusion: { header: ["label", "low", "review", "high"], rows: Object.entries(report.confusion).map(([label, c]) => [label, String(c.low), String(c.review), String(c.high)]) },
    highWithheld: {
      header: ["label", "nothing moves or controls the worker", "legitimate-recruiter marker"],
      rows: Object.entries(report.highWithheld).map(([label, r]) => [label, String(r["nothing-moves-or-controls-the-worker"]), String(r["legitimate-recruiter-marker"])]),
    },
    flagRates: { header: ["label", "records", "≥ review", "high"], rows: Object.entries(report.flagRates).map(([label, r]) => [label, count(r.records), rateOf(r.reviewCount, r.records), rateOf(r.highCount, r.records)]) },
    files: { header: ["file", "records", "≥ review", "high"], rows: Object.entries(report.files).map(([file, r]) => [file, count(r.records), rateOf(r.reviewCount, r.records), rateOf(r.highCount, r.records)]) },
    languages: languageTable(report),
    rules: ruleTable(report),
  };
}

/** How many skipped lines a text or HTML report lists; the JSON report lists every one. */
export const SKIPPED_LISTED = 100;

/** The skipped lines a report lists (as `file:line: reason`), and how many more there are. */
export function skippedList(report: EvaluationReport): { listed: string[]; more: number } {
  const skipped = report.skipped ?? [];
  return { listed: skipped.slice(0, SKIPPED_LISTED).map(describeSkipped), more: Math.max(0, skipped.length - SKIPPED_LISTED) };
}

/** Whether the input holds both lures and legitimate texts: precision, recall, AUCs and calibration need both. */
export const hasLureLegitPair = (report: EvaluationReport): boolean => (report.counts.lure ?? 0) > 0 && (report.counts.legit ?? 0) > 0;

/** The "Records:" line's counts per label, and the skipped ones. */
export function recordCounts(report: EvaluationReport): string {
  const counts = Object.entries(report.counts).map(([label, n]) => `${n} ${label}`).join(", ");
  const skipped = report.skipped?.length ?? 0;
  return (counts || "none") + (skipped > 0 ? `; ${skipped} skipped (listed under "Skipped")` : "");
}

export const NO_PAIR_NOTE = "No lure/legit pair in the input: only flag rates are reported.";
export const NOTHING_NOTE = "Nothing to evaluate: no record matched the filters, or the input holds no valid record.";
