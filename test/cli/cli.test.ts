/**
 * The built CLI (dist/cli.js) end to end. `npm test` builds first. No assertion depends on timing,
 * and inputs are small: order preservation is exercised with tiny batches across two workers.
 */
import { spawnSync } from "node:child_process";
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CLI, REPO, jsonLines, runCli } from "./helpers.js";

const EXAMPLES = join(REPO, "corpus/examples.jsonl");
// Generous, because each test starts Node processes (and worker threads) on a possibly busy machine; no assertion is about time.
const SPAWNING = { timeout: 120_000 };
let dir: string;
let manyPath: string;
let manyIds: string[];

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "lurescreen-cli-"));
  // 60 postings: the examples repeated under fresh ids, so the batches differ in cost.
  const examples = readFileSync(EXAMPLES, "utf8").split("\n").filter((line) => line.trim().length > 0).map((line) => JSON.parse(line) as Record<string, unknown>);
  const many = Array.from({ length: 60 }, (_, index) => ({ ...examples[index % examples.length], id: `post-${index}` }));
  manyIds = many.map((posting) => posting.id);
  manyPath = join(dir, "many.jsonl");
  writeFileSync(manyPath, many.map((posting) => JSON.stringify(posting)).join("\n") + "\n");
});

// Test inputs hold no secrets, but a run should leave nothing behind in the temp folder.
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("lurescreen score", SPAWNING, () => {
  it("keeps input order with two workers and tiny batches, and matches the in-process result", () => {
    const pooled = runCli(["score", manyPath, "--workers", "2", "--batch-size", "3", "--quiet"]);
    const inProcess = runCli(["score", manyPath, "--workers", "1", "--quiet"]);
    expect(pooled.status).toBe(0);
    expect(jsonLines(pooled.stdout).map((row) => row.id)).toEqual(manyIds);
    expect(pooled.stdout).toBe(inProcess.stdout);
    expect(pooled.stderr).toBe("");
  });

  it("reads standard input and writes bands and signal ids like the library", () => {
    const input = readFileSync(EXAMPLES, "utf8");
    const result = runCli(["score", "-", "--workers", "1"], input);
    expect(result.status).toBe(0);
    const rows = jsonLines(result.stdout);
    expect(rows.length).toBe(input.split("\n").filter((line) => line.trim()).length);
    for (const row of rows) {
      expect(Object.keys(row)).toEqual(["id", "score", "band", "signals"]);
      expect(["low", "review", "high"]).toContain(row.band);
    }
    expect(result.stderr).toMatch(/^lurescreen score: \d+ records in /);
  });

  it("writes an error record for a malformed line and goes on; --strict stops with exit code 1 and the line number", () => {
    const path = join(dir, "broken.jsonl");
    writeFileSync(path, '{"id":"a","title":"Cook"}\n{"id":"b","title":"Secret posting text\n{"id":"c","text":"Driver wanted"}\n');
    const lenient = runCli(["score", path, "--workers", "2"]);
    expect(lenient.status).toBe(0);
    const rows = jsonLines(lenient.stdout);
    expect(rows.map((row) => row.id)).toEqual(["a", 2, "c"]);
    expect(rows[1]).toEqual({ id: 2, line: 2, error: "not valid JSON (at character 39)" });
    expect(lenient.stderr).toContain("errors 1");

    const strict = runCli(["score", path, "--strict", "--workers", "2"]);
    expect(strict.status).toBe(1);
    expect(jsonLines(strict.stdout).map((row) => row.id)).toEqual(["a"]);
    expect(strict.stderr).toBe("lurescreen: line 2: not valid JSON (at character 39) (stopped by --strict; the records before it were written)\n");
    expect(strict.stderr + lenient.stderr).not.toContain("Secret posting text");
  });

  it("with --min-band review writes only flagged records", () => {
    const all = jsonLines(runCli(["score", EXAMPLES, "--quiet"]).stdout);
    const flagged = jsonLines(runCli(["score", EXAMPLES, "--quiet", "--min-band", "review"]).stdout);
    expect(flagged).toEqual(all.filter((row) => row.band !== "low"));
    expect(flagged.length).toBeGreaterThan(0);
    expect(flagged.length).toBeLessThan(all.length);
  });

  it("reads CSV with mapped columns", () => {
    const path = join(dir, "ads.csv");
    writeFileSync(path, 'ref,headline,body\nr1,Customer Service Staff,"1,500 USD per month, no experience needed. Interview on Telegram, fly next week."\nr2,Cook,\n');
    const result = runCli(["score", path, "--id-col", "ref", "--title-col", "headline", "--text-col", "body", "--output-format", "csv", "--quiet"]);
    expect(result.status).toBe(0);
    const lines = result.stdout.trim().split("\n");
    expect(lines[0]).toBe("id,score,band,signals,error,line,highWithheld");
    expect(lines.slice(1).map((line) => line.split(",")[0])).toEqual(["r1", "r2"]);
  });

  it("refuses to write over an input, also one redirected to standard input, with exit code 2 and the input intact", () => {
    const path = join(dir, "same.jsonl");
    const content = readFileSync(EXAMPLES, "utf8");
    writeFileSync(path, content);
    const named = runCli(["score", path, "-o", path, "-w", "1"]);
    expect(named.status).toBe(2);
    expect(named.stderr).toContain(`--output ${path} is the input ${path}`);
    const fd = openSync(path, "r");
    try {
      const redirected = spawnSync(process.execPath, [CLI, "score", "-o", path, "-w", "1"], { cwd: REPO, stdio: [fd, "pipe", "pipe"], encoding: "utf8", timeout: 60_000 });
      expect(redirected.status).toBe(2);
      expect(redirected.stderr).toContain("is the input standard input");
    } finally {
      closeSync(fd);
    }
    expect(readFileSync(path, "utf8")).toBe(content);
  });

  it("exits with code 2 on usage errors", () => {
    expect(runCli(["score", "--no-such-flag"]).status).toBe(2);
    expect(runCli(["score", "--format", "xml"]).status).toBe(2);
    expect(runCli(["score", "--workers", "0"]).status).toBe(2);
    const missing = runCli(["score", join(dir, "missing.jsonl")]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain("no such file");
    const badColumn = runCli(["score", join(dir, "ads.csv"), "--text-col", "nope"]);
    expect(badColumn.status).toBe(2);
    expect(badColumn.stderr).toContain('has no column "nope"');
    const badKey = runCli(["score", EXAMPLES, "--description-col", "desc", "-w", "1"]);
    expect(badKey.status).toBe(2);
    expect(badKey.stderr).toContain('has the key "desc" (--description-col)');
    expect(badKey.stdout).toBe("");
    const wide = join(dir, "utf16.jsonl");
    writeFileSync(wide, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('{"id":1,"text":"Cook"}\n', "utf16le")]));
    const utf16 = runCli(["score", wide, "-w", "1"]);
    expect(utf16.status).toBe(2);
    expect(utf16.stderr).toContain(`cannot read ${wide}: JSONL must be UTF-8`);
    expect(utf16.stdout).toBe("");
  });
});

