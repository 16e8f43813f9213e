/** `lurescreen eval` end to end, on the built CLI (dist/cli.js): what it does with bad input. */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runCli } from "./helpers.js";

// Each test starts a Node process that builds the screener; no assertion is about time.
const SPAWNING = { timeout: 120_000 };
const LURE = { id: "lure", label: "lure", lang: "eng", split: "test", description: "Customer service in Sihanoukville, free flight, Telegram only, no experience, 1500 USD." };
const LEGIT = { id: "legit", label: "legit", lang: "eng", split: "test", description: "Nurse in Leeds, NHS band 5, visa sponsored, apply through the trust's website." };
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "lurescreen-eval-"));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("lurescreen eval input", SPAWNING, () => {
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
});
