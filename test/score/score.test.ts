import { describe, expect, it } from "vitest";
import type { CompiledRule } from "../../src/rules/pack.js";
import type { RuleHit } from "../../src/rules/engine.js";
import type { ScoringModel } from "../../src/score/model.js";
import { bandOf, highWithheldReason, markerDampingOf, scoreHits } from "../../src/score/score.js";
import type { HighWithheldReason } from "../../src/types.js";

const MODEL: ScoringModel = {
  version: "test",
  method: "hand-set for the test",
  bias: -4,
  weights: {},
  calibration: { a: 1, b: 0 },
  thresholds: { review: 0.3, high: 0.9 },
};

const rule = (id: string, weight: number, marks: Pick<CompiledRule, "movesOrControlsWorker" | "withholdsHigh" | "dampensMarkers" | "markerDamping"> = {}): CompiledRule => ({
  id,
  kind: weight < 0 ? "mitigating" : "marker",
  category: weight < 0 ? "legitimacy" : "pay",
  title: id,
  explanation: id,
  weight,
  ...marks,
});
const hit = (r: CompiledRule): RuleHit => ({ rule: r, evidence: [] });
const FEE = rule("upfront-fee", 4);
const HUB = rule("hub", 4, { movesOrControlsWorker: true });
const LICENCE = rule("licence", -0.5, { withholdsHigh: true });
const COMPANY_EMAIL = rule("company-email", -0.5);

describe("bandOf", () => {
  it.each<[number, HighWithheldReason | null, string]>([
    [0.95, null, "high"],
    [0.95, "nothing-moves-or-controls-the-worker", "review"],
    [0.95, "legitimate-recruiter-marker", "review"],
    [0.9, null, "high"],
    [0.89, null, "review"],
    [0.5, "legitimate-recruiter-marker", "review"],
    [0.3, null, "review"],
    [0.29, null, "low"],
  ])("score %s, withheld %s → %s", (score, withheld, band) => {
    expect(bandOf(score, MODEL, withheld)).toBe(band);
  });
});

describe("highWithheldReason", () => {
  it.each<[string, CompiledRule[], HighWithheldReason | null]>([
    ["fraud markers alone", [FEE], "nothing-moves-or-controls-the-worker"],
    ["a marker that moves the worker", [FEE, HUB], null],
    ["a weak legitimacy marker lures copy", [FEE, HUB, COMPANY_EMAIL], null],
    ["a strong legitimacy marker", [FEE, HUB, LICENCE], "legitimate-recruiter-marker"],
    ["a strong legitimacy marker and nothing that moves the worker", [FEE, LICENCE], "legitimate-recruiter-marker"],
    ["no hits", [], "nothing-moves-or-controls-the-worker"],
  ])("%s", (_name, rules, reason) => {
    expect(highWithheldReason(rules.map(hit))).toBe(reason);
  });
});

describe("scoreHits", () => {
  it("adds the weights to the bias and withholds high when no hit moves or controls the worker", () => {
    const fraud = scoreHits([hit(FEE), hit(rule("easy-money", 4))], MODEL);
    expect(fraud.logit).toBe(4);
    expect(fraud.score).toBeGreaterThan(0.9);
    expect(fraud.band).toBe("review");
    expect(fraud.highWithheld).toBe("nothing-moves-or-controls-the-worker");
  });

  it("lets a hit that moves the worker carry the same score into high", () => {
    const lure = scoreHits([hit(FEE), hit(HUB)], MODEL);
    expect(lure.band).toBe("high");
    expect(lure.highWithheld).toBeNull();
  });

  it("leaves a high score with a strong legitimacy marker for review", () => {
    const licensed = scoreHits([hit(FEE), hit(HUB), hit(rule("passport", 2)), hit(LICENCE)], MODEL);
    expect(licensed.score).toBeGreaterThan(0.9);
    expect(licensed.band).toBe("review");
    expect(licensed.highWithheld).toBe("legitimate-recruiter-marker");
  });

  it("bands the score it shows: a raw score that rounds up to the threshold is high", () => {
    // sigmoid(logit) = 0.95097 rounds to 0.951, the high threshold of this model.
    const justBelow = rule("hub", Math.log(0.95097 / 0.04903) + 4, { movesOrControlsWorker: true });
    const result = scoreHits([hit(justBelow)], { ...MODEL, thresholds: { review: 0.3, high: 0.951 } });
    expect(result.score).toBe(0.951);
    expect(result.band).toBe("high");
    expect(result.highWithheld).toBeNull();
  });

  it("never marks a review-level score as withheld", () => {
    const weak = scoreHits([hit(rule("upfront-fee", 4.5))], MODEL);
    expect(weak.band).toBe("review");
    expect(weak.highWithheld).toBeNull();
  });
});

