import { describe, expect, it } from "vitest";
import { median, percentile } from "../../src/bench/stats.js";

describe("bench statistics", () => {
  it("takes the mean of the two middle values of an even count as the median", () => {
    // bench:compare printed the lower middle (0.948) for these four rounds as their median.
    expect(median([0.948, 1.015, 1.148, 0.77])).toBeCloseTo(0.9815, 10);
    expect(median([3, 1, 2])).toBe(2);
  });

  it("reads a percentile by nearest rank below, whatever the order given", () => {
    const passes = [50, 10, 40, 20, 30];
    expect(percentile(passes, 0)).toBe(10);
    expect(percentile(passes, 0.2)).toBe(10);
    expect(percentile(passes, 0.25)).toBe(20);
    expect(percentile(passes, 1)).toBe(50);
    expect(passes).toEqual([50, 10, 40, 20, 30]);
  });
});
