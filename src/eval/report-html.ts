import type { EvaluationReport } from "./metrics.js";
import { NOTHING_NOTE, NO_PAIR_NOTE, type ReportTable, hasLureLegitPair, num, pct, recordCounts, reportTables, skippedList } from "./report-tables.js";

const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (ch) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[ch] ?? ch);

const LABEL_COLOURS: Record<string, string> = { lure: "#c0392b", legit: "#2e86c1", scam: "#d68910", unlabelled: "#7f8c8d" };

/** Score histogram per label, each label normalised to its own count so small classes stay visible. */
function histogramSvg(report: EvaluationReport): string {
  const width = 640;
  const height = 240;
  const pad = 36;
  const labels = Object.keys(report.histograms);
  const bins = 20;
  const barWidth = (width - 2 * pad) / bins / Math.max(1, labels.length);
  let bars = "";
  labels.forEach((label, li) => {
    const counts = report.histograms[label] ?? [];
    const total = counts.reduce((a, b) => a + b, 0) || 1;
    counts.forEach((count, bi) => {
      const share = count / total;
      const h = share * (height - 2 * pad);
      const x = pad + bi * ((width - 2 * pad) / bins) + li * barWidth;
      bars += `<rect x="${x.toFixed(1)}" y="${(height - pad - h).toFixed(1)}" width="${barWidth.toFixed(1)}" height="${h.toFixed(1)}" fill="${LABEL_COLOURS[label] ?? "#555"}"><title>${escapeHtml(label)} ${(bi / bins).toFixed(2)}–${((bi + 1) / bins).toFixed(2)}: ${count} (${pct(share)})</title></rect>`;
    });
  });
  const thresholds = [report.thresholds.review, report.thresholds.high]
    .map((t, i) => {
      const x = pad + t * (width - 2 * pad);
      return `<line x1="${x}" x2="${x}" y1="${pad - 10}" y2="${height - pad}" stroke="#333" stroke-dasharray="4 3"/><text x="${x + 3}" y="${pad - 12}" font-size="11">${i === 0 ? "review" : "high"}</text>`;
    })
    .join("");
  const legend = labels.map((label, i) => `<rect x="${pad + i * 110}" y="${height - 14}" width="10" height="10" fill="${LABEL_COLOURS[label] ?? "#555"}"/><text x="${pad + i * 110 + 14}" y="${height - 5}" font-size="11">${escapeHtml(label)}</text>`).join("");
  return `<svg viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="Score histograms per label"><line x1="${pad}" x2="${width - pad}" y1="${height - pad}" y2="${height - pad}" stroke="#999"/>${bars}${thresholds}<text x="${pad}" y="${height - pad + 14}" font-size="11">0</text><text x="${width - pad - 6}" y="${height - pad + 14}" font-size="11">1</text>${legend}</svg>`;
}

/** Reliability diagram: mean predicted score against the observed lure rate per bin. */
function reliabilitySvg(report: EvaluationReport): string {
  const size = 300;
  const pad = 36;
  const scale = (v: number): number => pad + v * (size - 2 * pad);
  const flip = (v: number): number => size - scale(v);
  const points = report.calibrationBins
    .filter((b) => b.count > 0)
    .map((b) => `<circle cx="${scale(b.meanScore).toFixed(1)}" cy="${flip(b.lureRate).toFixed(1)}" r="${Math.min(9, 2 + Math.sqrt(b.count)).toFixed(1)}" fill="#c0392b" fill-opacity="0.7"><title>scores ${b.low.toFixed(1)}–${b.high.toFixed(1)}: mean ${num(b.meanScore)}, lure rate ${num(b.lureRate)}, n=${b.count}</title></circle>`)
    .join("");
  return `<svg viewBox="0 0 ${size} ${size}" width="${size}" height="${size}" role="img" aria-label="Reliability diagram"><rect x="${pad}" y="${pad}" width="${size - 2 * pad}" height="${size - 2 * pad}" fill="none" stroke="#999"/><line x1="${scale(0)}" y1="${flip(0)}" x2="${scale(1)}" y2="${flip(1)}" stroke="#999" stroke-dasharray="4 3"/>${points}<text x="${pad}" y="${size - 8}" font-size="11">mean score →</text><text x="4" y="${pad - 8}" font-size="11">lure rate ↑</text></svg>`;
}

