import { readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { loadJsonl } from "../../src/eval/load.js";
import { screen } from "../../src/index.js";

// Pins the full result of 30 corpus postings (two lures and two legitimate ads per language, in file
// order) so that any change in scoring, evidence or explanations is a visible diff in review.
// After an intended change: UPDATE_GOLDEN=1 npx vitest run test/golden
const GOLDEN = "test/golden/results.json";
const LANGUAGES = ["eng", "ind", "vie", "tha", "zho", "tgl", "kor", "hin"];

function pinnedPostings() {
  const picked = [];
  for (const language of LANGUAGES) {
    const records = loadJsonl([`corpus/postings/${language}.jsonl`]);
    picked.push(...records.filter((r) => r.label === "lure").slice(0, 2), ...records.filter((r) => r.label === "legit").slice(0, 2));
  }
  return picked.slice(0, 30);
}

describe("golden results", () => {
  const current = Object.fromEntries(pinnedPostings().map((record) => [record.id, screen(record.posting)]));

  it("pins 30 postings", () => {
    expect(Object.keys(current)).toHaveLength(30);
  });

  it("matches the pinned results exactly", () => {
    if (process.env.UPDATE_GOLDEN === "1") {
      writeFileSync(GOLDEN, `${JSON.stringify(current, null, 1)}\n`);
    }
    expect(current).toEqual(JSON.parse(readFileSync(GOLDEN, "utf8")));
  });
});
