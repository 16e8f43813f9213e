import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { toCorpusRecord } from "../../src/eval/records.js";
import { createScreener } from "../../src/index.js";

// Lures an adversarial review wrote against the readings that take text for a warning, a quotation
// or a story (a quote in a "viral" frame, "khatre ki ghanti:" lists, "matlab … illegal", Nepali
// advisory lines, the mirative past…), each borrowing one of them to hide its own offer. At cc24fb9,
// 17 of them read low.
const LURES = readFileSync(new URL("../fixtures/borrowed-readings-lures.jsonl", import.meta.url), "utf8")
  .split("\n")
  .filter((line) => line.trim().length > 0)
  .map((line, index) => toCorpusRecord(JSON.parse(line), `line ${index + 1}`));

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
