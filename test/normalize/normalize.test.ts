import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { mapSpan } from "../../src/normalize/mapped-text.js";
import { normalizeField, normalizeText } from "../../src/normalize/normalize.js";

describe("normalizeText", () => {
  it.each([
    ["FREE Flight", "free flight"],
    ["ＴＥＬＥＧＲＡＭ", "telegram"],
    ["Теlegram", "telegram"],
    ["fr33 fl1ght to Kamb0dia", "free flight to kambodia"],
    ["$ervice", "service"],
    ["T.E.L.E.G.R.A.M", "telegram"],
    ["c u s t o m e r service", "customer service"],
    ["Việc nhẹ lương cao", "viec nhe luong cao"],
    ["Vie\u0302\u0323c", "viec"],
    ["tele\u200bgram", "telegram"],
    ["a\u0000b\u0007c", "abc"],
    ["đồng", "dong"],
    ["月薪３万", "月薪3万"],
    ["usd1500 5k 10am 24/7", "usd1500 5k 10am 24/7"],
    ["1,500 USD", "1,500 usd"],
    ["Москва", "москва"],
  ])("normalises %j to %j", (input, expected) => {
    expect(normalizeText(input).text).toBe(expected);
  });

  it("maps a span of joined spaced letters back to the dotted original", () => {
    const original = "Apply on T.E.L.E.G.R.A.M now";
    const field = normalizeField("description", original);
    const start = field.text.indexOf("telegram");
    const span = field.toOriginal(start, start + "telegram".length);
    expect(original.slice(span.start, span.end)).toBe("T.E.L.E.G.R.A.M");
  });

  it("maps a span of folded Vietnamese back to the characters with tones", () => {
    const original = "Tuyển gấp: việc nhẹ lương cao!";
    const field = normalizeField("title", original);
    const start = field.text.indexOf("viec nhe");
    const span = field.toOriginal(start, start + "viec nhe luong cao".length);
    expect(original.slice(span.start, span.end)).toBe("việc nhẹ lương cao");
  });

  it("maps a span across a removed zero-width space", () => {
    const original = "Apply via Tele\u200bgram";
    const field = normalizeField("text", original);
    const start = field.text.indexOf("telegram");
    const span = field.toOriginal(start, start + 8);
    expect(original.slice(span.start, span.end)).toBe("Tele\u200bgram");
  });

  it("keeps every mapped span inside the original text, whatever the input", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme-composite", maxLength: 200 }), fc.nat(), fc.nat(), (text, a, b) => {
        const mapped = normalizeText(text);
        const n = mapped.text.length;
        const start = n === 0 ? 0 : a % n;
        const end = n === 0 ? 0 : start + (b % (n - start + 1));
        const span = mapSpan(mapped, start, end);
        expect(span.start).toBeGreaterThanOrEqual(0);
        expect(span.end).toBeLessThanOrEqual(text.length);
        expect(span.start).toBeLessThanOrEqual(span.end);
      }),
      { numRuns: 2000 },
    );
  });

  it("handles lone surrogates and binary noise without throwing", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), (text) => {
        const mapped = normalizeText(text);
        expect(mapped.sourceStart.length).toBe(mapped.text.length);
      }),
      { numRuns: 2000 },
    );
  });
});
