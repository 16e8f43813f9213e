/**
 * Developer tool: the "first readings" of the blind batches' TRAIN halves, and what the high band's
 * conditions do to them. Each blind batch was screened before anything was tuned on it; this tool
 * rebuilds the code each batch first met (a git worktree of that commit), screens the batch's train
 * half as appended, and reports, against the current rule pack's marks (`withholdsHigh`,
 * `movesOrControlsWorker`), how many legitimate ads and lures stood at high and which marks they
 * carried, and what the marker damping (`MARKER_DAMPING` in fit.ts) would make of them at several
 * factors. It then does the same for the current train split with the bundled model. Train only:
 * the test halves are never read.
 *
 *   tsx src/fit/first-readings.ts [--save readings.json]   (needs git history and node_modules; a few minutes)
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadJsonl } from "../eval/load.js";
import { createScreener } from "../screen.js";
import { scoreHits } from "../score/score.js";
import { loadTrainSplit } from "./fit.js";

/** Each blind batch, the commit whose code and model first read it, and the commit that appended it. */
export const FIRST_READINGS = [
  { batch: 21, code: "03ff5df", corpus: "c45b0b9" },
  { batch: 22, code: "ce8d763", corpus: "7eac3f5" },
  { batch: 23, code: "c710529", corpus: "fe741c7" },
  { batch: 24, code: "68b704e", corpus: "3704fd7" },
  { batch: 25, code: "5d4fb23", corpus: "4de2efd" },
  { batch: 26, code: "8b015f7", corpus: "6549219" },
  { batch: 27, code: "da8e903", corpus: "2f14f90" },
  { batch: 28, code: "36f8e8b", corpus: "52ff05c" },
  { batch: 29, code: "abfdfb5", corpus: "e1b1578" },
  { batch: 30, code: "2566819", corpus: "a1f9e7d" },
  { batch: 31, code: "6ad6a21", corpus: "03f8854" },
  { batch: 32, code: "145c961", corpus: "46c9679" },
  { batch: 33, code: "d367f49", corpus: "5ef5dda" },
  { batch: 34, code: "033a058", corpus: "2ecbe10" },
  { batch: 35, code: "7d0151d", corpus: "58800e2" },
  { batch: 36, code: "00422e9", corpus: "b86139b" },
  { batch: 37, code: "7f536db", corpus: "0a558c1" },
] as const;

interface Reading {
  id: string;
  label: string;
  band: string;
  signals: string[];
  /** `legitimacy.advisoryCues` as that code counted them; absent where it had no such feature. */
  advisoryCues?: number;
  /** The record's corpus tags (genre, country, channel…), to see which kinds of text a fresh release misreads. */
  tags: string[];
}

/** Tags shown in the table of legitimate texts flagged on first reading. */
const TAGS_SHOWN = 15;

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const git = (...args: string[]): string => execFileSync("git", args, { cwd: root, encoding: "utf8", maxBuffer: 1 << 28 });

// Screens inside the old build: its own dist, its own model. Prints one JSON array.
const SCREEN_SCRIPT = `
const [dist, corpusDir, batch] = process.argv.slice(2);
const { screen } = await import(dist);
const { readFileSync, readdirSync } = await import("node:fs");
const out = [];
for (const file of readdirSync(corpusDir)) for (const line of readFileSync(corpusDir + "/" + file, "utf8").split("\\n")) {
  if (!line.trim()) continue;
  const record = JSON.parse(line);
  if (record.split !== "train" || !String(record.basis ?? "").includes("batch " + batch + ":")) continue;
  const result = screen(record);
  out.push({ id: record.id, label: record.label, band: result.band, signals: result.signals.map((s) => s.id), advisoryCues: result.features?.legitimacy?.advisoryCues, tags: record.tags ?? [] });
}
console.log(JSON.stringify(out));
`;

