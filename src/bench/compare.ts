/**
 * Compares the speed of two builds of the library (this checkout's `dist/` and another's) on a machine
 * shared with other work. Run with:
 *   npm run build && npm run bench:compare -- ../other-checkout [--file corpus/postings/tha.jsonl] [--rounds 4]
 * where the other checkout has been built too (`npm run build` there).
 *
 * Why not `npm run bench` twice: on this project's machines the same code's wall-clock rates moved
 * by 30–50% between runs, more than most changes are worth. Here the two builds run at the same time,
 * one process each (one per core), on the same postings, so a burst of load falls on both; each
 * process screens the postings in passes and times every pass in CPU time; the comparison is the
 * ratio of the two processes' 20th-percentile passes, round by round, with the order of starting
 * swapped every round. Load comes in bursts that slow some passes of one process several times over
 * (a median still moved by half between rounds); a low percentile reads the passes that ran
 * undisturbed. It tells which build is faster and by roughly how much, not absolute rates.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { loadJsonl } from "../eval/load.js";
import { generateAds } from "./generate.js";
import { median, percentile } from "./stats.js";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    file: { type: "string" },
    rounds: { type: "string", default: "4" },
    postings: { type: "string", default: "100" },
    passes: { type: "string", default: "150" },
  },
});
const USAGE = "usage: npm run bench:compare -- <other checkout, built> [--file postings.jsonl] [--rounds 4] [--postings 100] [--passes 150]";
const other = positionals.find((arg) => arg !== "--");
if (other === undefined) {
  console.error(USAGE);
  process.exit(2);
}
const positiveInteger = (name: string, text: string): number => {
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 1) {
    console.error(`--${name} must be a whole number of at least 1 (got ${JSON.stringify(text)})\n${USAGE}`);
    process.exit(2);
  }
  return value;
};
const rounds = positiveInteger("rounds", values.rounds);
const count = positiveInteger("postings", values.postings);
const passes = positiveInteger("passes", values.passes);
for (const checkout of [".", other]) {
  if (!existsSync(resolve(checkout, "dist/index.js"))) {
    console.error(`${resolve(checkout)} has no dist/index.js: run npm run build there first\n${USAGE}`);
    process.exit(2);
  }
}

const postings = values.file ? loadJsonl([values.file]).map((record) => record.posting).slice(0, count) : generateAds(count);
if (postings.length === 0) {
  console.error(`${values.file} holds no postings\n${USAGE}`);
  process.exit(2);
}
const scratch = mkdtempSync(join(tmpdir(), "lurescreen-compare-"));
const postingsFile = join(scratch, "postings.json");
writeFileSync(postingsFile, JSON.stringify(postings));

// The child reads the postings, warms up for as many passes as it measures a tenth of, then prints the
// CPU microseconds per posting of each pass. It imports the build by file URL, so no tsx is involved.
const CHILD = `
const { createScreener } = await import(process.argv[1]);
const postings = JSON.parse((await import("node:fs")).readFileSync(process.argv[2], "utf8"));
const passes = Number(process.argv[3]);
const screener = createScreener();
for (let i = 0; i < Math.max(3, passes / 10); i++) for (const posting of postings) screener.screen(posting);
const times = [];
for (let p = 0; p < passes; p++) {
  const before = process.cpuUsage();
  for (const posting of postings) screener.screen(posting);
  const used = process.cpuUsage(before);
  times.push((used.user + used.system) / postings.length);
}
console.log(JSON.stringify(times));
`;

function passTimes(checkout: string): Promise<number[]> {
  const entry = pathToFileURL(resolve(checkout, "dist/index.js")).href;
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, ["--input-type=module", "-e", CHILD, entry, postingsFile, String(passes)], { stdio: ["ignore", "pipe", "inherit"] });
    let out = "";
    child.stdout.on("data", (chunk: Buffer) => (out += chunk.toString()));
    child.on("error", fail);
    child.on("close", (code) => (code === 0 ? done(JSON.parse(out) as number[]) : fail(new Error(`${checkout}: exited with ${code}`))));
  });
}

const p20 = (list: number[]): number => percentile(list, 0.2);

const here = resolve(".");
const there = resolve(other);
const ratios: number[] = [];
console.log(`lurescreen bench:compare on Node ${process.version}: ${postings.length} ${values.file ? `postings of ${values.file}` : "generated ~2,000-character ads"}, ${passes} passes a round`);
console.log("");
console.log("| round | this checkout: 20th-percentile µs per posting (min) | other: the same | this ÷ other |");
console.log("|---:|---:|---:|---:|");
try {
  for (let round = 1; round <= rounds; round++) {
    // Started in turn first: the one started first gets a head start on the warm-up.
    const [mine, theirs] = round % 2 === 1 ? await Promise.all([passTimes(here), passTimes(there)]) : (await Promise.all([passTimes(there), passTimes(here)])).reverse();
    const ratio = p20(mine!) / p20(theirs!);
    ratios.push(ratio);
    console.log(`| ${round} | ${p20(mine!).toFixed(0)} (${Math.min(...mine!).toFixed(0)}) | ${p20(theirs!).toFixed(0)} (${Math.min(...theirs!).toFixed(0)}) | ${ratio.toFixed(3)} |`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
console.log("");
console.log(`median of the rounds' ratios (this ÷ other): ${median(ratios).toFixed(3)}; below 1: this checkout is faster`);
