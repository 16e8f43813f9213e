import { describe, expect, it } from "vitest";
import { LANGUAGE_PACKS, mergeLanguagePacks } from "../../src/features/lexicons/index.js";
import travelFamilyData from "../../src/features/data/travel.json";

const FAMILIES = ["travel", "requirements", "fees", "legitimacy", "roles"];

describe("language packs of the feature lexicons", () => {
  it("holds only known families in every pack", () => {
    for (const [language, pack] of Object.entries(LANGUAGE_PACKS)) {
      for (const key of Object.keys(pack).filter((k) => k !== "$comment")) expect(FAMILIES, `${language}.json: ${key}`).toContain(key);
    }
  });

  it("grafts each language's patterns under its code and leaves the imported family data untouched", () => {
    const merged = mergeLanguagePacks("travel", travelFamilyData) as unknown as { flags: Record<string, { patterns: Record<string, string[]> }> };
    const english = (LANGUAGE_PACKS.eng as { travel: { flags: Record<string, { patterns: string[] }> } }).travel.flags.flightProvided!.patterns;
    expect(merged.flags.flightProvided!.patterns.eng).toEqual(english);
    expect((travelFamilyData as unknown as { flags: Record<string, { patterns: Record<string, unknown> }> }).flags.flightProvided!.patterns).toEqual({});
  });

  it("refuses a pack path that the family file does not have, naming the language and the path", () => {
    const bogus = { ...LANGUAGE_PACKS };
    expect(() => {
      (LANGUAGE_PACKS as Record<string, Record<string, unknown>>).zzz = { travel: { flags: { noSuchFlag: { patterns: ["x"] } } } };
      try {
        mergeLanguagePacks("travel", travelFamilyData);
      } finally {
        delete (LANGUAGE_PACKS as Record<string, unknown>).zzz;
      }
    }).toThrow(/zzz: travel\.flags\.noSuchFlag/);
    expect(LANGUAGE_PACKS).toEqual(bogus);
  });
});
