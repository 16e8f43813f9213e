import { describe, expect, it } from "vitest";
import { fitSparseLogistic, sparseLogit } from "../../src/fit/sparse-logistic.js";
import { WORDING_BUCKETS, wordingBuckets, wordingText } from "../../src/features/wording.js";
import { batchOf } from "../../src/fit/wording-model.js";

describe("fitSparseLogistic", () => {
  // Bucket 1 marks positives, bucket 2 negatives; bucket 0 is on every row and says nothing.
  const rows = [Int32Array.of(0, 1), Int32Array.of(0, 1), Int32Array.of(0, 2), Int32Array.of(0, 2), Int32Array.of(0, 2)];
  const labels: (0 | 1)[] = [1, 1, 0, 0, 0];

  it("learns which buckets tell the classes apart", () => {
    const weights = fitSparseLogistic(rows, labels, { buckets: 4, l2: 1e-4, epochs: 30, seed: 1 });
    expect(weights[1]!).toBeGreaterThan(0);
    expect(weights[2]!).toBeLessThan(0);
    expect(sparseLogit(weights, Int32Array.of(0, 1))).toBeGreaterThan(0);
    expect(sparseLogit(weights, Int32Array.of(0, 2))).toBeLessThan(0);
  });

  it("gives the same weights for the same seed", () => {
    const options = { buckets: 4, l2: 1e-4, epochs: 5, seed: 7 };
    expect(Array.from(fitSparseLogistic(rows, labels, options))).toEqual(Array.from(fitSparseLogistic(rows, labels, options)));
  });

  it("weighs a row by its sample weight within its class", () => {
    // Two kinds of lure (buckets 1 and 2), the first counted three times over; legitimate rows carry bucket 3.
    const weighted = [Int32Array.of(1), Int32Array.of(2), Int32Array.of(3), Int32Array.of(3)];
    const weights = fitSparseLogistic(weighted, [1, 1, 0, 0], { buckets: 4, l2: 1e-4, epochs: 30, seed: 1, sampleWeights: [3, 1, 1, 1] });
    expect(weights[1]!).toBeGreaterThan(weights[2]!);
  });
});

describe("wording features", () => {
  it("joins fields one per line and collapses whitespace", () => {
    expect(wordingText(["Hello\t\tWorld", "Second  field"])).toBe("hello world second field");
  });

  it("hashes a text to its sorted, distinct word and trigram buckets", () => {
    const buckets = wordingBuckets("abc abc");
    // "abc", "bc ", "c a", " ab" and the word "abc".
    expect(buckets.length).toBe(5);
    expect(Array.from(buckets)).toEqual([...new Set(buckets)].sort((a, b) => a - b));
    for (const bucket of buckets) expect(bucket >= 0 && bucket < WORDING_BUCKETS).toBe(true);
  });

  it("reads a blind batch's number from a record's basis", () => {
    expect(batchOf("S17, S18; indicators §1 [batch 34: written blind, without sight of the rules or lexicons]")).toBe(34);
    expect(batchOf("S17; a maintainer's posting modelled on batch 34's wording")).toBeNull();
    expect(batchOf(undefined)).toBeNull();
  });
});