describe("lurescreen explain", SPAWNING, () => {
  const lure = '{"title":"Customer Service Staff – Sihanoukville","description":"Customer service in Sihanoukville, 1,500 USD per month, no experience needed. Free flight and housing provided. Interview on Telegram @cs_recruit_kh, fly next week."}';

  it("explains one posting in plain text, marking each piece of evidence with [[ ]] or {{ }}", () => {
    type Result = { band: string; score: number; language: { code: string; confidence: number }; signals: { title: string; evidence: { text: string }[] }[] };
    const json = JSON.parse(runCli(["explain", "--json"], lure).stdout) as Result;
    const plain = runCli(["explain"], lure);
    expect(plain.status).toBe(0);
    const bandLabel = { high: "High risk", review: "Needs a closer look", low: "No strong warning signs found" }[json.band as "high" | "review" | "low"];
    expect(plain.stdout.split("\n")[0]).toBe(`${json.band.toUpperCase()}  ${bandLabel}  Score ${json.score.toFixed(3)}  (language: ${json.language.code}, ${json.language.confidence.toFixed(2)})`);
    expect(plain.stdout).not.toMatch(/\u001b\[/);
    const posting = plain.stdout.slice(plain.stdout.indexOf("\nThe ad, with the warning signs highlighted"));
    const marked = [...posting.matchAll(/\[\[([^\]]*)\]\]|\{\{([^}]*)\}\}/g)].map((match) => match[1] ?? match[2]);
    for (const signal of json.signals) {
      expect(plain.stdout).toContain(signal.title);
      for (const evidence of signal.evidence) expect(marked.some((text) => text?.includes(evidence.text))).toBe(true);
    }
    expect(json.signals.length).toBeGreaterThan(0);
  });

  it("reads plain text from a file and fails with exit code 1 on an empty posting", () => {
    const path = join(dir, "ad.txt");
    writeFileSync(path, "Bank teller wanted in Quezon City. Salary PHP 20,000 per month.");
    const result = runCli(["explain", path]);
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("text: ");
    const empty = runCli(["explain"], "   ");
    expect(empty.status).toBe(1);
    expect(empty.stderr).toBe("lurescreen: Invalid posting: the posting text is empty\n");
  });
});

