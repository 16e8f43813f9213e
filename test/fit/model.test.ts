import { describe, expect, it } from "vitest";
import model from "../../src/generated/model.json";
import { WEAK_MARKER_PRIOR } from "../../src/fit/fit.js";
import { BUNDLED_RULE_PACK } from "../../src/index.js";
import { sigmoid } from "../../src/score/model.js";

describe("the bundled model", () => {
  const aloneScore = (weight: number): number => sigmoid(model.calibration.a * (model.bias + weight) + model.calibration.b);
  const weakMarkers = BUNDLED_RULE_PACK.rules.filter((rule) => rule.kind === "marker" && rule.weight <= WEAK_MARKER_PRIOR);

  it("never lets one weak marker alone reach the review band (SpamAssassin's meta-rule principle)", () => {
    expect(weakMarkers.length).toBeGreaterThan(0);
    for (const rule of weakMarkers) {
      const weight = (model.weights as Record<string, number>)[rule.id] ?? rule.weight;
      expect(aloneScore(weight), rule.id).toBeLessThan(model.thresholds.review);
    }
  });

  it("scores a posting with no markers as low and orders its thresholds", () => {
    expect(aloneScore(0)).toBeLessThan(model.thresholds.review);
    expect(model.thresholds.review).toBeLessThan(model.thresholds.high);
  });
});
