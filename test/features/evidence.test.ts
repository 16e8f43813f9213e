import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { evidenceForLineStartMatches, evidenceForMatches } from "../../src/features/evidence.js";
import type { NormalizedField } from "../../src/types.js";

// A pattern of the shape `evidenceForLineStartMatches` serves: it starts a line after at most 8 spaces
// or tabs, and none of its alternatives starts with one (the shape of legitimacy's reply markers).
const LINE_START = /(?<=^[ \t]{0,8})(?:(?:ㄴ|↳|💬|»|>)[ \t]{0,3}[^\n:：]{1,32}[:：]|(?:comment|reply|댓글)[ \t]{0,3}#?[ \t]{0,3}[0-9]{1,3}(?![0-9])|(?:작성자|op)(?=[ \t]{0,3}[:：]?[ \t]{0,3}$))/gimu;
const STICKY = new RegExp(LINE_START.source, "imuy");

const field = (text: string): NormalizedField =>
  ({ field: "description", text, original: text, toOriginal: (start: number, end: number) => ({ start, end }) }) as unknown as NormalizedField;

const PIECES = [" ", "\t", "\n", "\r", "\u2028", "\u2029", "\r\n", ">", "» ", "ㄴ", "💬", "op", "OP", ":", "：", "comment", "Reply", "# ", "1", "23", "a", "xy", "작성자", "댓글 ", "        ", "\t\t\t\t\t", "q"];

describe("evidenceForLineStartMatches", () => {
  it("finds what the global search finds, line by line", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }), fc.integer({ min: 0, max: 13 }), (pieces, limit) => {
        const text = pieces.join("");
        expect(evidenceForLineStartMatches(field(text), STICKY, 8, limit)).toEqual(evidenceForMatches(field(text), LINE_START, limit));
      }),
      { numRuns: 5000 },
    );
  });

  it("skips a line indented past the limit and reads the next", () => {
    const text = "         > too deep:\n  > reply one:\nOP\ncomment #2";
    expect(evidenceForLineStartMatches(field(text), STICKY, 8).map((e) => e.text)).toEqual(["> reply one:", "OP", "comment #2"]);
  });
});
