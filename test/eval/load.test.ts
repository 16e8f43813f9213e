import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadJsonl } from "../../src/eval/load.js";

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
    expect(loadJsonl([path]).map((r) => r.id)).toEqual(["a", "b", "c"]);
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
