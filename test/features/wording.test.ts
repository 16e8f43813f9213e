import { describe, expect, it } from "vitest";
import { contextFrom } from "../../src/features/evidence.js";
import {
  BUNDLED_WORDING_MODEL,
  WORDING_BUCKETS,
  decodeWordingModel,
  encodeWordingModel,
  extractWording,
  wordingBuckets,
  wordingLogit,
  wordingText,
} from "../../src/features/wording.js";

const LAWFUL =
  "Staff nurses for deployment abroad to a 400-bed hospital in Riyadh, Saudi Arabia. Requirements: BSN, active PRC licence, two years of hospital experience. The employer pays the work visa, air ticket and accommodation; no placement fee is charged to the applicant. Processing through our DMW-licensed agency, licence no. DMW-123-LB-03-2025. Submit your CV at our Ermita office.";
const LURE = "Customer service in Phnom Penh, salary USD 1,500, no experience needed, tourist visa, free flight and housing. Interview on Telegram @hr_jobs.";

describe("wording features", () => {
  it("joins fields one per line and collapses whitespace, as training does", () => {
    expect(wordingText(["Hello\t\tWorld", "Second  field"])).toBe("hello world second field");
  });

  it.each([" lead", "trail ", "a b", "a  b", "a\tb", "a \n b", "a\u00a0b", "a\u2003\u2003b", "\n", "  ", "", "line\r\nbreak"])(
    "collapses whitespace in %j as replacing every run with one space would",
    (field) => {
      expect(wordingText([field, "x"])).toBe([field, "x"].join("\n").toLowerCase().replace(/\s+/g, " "));
    },
  );

  it("hashes the same text to the same sorted, distinct buckets", () => {
    const buckets = wordingBuckets("abc abc");
    expect(Array.from(buckets)).toEqual(Array.from(wordingBuckets("abc abc")));
    expect(Array.from(buckets)).toEqual([...new Set(buckets)].sort((a, b) => a - b));
    // "abc", "bc ", "c a", " ab" and the word "abc": five distinct features.
    expect(buckets.length).toBe(5);
    for (const bucket of buckets) expect(bucket).toBeGreaterThanOrEqual(0), expect(bucket).toBeLessThan(WORDING_BUCKETS);
  });

  it("reads words exactly as the regex [\\p{L}\\p{M}\\p{N}]+ does, in every script, with astral characters and lone surrogates", () => {
    // The hashing as first written (regex words), kept here as the reference the faster reader must equal.
    const fnv = (text: string, seed: number): number => {
      let h = 2166136261 ^ seed;
      for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
      return (h >>> 0) & (WORDING_BUCKETS - 1);
    };
    const reference = (text: string): number[] => {
      const buckets = new Set<number>();
      for (let i = 0; i + 3 <= text.length; i++) buckets.add(fnv(text.slice(i, i + 3), 0x51));
      for (const match of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) buckets.add(fnv(match[0], 0x77));
      return [...buckets].sort((a, b) => a - b);
    };
    const texts = [
      "customer service in sihanoukville, usd 1,500/month!",
      "月薪2万 包吃住 飞机联系 @hr88",
      "งานแอดมิน เงินเดือน 35,000 บาท ที่ปอยเปต",
      "캄보디아 고수익 알바 월 500만 원",
      "नौकरी थाईलैंड में, वेतन ₹85,000, पासपोर्ट ज़रूरी",
      "ការងារ នៅកម្ពុជា ប្រាក់ខែ",
      "tuyển nhân viên 18 triệu đồng/tháng ở campuchia",
      "emoji 😀 joined𝒜𝒷word and 𝟙𝟚 digits",
      "lone \ud800 high and \udc00 low surrogates\ud83d",
      "e\u0301 combining marks, ½ and ² and ⅷ",
      "",
      "ab",
    ];
    for (const text of texts) expect(Array.from(wordingBuckets(text)), text).toEqual(reference(text));
  });

  it("stores a model as int8 weights and reads it back within one step of the scale", () => {
    const weights = Float64Array.from({ length: WORDING_BUCKETS }, (_, i) => Math.sin(i) * 3);
    const file = encodeWordingModel("wording-test", weights, -0.5);
    const model = decodeWordingModel(file);
    expect(model.bias).toBe(-0.5);
    for (const i of [0, 1, 7, 1000, WORDING_BUCKETS - 1]) expect(Math.abs(model.weights[i]! - weights[i]!)).toBeLessThanOrEqual(file.scale / 2 + 1e-6);
  });

  it("reads the same logit from the int8 steps as from the float weights", () => {
    const model = BUNDLED_WORDING_MODEL();
    expect(model.steps).toBeInstanceOf(Int8Array);
    const floatOnly = { version: model.version, bias: model.bias, weights: model.weights };
    for (const text of [LAWFUL.toLowerCase(), LURE.toLowerCase(), "月薪2万 包吃住", ""]) {
      expect(wordingLogit(model, text)).toBeCloseTo(wordingLogit(floatOnly, text), 5);
    }
    // extractWording reads the steps through its own table of steps and marks.
    for (const text of [LAWFUL, LURE, "月薪2万 包吃住"]) {
      expect(extractWording(contextFrom({ description: text })).lureLogit).toBeCloseTo(wordingLogit(floatOnly, wordingText([text])), 2);
    }
  });

  it("refuses a stored model that does not fit the hashing", () => {
    const file = encodeWordingModel("wording-test", new Float64Array(WORDING_BUCKETS), 0);
    expect(() => decodeWordingModel({ ...file, bits: 16 })).toThrow(/bits/);
    expect(() => decodeWordingModel({ ...file, weights: file.weights.slice(0, 1000) })).toThrow(/weights/);
  });

  it("counts each feature once however often it repeats", () => {
    const model = { version: "t", bias: 0, weights: new Float32Array(WORDING_BUCKETS).fill(1) };
    expect(wordingLogit(model, "abc abc")).toBe(5);
  });
});