describe("marker damping", () => {
  const DAMPED_MODEL: ScoringModel = { ...MODEL, markerDamping: 0.2 };
  const ADVISORY = rule("reads-as-an-advisory", -2, { withholdsHigh: true, dampensMarkers: true });
  const COMBINATION: CompiledRule = { ...rule("hub-and-fee", 2), kind: "combination", category: "combinations" };
  const NOTICED: CompiledRule = { ...rule("passport-mentioned", 0), kind: "signal" };

  it("scales what markers and combinations add in a text made of warnings, not the rule that damps them", () => {
    const result = scoreHits([hit(FEE), hit(HUB), hit(COMBINATION), hit(NOTICED), hit(ADVISORY)], DAMPED_MODEL);
    expect(result.hits.map((h) => h.contribution)).toEqual([0.8, 0.8, 0.4, 0, -2]);
    expect(result.logit).toBeCloseTo(-4 + 0.8 + 0.8 + 0.4 - 2, 10);
    expect(result.damping).toEqual({ factor: 0.2, by: ["reads-as-an-advisory"] });
  });

  it("leaves a licence or other legitimacy marker to its own weight", () => {
    const licensed = scoreHits([hit(FEE), hit(HUB), hit(LICENCE), hit(COMPANY_EMAIL)], DAMPED_MODEL);
    expect(licensed.logit).toBe(-4 + 4 + 4 - 0.5 - 0.5);
    expect(licensed.damping).toEqual({ factor: 1, by: [] });
  });

  it("scales by a damping rule's own factor where it has one, and by the strongest where several fire", () => {
    const PARTLY = rule("leans-towards-an-advisory", -1, { withholdsHigh: true, dampensMarkers: true, markerDamping: 0.5 });
    const partly = scoreHits([hit(FEE), hit(HUB), hit(PARTLY)], DAMPED_MODEL);
    expect(partly.hits.map((h) => h.contribution)).toEqual([2, 2, -1]);
    expect(partly.damping).toEqual({ factor: 0.5, by: ["leans-towards-an-advisory"] });
    expect(markerDampingOf([hit(FEE), hit(PARTLY), hit(ADVISORY)], DAMPED_MODEL)).toEqual({ factor: 0.2, by: ["leans-towards-an-advisory", "reads-as-an-advisory"] });
    // A model without damping damps nothing, whatever the rule's own factor.
    expect(markerDampingOf([hit(FEE), hit(PARTLY)], MODEL)).toEqual({ factor: 1, by: [] });
  });

  it("damps nothing with a model that has no damping, and names nothing when no marker fired", () => {
    const oldModel = scoreHits([hit(FEE), hit(HUB), hit(ADVISORY)], MODEL);
    expect(oldModel.logit).toBe(-4 + 4 + 4 - 2);
    expect(oldModel.damping).toEqual({ factor: 1, by: [] });
    const ordinary = scoreHits([hit(ADVISORY), hit(NOTICED), hit(LICENCE)], DAMPED_MODEL);
    expect(ordinary.damping).toEqual({ factor: 1, by: [] });
    expect(ordinary.logit).toBe(-4 - 2 - 0.5);
    for (const markerDamping of [1, 0, -0.5, Number.NaN, "0.5" as unknown as number]) {
      expect(markerDampingOf([hit(FEE), hit(ADVISORY)], { markerDamping })).toEqual({ factor: 1, by: [] });
    }
  });
});
