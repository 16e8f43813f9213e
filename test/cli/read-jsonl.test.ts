import { describe, expect, it } from "vitest";
import { readJsonlRecords, readLines } from "../../src/cli/io/read-jsonl.js";
import { collect, streamOf } from "./helpers.js";

describe("readLines", () => {
  it("joins lines split across chunks and numbers them from 1", async () => {
    const counter = { bytesRead: 0 };
    const lines = await collect(readLines(streamOf('{"a":', '1}\n{"b"', ":2}\n"), counter));
    expect(lines).toEqual([
      { line: 1, text: '{"a":1}' },
      { line: 2, text: '{"b":2}' },
    ]);
    expect(counter.bytesRead).toBe(16);
  });

  it("strips \\r of CRLF line ends and keeps a last line without a newline", async () => {
    const lines = await collect(readLines(streamOf("one\r\ntwo\r\nthree"), { bytesRead: 0 }));
    expect(lines).toEqual([
      { line: 1, text: "one" },
      { line: 2, text: "two" },
      { line: 3, text: "three" },
    ]);
  });

  it("decodes a multi-byte character split between two chunks", async () => {
    const bytes = Buffer.from("Lương 10 triệu\n");
    const lines = await collect(readLines(streamOf(bytes.subarray(0, 3), bytes.subarray(3)), { bytesRead: 0 }));
    expect(lines).toEqual([{ line: 1, text: "Lương 10 triệu" }]);
  });

  it("reports an over-long line by number without keeping it, and goes on with the next", async () => {
    const lines = await collect(readLines(streamOf("short\n", "x".repeat(30), "x".repeat(30), "\nafter\n"), { bytesRead: 0 }, 40));
    expect(lines).toEqual([
      { line: 1, text: "short" },
      { line: 2, tooLong: true },
      { line: 3, text: "after" },
    ]);
  });
});

describe("readJsonlRecords", () => {
  it("skips blank lines and a byte order mark but keeps the physical line numbers", async () => {
    const records = await collect(readJsonlRecords(streamOf('\uFEFF{"title":"a"}\n\n   \n{"title":"b"}\n'), { bytesRead: 0 }));
    expect(records).toEqual([
      { kind: "json", line: 1, raw: '{"title":"a"}' },
      { kind: "json", line: 4, raw: '{"title":"b"}' },
    ]);
  });

  it("names the file on each record when asked to", async () => {
    const records = await collect(readJsonlRecords(streamOf('"text"\n'), { bytesRead: 0 }, "a.jsonl"));
    expect(records).toEqual([{ kind: "json", line: 1, file: "a.jsonl", raw: '"text"' }]);
  });
});
