import { describe, expect, it } from "vitest";
import { foldCluster, foldPatternSource, isIgnorable } from "../../src/normalize/fold.js";

describe("foldPatternSource", () => {
  it.each([
    ["Telegram", "telegram"],
    ["việc nhẹ lương cao", "viec nhe luong cao"],
    ["KAMBODŽA", "kambodza"],
    ["\\S+\\P{L}\\u{1F600}", "\\S+\\P{L}\\u{1F600}"],
    ["(?<Name>A|B) \\k<Name>", "(?<Name>a|b) \\k<Name>"],
    ["(?<Lương>A) \\k<Lương>", "(?<Lương>a) \\k<Lương>"],
    ["(?<=Á)B(?<!C)", "(?<=a)b(?<!c)"],
    ["ทำงาน", "ท\u0e4d\u0e32งาน"],
    ["ＡＢＣ", "abc"],
    ["a\u200bb", "ab"],
  ])("%j folds to %j", (source, folded) => {
    expect(foldPatternSource(source)).toBe(folded);
  });

  // The ASCII shortcut must agree with the full fold for every character it takes over.
  it("folds each ASCII character the way foldCluster does", () => {
    for (let codePoint = 0; codePoint < 0x80; codePoint++) {
      const ch = String.fromCharCode(codePoint);
      if (ch === "\\") continue;
      const expected = isIgnorable(codePoint) ? "" : foldCluster(ch);
      expect(foldPatternSource(`x${ch}y`), `U+${codePoint.toString(16)}`).toBe(`x${expected}y`);
    }
  });
});

describe("a folded pattern with a named group", () => {
  it("still compiles and matches its own backreference", () => {
    const pattern = new RegExp(foldPatternSource("(?<Word>Visa) \\k<Word>"), "u");
    expect(pattern.exec("visa visa")?.groups?.Word).toBe("visa");
  });
});
