import { describe, expect, it } from "vitest";
import { type ScoredExample, evaluate } from "../../src/eval/metrics.js";
import { SKIPPED_LISTED, pct, reportTables, skippedList } from "../../src/eval/report-tables.js";

const THRESHOLDS = { review: 0.5, high: 0.9 };
const ad = (id: string, score: number, file: string, label?: string, language = "spa"): ScoredExample => ({
  id,
  ...(label ? { label } : {}),
  language,
  score,
  band: score >= 0.9 ? "high" : score >= 0.5 ? "review" : "low",
  ruleIds: [],
  file,
});

describe("report tables", () => {
  it("keeps a rate under 0.1% visible", () => {
    expect(pct(1 / 5000)).toBe("0.02%");
    expect(pct(1 / 1431)).toBe("0.07%");
    expect(pct(0)).toBe("0.0%");
    expect(pct(0.061)).toBe("6.1%");
  });

  it("shows the counts beside every flag rate, so one flagged ad in thousands is seen", () => {
    const examples = [ad("flagged", 0.6, "es.jsonl"), ...Array.from({ length: 4999 }, (_, i) => ad(`ok${i}`, 0.1, "es.jsonl"))];
    const tables = reportTables(evaluate(examples, THRESHOLDS));
    expect(tables.flagRates.rows).toEqual([["unlabelled", "5,000", "0.02% (1 of 5,000)", "0.0% (0 of 5,000)"]]);
    expect(tables.files.rows).toEqual([["es.jsonl", "5,000", "0.02% (1 of 5,000)", "0.0% (0 of 5,000)"]]);
  });

  it("leaves out the per-language columns that have no meaning without lures, and counts the records", () => {
    const examples = [ad("a", 0.1, "es.jsonl"), ad("b", 0.1, "es.jsonl"), ad("c", 0.6, "en.jsonl", "legit", "eng")];
    const { languages } = reportTables(evaluate(examples, THRESHOLDS));
    expect(languages.header).toEqual(["language", "records", "legit", "FPR@review", "FPR@high"]);
    expect(languages.rows).toEqual([
      ["eng", "1", "1", "100.0%", "0.0%"],
      ["spa", "2", "0", "n/a", "n/a"],
    ]);
    const unlabelled = reportTables(evaluate(examples.slice(0, 2), THRESHOLDS)).languages;
    expect(unlabelled.header).toEqual(["language", "records"]);
  });

  it("leaves the lure columns out of the per-rule table when the input has no lures", () => {
    const tagged = (example: ScoredExample): ScoredExample => ({ ...example, ruleIds: ["street-address-given"] });
    const { rules } = reportTables(evaluate([tagged(ad("a", 0.1, "es.jsonl")), tagged(ad("b", 0.1, "en.jsonl", "legit", "eng"))], THRESHOLDS));
    expect(rules.header).toEqual(["rule", "legit hits", "scam hits", "unlabelled hits"]);
    expect(rules.rows).toEqual([["street-address-given", "1", "0", "1"]]);
    const withLure = reportTables(evaluate([tagged(ad("c", 0.95, "en.jsonl", "lure", "eng"))], THRESHOLDS)).rules;
    expect(withLure.header).toContain("lure share");
  });

  it("lists the first skipped lines as file:line: reason and counts the rest", () => {
    const skipped = Array.from({ length: SKIPPED_LISTED + 3 }, (_, i) => ({ file: "a.jsonl", line: i + 1, reason: "not valid JSON" }));
    const { listed, more } = skippedList({ ...evaluate([], THRESHOLDS), skipped });
    expect(listed).toHaveLength(SKIPPED_LISTED);
    expect(listed[0]).toBe("a.jsonl:1: not valid JSON");
    expect(more).toBe(3);
  });
});