function firstReading(batch: number, code: string, corpus: string): Reading[] {
  const work = mkdtempSync(join(tmpdir(), `lurescreen-first-reading-${batch}-`));
  const tree = join(work, "tree");
  try {
    git("worktree", "add", "--detach", tree, code);
    symlinkSync(join(root, "node_modules"), join(tree, "node_modules"));
    execFileSync("npx", ["tsup", "--silent"], { cwd: tree, stdio: "ignore" });
    const corpusDir = join(work, "corpus");
    mkdirSync(corpusDir, { recursive: true });
    for (const path of git("ls-tree", "--name-only", corpus, "corpus/postings/").split("\n").filter((p) => p.endsWith(".jsonl"))) {
      writeFileSync(join(corpusDir, path.split("/").pop()!), git("show", `${corpus}:${path}`));
    }
    const script = join(work, "screen.mjs");
    writeFileSync(script, SCREEN_SCRIPT);
    return JSON.parse(execFileSync("node", [script, join(tree, "dist/index.js"), corpusDir, String(batch)], { encoding: "utf8", maxBuffer: 1 << 28 })) as Reading[];
  } finally {
    try {
      git("worktree", "remove", "--force", tree);
    } catch {
      // A failed checkout leaves nothing to remove.
    }
    rmSync(work, { recursive: true, force: true });
  }
}

