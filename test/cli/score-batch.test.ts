import { describe, expect, it } from "vitest";
import { defaultMapping, mappingFromOptions } from "../../src/cli/io/mapping.js";
import type { InputRecord, ScoreSettings } from "../../src/cli/io/records.js";
import { describeJsonError, scoreBatch } from "../../src/cli/io/score-batch.js";
import { fakeScreener, jsonLines } from "./helpers.js";

const settings = (extra: Partial<ScoreSettings> = {}): ScoreSettings => ({ mapping: defaultMapping(), output: "jsonl", full: false, withFile: false, ...extra });
const json = (line: number, raw: string): InputRecord => ({ kind: "json", line, raw });

describe("scoreBatch", () => {
  it("writes id, score, band and the ids of signals that moved the score, in input order", () => {
    const records = [json(1, '{"id":"a","title":"a lure"}'), json(2, '{"title":"cook"}'), json(3, '"maybe a lure? no, maybe"')];
    const result = scoreBatch({ records, settings: settings() }, fakeScreener);
    expect(jsonLines(result.text)).toEqual([
      { id: "a", score: 0.95, band: "high", signals: ["strong-marker", "weak-marker"] },
      { id: 2, score: 0.01, band: "low", signals: [] },
      { id: 3, score: 0.95, band: "high", signals: ["strong-marker", "weak-marker"] },
    ]);
    expect(result.counts).toEqual({ records: 3, low: 1, review: 0, high: 2, errors: 0, written: 3 });
    expect(result.firstError).toBeUndefined();
  });

  it("puts an error record in place of a malformed line or an invalid posting, keeping the id when there is one", () => {
    const records = [json(1, '{"title":"cook"}'), json(2, '{"title": oops}'), json(3, '{"id":"c","company":"Acme"}'), { kind: "error", line: 4, error: "too long" } as InputRecord];
    const result = scoreBatch({ records, settings: settings() }, fakeScreener);
    expect(jsonLines(result.text)).toEqual([
      { id: 1, score: 0.01, band: "low", signals: [] },
      { id: 2, line: 2, error: "not valid JSON (unexpected character)" },
      { id: "c", line: 3, error: "Invalid posting: needs non-empty text in at least one of title, description or text" },
      { id: 4, line: 4, error: "too long" },
    ]);
    expect(result.counts).toEqual({ records: 4, low: 1, review: 0, high: 0, errors: 3, written: 4 });
    expect(result.firstError).toEqual({ line: 2, message: "not valid JSON (unexpected character)", textBefore: '{"id":1,"score":0.01,"band":"low","signals":[]}\n' });
  });

  it("writes a numeric id exactly as the line has it, in JSONL and CSV", () => {
    const records = [
      json(1, '{"id":12345678901234567891,"text":"cook"}'),
      json(2, '{"id":1.50,"text":"cook"}'),
      json(3, '{"note":"id 4","id":9007199254740991,"text":"cook"}'),
      json(4, '{"id":-1e999,"text":"maybe"}'),
      json(5, '{"id":98765432109876543210}'),
    ];
    expect(scoreBatch({ records, settings: settings() }, fakeScreener).text.split("\n").map((line) => line.slice(0, line.indexOf(",")))).toEqual([
      '{"id":12345678901234567891',
      '{"id":1.50',
      '{"id":9007199254740991',
      '{"id":-1e999',
      '{"id":98765432109876543210',
      "",
    ]);
    const csvText = scoreBatch({ records: records.slice(0, 2), settings: settings({ output: "csv" }) }, fakeScreener).text;
    expect(csvText).toBe("12345678901234567891,0.01,low,,,,\n1.50,0.01,low,,,,\n");
    const full = scoreBatch({ records: [json(7, '{"ref":12345678901234567891,"text":"lure"}')], settings: settings({ mapping: mappingFromOptions({ id: "ref" }), full: true, withFile: true }) }, fakeScreener).text;
    expect(full).toMatch(/^\{"id":12345678901234567891,"score":0\.95,"band":"high",/);
  });

  it("turns a record whose id is not a string or a number into an error record at its line", () => {
    const records = [json(3, '{"id":true,"text":"cook"}'), json(4, '{"id":{"a":1},"text":"cook"}'), json(5, '{"id":null,"text":"cook"}')];
    const result = scoreBatch({ records, settings: settings() }, fakeScreener);
    expect(jsonLines(result.text)).toEqual([
      { id: 3, line: 3, error: 'the id (key "id") is a boolean; an id must be a string or a number' },
      { id: 4, line: 4, error: 'the id (key "id") is an object; an id must be a string or a number' },
      { id: 5, score: 0.01, band: "low", signals: [] },
    ]);
    expect(result.counts).toMatchObject({ records: 3, low: 1, errors: 2 });
    expect(result.firstError).toMatchObject({ line: 3, message: 'the id (key "id") is a boolean; an id must be a string or a number' });
  });

  it("leaves out records below --min-band but never error records", () => {
    const records = [json(1, '"cook"'), json(2, '"maybe"'), json(3, "{"), json(4, '"lure"')];
    const result = scoreBatch({ records, settings: settings({ minBand: "review" }) }, fakeScreener);
    expect(jsonLines(result.text).map((row) => row.id)).toEqual([2, 3, 4]);
    expect(result.counts).toEqual({ records: 4, low: 1, review: 1, high: 1, errors: 1, written: 3 });
  });

  it("maps CSV cells through the column mapping", () => {
    const records: InputRecord[] = [{ kind: "row", line: 2, cells: { ref: "r1", body: "a lure" } }];
    const result = scoreBatch({ records, settings: settings({ mapping: mappingFromOptions({ id: "ref", text: "body" }) }) }, fakeScreener);
    expect(jsonLines(result.text)).toEqual([{ id: "r1", score: 0.95, band: "high", signals: ["strong-marker", "weak-marker"] }]);
  });

  it("writes CSV rows with signal ids joined by semicolons and errors in their own columns", () => {
    const records = [json(1, '{"id":"a","text":"lure"}'), json(2, "["), json(3, '{"id":"f","text":"fraud"}')];
    const result = scoreBatch({ records, settings: settings({ output: "csv" }) }, fakeScreener);
    expect(result.text).toBe(
      "a,0.95,high,strong-marker;weak-marker,,,\n2,,,,not valid JSON (the line ends early),2,\nf,0.97,review,strong-marker;weak-marker,,,nothing-moves-or-controls-the-worker\n",
    );
  });

  it("writes the whole result with --full, and the file with several inputs", () => {
    const records: InputRecord[] = [{ kind: "json", line: 5, file: "b.jsonl", raw: '"cook"' }];
    const [row] = jsonLines(scoreBatch({ records, settings: settings({ full: true, withFile: true }) }, fakeScreener).text);
    expect(row).toMatchObject({ id: 5, file: "b.jsonl", score: 0.01, band: "low", language: { code: "eng", confidence: 1 } });
    expect(row?.signals).toEqual([expect.objectContaining({ id: "quiet-signal", contribution: 0, explanation: "quiet-signal explained" })]);
  });
});

describe("describeJsonError", () => {
  const errorOf = (text: string): unknown => {
    try {
      JSON.parse(text);
    } catch (caught) {
      return caught;
    }
  };

  it("gives the position but never the text of the line", () => {
    expect(describeJsonError(errorOf('{"title": "Secret posting text" oops}'))).toBe("not valid JSON (at character 33)");
    expect(describeJsonError(errorOf('{"title": Secret}'))).toBe("not valid JSON (unexpected character)");
    expect(describeJsonError(errorOf('{"title": '))).toBe("not valid JSON (the line ends early)");
  });
});
