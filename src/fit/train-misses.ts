/**
 * Developer tool: which TRAIN-split postings a freshly fitted model gets wrong, with the rules that
 * fired. Deliberately train-only: the test split is for measuring, never for tuning.
 *
 *   tsx src/fit/train-misses.ts [--lang kor] [--label lure|legit] [--out-of-fold]
 *
 * With --out-of-fold a posting is judged by its out-of-fold score (a model that never saw it), which
 * is what the fit's threshold choice reads: the legitimate texts listed then are the ones that lift
 * the review threshold.
 */
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createScreener } from "../screen.js";
import { fitModel, loadTrainSplit, type OutOfFoldScore } from "./fit.js";

const argument = (name: string): string | undefined => {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? undefined : process.argv[index + 1];
};

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const train = loadTrainSplit(root);
let outOfFold: OutOfFoldScore[] = [];
const model = fitModel(train, [], { onOutOfFold: (scores) => (outOfFold = scores) });
const outOfFoldById = new Map(outOfFold.map((s) => [s.id, s.score]));
const judgeOutOfFold = process.argv.includes("--out-of-fold");
const screener = createScreener({ model });
const language = argument("lang");
const label = argument("label");
let shown = 0;
for (const record of train) {
  if (language && record.lang !== language) continue;
  if (label && record.label !== label) continue;
  const result = screener.screen(record.posting);
  const score = judgeOutOfFold ? (outOfFoldById.get(record.id) ?? result.score) : result.score;
  const flagged = score >= model.thresholds.review;
  if (flagged === (record.label === "lure")) continue;
  shown++;
  const fired = result.signals.map((s) => `${s.id}${s.contribution ? `(${s.contribution})` : ""}[${s.evidence.slice(0, 2).map((e) => e.text).join("|")}]`).join(" ");
  console.log(`${record.id} ${record.label} score ${score.toFixed(3)}${judgeOutOfFold ? " (out of fold)" : ""} lang ${result.language.code}\n  ${fired || "(nothing fired)"}`);
}
console.log(
  `\n${shown} train postings on the wrong side of the review threshold (${model.thresholds.review}${judgeOutOfFold ? ", out-of-fold scores" : ""}); out-of-fold ROC-AUC ${model.training.outOfFoldRocAuc}`,
);