describe("extractWording with the bundled model", () => {
  it("reads every posting afresh across the wrap of its per-call marks (255 stamps)", () => {
    // The marks cycle through 255 stamps: a posting read again exactly 255 calls later gets the same
    // stamp, and only the reset at the wrap, which falls between the two reads, keeps its own marks
    // from hiding its features.
    const expected = Math.round(wordingLogit(BUNDLED_WORDING_MODEL(), wordingText([LAWFUL])) * 1000) / 1000;
    expect(extractWording(contextFrom({ description: LAWFUL })).lureLogit).toBe(expected);
    for (let call = 0; call < 254; call++) extractWording(contextFrom({ description: "Nurse in Leeds, NHS band 5." }));
    expect(extractWording(contextFrom({ description: LAWFUL })).lureLogit).toBe(expected);
  });

  it("cites no ids or hashes, only words", () => {
    const hash = "0fa3f7c5e23a16de16a841e368006cae916884407d90b154dfef3976483a71ae";
    const withHash = extractWording(contextFrom({ description: `${LAWFUL} Ref ${hash}, job code RN2025SA.` }));
    expect(withHash.lureLogit).toBeLessThan(0);
    expect(withHash.evidence.length).toBeGreaterThan(0);
    for (const e of withHash.evidence) expect(e.text).not.toMatch(/^(?=.*[0-9])[a-z0-9]{12,}$/i);
  });

  it("works out the cited words when first read, the same on every read, in JSON and through structured clone", () => {
    const wording = extractWording(contextFrom({ description: LAWFUL }));
    const first = wording.evidence;
    expect(first.length).toBeGreaterThan(0);
    expect(wording.evidence).toBe(first);
    expect(wording.evidenceByFlag.lureLogit).toBe(first);
    expect(wording.evidenceByFlag.characters).toEqual([]);
    expect(Object.keys(wording)).toEqual(["lureLogit", "characters", "model", "evidenceByFlag", "evidence"]);
    expect(Object.keys(wording.evidenceByFlag)).toEqual(["lureLogit", "characters"]);
    const fresh = extractWording(contextFrom({ description: LAWFUL }));
    expect(JSON.parse(JSON.stringify(fresh))).toEqual(JSON.parse(JSON.stringify(wording)));
    expect(structuredClone(fresh).evidence).toEqual(first);
    const lure = extractWording(contextFrom({ description: LURE }));
    expect(lure.lureLogit).toBeGreaterThan(0);
    expect(lure.evidence).toEqual([]);
  });

  it("reads a licensed agency's overseas ad as unlike a lure, and cites words of the original text", () => {
    const wording = extractWording(contextFrom({ description: LAWFUL }));
    expect(wording.lureLogit).toBeLessThanOrEqual(-2.5);
    expect(wording.model).toBe(BUNDLED_WORDING_MODEL().version);
    expect(wording.evidence.length).toBeGreaterThan(0);
    for (const e of wording.evidence) expect(LAWFUL.slice(e.start, e.end)).toBe(e.text);
  });

  it("reads a lure as an offer, and cites nothing", () => {
    const wording = extractWording(contextFrom({ description: LURE }));
    expect(wording.lureLogit).toBeGreaterThan(0);
    expect(wording.evidence).toEqual([]);
  });

  it("gives the same logit for the same text and a finite one for odd input", () => {
    expect(extractWording(contextFrom({ description: LURE })).lureLogit).toBe(extractWording(contextFrom({ description: LURE })).lureLogit);
    for (const text of ["", "x", "\u0000\uffff", "🇰🇭".repeat(500), "a".repeat(100_000)]) expect(Number.isFinite(extractWording(contextFrom({ description: text })).lureLogit)).toBe(true);
  });

  it("maps evidence back to the original characters of obfuscated text", () => {
    const text = `ＵＲＧＥＮＴ: ${LAWFUL}`;
    for (const e of extractWording(contextFrom({ description: text })).evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  });
});
