import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadJsonl, readCorpusLines } from "../../src/eval/load.js";

// Posting text that must never reach an error message: postings carry names and phone numbers.
const PRIVATE = "Customer service Sihanoukville, call Maria on +855 12 345 678";
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "lurescreen-load-"));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe("loadJsonl", () => {
  it("reads a file that starts with a byte order mark and ends its lines with CRLF, as score does", () => {
    const path = file("bom.jsonl", `\uFEFF{"id":"a","title":"Cook in Lima"}\r\n{"id":"b","text":"Bank teller"}\r\n\r\n{"id":"c","text":"Driver"}\r\n`);
    expect(loadJsonl([path]).map((r) => [r.id, r.line])).toEqual([["a", 1], ["b", 2], ["c", 4]]);
  });

  it("names file and line of a malformed line without quoting it", () => {
    const path = file("plain.jsonl", `{"id":"a","text":"Cook"}\n${PRIVATE}\n`);
    expect(() => loadJsonl([path])).toThrow(`${path}:2: not valid JSON (unexpected character)`);
    try {
      loadJsonl([path]);
    } catch (error) {
      expect((error as Error).message).not.toContain("Customer");
    }
  });

  it("refuses a missing file or a directory with the usage exit code and score's message", () => {
    const missing = join(dir, "missing.jsonl");
    expect(() => loadJsonl([missing])).toThrow(`cannot read ${missing}: no such file`);
    expect(() => loadJsonl([missing])).toThrow(expect.objectContaining({ exitCode: 2 }));
    const folder = join(dir, "folder.jsonl");
    mkdirSync(folder);
    expect(() => loadJsonl([folder])).toThrow(`cannot read ${folder}: not a file`);
  });
});

describe("readCorpusLines", () => {
  it("keeps every line in order, each a record or a reason that never quotes it", () => {
    const unterminated = `{"id":"b","text":"${PRIVATE}`;
    const path = file("mixed.jsonl", [
      JSON.stringify({ id: "a", label: "lure", text: PRIVATE }),
      unterminated,
      JSON.stringify([PRIVATE]),
      JSON.stringify({ id: "d", title: 123, description: PRIVATE }),
      JSON.stringify(PRIVATE),
      JSON.stringify({ id: "f", title: "Cook", salary: null }),
    ].join("\n"));
    const lines = readCorpusLines([path]);
    expect(lines.map((entry) => ("problem" in entry ? `${entry.line}: ${entry.problem}` : `${entry.line}: ${entry.record.id}`))).toEqual([
      "1: a",
      `2: not valid JSON (at character ${unterminated.length + 1})`,
      "3: not a posting: expected a JSON object or string",
      "4: not a valid posting: title must be a string",
      `5: ${path}:5`,
      "6: f",
    ]);
    // A JSON string is the posting text, as score reads it.
    const text = lines[4]!;
    expect("record" in text && text.record.posting).toEqual({ text: PRIVATE });
    expect(JSON.stringify(lines.filter((entry) => "problem" in entry))).not.toContain("Customer");
  });

  it("checks every file before it reads any", () => {
    const good = file("good.jsonl", `{"id":"a","text":"Cook"}\n`);
    expect(() => readCorpusLines([good, join(dir, "nope.jsonl")])).toThrow("no such file");
  });
});
