/**
 * Does a statistical text model add anything to the rules? Compares, by 5-fold cross-validation on
 * the TRAIN split only, logistic regression over rule hits with the same model plus hashed character
 * trigrams (natural's n-gram generator over the normalised text). The answer decides whether a text
 * model ships inside screen(); see the README's "Model" section for the figures.
 *
 *   npm run fit:text-experiment
 */
import { createRequire } from "node:module";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { metricsAt, rocAuc, type ScoredExample } from "../eval/metrics.js";
import { normalizeText } from "../normalize/normalize.js";
import { sigmoid } from "../score/model.js";
import { createScreener } from "../screen.js";
import { loadTrainSplit } from "./fit.js";
import { fitLogistic, seededRandom } from "./logistic.js";

// natural's index pulls in database drivers and dotenv; load only the n-gram module.
const require = createRequire(import.meta.url);
const { ngrams } = require("natural/lib/natural/ngrams/ngrams.js") as { ngrams: (sequence: string[], n: number) => string[][] };

const BUCKETS = 1024;
const FOLDS = 5;

function hash(text: string): number {
  let h = 2166136261;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0) % BUCKETS;
}

function trigramFeatures(text: string): number[] {
  const row = new Array<number>(BUCKETS).fill(0);
  const characters = Array.from(normalizeText(text).text.replace(/\s+/g, " ").slice(0, 3000));
  for (const gram of ngrams(characters, 3)) row[hash(gram.join(""))] = 1;
  return row;
}

function crossValidatedScores(rows: number[][], labels: (0 | 1)[], fold: number[], l2: number): number[] {
  const scores = new Array<number>(rows.length).fill(0);
  for (let k = 0; k < FOLDS; k++) {
    const idx = rows.map((_, i) => i).filter((i) => fold[i] !== k);
    const lures = idx.filter((i) => labels[i] === 1).length;
    const weights = idx.map((i) => (labels[i] === 1 ? idx.length / (2 * lures) : idx.length / (2 * (idx.length - lures))));
    const fit = fitLogistic({ rows: idx.map((i) => rows[i]!), labels: idx.map((i) => labels[i]!), sampleWeights: weights, l2, iterations: 400, learningRate: 0.05 });
    rows.forEach((row, i) => {
      if (fold[i] === k) scores[i] = sigmoid(row.reduce((z, x, f) => z + x * fit.weights[f]!, fit.bias));
    });
  }
  return scores;
}

function summary(name: string, scores: number[], labels: (0 | 1)[]): string {
  const examples: ScoredExample[] = scores.map((score, i) => ({ id: String(i), label: labels[i] === 1 ? "lure" : "legit", language: "und", score, band: "low", ruleIds: [] }));
  // Recall at the threshold that keeps the false-positive rate at 5%, the review-band target.
  const legitScores = examples.filter((e) => e.label === "legit").map((e) => e.score).sort((a, b) => b - a);
  const threshold = legitScores[Math.floor(legitScores.length * 0.05)] ?? 1;
  const atFivePercent = metricsAt(examples, threshold + 1e-9);
  return `${name}: ROC-AUC ${rocAuc(examples).toFixed(4)}, recall at 5% FPR ${atFivePercent.recall.toFixed(3)}`;
}

function main(): void {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
  const train = loadTrainSplit(root);
  const screener = createScreener();
  const ruleIds = screener.rulePack.rules.filter((r) => r.kind !== "signal").map((r) => r.id);
  const ruleRows: number[][] = [];
  const textRows: number[][] = [];
  const labels: (0 | 1)[] = [];
  for (const record of train) {
    const fired = new Set(screener.screen(record.posting).signals.map((s) => s.id));
    ruleRows.push(ruleIds.map((id) => (fired.has(id) ? 1 : 0)));
    textRows.push(trigramFeatures(`${record.posting.title ?? ""}\n${record.posting.description ?? ""}\n${record.posting.text ?? ""}`));
    labels.push(record.label === "lure" ? 1 : 0);
  }
  const random = seededRandom(7);
  const fold = labels.map(() => Math.floor(random() * FOLDS));
  console.log(`train split: ${labels.filter((l) => l === 1).length} lures, ${labels.filter((l) => l === 0).length} legit; ${FOLDS}-fold cross-validation`);
  console.log(summary("rules only           ", crossValidatedScores(ruleRows, labels, fold, 0.01), labels));
  console.log(summary("text trigrams only   ", crossValidatedScores(textRows, labels, fold, 0.01), labels));
  console.log(summary("rules + text trigrams", crossValidatedScores(ruleRows.map((row, i) => [...row, ...textRows[i]!]), labels, fold, 0.01), labels));
}

main();
