import type { EvaluationReport } from "./metrics.js";

const pct = (x: number): string => (Number.isFinite(x) ? `${(x * 100).toFixed(1)}%` : "n/a");
const num = (x: number, digits = 3): string => (Number.isFinite(x) ? x.toFixed(digits) : "n/a");

function table(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  return [line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line)].join("\n");
}

/** The evaluation report as Markdown-compatible text for a terminal. */
export function renderTextReport(report: EvaluationReport, title = "Evaluation"): string {
  const out: string[] = [`# ${title}`, ""];
  out.push(`Records: ${Object.entries(report.counts).map(([label, n]) => `${n} ${label}`).join(", ")}`);
  out.push(`Thresholds: review ≥ ${num(report.thresholds.review)}, high ≥ ${num(report.thresholds.high)}`, "");
  if ((report.counts.lure ?? 0) > 0 && (report.counts.legit ?? 0) > 0) {
    out.push(
      table(
        ["band threshold", "precision", "recall", "F1", "legit FPR", "TP", "FP", "FN", "TN"],
        [report.atReview, report.atHigh].map((m, i) => [
          i === 0 ? "review" : "high",
          num(m.precision),
          num(m.recall),
          num(m.f1),
          pct(m.falsePositiveRate),
          String(m.truePositives),
          String(m.falsePositives),
          String(m.falseNegatives),
          String(m.trueNegatives),
        ]),
      ),
      "",
      `ROC-AUC ${num(report.rocAuc, 4)} · PR-AUC ${num(report.prAuc, 4)} · expected calibration error ${num(report.expectedCalibrationError, 4)}`,
      "",
    );
  }
  out.push("## Bands by label", "", table(["label", "low", "review", "high"], Object.entries(report.confusion).map(([label, c]) => [label, String(c.low), String(c.review), String(c.high)])), "");
  out.push("## Flag rates", "", table(["label", "records", "≥ review", "≥ high"], Object.entries(report.flagRates).map(([label, r]) => [label, String(r.records), pct(r.review), pct(r.high)])), "");
  if (Object.keys(report.files).length > 0) {
    out.push("## Flag rates per file", "", table(["file", "records", "≥ review", "≥ high"], Object.entries(report.files).map(([file, r]) => [file, String(r.records), pct(r.review), pct(r.high)])), "");
  }
  out.push(
    "## Per language",
    "",
    table(
      ["lang", "lures", "legit", "recall@review", "recall@high", "FPR@review", "FPR@high"],
      report.languages.map((row) => [row.language, String(row.lures), String(row.legit), pct(row.recallAtReview), pct(row.recallAtHigh), pct(row.falsePositiveRateAtReview), pct(row.falsePositiveRateAtHigh)]),
    ),
    "",
  );
  out.push(
    "## Per rule (hits)",
    "",
    table(
      ["rule", "lure hits", "legit hits", "scam hits", "unlabelled hits", "lure share"],
      report.rules.map((r) => [r.ruleId, String(r.lureHits), String(r.legitHits), String(r.scamHits), String(r.unlabelledHits), pct(r.lureShare)]),
    ),
    "",
  );
  return out.join("\n");
}
