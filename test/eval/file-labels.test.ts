import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fileLabels } from "../../src/eval/file-labels.js";

describe("fileLabels", () => {
  it("names files by their base name when that tells them apart", () => {
    expect([...fileLabels(["corpus/postings/eng.jsonl", "corpus/postings/vie.jsonl"]).values()]).toEqual(["eng.jsonl", "vie.jsonl"]);
  });

  it("adds as many folders as it takes to tell files with the same base name apart", () => {
    const labels = fileLabels(["d1/eng.jsonl", "d2/eng.jsonl", "a/x/tha.jsonl", "b/x/tha.jsonl", "vie.jsonl"]);
    expect([...labels.values()]).toEqual(["d1/eng.jsonl", "d2/eng.jsonl", "a/x/tha.jsonl", "b/x/tha.jsonl", "vie.jsonl"]);
  });

  it("gives two paths to the same file one name", () => {
    const labels = fileLabels(["d1/eng.jsonl", join(".", "d1", "..", "d1", "eng.jsonl")]);
    expect(new Set(labels.values())).toEqual(new Set(["eng.jsonl"]));
  });
});
