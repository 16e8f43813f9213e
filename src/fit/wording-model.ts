/**
 * Fits the wording model (src/features/wording.ts) on the corpus TRAIN split, lures against
 * legitimate texts, with the "fit" half of the real job-board ads as further legitimate texts (they
 * weigh as much as half the corpus's legitimate texts, as in fit.ts), and writes it to
 * src/generated/wording-model.json. Also gives out-of-fold logits (folds by blind batch), so that
 * fit.ts never weighs a rule on a logit the model gave a text it was trained on.
 *
 *   tsx src/fit/wording-model.ts      (npm run fit runs it first)
 */
import { createHash } from "node:crypto";
import { writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { loadJsonl } from "../eval/load.js";
import { normalizeText } from "../normalize/normalize.js";
import { postingFields } from "../posting/schema.js";
import { WORDING_BUCKETS, encodeWordingModel, wordingBuckets, wordingText } from "../features/wording.js";
import { fitSparseLogistic, sparseLogit } from "./sparse-logistic.js";

type Records = ReturnType<typeof loadJsonl>;

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

export const WORDING_L2 = 1e-4;
export const WORDING_EPOCHS = 12;
export const WORDING_SEED = 20261201;
/** The real ads together weigh this share of the corpus's legitimate texts. */
export const WORDING_REALADS_SHARE = 0.5;
export const WORDING_FOLDS = 5;

/** The model's binary features of a corpus record. */
export function wordingRow(record: Records[number]): Int32Array {
  return wordingBuckets(wordingText(postingFields(record.posting).map(([, value]) => normalizeText(value).text)));
}

/** Blind batch of a record ("batch 34: …" in its basis), or null. */
export function batchOf(basis: string | undefined): number | null {
  const match = /batch (\d+):/.exec(basis ?? "");
  return match ? Number(match[1]) : null;
}

/** Fits the weights (bias last) on corpus records (lures 1, legitimate 0) and real ads (0). */
export function fitWordingWeights(corpus: Records, realAds: Records, rows: ReadonlyMap<string, Int32Array>, seed = WORDING_SEED): Float64Array {
  const legitCount = corpus.filter((r) => r.label !== "lure").length;
  const realWeight = realAds.length > 0 ? (WORDING_REALADS_SHARE * legitCount) / realAds.length : 0;
  return fitSparseLogistic(
    [...corpus, ...realAds].map((r) => rows.get(r.id)!),
    [...corpus.map((r) => (r.label === "lure" ? 1 : 0) as 0 | 1), ...realAds.map(() => 0 as const)],
    { buckets: WORDING_BUCKETS, l2: WORDING_L2, epochs: WORDING_EPOCHS, seed, sampleWeights: [...corpus.map(() => 1), ...realAds.map(() => realWeight)] },
  );
}

/** A stable fold for a record: its blind batch when it has one (a batch's texts share a writer), else a hash of its id. */
function foldOf(record: Records[number]): number {
  const batch = batchOf(record.basis);
  const key = batch === null ? record.id : `batch ${batch}`;
  return createHash("sha256").update(key).digest()[0]! % WORDING_FOLDS;
}

/** Each record's logit from a model fitted without its fold. */
export function outOfFoldWordingLogits(corpus: Records, realAds: Records): Map<string, number> {
  const rows = new Map([...corpus, ...realAds].map((r) => [r.id, wordingRow(r)]));
  const logits = new Map<string, number>();
  for (let k = 0; k < WORDING_FOLDS; k++) {
    const inFold = (r: Records[number]) => foldOf(r) === k;
    const weights = fitWordingWeights(corpus.filter((r) => !inFold(r)), realAds.filter((r) => !inFold(r)), rows, WORDING_SEED + k);
    for (const record of [...corpus, ...realAds]) if (inFold(record)) logits.set(record.id, sparseLogit(weights, rows.get(record.id)!));
  }
  return logits;
}

/** Fits the shipped model and writes it; returns its version. */
export function writeWordingModel(corpus: Records, realAds: Records): string {
  const rows = new Map([...corpus, ...realAds].map((r) => [r.id, wordingRow(r)]));
  const weights = fitWordingWeights(corpus, realAds, rows);
  const bias = weights[WORDING_BUCKETS]!;
  const digest = createHash("sha256").update(new Uint8Array(new Float64Array(weights).buffer)).digest("hex").slice(0, 8);
  const file = encodeWordingModel(`wording-${digest}`, weights.subarray(0, WORDING_BUCKETS), bias);
  writeFileSync(join(root, "src/generated/wording-model.json"), `${JSON.stringify(file)}\n`);
  return file.version;
}
