import { describe, expect, it } from "vitest";
import { defaultMapping, mapRecord, mappingFromOptions } from "../../src/cli/io/mapping.js";
import { inputFormatOf } from "../../src/cli/io/formats.js";

describe("mapRecord", () => {
  it("picks the posting fields and the id, leaving other keys out", () => {
    expect(mapRecord({ id: "x1", title: "Cook", label: "legit", note: "n" }, defaultMapping())).toEqual({ id: "x1", posting: { title: "Cook" } });
  });

  it("reads mapped columns and treats null as absent", () => {
    const mapping = mappingFromOptions({ id: "ad_id", text: "body", company: "employer" });
    expect(mapRecord({ ad_id: 7, body: "Fly next week", employer: null, text: "ignored" }, mapping)).toEqual({ id: 7, posting: { text: "Fly next week" } });
  });

  it("has no id when the id is absent or null", () => {
    expect(mapRecord({ text: "a" }, defaultMapping())).toEqual({ posting: { text: "a" } });
    expect(mapRecord({ id: null, text: "a" }, defaultMapping())).toEqual({ posting: { text: "a" } });
  });

  it("says why an id that is not a string or a number cannot be used, naming the key but not the value", () => {
    const mapping = mappingFromOptions({ id: "ref" });
    expect(mapRecord({ ref: true, text: "a" }, mapping)).toEqual({ idError: 'the id (key "ref") is a boolean; an id must be a string or a number', posting: { text: "a" } });
    expect(mapRecord({ ref: { nested: "Secret" }, text: "a" }, mapping).idError).toBe('the id (key "ref") is an object; an id must be a string or a number');
    expect(mapRecord({ ref: [1], text: "a" }, mapping).idError).toBe('the id (key "ref") is an array; an id must be a string or a number');
  });

  it("passes a value that is not an object on for validation", () => {
    expect(mapRecord("plain text", defaultMapping())).toEqual({ posting: "plain text" });
    expect(mapRecord([1, 2], defaultMapping())).toEqual({ posting: [1, 2] });
  });

  it("remembers which columns were named explicitly", () => {
    expect(mappingFromOptions({ title: "headline", id: "ref" }).explicit).toEqual(["ref", "headline"]);
  });
});

describe("inputFormatOf", () => {
  it("goes by --format, then the extension, and reads standard input as JSONL", () => {
    expect(inputFormatOf("ads.CSV")).toBe("csv");
    expect(inputFormatOf("ads.tsv")).toBe("tsv");
    expect(inputFormatOf("ads.ndjson")).toBe("jsonl");
    expect(inputFormatOf("ads.txt")).toBe("jsonl");
    expect(inputFormatOf("-")).toBe("jsonl");
    expect(inputFormatOf("-", "csv")).toBe("csv");
    expect(inputFormatOf("ads.csv", "tsv")).toBe("tsv");
  });
});
