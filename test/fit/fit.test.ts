import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { fitModel, loadTrainSplit, type OutOfFoldScore } from "../../src/fit/fit.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

// `tsx src/fit/train-misses.ts --out-of-fold` judges train postings by the scores the threshold choice
// reads: each comes from a model fitted without the posting's fold.
describe("fitModel's out-of-fold scores", () => {
  it("reports one calibrated out-of-fold score per corpus record, in order", () => {
    const train = loadTrainSplit(root);
    const sample = [...train.filter((r) => r.label === "lure").slice(0, 40), ...train.filter((r) => r.label === "legit").slice(0, 40)];
    let scores: OutOfFoldScore[] = [];
    fitModel(sample, [], { onOutOfFold: (reported) => (scores = reported) });
    expect(scores.map((s) => s.id)).toEqual(sample.map((r) => r.id));
    expect(scores.map((s) => s.label)).toEqual(sample.map((r) => r.label));
    for (const { score } of scores) expect(score >= 0 && score <= 1).toBe(true);
    const mean = (label: string) => scores.filter((s) => s.label === label).reduce((sum, s) => sum + s.score, 0) / 40;
    expect(mean("lure")).toBeGreaterThan(mean("legit"));
  }, 120_000);
});
