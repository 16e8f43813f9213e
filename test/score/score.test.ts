import { describe, expect, it } from "vitest";
import type { CompiledRule } from "../../src/rules/pack.js";
import type { RuleHit } from "../../src/rules/engine.js";
import type { ScoringModel } from "../../src/score/model.js";
import { bandOf, scoreHits } from "../../src/score/score.js";

const MODEL: ScoringModel = {
  version: "test",
  method: "hand-set for the test",
  bias: -4,
  weights: {},
  calibration: { a: 1, b: 0 },
  thresholds: { review: 0.3, high: 0.9 },
};

const rule = (id: string, weight: number, movesOrControlsWorker = false): CompiledRule =>
  ({ id, kind: "marker", category: "pay", title: id, explanation: id, weight, ...(movesOrControlsWorker ? { movesOrControlsWorker } : {}) });
const hit = (r: CompiledRule): RuleHit => ({ rule: r, evidence: [] });

describe("bandOf", () => {
  it.each<[number, boolean, string]>([
    [0.95, true, "high"],
    [0.95, false, "review"],
    [0.9, true, "high"],
    [0.89, true, "review"],
    [0.5, false, "review"],
    [0.3, true, "review"],
    [0.29, true, "low"],
  ])("score %s, moves or controls the worker %s → %s", (score, moves, band) => {
    expect(bandOf(score, MODEL, moves)).toBe(band);
  });
});

describe("scoreHits", () => {
  it("adds the weights to the bias and withholds high when no hit moves or controls the worker", () => {
    const fraud = scoreHits([hit(rule("upfront-fee", 4)), hit(rule("easy-money", 4))], MODEL);
    expect(fraud.logit).toBe(4);
    expect(fraud.score).toBeGreaterThan(0.9);
    expect(fraud.band).toBe("review");
    expect(fraud.highWithheld).toBe(true);
  });

  it("lets a hit that moves the worker carry the same score into high", () => {
    const lure = scoreHits([hit(rule("upfront-fee", 4)), hit(rule("hub", 4, true))], MODEL);
    expect(lure.band).toBe("high");
    expect(lure.highWithheld).toBe(false);
  });

  it("never marks a review-level score as withheld", () => {
    const weak = scoreHits([hit(rule("upfront-fee", 4.5))], MODEL);
    expect(weak.band).toBe("review");
    expect(weak.highWithheld).toBe(false);
  });
});
