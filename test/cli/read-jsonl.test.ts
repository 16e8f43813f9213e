import { describe, expect, it } from "vitest";
import { UsageError } from "../../src/cli/io/read-delimited.js";
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

describe("readJsonlRecords on a file that is not UTF-8", () => {
  const posting = '{"id":1,"text":"Cook"}\n';
  const utf16le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(posting, "utf16le")]);
  const utf16be = Buffer.from(utf16le).swap16();
  const bytesOf = (buffer: Buffer): Buffer[] => [...buffer].map((byte) => Buffer.from([byte]));

  it("refuses UTF-16 with or without a byte order mark, however the bytes are chunked, as a usage error", async () => {
    const bom = "cannot read ads.jsonl: JSONL must be UTF-8, and it starts with a UTF-16 or UTF-32 byte order mark; convert it first (e.g. iconv -f UTF-16 -t UTF-8)";
    for (const source of [streamOf(utf16le), streamOf(utf16be), streamOf(...bytesOf(utf16le))]) {
      await expect(collect(readJsonlRecords(source, { bytesRead: 0 }, undefined, "ads.jsonl"))).rejects.toThrow(new UsageError(bom));
    }
    const noBom = collect(readJsonlRecords(streamOf(Buffer.from(posting, "utf16le")), { bytesRead: 0 }));
    await expect(noBom).rejects.toThrow("cannot read standard input: JSONL must be UTF-8, and it has NUL bytes, as UTF-16 or UTF-32 text does");
    await expect(noBom).rejects.toMatchObject({ exitCode: 2 });
  });

  it("still reads UTF-8 with a byte order mark, short inputs and inputs fed a byte at a time", async () => {
    expect(await collect(readJsonlRecords(streamOf(...bytesOf(Buffer.from(`\uFEFF${posting}`))), { bytesRead: 0 }))).toEqual([{ kind: "json", line: 1, raw: '{"id":1,"text":"Cook"}' }]);
    expect(await collect(readJsonlRecords(streamOf("1\n"), { bytesRead: 0 }))).toEqual([{ kind: "json", line: 1, raw: "1" }]);
    expect(await collect(readJsonlRecords(streamOf(""), { bytesRead: 0 }))).toEqual([]);
  });
});
