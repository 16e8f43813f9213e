/**
 * What screen() costs per language: the corpus's postings of each language file, screened in a loop
 * in one process after a warm-up. The generated ads of `npm run bench` are English; scripts without
 * spaces between words (Thai, Chinese), Korean and Devanagari meet other costs, and the agencies'
 * clients read those languages. Run with: npm run bench:languages [-- corpus/postings/tha.jsonl …]
 *
 * Wall-clock figures: they move with the machine's other load, so compare two versions by running
 * this on each, one after the other, and read the ratios.
 */
import { readdirSync } from "node:fs";
import { loadJsonl } from "../eval/load.js";
import { createScreener } from "../screen.js";

const DIRECTORY = "corpus/postings";
/** How long each file is screened for, after its warm-up. */
const MEASURE_MS = Number(process.env.LURESCREEN_BENCH_MS ?? 2_000);
const WARM_UP_PASSES = 2;

const files = process.argv.slice(2).filter((arg) => arg !== "--");
const chosen = files.length > 0 ? files : readdirSync(DIRECTORY).filter((name) => name.endsWith(".jsonl")).sort().map((name) => `${DIRECTORY}/${name}`);

const screener = createScreener();
const rows: string[] = [];
for (const file of chosen) {
  const postings = loadJsonl([file]).map((record) => record.posting);
  if (postings.length === 0) continue;
  for (let pass = 0; pass < WARM_UP_PASSES; pass++) for (const posting of postings) screener.screen(posting);
  let screened = 0;
  const started = performance.now();
  while (performance.now() - started < MEASURE_MS) {
    for (const posting of postings) screener.screen(posting);
    screened += postings.length;
  }
  const microseconds = ((performance.now() - started) * 1000) / screened;
  const characters = postings.reduce((sum, posting) => sum + Object.values(posting).reduce((n: number, value) => n + (typeof value === "string" ? value.length : 0), 0), 0) / postings.length;
  const name = file.split("/").pop()!.replace(/\.jsonl$/, "");
  rows.push(`| ${name} | ${postings.length} | ${Math.round(characters)} | ${Math.round(microseconds).toLocaleString("en")} | ${Math.round(1e6 / microseconds).toLocaleString("en")} |`);
  console.error(`bench:languages: ${name} done`);
}
console.log(`lurescreen on Node ${process.version}; each file screened for ${MEASURE_MS} ms after ${WARM_UP_PASSES} warm-up passes`);
console.log("");
console.log("| file | postings | characters per posting | µs per posting | postings/s |");
console.log("|---|---:|---:|---:|---:|");
for (const row of rows) console.log(row);
