import { francAll } from "franc";
import { describe, expect, it } from "vitest";
import { loadJsonl } from "../../src/eval/load.js";
import { francTrigrams } from "../../src/build/franc-trigrams.js";
import shipped from "../../src/generated/franc-trigrams.json";
import { FRANC_CANDIDATES } from "../../src/language/franc-languages.js";
import { rankLanguages } from "../../src/language/trigram-model.js";

const ONLY_LISTS = Object.values(FRANC_CANDIDATES);

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
  it.each(ONLY_LISTS.map((only) => [only.join(","), only] as const))("ranks exactly as franc's francAll does (%s)", (_, only) => {
    expect(samples.length).toBeGreaterThan(100);
    for (const sample of samples) {
      expect(rankLanguages(sample, only, 10), sample).toEqual(francAll(sample, { only: [...only], minLength: 10 }));
    }
  });
});

describe("the shipped trigram models", () => {
  it("are franc's, for the installed franc and the candidate languages (else run npm run build:franc-trigrams)", () => {
    expect(shipped).toEqual(francTrigrams());
  });

  it("hold every candidate language", () => {
    for (const [script, only] of [["Latin", FRANC_CANDIDATES.latin], ["Devanagari", FRANC_CANDIDATES.devanagari], ["Arabic", FRANC_CANDIDATES.arabic]] as const) {
      expect(Object.keys(shipped.models[script]).sort()).toEqual(expect.arrayContaining([...(only ?? [])].sort()));
    }
  });

  it("rank no language that was not shipped", () => {
    expect(rankLanguages("Das ist ein deutscher Satz über die Arbeit im Ausland und den Lohn.", ["deu"], 10)).toEqual([["und", 1]]);
    expect(rankLanguages("Это предложение написано по-русски о работе за границей.", ["rus"], 10)).toEqual([["und", 1]]);
  });
});
