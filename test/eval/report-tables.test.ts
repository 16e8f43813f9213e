import { describe, expect, it } from "vitest";
import { evaluate } from "../../src/eval/metrics.js";
import { SKIPPED_LISTED, skippedList } from "../../src/eval/report-tables.js";

const THRESHOLDS = { review: 0.5, high: 0.9 };

describe("report tables", () => {
  it("lists the first skipped lines as file:line: reason and counts the rest", () => {
    const skipped = Array.from({ length: SKIPPED_LISTED + 3 }, (_, i) => ({ file: "a.jsonl", line: i + 1, reason: "not valid JSON" }));
    const { listed, more } = skippedList({ ...evaluate([], THRESHOLDS), skipped });
    expect(listed).toHaveLength(SKIPPED_LISTED);
    expect(listed[0]).toBe("a.jsonl:1: not valid JSON");
    expect(more).toBe(3);
  });
});
