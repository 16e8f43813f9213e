/**
 * Developer tool: which TRAIN-split postings a freshly fitted model gets wrong, with the rules that
 * fired. Deliberately train-only: the test split is for measuring, never for tuning.
 *
 *   tsx src/fit/train-misses.ts [--lang kor] [--label lure|legit]
 */
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { createScreener } from "../screen.js";
import { fitModel, loadTrainSplit } from "./fit.js";

const argument = (name: string): string | undefined => {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? undefined : process.argv[index + 1];
};

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const train = loadTrainSplit(root);
const model = fitModel(train);
const screener = createScreener({ model });
const language = argument("lang");
const label = argument("label");
let shown = 0;
for (const record of train) {
  if (language && record.lang !== language) continue;
  if (label && record.label !== label) continue;
  const result = screener.screen(record.posting);
  const flagged = result.score >= model.thresholds.review;
  if (flagged === (record.label === "lure")) continue;
  shown++;
  const fired = result.signals.map((s) => `${s.id}${s.contribution ? `(${s.contribution})` : ""}[${s.evidence.slice(0, 2).map((e) => e.text).join("|")}]`).join(" ");
  console.log(`${record.id} ${record.label} score ${result.score.toFixed(3)} lang ${result.language.code}\n  ${fired || "(nothing fired)"}`);
}
console.log(`\n${shown} train postings on the wrong side of the review threshold (${model.thresholds.review}); out-of-fold ROC-AUC ${model.training.outOfFoldRocAuc}`);
