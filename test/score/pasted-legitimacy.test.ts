import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toCorpusRecord } from "../../src/eval/records.js";
import { createScreener } from "../../src/index.js";

// Lures that each paste one legitimacy line (a licence number, "SSS, PhilHealth", a contract before
// departure, a registration number), written for the adversarial review of the marker damping.
const LURES = readFileSync(new URL("../fixtures/pasted-legitimacy-lures.jsonl", import.meta.url), "utf8")
  .split("\n")
  .filter((line) => line.trim().length > 0)
  .map((line, index) => toCorpusRecord(JSON.parse(line), `line ${index + 1}`));

describe("lures that paste a legitimacy line", () => {
  const damped = createScreener();
  const undamped = createScreener({ model: { ...damped.model, markerDamping: undefined } });

  it("are read from the fixture, in several languages", () => {
    expect(LURES.length).toBe(94);
    expect(new Set(LURES.map((r) => r.lang)).size).toBeGreaterThanOrEqual(5);
  });

  it("are never damped: the marker damping leaves each one's score and band as without it", () => {
    for (const record of LURES) {
      const result = damped.screen(record.posting);
      const plain = undamped.screen(record.posting);
      expect(result.markersDamped, record.id).toBeUndefined();
      expect([result.score, result.band], record.id).toEqual([plain.score, plain.band]);
    }
  });

  it("are mostly flagged (89 of 94 at the release that added them)", () => {
    const flagged = LURES.filter((record) => damped.screen(record.posting).band !== "low").length;
    expect(flagged).toBeGreaterThanOrEqual(89);
  });
});