function htmlTable({ header, rows }: ReportTable): string {
  return `<table><thead><tr>${header.map((h) => `<th>${escapeHtml(h)}</th>`).join("")}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join("")}</tr>`)
    .join("")}</tbody></table>`;
}

/** A self-contained HTML report (inline CSS and SVG, no external resources). */
export function renderHtmlReport(report: EvaluationReport, title = "lurescreen evaluation"): string {
  const tables = reportTables(report);
  const pair = hasLureLegitPair(report);
  const summary = pair
    ? htmlTable(tables.summary) + `<p>ROC-AUC <b>${num(report.rocAuc, 4)}</b> · PR-AUC <b>${num(report.prAuc, 4)}</b> · expected calibration error <b>${num(report.expectedCalibrationError, 4)}</b></p>`
    : `<p>${escapeHtml(NO_PAIR_NOTE)}</p>`;
  // Without lures every point of a reliability diagram sits at a lure rate of 0 (without legitimate texts at 1): it would show nothing.
  const reliability = pair ? `\n<figure><figcaption>Reliability diagram</figcaption>${reliabilitySvg(report)}</figure>` : "";
  const { listed, more } = skippedList(report);
  const skipped =
    listed.length > 0
      ? `\n<h2>Skipped</h2><p>Lines that could not be read and records that are not valid postings; no figure above counts them.</p><ul>${listed.map((line) => `<li>${escapeHtml(line)}</li>`).join("")}${more > 0 ? `<li>and ${more} more (<code>--json</code> lists every one)</li>` : ""}</ul>`
      : "";
  // Tables of headers alone read like a result; one line says what happened.
  const sections =
    report.examples === 0
      ? `<p>${escapeHtml(NOTHING_NOTE)}</p>`
      : `<h2>Summary</h2>${summary}
<div class="charts"><figure><figcaption>Score histogram per label (each label's share per bin)</figcaption>${histogramSvg(report)}</figure>${reliability}</div>
<h2>Bands by label</h2>${htmlTable(tables.confusion)}
${tables.highWithheld.rows.length > 0 ? `<h2>Left in review at a high score</h2><p>Scores at or above the high threshold that stay in review: nothing in the ad moves or controls the worker, or it shows a strong sign of a legitimate recruiter.</p>${htmlTable(tables.highWithheld)}` : ""}
<h2>Flag rates</h2>${htmlTable(tables.flagRates)}
${tables.files.rows.length > 0 ? `<h2>Flag rates per file</h2>${htmlTable(tables.files)}` : ""}
<h2>Per language</h2>${htmlTable(tables.languages)}
<h2>Per rule</h2><p>Hits among lures and legitimate ads, and the share of a rule's hits that are lures (SpamAssassin's S/O).</p>${htmlTable(tables.rules)}`;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
body{font:14px/1.45 system-ui,sans-serif;margin:2rem auto;max-width:960px;padding:0 1rem;color:#222}
table{border-collapse:collapse;margin:.5rem 0 1.5rem;width:100%}th,td{border-bottom:1px solid #ddd;padding:.3rem .5rem;text-align:left}
th{background:#f4f4f4;position:sticky;top:0}td:not(:first-child){font-variant-numeric:tabular-nums}
svg{max-width:100%;height:auto;background:#fff}.charts{display:flex;flex-wrap:wrap;gap:1.5rem;align-items:flex-start}
</style></head><body>
<h1>${escapeHtml(title)}</h1>
<p>Records: ${escapeHtml(recordCounts(report))}. Band thresholds: review ≥ ${num(report.thresholds.review)}, high ≥ ${num(report.thresholds.high)}.</p>
${sections}${skipped}
</body></html>
`;
}
