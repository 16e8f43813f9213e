import { describe, expect, it } from "vitest";
import { fixtureRecords } from "./fixture-records.js";
import { createScreener } from "../../src/index.js";

// Lures an adversarial review wrote against the readings that take text for a warning, a quotation
// or a story (a quote in a "viral" frame, "khatre ki ghanti:" lists, "matlab … illegal", Nepali
// advisory lines, the mirative past…), each borrowing one of them to hide its own offer. At cc24fb9,
// 17 of them read low.
const LURES = fixtureRecords("borrowed-readings-lures.jsonl");

describe("lures that borrow the readings of texts about offers", () => {
  const screener = createScreener();

  it("are read from the fixture: 51 lures in Hindi and Nepali", () => {
    expect(LURES.length).toBe(51);
    expect(LURES.every((record) => record.label === "lure")).toBe(true);
    expect(new Set(LURES.map((record) => record.lang))).toEqual(new Set(["hin", "nep"]));
  });

  it("all stay flagged", () => {
    const low = LURES.filter((record) => screener.screen(record.posting).band === "low").map((record) => record.id);
    expect(low).toEqual([]);
  });

  it("never damp a lure's markers, as an advisory's or as wording unlike a lure", () => {
    const damped = LURES.filter((record) => (screener.screen(record.posting).markersDamped?.by ?? []).some((id) => id === "reads-as-an-advisory" || id === "wording-reads-unlike-a-lure")).map((record) => record.id);
    expect(damped).toEqual([]);
  });
});
