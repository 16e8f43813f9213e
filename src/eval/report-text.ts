import type { EvaluationReport } from "./metrics.js";
import { NOTHING_NOTE, NO_PAIR_NOTE, type ReportTable, hasLureLegitPair, num, recordCounts, reportTables, skippedList } from "./report-tables.js";

function table({ header, rows }: ReportTable): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]): string => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  return [line(header), `|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`, ...rows.map(line)].join("\n");
}

/** The evaluation report as Markdown-compatible text for a terminal. */
export function renderTextReport(report: EvaluationReport, title = "Evaluation"): string {
  const tables = reportTables(report);
  const out: string[] = [`# ${title}`, ""];
  out.push(`Records: ${recordCounts(report)}`);
  out.push(`Thresholds: review ≥ ${num(report.thresholds.review)}, high ≥ ${num(report.thresholds.high)}`, "");
  const { listed, more } = skippedList(report);
  const skippedSection = (): void => {
    if (listed.length === 0) return;
    out.push("## Skipped", "", "Lines that could not be read and records that are not valid postings; no figure above counts them.", "");
    out.push(...listed.map((line) => `- ${line}`), ...(more > 0 ? [`- and ${more} more (--json lists every one)`] : []), "");
  };
  // Tables of headers alone read like a result; one line says what happened.
  if (report.examples === 0) {
    out.push(NOTHING_NOTE, "");
    skippedSection();
    return out.join("\n");
  }
  if (hasLureLegitPair(report)) {
    out.push(table(tables.summary), "", `ROC-AUC ${num(report.rocAuc, 4)} · PR-AUC ${num(report.prAuc, 4)} · expected calibration error ${num(report.expectedCalibrationError, 4)}`, "");
  } else {
    out.push(NO_PAIR_NOTE, "");
  }
  out.push("## Bands by label", "", table(tables.confusion), "");
  if (tables.highWithheld.rows.length > 0) {
    out.push("## Left in review at a high score", "", "Scores at or above the high threshold that stay in review, by reason (see the README).", "", table(tables.highWithheld), "");
  }
  out.push("## Flag rates", "", table(tables.flagRates), "");
  if (tables.files.rows.length > 0) out.push("## Flag rates per file", "", table(tables.files), "");
  out.push("## Per language", "", table(tables.languages), "");
  out.push("## Per rule (hits)", "", table(tables.rules), "");
  skippedSection();
  return out.join("\n");
}
