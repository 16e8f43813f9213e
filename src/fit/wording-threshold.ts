/**
 * Developer tool: where `wording-reads-unlike-a-lure` should fire, measured without the
 * test split. The rule damps the markers of a text about work abroad whose wording the model reads
 * as about offers (log-odds ≤ τ). Two things pull τ in opposite directions:
 *
 * - the reviewer's lure probes (`test/fixtures/reviewer-probes.jsonl`, lures written to borrow
 *   warning and legitimacy wording) and the two other lure fixtures: the rule must not fire on them,
 *   or they fall to low. Read by a wording model fitted on the whole train split, as shipped.
 * - the first readings of the blind batches' train halves (`tsx src/fit/first-readings.ts --save`):
 *   texts the lexicons had never seen, each read by a wording model fitted without its batch. The
 *   rule should pull their legitimate texts below review.
 *
 * Each posting is rescored from the rules that fired on it (the first readings' own signals for
 * those) without the wording rule, then with it where its conditions hold, with the bundled model's
 * weights. `places.abroad` comes from screening the text with the current code.
 *
 *   tsx src/fit/first-readings.ts --save readings.json && tsx src/fit/wording-threshold.ts readings.json
 */
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadJsonl } from "../eval/load.js";
import { WORDING_BUCKETS, wordingText } from "../features/wording.js";
import { normalizeText } from "../normalize/normalize.js";
import { postingFields } from "../posting/schema.js";
import { createScreener } from "../screen.js";
import { scoreHits } from "../score/score.js";
import { loadRealadsFitHalf, loadTrainSplit } from "./fit.js";
import { fitSparseLogistic, sparseLogit } from "./sparse-logistic.js";
import { WORDING_EPOCHS, WORDING_L2, WORDING_REALADS_SHARE, WORDING_SEED, batchOf, wordingRow } from "./wording-model.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const RULE_ID = "wording-reads-unlike-a-lure";
const TAUS = (process.env.TAUS ?? "-1,-1.5,-2,-2.5,-3").split(",").map(Number);
/** MIN_CHARS=n: the rule fires only on texts of at least n characters as the model reads them (the shipped rule: 300; MIN_CHARS=0 drops the condition). */
const MIN_CHARS = Number(process.env.MIN_CHARS ?? 300);
const FIXTURES = ["reviewer-probes", "pasted-legitimacy-lures", "borrowed-readings-lures"];

type Records = ReturnType<typeof loadJsonl>;
interface Reading {
  id: string;
  label: string;
  signals: string[];
}

const charactersOf = (record: Records[number]) => wordingText(postingFields(record.posting).map(([, value]) => normalizeText(value).text)).length;

