import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InvalidPostingError, safeScreen, screen } from "../../src/index.js";
import { BUNDLED_MODEL } from "../../src/screen.js";
import { TEXT_FIELDS } from "../../src/types.js";
import { hostileString, postingLike } from "./arbitraries.js";

// FUZZ_RUNS raises the count for the long run (npm run fuzz); CI runs 10,000 per property.
const RUNS = Number(process.env.FUZZ_RUNS ?? 10_000);
// Generous: 10,000 runs take tens of seconds on a loaded 2-core machine; the long run takes hours.
const TIMEOUT = RUNS > 10_000 ? 24 * 3_600_000 : 600_000;
const anyInput = fc.oneof(hostileString(400), postingLike, fc.anything());

function checkResult(input: unknown): void {
  const outcome = safeScreen(input);
  if (!outcome.success) {
    expect(outcome.error).toBeInstanceOf(InvalidPostingError);
    return;
  }
  const result = outcome.data;
  expect(Number.isFinite(result.score)).toBe(true);
  expect(result.score).toBeGreaterThanOrEqual(0);
  expect(result.score).toBeLessThanOrEqual(1);
  const expectedBand = result.score >= BUNDLED_MODEL.thresholds.high ? "high" : result.score >= BUNDLED_MODEL.thresholds.review ? "review" : "low";
  expect(result.band).toBe(expectedBand);
  const fields: Record<string, string> = typeof input === "string" ? { text: input } : (input as Record<string, string>);
  for (const signal of result.signals) {
    for (const evidence of signal.evidence) {
      const original = fields[evidence.field];
      expect(typeof original).toBe("string");
      expect(evidence.start).toBeGreaterThanOrEqual(0);
      expect(evidence.end).toBeLessThanOrEqual(original!.length);
      expect(evidence.start).toBeLessThanOrEqual(evidence.end);
      expect(original!.slice(evidence.start, evidence.end)).toBe(evidence.text);
    }
  }
}

describe("screen() under arbitrary input", () => {
  it("safeScreen never throws, and screen throws only InvalidPostingError", () => {
    fc.assert(
      fc.property(anyInput, (input) => {
        expect(() => safeScreen(input)).not.toThrow();
        try {
          screen(input);
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidPostingError);
        }
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);

  it("gives a finite score in [0, 1], a matching band, and evidence that is an exact slice of its field", () => {
    fc.assert(fc.property(anyInput, checkResult), { numRuns: RUNS });
  }, TIMEOUT);

  it("gives identical results for identical input, whatever the key order", () => {
    fc.assert(
      fc.property(postingLike, fc.boolean(), (posting, reverse) => {
        const first = safeScreen(posting);
        const entries = Object.entries(posting);
        const reordered = Object.fromEntries(reverse ? entries.reverse() : [...entries.slice(1), ...entries.slice(0, 1)]);
        expect(safeScreen(reordered)).toEqual(first);
        expect(safeScreen(posting)).toEqual(first);
      }),
      { numRuns: RUNS },
    );
  }, TIMEOUT);
});

describe("size limits", () => {
  it.each(TEXT_FIELDS)("accepts %s at 100,000 characters and refuses one more", (field) => {
    const base = field === "title" || field === "description" || field === "text" ? {} : { title: "Customer service" };
    expect(safeScreen({ ...base, [field]: "a".repeat(100_000) }).success).toBe(true);
    const over = safeScreen({ ...base, [field]: "a".repeat(100_001) });
    expect(over.success).toBe(false);
    if (!over.success) expect(over.error instanceof InvalidPostingError && over.error.issues[0]?.path).toEqual([field]);
  });

  it("refuses a posting whose fields together pass 200,000 characters", () => {
    const over = safeScreen({ title: "a".repeat(100_000), description: "b".repeat(100_000), company: "c" });
    expect(over.success).toBe(false);
    if (!over.success) expect(over.error instanceof InvalidPostingError && over.error.issues[0]?.message).toMatch(/at most 200000 characters/);
  });
});
