/** `lurescreen eval` end to end, on the built CLI (dist/cli.js): what it does with bad input and with filters that match nothing. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./helpers.js";

// Each test starts a Node process that builds the screener; no assertion is about time.
const SPAWNING = { timeout: 120_000 };
// Posting text that must never reach standard error: postings carry names and phone numbers.
const PRIVATE = "Customer service Sihanoukville, call Maria on +855 12 345 678";
const LURE = { id: "lure", label: "lure", lang: "eng", split: "test", description: "Customer service in Sihanoukville, free flight, Telegram only, no experience, 1500 USD." };
const LEGIT = { id: "legit", label: "legit", lang: "eng", split: "test", description: "Nurse in Leeds, NHS band 5, visa sponsored, apply through the trust's website." };
let dir: string;

function file(name: string, lines: string[]): string {
  const path = join(dir, name);
  mkdirSync(join(path, ".."), { recursive: true });
  writeFileSync(path, lines.join("\n") + "\n");
  return path;
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "lurescreen-eval-"));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("lurescreen eval with bad lines", SPAWNING, () => {
  it("skips a malformed line, lists it by file and line, and never quotes it", () => {
    const path = file("plain.jsonl", [JSON.stringify(LURE), PRIVATE, JSON.stringify(LEGIT), JSON.stringify({ id: "x", label: "legit", title: 123 })]);
    const result = runCli(["eval", path]);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain("Records: 1 lure, 1 legit; 2 skipped");
    expect(result.stdout).toContain(`- ${path}:2: not valid JSON (unexpected character)`);
    expect(result.stdout).toContain(`- ${path}:4: not a valid posting: title must be a string`);
    expect(result.stderr).toBe("lurescreen eval: 2 line(s) skipped (not readable or not valid postings), listed in the report; --strict stops at the first\n");
    const json = JSON.parse(runCli(["eval", path, "--json"]).stdout) as { skipped: unknown[]; invalidRecords: number };
    expect(json.skipped).toEqual([
      { file: path, line: 2, reason: "not valid JSON (unexpected character)" },
      { file: path, line: 4, reason: "not a valid posting: title must be a string" },
    ]);
    expect(json.invalidRecords).toBe(2);
  });

  it("stops at the first bad line with --strict, exit code 1", () => {
    const path = file("strict.jsonl", [JSON.stringify(LURE), JSON.stringify({ id: "empty", label: "legit", title: "" }), PRIVATE]);
    const result = runCli(["eval", path, "--strict"]);
    expect(result.status).toBe(1);
    expect(result.stdout).toBe("");
    // Line 2 comes before the malformed line 3: lines are taken in input order, whatever is wrong with them.
    expect(result.stderr.startsWith(`lurescreen: ${path}:2: Invalid posting: `), result.stderr).toBe(true);
    expect(result.stderr.endsWith(" (stopped by --strict)\n"), result.stderr).toBe(true);
    expect(result.stderr).not.toContain("Customer");
  });

  it("reads a file with a byte order mark and CRLF line ends", () => {
    const path = join(dir, "bom.jsonl");
    writeFileSync(path, `\uFEFF${JSON.stringify(LURE)}\r\n${JSON.stringify(LEGIT)}\r\n`);
    const result = runCli(["eval", path, "--json"]);
    expect(result.status, result.stderr).toBe(0);
    expect((JSON.parse(result.stdout) as { examples: number }).examples).toBe(2);
  });

  it("refuses a missing file with the usage exit code, as score does", () => {
    const missing = join(dir, "missing.jsonl");
    const result = runCli(["eval", missing]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe(`lurescreen: cannot read ${missing}: no such file\n`);
  });

  it("refuses standard input with the usage exit code", () => {
    const result = runCli(["eval", "-"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toBe("lurescreen: eval reads files, not standard input (-)\n");
  });
});

describe("lurescreen eval with nothing to evaluate", SPAWNING, () => {
  it("says that no record matched the filters, and prints no empty tables", () => {
    const path = file("realads.jsonl", [JSON.stringify({ id: "r1", text: "Barista in Manila" }), JSON.stringify({ id: "r2", text: "Cook in Lima" })]);
    const result = runCli(["eval", path, "--split", "test", "--tag", "subtle"]);
    expect(result.status).toBe(0);
    expect(result.stderr).toBe("lurescreen eval: no record matched --split test --tag subtle (0 of 2 records)\n");
    expect(result.stdout).toContain("Records: none\n");
    expect(result.stdout).toContain("Nothing to evaluate: no record matched the filters, or the input holds no valid record.");
    expect(result.stdout).not.toContain("## Flag rates");
  });

  it("says that the input holds no record, or which line was skipped first", () => {
    const blank = runCli(["eval", file("blank.jsonl", ["", "  "])]);
    expect(blank.status).toBe(0);
    expect(blank.stderr).toBe("lurescreen eval: nothing to evaluate: the input holds no record\n");
    const path = file("unreadable.jsonl", [PRIVATE]);
    const unreadable = runCli(["eval", path]);
    expect(unreadable.status).toBe(0);
    expect(unreadable.stderr).toContain(`lurescreen eval: nothing to evaluate: every line was skipped, the first ${path}:1: not valid JSON (unexpected character)\n`);
    expect(unreadable.stderr + unreadable.stdout).not.toContain("Customer");
  });
});

describe("lurescreen eval per file", SPAWNING, () => {
  it("keeps apart two files that share a base name", () => {
    const first = file("d1/eng.jsonl", [JSON.stringify(LURE)]);
    const second = file("d2/eng.jsonl", [JSON.stringify(LEGIT)]);
    const result = runCli(["eval", first, second, "--json"]);
    expect(result.status, result.stderr).toBe(0);
    expect(Object.keys((JSON.parse(result.stdout) as { files: object }).files)).toEqual(["d1/eng.jsonl", "d2/eng.jsonl"]);
  });
});

describe("lurescreen eval --help", SPAWNING, () => {
  it("documents skipped lines, --strict and the exit codes", () => {
    const help = runCli(["eval", "--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("--strict");
    expect(help.stdout).toContain("Skipped records");
    expect(help.stdout).toContain("Nothing to evaluate");
    expect(help.stdout).toContain("$ lurescreen eval");
  });
});