describe("lurescreen eval", SPAWNING, () => {
  it("keeps only the records whose basis contains the text, and those with the tag", () => {
    const path = join(dir, "labelled.jsonl");
    const records = [
      { id: "a", label: "lure", lang: "eng", split: "test", tags: ["subtle"], basis: "S1 [batch 13: written blind]", description: "Customer service in Sihanoukville, free flight, Telegram only." },
      { id: "b", label: "legit", lang: "eng", split: "test", tags: ["hard-negative"], basis: "S2 [Batch 13: Written Blind]", description: "Nurse in Leeds, NHS band 5, visa sponsored." },
      { id: "c", label: "lure", lang: "eng", split: "train", tags: ["subtle"], basis: "S1 [batch 13: written blind]", description: "Typing job in Myawaddy, no experience." },
      { id: "d", label: "legit", lang: "eng", split: "test", tags: [], basis: "S3", description: "Barista in Manila, apply in store." },
    ];
    writeFileSync(path, records.map((r) => JSON.stringify(r)).join("\n") + "\n");
    const count = (args: string[]): number => {
      const result = runCli(["eval", path, "--json", ...args]);
      expect(result.status, result.stderr).toBe(0);
      return (JSON.parse(result.stdout) as { examples: number }).examples;
    };
    expect(count(["--split", "test", "--basis", "written blind"])).toBe(2);
    expect(count(["--basis", "WRITTEN BLIND", "--tag", "subtle"])).toBe(2);
    expect(count(["--split", "test", "--tag", "hard-negative"])).toBe(1);
    // Regular-expression syntax is plain text here.
    expect(count(["--basis", "batch 1[34]"])).toBe(0);
  });
});

describe("lurescreen demo", SPAWNING, () => {
  it("prints each example's band and score, and why a high score was left in review", () => {
    const path = join(dir, "demo.jsonl");
    const scam = "Work from home typing job, earn 500 USD a day from your phone. No experience needed. Pay a 50 USD registration fee in USDT to start. Contact Telegram @easyjob_hr";
    writeFileSync(path, `${JSON.stringify({ id: "wfh-scam", text: scam })}\n${JSON.stringify({ id: "hub-lure", text: `${scam}. The office is in Sihanoukville, flight provided.` })}\n`);
    const result = runCli(["demo", path]);
    expect(result.status).toBe(0);
    const [scamLine, lureLine] = result.stdout.split("\n\n");
    expect(scamLine!.split("\n")[0]).toMatch(/^wfh-scam {2}REVIEW {2}score 0\.9\d\d {2}\(eng\) {2}high withheld: nothing-moves-or-controls-the-worker$/);
    expect(lureLine!.split("\n")[0]).toMatch(/^hub-lure {2}HIGH {2}score \d\.\d{3} {2}\(eng\)$/);
  });
});

describe("lurescreen demo quotes", SPAWNING, () => {
  it("shows the words that fired a signal, not only its conditions' words that come first", () => {
    const path = join(dir, "demo-quotes.jsonl");
    const lure = "Customer service in Sihanoukville, 1,500 USD per month, no experience needed. Free flight and housing provided. Interview on Telegram @cs_recruit_kh, fly next week.";
    writeFileSync(path, `${JSON.stringify({ id: "quotes", text: lure })}\n`);
    const result = runCli(["demo", path]);
    expect(result.status).toBe(0);
    const departure = result.stdout.split("\n").find((line) => line.includes("Pushes the worker to depart within days"));
    expect(departure).toContain('"fly next week"');
  });
});

describe("lurescreen demo without its examples", SPAWNING, () => {
  it("says that the examples are not in the npm package, with the usage exit code", () => {
    const result = runCli(["demo", join(dir, "missing.jsonl")]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("no such file");
  });
});

describe("score --help", SPAWNING, () => {
  it("names every CSV column, the result column of --full included", () => {
    const help = runCli(["score", "--help"]).stdout.replace(/\s+/g, " ");
    expect(help).toContain("CSV output has the columns id, score, band, signals (separated by ;), error, line, highWithheld, and with --full a last column result");
  });
});

describe("--help", SPAWNING, () => {
  it.each(["score", "explain"])("shows examples for %s", (command) => {
    const help = runCli([command, "--help"]);
    expect(help.status).toBe(0);
    expect(help.stdout).toContain("Examples:");
    expect(help.stdout).toContain(`$ lurescreen ${command}`);
  });
});
