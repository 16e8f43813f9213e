import { describe, expect, it } from "vitest";
import { fixtureRecords } from "./fixture-records.js";
import { createScreener } from "../../src/index.js";

// Lures of 350–1,000 characters that borrow warnings, news, licensed-recruiter and HR wording, written
// blind for the review of wording-reads-unlike-a-lure (stop 35): the reviewer's shorter probes never
// reach its 300-character condition, these do.
const LURES = fixtureRecords("long-borrowing-lures.jsonl");

describe("long lures that borrow legitimate wording", () => {
  const screener = createScreener();

  it("are read from the fixture: 48 lures in 8 languages", () => {
    expect(LURES.length).toBe(48);
    expect(new Set(LURES.map((r) => r.lang)).size).toBe(8);
  });

  it("leave at most 1 of the 48 low (long-hin-06, whose wording the model reads as unlike a lure)", () => {
    const low = LURES.filter((record) => screener.screen(record.posting).band === "low").map((r) => r.id);
    expect(low.length).toBeLessThanOrEqual(1);
  });

  it("read as worded unlike a lure at most once", () => {
    const unlike = LURES.filter((record) => screener.screen(record.posting).signals.some((s) => s.id === "wording-reads-unlike-a-lure"));
    expect(unlike.length).toBeLessThanOrEqual(1);
  });
});
