import { francAll } from "franc";
import { describe, expect, it } from "vitest";
import { loadJsonl } from "../../src/eval/load.js";
import { rankLanguages } from "../../src/language/trigram-model.js";

const LATIN = ["eng", "ind", "zlm", "vie", "tgl", "spa", "por", "swh", "tur", "fra"];
const ONLY_LISTS = [LATIN, ["hin", "npi", "mar"], ["arb", "urd", "pes"], []];

// Train postings of every language, cut the way language detection cuts its samples, and odd inputs.
const samples = [
  ...loadJsonl(["eng", "ind", "msa", "tgl", "vie", "spa", "por", "swa", "tur", "hin", "nep", "urd", "ara", "zho", "tha", "rus"].map((code) => `corpus/postings/${code}.jsonl`))
    .filter((record) => record.split === "train")
    .filter((_, index) => index % 9 === 0)
    .flatMap((record) => [record.posting.title ?? "", (record.posting.description ?? "").slice(0, 200)]),
  "",
  "short",
  "1234567890 !!! ###",
  "Customer Service Representative – Jakarta",
  "Ｆｕｌｌｗｉｄｔｈ ｌｅｔｔｅｒｓ ａｎｄ ａｓｃｉｉ",
  "שלום עולם with a little English text here",
  "नेपाल मा काम गर्नुहोस् salary 50000",
  "a".repeat(3000),
  "the the the the the the the",
];

describe("rankLanguages", () => {
  it.each(ONLY_LISTS.map((only) => [only.join(",") || "every language", only] as const))("ranks exactly as franc's francAll does (%s)", (_, only) => {
    expect(samples.length).toBeGreaterThan(100);
    for (const sample of samples) {
      expect(rankLanguages(sample, only, 10), sample).toEqual(francAll(sample, { only: [...only], minLength: 10 }));
    }
  });
});
