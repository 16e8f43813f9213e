import { describe, expect, it } from "vitest";
import { fixtureRecords } from "./fixture-records.js";
import { createScreener } from "../../src/index.js";

// Lures a reviewer wrote to get past the screener, most by borrowing warning or legitimacy wording,
// and advisories that quote lures. The marker damping rests on the reading that no lure reaches the
// four advisory cues of reads-as-an-advisory (MARKER_DAMPING in src/fit/fit.ts).
const PROBES = fixtureRecords("reviewer-probes.jsonl");
const LURES = PROBES.filter((record) => record.label === "lure");

describe("the reviewer's probes", () => {
  const screener = createScreener();

  it("are read from the fixture: 253 lures and 40 advisories, in many languages", () => {
    expect(LURES.length).toBe(253);
    expect(PROBES.length - LURES.length).toBe(40);
    expect(new Set(PROBES.map((r) => r.lang)).size).toBeGreaterThanOrEqual(10);
  });

  it("never damp a lure's markers as an advisory's", () => {
    const damped = LURES.filter((record) => screener.screen(record.posting).markersDamped?.by.includes("reads-as-an-advisory")).map((r) => r.id);
    expect(damped).toEqual([]);
  });

  // The wording model's rule fires at log-odds −2 or below because at −1 it damped many of these
  // probes and left them low (src/fit/wording-threshold.ts).
  it("never read as worded unlike a lure", () => {
    const unlike = LURES.filter((record) => screener.screen(record.posting).signals.some((s) => s.id === "wording-reads-unlike-a-lure")).map((r) => r.id);
    expect(unlike).toEqual([]);
  });

  it("keep flagged the lures whose three pasted warning lines damp their markers by half", () => {
    const partly = LURES.map((record) => ({ id: record.id, result: screener.screen(record.posting) })).filter(({ result }) => result.markersDamped !== undefined);
    expect(partly.map(({ id }) => id)).toEqual(["probe-I02", "probe-V04", "probe-TG01"]);
    for (const { id, result } of partly) {
      expect(result.markersDamped, id).toEqual({ by: ["leans-towards-an-advisory"], factor: 0.5 });
      expect(result.band, id).not.toBe("low");
    }
  });

  it("leave at most 11 of the 253 lures low", () => {
    const low = LURES.filter((record) => screener.screen(record.posting).band === "low").map((r) => r.id);
    expect(low.length).toBeLessThanOrEqual(11);
  });
});
