/**
 * Developer tool: postings by their count of advisory cues (`legitimacy.advisoryCues`, capped at 4,
 * the count at which `reads-as-an-advisory` damps the markers), and how many of each count reach the
 * review band. It shows where the flagged legitimate texts sit and what moving the damping's cliff
 * would cost:
 *   - the train split judged by out-of-fold scores (a model that never saw the posting, as the fit's
 *     threshold choice reads them);
 *   - the adversarial fixtures (lures that paste warning lines, and the reviewer's legitimate probes),
 *     screened with the bundled model;
 *   - with --test, the test split screened with the bundled model: measured only, never tuned on.
 *
 *   tsx src/fit/advisory-cues.ts [--test] [--lang kor]
 *
 * With --lang, only that language's postings are counted (the fit still reads the whole train split).
 */
import { existsSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadJsonl } from "../eval/load.js";
import { createScreener } from "../screen.js";
import { type OutOfFoldScore, fitModel, loadTrainSplit } from "./fit.js";

const CLIFF = 4;
const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const jsonlIn = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".jsonl")).sort().map((f) => join(dir, f)) : []);
const screener = createScreener();

type Tally = Map<string, { postings: number; flagged: number }>;

function tally(rows: readonly { label: string; cues: number; flagged: boolean }[]): Tally {
  const out: Tally = new Map();
  for (const row of rows) {
    const key = `${row.label} ${Math.min(row.cues, CLIFF)}${row.cues >= CLIFF ? "+" : ""}`;
    const entry = out.get(key) ?? { postings: 0, flagged: 0 };
    entry.postings += 1;
    if (row.flagged) entry.flagged += 1;
    out.set(key, entry);
  }
  return out;
}

function print(title: string, rows: readonly { label: string; cues: number; flagged: boolean }[]): void {
  console.log(`\n${title}\n| label | advisory cues | postings | at review or above |\n|---|---:|---:|---:|`);
  for (const [key, { postings, flagged }] of [...tally(rows)].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const [label, cues] = key.split(" ");
    console.log(`| ${label} | ${cues} | ${postings} | ${flagged} (${((100 * flagged) / postings).toFixed(1)}%) |`);
  }
}

const cuesOf = (posting: unknown): number => {
  const outcome = screener.safeScreen(posting);
  return outcome.success ? outcome.data.features.legitimacy.advisoryCues : 0;
};

const langIndex = process.argv.indexOf("--lang");
const onlyLang = langIndex === -1 ? undefined : process.argv[langIndex + 1];
const inLang = (r: { lang?: string }): boolean => onlyLang === undefined || r.lang === onlyLang;

const train = loadTrainSplit(root);
let outOfFold: OutOfFoldScore[] = [];
const model = fitModel(train, [], { onOutOfFold: (scores) => (outOfFold = scores) });
const scoreById = new Map(outOfFold.map((s) => [s.id, s.score]));
print(
  `train split, out-of-fold scores (review threshold of this fit without real ads: ${model.thresholds.review})`,
  train.filter(inLang).map((r) => ({ label: r.label ?? "?", cues: cuesOf(r.posting), flagged: (scoreById.get(r.id) ?? 0) >= model.thresholds.review })),
);

const bandRows = (records: ReturnType<typeof loadJsonl>) =>
  records.map((r) => {
    const outcome = screener.safeScreen(r.posting);
    return { label: r.label ?? "?", cues: outcome.success ? outcome.data.features.legitimacy.advisoryCues : 0, flagged: outcome.success && outcome.data.band !== "low" };
  });
print(`fixtures (test/fixtures), bundled model ${screener.model.version}`, bandRows(loadJsonl(jsonlIn(join(root, "test/fixtures"))).filter(inLang)));

if (process.argv.includes("--test")) {
  const test = loadJsonl(jsonlIn(join(root, "corpus/postings"))).filter((r) => r.split === "test" && (r.label === "lure" || r.label === "legit") && inLang(r));
  print(`test split (measured only), bundled model ${screener.model.version}`, bandRows(test));
}
