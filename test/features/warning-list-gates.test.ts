import { beforeAll, describe, expect, it } from "vitest";
import { contextFrom } from "../../src/features/evidence.js";
import { compileSectionCue, lineHeaderFor } from "../../src/features/roles.js";
import { extractTravel } from "../../src/features/travel.js";
import { normalizeField } from "../../src/normalize/normalize.js";

const touristVisa = (description: string): boolean => extractTravel(contextFrom({ description })).touristVisa;
const LONG = "We have read many reports this year from people who answered online job offers and ended up in compounds far from home";

// The warning-list header regexes run only where one of their alternatives' windows reaches the start
// of a line or the end of the line above a list (roles.ts, `alternativesGate`): the places where a
// header can stand. These pin what the gates must still let through, and what they skip.
describe("warning-list headers behind the trigger gates", () => {
  beforeAll(() => {
    touristVisa("warm up the lexicons");
  }, 60_000);

  it.each<[string, string, boolean]>([
    ["a header at a line start", "Red flags:\n- come on a tourist visa, we fix the permit later", false],
    ["a header after a bullet lead", "•  Red flags:\n- come on a tourist visa, we fix the permit later", false],
    ["a header closing a long line above a list", `${LONG}. Before you apply, watch for these red flags:\n1. come on a tourist visa, we fix the permit later`, false],
    ["a header closing a long line, then emoji", `${LONG}. Before you apply, watch for these red flags: ⚠️ ⚠️\n1. come on a tourist visa, we fix the permit later`, false],
    ["header words early in a long line that goes on", `Red flags are everywhere, ${LONG}, so we keep our offers plain and simple.\n1. come on a tourist visa, we fix the permit later`, true],
    ["no header at all", `${LONG}.\n1. come on a tourist visa, we fix the permit later`, true],
  ])("%s", (_name, description, expected) => {
    expect(touristVisa(description)).toBe(expected);
  });
});

// At a line start the header regex joins only the alternatives whose own windows reach the line's
// first characters: every language's headers had run there, a tenth of screening a Thai posting.
describe("the header regex a line start runs", () => {
  const header = compileSectionCue({ eng: ["red\\s{1,3}flags?\\s{0,3}:", "warning\\s{1,3}signs?\\s{0,3}:"], tha: ["สัญญาณอันตราย\\s{0,3}:"] })!;
  const runAt = (text: string, line = 0): string | null => {
    const field = normalizeField("description", text);
    const lineEnd = field.text.indexOf("\n", line);
    return lineHeaderFor(header, field, line, Math.min(lineEnd < 0 ? field.text.length : lineEnd, line + 9))?.source ?? null;
  };

  it("joins the alternatives whose words start the line", () => {
    expect(runAt("Red flags:\n- come on a tourist visa")).toContain("red\\s{1,3}flags?");
    expect(runAt("Red flags:\n- come on a tourist visa")).not.toContain("warning");
    expect(runAt("Red flags:\n- come on a tourist visa")).not.toContain("สัญญาณ");
    expect(runAt("สัญญาณอันตราย:\n- วีซ่าท่องเที่ยว")).not.toContain("red");
  });

  it("chooses per line: each line start joins the headers whose words start that line", () => {
    // The lines lie further apart than a window reaches past its words.
    const text = `Red flags:\n- ${LONG}\n- ${LONG}\nสัญญาณอันตราย:\n- y`;
    const thaiLine = normalizeField("description", text).text.indexOf("สัญญาณ");
    expect(runAt(text, thaiLine)).toContain("สัญญาณ");
    expect(runAt(text, thaiLine)).not.toContain("red");
    expect(runAt(text, 0)).not.toContain("สัญญาณ");
    const field = normalizeField("description", text);
    expect(lineHeaderFor(header, field, thaiLine, thaiLine + 9, "slice")?.source).not.toContain("red");
    expect(lineHeaderFor(header, field, thaiLine, thaiLine + 9, "slice")?.source.startsWith("^")).toBe(true);
  });

  it("runs nothing where no header's words start the line", () => {
    expect(runAt("We were warned about many things.\nRed flags:")).toBeNull();
    expect(runAt("We were warned about many things.\nRed flags:", 34)).toContain("red");
  });

  it("gives the same answer as the whole header list at every line start", () => {
    const whole = new RegExp(header.source.replace(/^\^/, ""), "my");
    const texts = [
      "Red flags:\n- fees\nWarning signs:\n- visa\nสัญญาณอันตราย:\n- ค่าธรรมเนียม",
      "  • Red flag:\nno\n\n   warning sign :\nสัญญาณอันตราย :",
      "Intro line\n1. Red flags: x\n2) warning signs: y",
    ];
    for (const text of texts) {
      const field = normalizeField("description", text);
      for (let line = 0; line >= 0 && line < field.text.length; ) {
        const end = field.text.indexOf("\n", line);
        const regex = lineHeaderFor(header, field, line, Math.min(end < 0 ? field.text.length : end + 1, line + 9));
        whole.lastIndex = line;
        const expected = whole.test(field.text);
        let got = false;
        if (regex !== null) {
          regex.lastIndex = line;
          got = regex.test(field.text);
        }
        expect([text.slice(line, line + 20), got]).toEqual([text.slice(line, line + 20), expected]);
        // On the line's slice (inWarningSection), the same first match.
        const slice = field.text.slice(line, end < 0 ? field.text.length : end);
        const sliceRegex = lineHeaderFor(header, field, line, Math.min(end < 0 ? field.text.length : end, line + 8) + 1, "slice");
        expect(sliceRegex?.exec(slice)?.[0] ?? null).toBe(header.exec(slice)?.[0] ?? null);
        line = end < 0 ? -1 : end + 1;
      }
    }
  });
});
