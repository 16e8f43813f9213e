import { describe, expect, it } from "vitest";
import { KEY_CHECK_RECORDS, requireMappedKeys } from "../../src/cli/io/check-keys.js";
import { defaultMapping, mappingFromOptions } from "../../src/cli/io/mapping.js";
import { UsageError } from "../../src/cli/io/read-delimited.js";
import type { InputRecord } from "../../src/cli/io/records.js";
import { collect } from "./helpers.js";

async function* recordsOf(lines: string[], read: { count: number } = { count: 0 }): AsyncGenerator<InputRecord> {
  for (const [index, raw] of lines.entries()) {
    read.count++;
    yield { kind: "json", line: index + 1, raw };
  }
}

describe("requireMappedKeys", () => {
  it("refuses a named key that no record has, naming the key, its option and the keys there are", async () => {
    const lines = ['{"id":"a","title":"Cook","description":"Secret posting text"}', '{"id":"b","title":"Driver"}'];
    const reading = collect(requireMappedKeys(recordsOf(lines), mappingFromOptions({ description: "desc" }), "ads.jsonl"));
    await expect(reading).rejects.toThrow(new UsageError('no record of ads.jsonl has the key "desc" (--description-col); check the spelling (keys in the records: "id", "title", "description")'));
    await expect(reading).rejects.toMatchObject({ exitCode: 2 });
    expect(((await reading.catch((error: unknown) => error)) as Error).message).not.toContain("Secret");
  });

  it("names every missing key", async () => {
    const reading = collect(requireMappedKeys(recordsOf(['{"text":"Cook"}']), mappingFromOptions({ id: "ref", company: "employer", text: "text" }), "standard input"));
    await expect(reading).rejects.toThrow('no record of standard input has the keys "ref" (--id-col), "employer" (--company-col); check the spelling (keys in the records: "text")');
  });

  it("accepts a named key that only later records have, or that has the value null, and passes every record on in order", async () => {
    const lines = ['"a plain posting"', "{broken", '{"title":"Cook"}', '{"title":"Driver","employer":null}', '{"title":"Nurse","employer":"Acme"}'];
    const records = await collect(requireMappedKeys(recordsOf(lines), mappingFromOptions({ company: "employer" }), "ads.jsonl"));
    expect(records.map((record) => record.line)).toEqual([1, 2, 3, 4, 5]);
  });

  it("does not check an input without object records, nor a run without named keys", async () => {
    expect(await collect(requireMappedKeys(recordsOf(['"text one"', '"text two"']), mappingFromOptions({ text: "body" }), "a.jsonl"))).toHaveLength(2);
    expect(await collect(requireMappedKeys(recordsOf(['{"x":1}']), defaultMapping(), "a.jsonl"))).toHaveLength(1);
  });

  it("holds records back only until the keys are seen, and decides after the first KEY_CHECK_RECORDS records", async () => {
    const read = { count: 0 };
    const lines = Array.from({ length: KEY_CHECK_RECORDS + 5 }, (_, index) => (index === 2 ? '{"body":"x"}' : '{"title":"t"}'));
    const reading = requireMappedKeys(recordsOf(lines, read), mappingFromOptions({ text: "body" }), "a.jsonl");
    const first = await reading.next();
    expect(first.value).toMatchObject({ line: 1 });
    expect(read.count).toBe(3);
    await reading.return(undefined);

    const late = Array.from({ length: KEY_CHECK_RECORDS + 5 }, (_, index) => (index === KEY_CHECK_RECORDS + 2 ? '{"body":"x"}' : '{"title":"t"}'));
    await expect(collect(requireMappedKeys(recordsOf(late), mappingFromOptions({ text: "body" }), "a.jsonl"))).rejects.toThrow(
      `none of the first ${KEY_CHECK_RECORDS} records of a.jsonl has the key "body" (--text-col)`,
    );
  });
});
