import { describe, expect, it } from "vitest";
import * as lurescreen from "../src/index.js";

describe("public exports", () => {
  it("exports exactly the documented names", () => {
    expect(Object.keys(lurescreen).sort()).toEqual([
      "BUNDLED_MODEL",
      "BUNDLED_RULE_PACK",
      "InvalidPostingError",
      "MAX_FIELD_LENGTH",
      "MAX_POSTING_LENGTH",
      "PACKAGE_VERSION",
      "PostingSchema",
      "ScreeningFailedError",
      "createScreener",
      "detectLanguage",
      "explanationLanguages",
      "normalizeText",
      "safeScreen",
      "screen",
    ]);
  });
});
