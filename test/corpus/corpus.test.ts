import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { loadJsonl } from "../../src/eval/load.js";
import type { LegitimacyFeature } from "../../src/features/legitimacy.js";
import { idsDigest } from "../../src/fit/fit.js";
import model from "../../src/generated/model.json";
import { quotedListItems } from "../../src/features/roles.js";
import { normalizeField, normalizeText } from "../../src/normalize/normalize.js";
import { postingFields } from "../../src/posting/schema.js";
import { createScreener } from "../../src/screen.js";

const dir = "corpus/postings";
const files = readdirSync(dir).filter((f) => f.endsWith(".jsonl")).sort().map((f) => join(dir, f));
const records = loadJsonl(files);

describe("the labelled corpus", () => {
  it("has a unique, well-formed id, label, language, split and basis on every posting", () => {
    const ids = new Set<string>();
    for (const record of records) {
      expect(record.id, record.file).toMatch(/^[a-z]{3}-(lure|legit|scam)-\d{3}$/);
      expect(ids.has(record.id), `duplicate id ${record.id}`).toBe(false);
      ids.add(record.id);
      expect(["lure", "legit", "scam"]).toContain(record.label);
      expect(record.id.startsWith(`${record.lang}-${record.label}-`), record.id).toBe(true);
      expect(["train", "test"]).toContain(record.split);
      expect(record.basis?.length ?? 0, `${record.id} needs a basis`).toBeGreaterThan(3);
      expect((record.posting.title ?? "") + (record.posting.description ?? ""), record.id).not.toBe("");
    }
  });

  it("keeps the fixed split: the 3rd, 6th and 9th of every ten postings per language and label are test", () => {
    const position = new Map<string, number>();
    for (const record of records) {
      const group = `${record.lang}/${record.label}`;
      const n = (position.get(group) ?? 0) + 1;
      position.set(group, n);
      expect(record.split, record.id).toBe([3, 6, 9].includes(n % 10) ? "test" : "train");
    }
  });

  it("never has the same posting text in both splits", () => {
    const splitOf = new Map<string, { split: string; id: string }>();
    for (const record of records) {
      const key = normalizeText(`${record.posting.title ?? ""}\n${record.posting.description ?? ""}${record.posting.text ?? ""}`).text.replace(/\s+/g, " ").trim();
      const seen = splitOf.get(key);
      if (seen) expect(seen.split, `${record.id} repeats ${seen.id} across splits`).toBe(record.split);
      else splitOf.set(key, { split: record.split!, id: record.id });
    }
  });

  it("has at least 400 lures, 800 legitimate ads with 250 hard negatives, in at least 12 languages", () => {
    const lures = records.filter((r) => r.label === "lure");
    const legit = records.filter((r) => r.label === "legit");
    expect(lures.length).toBeGreaterThanOrEqual(400);
    expect(legit.length).toBeGreaterThanOrEqual(800);
    expect(legit.filter((r) => r.tags?.includes("hard-negative")).length).toBeGreaterThanOrEqual(250);
    expect(new Set(records.map((r) => r.lang)).size).toBeGreaterThanOrEqual(12);
    expect(lures.filter((r) => r.tags?.includes("subtle")).length).toBeGreaterThan(0);
    expect(lures.filter((r) => r.tags?.includes("obfuscated")).length).toBeGreaterThan(0);
  });

  it("fitted the bundled model on exactly the train split's lures and legitimate ads", () => {
    const trainIds = records.filter((r) => r.split === "train" && (r.label === "lure" || r.label === "legit")).map((r) => r.id);
    const training = (model as { training?: { idsSha256: string } }).training;
    expect(training?.idsSha256).toBe(idsDigest(trainIds));
  });

  // The advisory markers lower the score on the reading that lures do not write like advisories
  // (rules/legitimacy/warns-job-seekers.yaml, reads-as-an-advisory.yaml). A train lure that did would
  // be the corpus telling a cue is one a lure borrows.
  it("has no train lure that reads as warning job seekers", () => {
    const screener = createScreener();
    const warning = records
      .filter((r) => r.split === "train" && r.label === "lure")
      .filter((r) => screener.screen(r.posting).features.legitimacy.warnsJobSeekers)
      .map((r) => r.id);
    expect(warning).toEqual([]);
  });

  // A discussion thread, a Q&A card that quotes offers, a chat transcript and a story told in the past
  // each count for two advisory cues beside one of its own (src/features/legitimacy.ts): a lure that
  // fakes a comment section has no warning of its own (nep-lure-205 has replies), its FAQ asks in the
  // applicant's words and quotes nothing, and it offers in the present.
  it.each<[string, (legitimacy: LegitimacyFeature) => boolean]>([
    ["a discussion thread that counts as advisory cues", (legitimacy) => legitimacy.discussionReplies >= 3 && legitimacy.warnsJobSeekers],
    ["two quoting questions of a Q&A card", (legitimacy) => legitimacy.quotingQuestions >= 2],
    ["the turns of a chat transcript", (legitimacy) => legitimacy.chatTurns > 0],
    ["a story told in the past", (legitimacy) => legitimacy.narrativeSentences > 0],
  ])("has no train lure with %s", (_name, reads) => {
    const screener = createScreener();
    const reading = records
      .filter((r) => r.split === "train" && r.label === "lure")
      .filter((r) => reads(screener.screen(r.posting).features.legitimacy))
      .map((r) => r.id);
    expect(reading).toEqual([]);
  });

  // Quoted list items read as quotations, not offers, on the same reading (src/features/roles.ts,
  // inQuotedListItem): a lure lists its own offer and does not quote it, two items or more.
  it("has no train lure with two quoted list items in one field", () => {
    const quoting = records
      .filter((r) => r.split === "train" && r.label === "lure")
      .filter((r) => postingFields(r.posting).some(([name, value]) => quotedListItems(normalizeField(name, value).text).length >= 4))
      .map((r) => r.id);
    expect(quoting).toEqual([]);
  });
});
