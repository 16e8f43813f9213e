import { describe, expect, it } from "vitest";
import { extractFeatures } from "../../src/features/index.js";
import { contextFrom } from "../../src/features/evidence.js";
import { registeredPatternSources } from "../../src/features/roles.js";
import { redosVerdict } from "../redos-verdict.js";

// The lexicon patterns of the requirements, roles, travel, fees and legitimacy extractors are built
// from JSON at run time, so the source-literal scan in test/rules/redos.test.ts cannot see them.
extractFeatures(contextFrom({ description: "x" }));
const sources = [...new Set(registeredPatternSources())];

describe("every lexicon pattern is free of catastrophic backtracking", () => {
  it("registers the lexicons", () => {
    expect(sources.length).toBeGreaterThan(1000);
  });

  it("finds every lexicon pattern safe with recheck", () => {
    const unsafe: string[] = [];
    for (const source of sources) {
      const result = redosVerdict(source, "");
      if (result.status !== "safe") unsafe.push(`${result.detail}: ${source}`);
    }
    expect(unsafe).toEqual([]);
  }, 900_000);
});
