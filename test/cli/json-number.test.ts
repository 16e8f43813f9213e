import { describe, expect, it } from "vitest";
import { topLevelNumberText } from "../../src/cli/io/json-number.js";

describe("topLevelNumberText", () => {
  it("returns a top-level number exactly as written", () => {
    expect(topLevelNumberText('{"id":12345678901234567891,"text":"Cook"}', "id")).toBe("12345678901234567891");
    expect(topLevelNumberText('{ "text" : "Cook" , "id" : -1.50e+3 }', "id")).toBe("-1.50e+3");
    expect(topLevelNumberText('{"ad id":9007199254740993}', "ad id")).toBe("9007199254740993");
  });

  it("skips numbers inside strings, nested values and other keys", () => {
    const json = '{"note":"id: 1, \\"id\\":2","nested":{"id":3,"list":[4,{"id":5}]},"x":[6],"flag":true,"id":77777777777777777777,"n":8}';
    expect(topLevelNumberText(json, "id")).toBe("77777777777777777777");
    expect(topLevelNumberText('{"nested":{"id":3},"title":"id"}', "id")).toBeUndefined();
  });

  it("matches a key written with escapes, and takes the last of a repeated key as JSON.parse does", () => {
    expect(topLevelNumberText('{"\\u0069d":12345678901234567891}', "id")).toBe("12345678901234567891");
    expect(topLevelNumberText('{"id":1,"id":22222222222222222222}', "id")).toBe("22222222222222222222");
  });

  it("returns undefined when the value is not a number", () => {
    expect(topLevelNumberText('{"id":"12345678901234567891"}', "id")).toBeUndefined();
    expect(topLevelNumberText('{"id":true,"n":1}', "id")).toBeUndefined();
    expect(topLevelNumberText('{"id":[1]}', "id")).toBeUndefined();
  });
});
