import { describe, expect, it } from "vitest";
import { fitLogistic, fitPlatt, seededRandom } from "../../src/fit/logistic.js";

describe("fitLogistic", () => {
  it("recovers the sign and rough size of known weights from generated data", () => {
    const random = seededRandom(7);
    const rows: number[][] = [];
    const labels: (0 | 1)[] = [];
    for (let i = 0; i < 3000; i++) {
      const row = [random() < 0.3 ? 1 : 0, random() < 0.3 ? 1 : 0];
      const z = -1 + 2 * row[0]! - 1.5 * row[1]!;
      labels.push(random() < 1 / (1 + Math.exp(-z)) ? 1 : 0);
      rows.push(row);
    }
    const fit = fitLogistic({ rows, labels, l2: 0, iterations: 3000 });
    expect(fit.weights[0]).toBeCloseTo(2, 0);
    expect(fit.weights[1]).toBeCloseTo(-1.5, 0);
    expect(fit.bias).toBeCloseTo(-1, 0);
  });

  it("keeps every weight inside its bounds", () => {
    const rows = [[1], [1], [0], [0]];
    const labels: (0 | 1)[] = [1, 1, 0, 0];
    const fit = fitLogistic({ rows, labels, l2: 0, bounds: [[-5, -0.1]], iterations: 500 });
    expect(fit.weights[0]).toBe(-0.1);
  });

  it("gives the same weights on every run", () => {
    const rows = [[1, 0], [0, 1], [1, 1], [0, 0]];
    const labels: (0 | 1)[] = [1, 0, 1, 0];
    expect(fitLogistic({ rows, labels, l2: 0.01 })).toEqual(fitLogistic({ rows, labels, l2: 0.01 }));
  });
});

describe("fitPlatt", () => {
  it("maps logits of a calibrated model to roughly the identity", () => {
    const random = seededRandom(3);
    const logits: number[] = [];
    const labels: (0 | 1)[] = [];
    for (let i = 0; i < 4000; i++) {
      const logit = random() * 8 - 4;
      logits.push(logit);
      labels.push(random() < 1 / (1 + Math.exp(-logit)) ? 1 : 0);
    }
    const { a, b } = fitPlatt(logits, labels);
    expect(a).toBeCloseTo(1, 0);
    expect(Math.abs(b)).toBeLessThan(0.3);
  });
});
