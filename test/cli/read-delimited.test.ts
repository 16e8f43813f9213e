import { describe, expect, it } from "vitest";
import { defaultMapping, mappingFromOptions } from "../../src/cli/io/mapping.js";
import { type DelimitedOptions, UsageError, readDelimitedRecords } from "../../src/cli/io/read-delimited.js";
import { collect, streamOf } from "./helpers.js";

const csv = (extra: Partial<DelimitedOptions> = {}): DelimitedOptions => ({ delimiter: ",", quoted: true, mapping: defaultMapping(), label: "ads.csv", ...extra });
const tsv = (extra: Partial<DelimitedOptions> = {}): DelimitedOptions => ({ delimiter: "\t", quoted: false, mapping: defaultMapping(), label: "ads.tsv", ...extra });

describe("readDelimitedRecords", () => {
  it("keys each CSV row by the header, leaves out empty cells and numbers rows by their first line", async () => {
    const input = 'id,title,company\nA1,"Cashier, night shift",\nA2,"Two\nlines",Acme\nA3,Driver,Acme\n';
    const records = await collect(readDelimitedRecords(streamOf(input), { bytesRead: 0 }, csv()));
    expect(records).toEqual([
      { kind: "row", line: 2, cells: { id: "A1", title: "Cashier, night shift" } },
      { kind: "row", line: 3, cells: { id: "A2", title: "Two\nlines", company: "Acme" } },
      { kind: "row", line: 5, cells: { id: "A3", title: "Driver", company: "Acme" } },
    ]);
  });

  it("turns a row with the wrong number of cells into an error record and reads on", async () => {
    const input = "id,title\nA1,Cashier\nA2,Driver,extra\nA3,Cook\n";
    const records = await collect(readDelimitedRecords(streamOf(input), { bytesRead: 0 }, csv()));
    expect(records).toEqual([
      { kind: "row", line: 2, cells: { id: "A1", title: "Cashier" } },
      { kind: "error", line: 3, error: "expected 2 cells as in the header, got 3" },
      { kind: "row", line: 4, cells: { id: "A3", title: "Cook" } },
    ]);
  });

  it("reports a quoted field that is never closed as one error record at the line where it starts", async () => {
    const input = 'id,title\nA1,Cashier\nA2,"Driver\nA3,Cook\n';
    const records = await collect(readDelimitedRecords(streamOf(input), { bytesRead: 0 }, csv()));
    expect(records).toEqual([
      { kind: "row", line: 2, cells: { id: "A1", title: "Cashier" } },
      {
        kind: "error",
        line: 3,
        error: "a quoted field that starts on this line is not closed; the lines after it up to the end of the input were read as part of it",
      },
    ]);
  });

  it("numbers rows by their physical line after empty lines, in CSV with LF or CRLF and in TSV", async () => {
    const lf = await collect(readDelimitedRecords(streamOf("id,text\n1,Cook\n\n\n2\n3,Driver\n"), { bytesRead: 0 }, csv()));
    expect(lf.map((record) => record.line)).toEqual([2, 5, 6]);
    expect(lf[1]).toEqual({ kind: "error", line: 5, error: "expected 2 cells as in the header, got 1" });
    const crlf = await collect(readDelimitedRecords(streamOf("id,text\r\n\r\n\r\n1,a\r\n2,b\r\n"), { bytesRead: 0 }, csv()));
    expect(crlf.map((record) => record.line)).toEqual([4, 5]);
    const tabs = await collect(readDelimitedRecords(streamOf("id\ttitle\ttext\n1\tCook\tLima\n\n4\tX\tY\tZ\n5\tNurse\tManila\n"), { bytesRead: 0 }, tsv()));
    expect(tabs.map((record) => record.line)).toEqual([2, 4, 5]);
  });

  it("counts a CRLF inside a quoted cell as one line, so later rows keep their physical line", async () => {
    const input = 'id,text\r\n1,Cook\r\n2\r\n3,Driver\r\n4,"multi\r\nline"\r\n5\r\n6,,x\r\n';
    // Fed one byte at a time too: where chunks end must not matter.
    for (const source of [streamOf(input), streamOf(...[...Buffer.from(input)].map((byte) => Buffer.from([byte])))]) {
      const records = await collect(readDelimitedRecords(source, { bytesRead: 0 }, csv()));
      expect(records.map((record) => [record.kind, record.line])).toEqual([
        ["row", 2],
        ["error", 3],
        ["row", 4],
        ["row", 5],
        ["error", 7],
        ["error", 8],
      ]);
    }
  });

  it("gives the physical line of a bad row and of an unclosed quote after a multi-line quoted cell (BOM, CRLF)", async () => {
    const input = '\uFEFFid,text\r\n1,"Pay 1500 USD.\r\nLine two ""quoted"".\r\nTelegram @x"\r\n2,Cook\r\n3\r\n4,"unterminated\r\n5,Driver\r\n';
    const records = await collect(readDelimitedRecords(streamOf(input), { bytesRead: 0 }, csv()));
    expect(records.map((record) => [record.kind, record.line])).toEqual([
      ["row", 2],
      ["row", 5],
      ["error", 6],
      ["error", 7],
    ]);
  });

  it("keeps stray quotes as text rather than failing the row", async () => {
    const records = await collect(readDelimitedRecords(streamOf('title\nPhone with 6" screen\n"Driver"x\n'), { bytesRead: 0 }, csv()));
    expect(records).toEqual([
      { kind: "row", line: 2, cells: { title: 'Phone with 6" screen' } },
      { kind: "row", line: 3, cells: { title: '"Driver"x' } },
    ]);
  });

  it("reads TSV without quoting, so a cell may start with a quote", async () => {
    const input = 'id\ttitle\tdescription\r\nT1\t"Urgent" hiring\tFly next week\r\n';
    const records = await collect(readDelimitedRecords(streamOf(input), { bytesRead: 0 }, tsv()));
    expect(records).toEqual([{ kind: "row", line: 2, cells: { id: "T1", title: '"Urgent" hiring', description: "Fly next week" } }]);
  });

  it("counts the bytes it reads", async () => {
    const counter = { bytesRead: 0 };
    await collect(readDelimitedRecords(streamOf("title\nCook\n"), counter, csv()));
    expect(counter.bytesRead).toBe(11);
  });

  it("refuses a header without the mapped column, naming the columns it has", async () => {
    const reading = collect(readDelimitedRecords(streamOf("id,body\n1,x\n"), { bytesRead: 0 }, csv({ mapping: mappingFromOptions({ text: "ad_text" }) })));
    await expect(reading).rejects.toThrow(new UsageError('the header of ads.csv has no column "ad_text" (columns: "id", "body")'));
  });

  it("refuses a header without any text column and says which flag to use", async () => {
    const reading = collect(readDelimitedRecords(streamOf("id,body\n1,x\n"), { bytesRead: 0 }, csv()));
    await expect(reading).rejects.toThrow(/has none of the columns "title", "description", "text"; name the posting's text column with --text-col/);
  });
});
