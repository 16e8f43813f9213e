import { beforeAll, describe, expect, it } from "vitest";
import { ADVISORY_ANCHORS, advisoryCues } from "./flags.js";

/** A gloss in English and the line under test. */
export type CueRow = [gloss: string, line: string];

/**
 * The table every language's advisory-cue tests share: each line is added to its language's anchor
 * (two cues the lexicon already reads), so a line that reads as one cue shows 3 and one that does
 * not leaves 2.
 */
export function advisoryCueTable(title: string, language: keyof typeof ADVISORY_ANCHORS, rows: { counted: readonly CueRow[]; notCounted: readonly CueRow[] }): void {
  const anchor = ADVISORY_ANCHORS[language];
  describe(title, () => {
    // Reading real text builds every lexicon, which the first row would otherwise pay within its timeout.
    beforeAll(() => {
      advisoryCues(anchor);
    }, 60_000);

    it("the anchor alone reads two cues", () => {
      expect(advisoryCues(anchor)).toBe(2);
    });

    it.each(rows.counted)("reads %s as one more cue", (_gloss, line) => {
      expect(advisoryCues(`${line}\n${anchor}`)).toBe(3);
    });

    it.each(rows.notCounted)("reads no cue in %s", (_gloss, line) => {
      expect(advisoryCues(`${line}\n${anchor}`)).toBe(2);
    });
  });
}