function main(): void {
  const pack = createScreener().rulePack;
  const withholds = new Set(pack.rules.filter((r) => r.withholdsHigh).map((r) => r.id));
  const moves = new Set(pack.rules.filter((r) => r.movesOrControlsWorker).map((r) => r.id));
  const readings: Reading[] = [];
  for (const { batch, code, corpus } of FIRST_READINGS) {
    const batchReadings = firstReading(batch, code, corpus);
    const legit = batchReadings.filter((r) => r.label === "legit");
    console.log(`batch ${batch} (code ${code}, corpus ${corpus}): ${batchReadings.length} train postings; legitimate ads flagged ${legit.filter((r) => r.band !== "low").length} of ${legit.length}, at high ${legit.filter((r) => r.band === "high").length}`);
    readings.push(...batchReadings);
  }
  const save = process.argv.indexOf("--save");
  if (save > 0 && process.argv[save + 1]) writeFileSync(process.argv[save + 1]!, JSON.stringify(readings));
  const atHigh = (label: string) => readings.filter((r) => r.label === label && r.band === "high");
  const withheldBy = (r: Reading) => r.signals.filter((id) => withholds.has(id));
  const legitHigh = atHigh("legit");
  const lureHigh = atHigh("lure");
  console.log(`\nFirst readings, batches ${FIRST_READINGS.map((b) => b.batch).join(", ")} (train halves):`);
  console.log(`  legitimate ads at high: ${legitHigh.length} of ${readings.filter((r) => r.label === "legit").length}; with a marker that withholds high: ${legitHigh.filter((r) => withheldBy(r).length > 0).length}`);
  console.log(`  lures at high: ${lureHigh.length} of ${readings.filter((r) => r.label === "lure").length}; with a marker that withholds high: ${lureHigh.filter((r) => withheldBy(r).length > 0).length}`);
  console.log(`  lures at high with no marker that moves or controls the worker: ${lureHigh.filter((r) => !r.signals.some((id) => moves.has(id))).length}`);
  // Which kinds of legitimate text the code each batch first met flagged (review or high), by tag.
  const legitReadings = readings.filter((r) => r.label === "legit");
  const byTag = new Map<string, { flagged: number; total: number }>();
  for (const reading of legitReadings) {
    for (const tag of new Set(reading.tags)) {
      const count = byTag.get(tag) ?? { flagged: 0, total: 0 };
      count.total += 1;
      if (reading.band !== "low") count.flagged += 1;
      byTag.set(tag, count);
    }
  }
  console.log(`  legitimate ads flagged: ${legitReadings.filter((r) => r.band !== "low").length} of ${legitReadings.length}; by tag (flagged of tagged):`);
  const tagRows = [...byTag].sort((a, b) => b[1].flagged - a[1].flagged || (a[0] < b[0] ? -1 : 1)).slice(0, TAGS_SHOWN);
  for (const [tag, { flagged, total }] of tagRows) console.log(`    ${tag}: ${flagged} of ${total}`);
  for (const id of [...withholds].sort()) {
    const only = legitHigh.filter((r) => withheldBy(r).length === 1 && withheldBy(r)[0] === id).length;
    console.log(`  ${id}: on ${legitHigh.filter((r) => r.signals.includes(id)).length} legitimate ads at high (the only withholding marker of ${only}), ${lureHigh.filter((r) => r.signals.includes(id)).length} lures at high`);
  }

  // Mitigating rules left unmarked, for comparison: how often the same first readings carried them.
  const unmarked = pack.rules.filter((r) => r.kind === "mitigating" && !r.withholdsHigh).map((r) => r.id).sort();
  for (const id of unmarked) {
    console.log(`  (not withholding) ${id}: on ${legitHigh.filter((r) => r.signals.includes(id)).length} legitimate ads at high (${legitHigh.filter((r) => r.signals.includes(id) && withheldBy(r).length === 0).length} of them with no withholding marker), ${lureHigh.filter((r) => r.signals.includes(id)).length} lures at high`);
  }

  // The marker damping (MARKER_DAMPING in fit.ts): the same readings rescored with the bundled
  // model's weights, as if its factor were each of these. Rule ids the pack no longer has count nothing.
  const screener = createScreener();
  const ruleById = new Map(pack.rules.map((rule) => [rule.id, rule]));
  console.log(`\nMarker damping on the same first readings, rescored with model ${screener.model.version} (review ≥ ${screener.model.thresholds.review}):`);
  const variants = [1, 0.5, 0.2, 0.1];
  for (const markerDamping of variants) {
    const model = { ...screener.model, markerDamping };
    const flagged = (label: string) =>
      readings.filter((r) => {
        if (r.label !== label) return false;
        const hits = r.signals.flatMap((id) => (ruleById.has(id) ? [{ rule: ruleById.get(id)!, evidence: [] }] : []));
        return scoreHits(hits, model).score >= model.thresholds.review;
      }).length;
    const total = (label: string) => readings.filter((r) => r.label === label).length;
    console.log(`  factor ${markerDamping}: lures flagged ${flagged("lure")} of ${total("lure")}, legitimate ads flagged ${flagged("legit")} of ${total("legit")}`);
  }

  // The current train split, bundled model: what the conditions withhold.
  const high = screener.model.thresholds.high;
  const counts = { lureAbove: 0, lureWithheldMarker: 0, lureWithheldNothingMoves: 0, scamAbove: 0, scamWithheld: 0, legitAbove: 0 };
  const unmarkedOnLures = new Map<string, number>();
  for (const record of loadTrainSplit(root).concat(loadScams(root))) {
    const result = screener.screen(record.posting);
    if (result.score < high) continue;
    if (record.label === "lure") {
      counts.lureAbove++;
      if (result.highWithheld === "legitimate-recruiter-marker") counts.lureWithheldMarker++;
      if (result.highWithheld === "nothing-moves-or-controls-the-worker") counts.lureWithheldNothingMoves++;
      for (const signal of result.signals) if (unmarked.includes(signal.id)) unmarkedOnLures.set(signal.id, (unmarkedOnLures.get(signal.id) ?? 0) + 1);
    } else if (record.label === "scam") {
      counts.scamAbove++;
      if (result.highWithheld) counts.scamWithheld++;
    } else counts.legitAbove++;
  }
  console.log(`\nCurrent train split, model ${screener.model.version} (high ≥ ${high}):`);
  console.log(`  lures at or above the threshold: ${counts.lureAbove}; withheld by a legitimacy marker ${counts.lureWithheldMarker}, by nothing moving the worker ${counts.lureWithheldNothingMoves}`);
  console.log(`  scams at or above the threshold: ${counts.scamAbove}; withheld ${counts.scamWithheld}`);
  console.log(`  legitimate ads at or above the threshold: ${counts.legitAbove}`);
  console.log(`  lures at or above the threshold carrying a mitigating rule that does not withhold: ${[...unmarkedOnLures].map(([id, n]) => `${id} ${n}`).join(", ")}`);
}

/** The train split's scams (loadTrainSplit keeps lures and legitimate ads only). */
function loadScams(base: string): ReturnType<typeof loadJsonl> {
  const dir = join(base, "corpus/postings");
  const files = readdirSync(dir).filter((f) => f.endsWith(".jsonl")).sort().map((f) => join(dir, f));
  return loadJsonl(files).filter((r) => r.split === "train" && r.label === "scam");
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
