import { describe, expect, it } from "vitest";
import { fixtureRecords } from "./fixture-records.js";
import { createScreener } from "../../src/index.js";

// Lures that each paste one legitimacy line (a licence number, "SSS, PhilHealth", a contract before
// departure, a registration number), written for the adversarial review of the marker damping.
const LURES = fixtureRecords("pasted-legitimacy-lures.jsonl");

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
