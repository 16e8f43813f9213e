import { describe, expect, it } from "vitest";
import { evaluate, type ScoredExample } from "../../src/eval/metrics.js";
import { renderHtmlReport } from "../../src/eval/report-html.js";
import { renderTextReport } from "../../src/eval/report-text.js";

const examples: ScoredExample[] = [
  { id: "a", label: "lure", language: "eng", score: 0.95, band: "high", ruleIds: ["tourist-visa-for-work"], file: "eng.jsonl" },
  { id: "b", label: "legit", language: "eng", score: 0.1, band: "low", ruleIds: [], file: "eng.jsonl" },
  { id: "c", label: "legit", language: "vie", score: 0.6, band: "review", ruleIds: ["tourist-visa-for-work"], file: "vie.jsonl" },
];
const report = evaluate(examples, { review: 0.5, high: 0.9 });

describe("evaluation reports", () => {
  it("prints the summary, per-file, per-language and per-rule tables as text", () => {
    const text = renderTextReport(report, "Test");
    expect(text).toContain("| review (≥ 0.500)             | 0.500     | 1.000  | 0.667 | 50.0%     | 1  | 1  | 0  | 1  |");
    expect(text).toContain("| high (≥ 0.900, not withheld) |");
    // A language without lures has no recall, one without legitimate ads no false-positive rate.
    expect(text).toContain("| vie      | 1       | 0     | 1     | n/a           | n/a         | 100.0%     | 0.0%     |");
    expect(text).toContain("| vie.jsonl | 1       | 100.0% (1 of 1) | 0.0% (0 of 1)  |");
    expect(text).toContain("| tourist-visa-for-work | 1         | 1          | 0         | 0               | 50.0%      |");
    expect(text).not.toContain("Left in review at a high score");
    const withheld = renderTextReport(evaluate([...examples, { id: "d", label: "legit", language: "eng", score: 0.97, band: "review", highWithheld: "legitimate-recruiter-marker", ruleIds: [] }], { review: 0.5, high: 0.9 }), "Test");
    expect(withheld).toContain("## Left in review at a high score");
    expect(withheld).toContain("| legit | 0                                    | 1                           |");
  });

  it("writes a self-contained HTML page with the histogram and the reliability diagram", () => {
    const html = renderHtmlReport(report, "Test <report>");
    expect(html).toContain("<title>Test &lt;report&gt;</title>");
    expect(html).toContain('aria-label="Score histograms per label"');
    expect(html).toContain('aria-label="Reliability diagram"');
    expect(html).not.toMatch(/<(?:script|link)[^>]+(?:src|href)=/);
  });

  it("draws no reliability diagram without lures, where every point would sit at a lure rate of 0", () => {
    const realAds = evaluate([{ ...examples[1]!, label: undefined }, examples[2]!], { review: 0.5, high: 0.9 });
    const html = renderHtmlReport(realAds);
    expect(html).toContain("only flag rates are reported");
    expect(html).not.toContain("Reliability diagram");
    expect(html).toContain('aria-label="Score histograms per label"');
    expect(renderTextReport(realAds)).toContain("No lure/legit pair in the input: only flag rates are reported.");
  });

  it("says that there is nothing to evaluate instead of printing tables without rows", () => {
    const empty = { ...evaluate([], { review: 0.5, high: 0.9 }), skipped: [{ file: "ads.jsonl", line: 1, reason: "not valid JSON" }] };
    const text = renderTextReport(empty);
    expect(text).toContain("Nothing to evaluate");
    expect(text).toContain("- ads.jsonl:1: not valid JSON");
    expect(text).not.toContain("## Flag rates");
    const html = renderHtmlReport(empty);
    expect(html).toContain("Nothing to evaluate");
    expect(html).not.toContain("<h2>Flag rates</h2>");
  });

  it("lists skipped lines by file and line, in text and HTML, and counts them beside the records", () => {
    const skipped = { ...report, skipped: [{ file: "ads.jsonl", line: 7, reason: "not valid JSON (unexpected character)" }] };
    const text = renderTextReport(skipped);
    expect(text).toContain('Records: 1 lure, 2 legit; 1 skipped (listed under "Skipped")');
    expect(text).toContain("## Skipped\n\nLines that could not be read and records that are not valid postings; no figure above counts them.\n\n- ads.jsonl:7: not valid JSON (unexpected character)\n");
    expect(renderHtmlReport(skipped)).toContain("<li>ads.jsonl:7: not valid JSON (unexpected character)</li>");
    expect(renderTextReport(report)).not.toContain("Skipped");
  });
});
