import { describe, expect, it } from "vitest";
import { type ScoredExample, calibration, evaluate, metricsAt, prAuc, rocAuc, ruleStatistics } from "../../src/eval/metrics.js";

const example = (id: string, label: string | undefined, score: number, ruleIds: string[] = [], language = "eng"): ScoredExample => ({
  id,
  ...(label ? { label } : {}),
  language,
  score,
  band: score >= 0.9 ? "high" : score >= 0.5 ? "review" : "low",
  ruleIds,
});

const sample = [
  example("a", "lure", 0.95, ["r1", "r2"]),
  example("b", "lure", 0.7, ["r1"]),
  example("c", "lure", 0.3, ["r2"], "ind"),
  example("d", "legit", 0.6, ["r2"]),
  example("e", "legit", 0.1),
  example("f", "legit", 0.05, [], "ind"),
  example("g", "scam", 0.8, ["r1"]),
  example("h", undefined, 0.2),
];

describe("evaluation metrics", () => {
  it("counts a confusion at a threshold, leaving scams and unlabelled records out", () => {
    expect(metricsAt(sample, 0.5)).toEqual({
      threshold: 0.5,
      truePositives: 2,
      falsePositives: 1,
      falseNegatives: 1,
      trueNegatives: 2,
      precision: 2 / 3,
      recall: 2 / 3,
      f1: 2 / 3,
      falsePositiveRate: 1 / 3,
    });
  });

  it("computes ROC-AUC as the share of lure/legit pairs ranked correctly", () => {
    // Pairs (lure, legit): 0.95 beats all 3; 0.7 beats all 3; 0.3 beats 2 of 3 → 8/9.
    expect(rocAuc(sample)).toBeCloseTo(8 / 9, 10);
  });

  it("computes average precision", () => {
    // Ranked: 0.95 L, 0.7 L, 0.6 N, 0.3 L, ... → (1/3)(1 + 1 + 3/4).
    expect(prAuc(sample)).toBeCloseTo((1 + 1 + 0.75) / 3, 10);
  });

  it("bins scores for the reliability diagram and weighs the calibration error by bin size", () => {
    const { bins, expectedCalibrationError } = calibration([example("x", "lure", 0.95), example("y", "legit", 0.05)], 10);
    expect(bins[9]).toEqual({ low: 0.9, high: 1, count: 1, meanScore: 0.95, lureRate: 1 });
    expect(expectedCalibrationError).toBeCloseTo(0.05, 10);
  });

  it("tallies rule hits by label with the lure share of each rule", () => {
    expect(ruleStatistics(sample)).toEqual([
      { ruleId: "r2", lureHits: 2, legitHits: 1, scamHits: 0, unlabelledHits: 0, lureShare: 2 / 3 },
      { ruleId: "r1", lureHits: 2, legitHits: 0, scamHits: 1, unlabelledHits: 0, lureShare: 1 },
    ]);
  });

  it("reports recall and false-positive rate per language, and flag rates per label", () => {
    const report = evaluate(sample, { review: 0.5, high: 0.9 });
    expect(report.languages.find((row) => row.language === "ind")).toEqual({
      language: "ind",
      records: 2,
      lures: 1,
      legit: 1,
      recallAtReview: 0,
      recallAtHigh: 0,
      falsePositiveRateAtReview: 0,
      falsePositiveRateAtHigh: 0,
    });
    expect(report.flagRates.scam).toEqual({ records: 1, review: 1, high: 0, reviewCount: 1, highCount: 0 });
    expect(report.confusion.lure).toEqual({ low: 1, review: 1, high: 1 });
    expect(report.counts).toEqual({ lure: 3, legit: 3, scam: 1, unlabelled: 1 });
  });

  it("counts the high band by band, so a score above the threshold whose band was withheld is not held", () => {
    const withheld: ScoredExample = { ...example("w", "legit", 0.97), band: "review", highWithheld: "legitimate-recruiter-marker" };
    const report = evaluate([...sample, withheld], { review: 0.5, high: 0.9 });
    expect(report.atHigh.falsePositives).toBe(0);
    expect(report.atReview.falsePositives).toBe(2);
    expect(report.flagRates.legit).toEqual({ records: 4, review: 0.5, high: 0, reviewCount: 2, highCount: 0 });
    expect(report.languages.find((row) => row.language === "eng")?.falsePositiveRateAtHigh).toBe(0);
    expect(report.highWithheld).toEqual({ legit: { "nothing-moves-or-controls-the-worker": 0, "legitimate-recruiter-marker": 1 } });
  });
});