function main(): void {
  const readingsPath = process.argv[2];
  if (!readingsPath) throw new Error("usage: tsx src/fit/wording-threshold.ts readings.json (from tsx src/fit/first-readings.ts --save)");
  const train = loadTrainSplit(root).filter((r) => r.label === "lure" || r.label === "legit");
  const realFit = loadRealadsFitHalf(root);
  const rows = new Map([...train, ...realFit].map((r) => [r.id, wordingRow(r)]));
  const legitCount = train.filter((r) => r.label === "legit").length;
  const realWeight = realFit.length > 0 ? (WORDING_REALADS_SHARE * legitCount) / realFit.length : 0;
  // As wording-model.ts fits the shipped model, on the given part of the train split.
  const fit = (training: Records, seed: number) =>
    fitSparseLogistic(
      [...training, ...realFit].map((r) => rows.get(r.id)!),
      [...training.map((r) => (r.label === "lure" ? 1 : 0) as 0 | 1), ...realFit.map(() => 0 as const)],
      { buckets: WORDING_BUCKETS, l2: WORDING_L2, epochs: WORDING_EPOCHS, seed, sampleWeights: [...training.map(() => 1), ...realFit.map(() => realWeight)] },
    );
  const screener = createScreener();
  const model = screener.model;
  const ruleById = new Map(screener.rulePack.rules.map((rule) => [rule.id, rule]));
  const wordingRule = ruleById.get(RULE_ID);
  if (!wordingRule) throw new Error(`${RULE_ID} is not in the rule pack`);
  const flagged = (signals: readonly string[], fires: boolean) => {
    const hits = signals.flatMap((id) => (id !== RULE_ID && ruleById.has(id) ? [{ rule: ruleById.get(id)!, evidence: [] }] : []));
    if (fires) hits.push({ rule: wordingRule, evidence: [] });
    return scoreHits(hits, model).score >= model.thresholds.review;
  };
  const pct = (n: number, of: number) => `${n} of ${of} (${of === 0 ? "–" : ((100 * n) / of).toFixed(1)}%)`;

  console.log(`Lure fixtures, wording model fitted on the whole train split; flagged = at or above review (${model.thresholds.review})`);
  const whole = fit(train, WORDING_SEED);
  for (const name of FIXTURES) {
    const lures = loadJsonl([join(root, `test/fixtures/${name}.jsonl`)]).filter((r) => r.label === "lure");
    const read = lures.map((r) => {
      const result = screener.screen(r.posting);
      return { signals: result.signals.map((s) => s.id), abroad: result.features.places.abroad === true && charactersOf(r) >= MIN_CHARS, logit: sparseLogit(whole, wordingRow(r)) };
    });
    const without = read.filter((r) => flagged(r.signals, false)).length;
    for (const tau of TAUS) {
      const fires = (r: (typeof read)[number]) => r.abroad && r.logit <= tau;
      console.log(`${name.padEnd(26)} τ ${String(tau).padStart(4)}: fires on ${pct(read.filter(fires).length, read.length)}; flagged ${without} without the rule, ${read.filter((r) => flagged(r.signals, fires(r))).length} with it`);
    }
  }

  const readings = JSON.parse(readFileSync(readingsPath, "utf8")) as Reading[];
  const byId = new Map(train.map((r) => [r.id, r]));
  const read = readings.filter((r) => byId.has(r.id));
  const batches = [...new Set(read.map((r) => batchOf(byId.get(r.id)!.basis)!))].sort((a, b) => a - b);
  const logit = new Map<string, number>();
  for (const batch of batches) {
    const weights = fit(
      train.filter((r) => batchOf(r.basis) !== batch),
      WORDING_SEED + batch,
    );
    for (const r of read) if (batchOf(byId.get(r.id)!.basis) === batch) logit.set(r.id, sparseLogit(weights, rows.get(r.id)!));
  }
  const abroad = new Map(read.map((r) => [r.id, screener.screen(byId.get(r.id)!.posting).features.places.abroad === true && charactersOf(byId.get(r.id)!) >= MIN_CHARS]));
  console.log(`\nFirst readings of blind batches ${batches[0]}–${batches.at(-1)} (train halves), each read by a wording model fitted without its batch`);
  for (const [name, langs] of [["all languages", null], ["Hindi and Nepali", new Set(["hin", "nep"])]] as const) {
    const set = read.filter((r) => !langs || langs.has(byId.get(r.id)!.lang ?? ""));
    const lures = set.filter((r) => r.label === "lure");
    const legit = set.filter((r) => r.label === "legit");
    const count = (list: Reading[], fires: (r: Reading) => boolean) => list.filter((r) => flagged(r.signals, fires(r))).length;
    console.log(`${name}: without the rule recall ${pct(count(lures, () => false), lures.length)}, legitimate flagged ${pct(count(legit, () => false), legit.length)}`);
    for (const tau of TAUS) {
      const fires = (r: Reading) => abroad.get(r.id)! && logit.get(r.id)! <= tau;
      console.log(`  τ ${String(tau).padStart(4)}: recall ${pct(count(lures, fires), lures.length)}, legitimate flagged ${pct(count(legit, fires), legit.length)}`);
    }
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
