/**
 * The posting's wording as a whole, read by a small statistical model: does it sound like the lures
 * of the train split, or like its legitimate texts (lawful recruitment abroad and at home, and texts
 * about offers: warnings, news reports, survivors' accounts, forum threads)?
 *
 * Why a model and not more lexicon entries: each blind batch's first reading (the code that first
 * met it, `tsx src/fit/first-readings.ts`) flagged about a quarter of its legitimate texts, mostly
 * texts about offers whose warning words no lexicon held yet; a model of hashed words and character
 * trigrams trained without that batch told them from lures far better
 * (`tsx src/fit/text-model-blind.ts`). The lexicons stay the evidence of what is offered; this model
 * only says how the text reads, and a rule (`wording-reads-unlike-a-lure`) uses it.
 *
 * Features: the words and the character trigrams of the normalised text (trigrams carry the scripts
 * written without spaces and the inflections that split whole words), hashed into 2^18 buckets.
 * Pure, and safe in browsers.
 */
import type { Evidence, FeatureContext, NormalizedField } from "../types.js";
import { evidenceFor } from "./evidence.js";
import { lazy } from "./lazy.js";
import wordingModelData from "../generated/wording-model.json";

export const WORDING_BITS = 18;
export const WORDING_BUCKETS = 1 << WORDING_BITS;
const MASK = WORDING_BUCKETS - 1;
const TRIGRAM_SEED = 0x51;
const WORD_SEED = 0x77;

/** FNV-1a over a string's UTF-16 units, seeded so words and trigrams land in different places. */
function hash(text: string, from: number, to: number, seed: number): number {
  let h = 2166136261 ^ seed;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0) & MASK;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const SPACES = /\s+/g;

/**
 * The text the model reads: the posting's normalised fields in reading order, one per line, with
 * every whitespace run as one space. Training and screening both build it here.
 */
export function wordingText(normalizedFields: readonly string[]): string {
  return normalizedFields.join("\n").toLowerCase().replace(SPACES, " ");
}

/** Calls `visit` with the bucket of every word and character trigram of `text`, repeats included. */
export function forEachWordingBucket(text: string, visit: (bucket: number) => void): void {
  for (let i = 0; i + 3 <= text.length; i++) visit(hash(text, i, i + 3, TRIGRAM_SEED));
  WORD.lastIndex = 0;
  for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) visit(hash(match[0], 0, match[0].length, WORD_SEED));
}

/** The sorted, distinct buckets of a text (the model's binary features), for training. */
export function wordingBuckets(text: string): Int32Array {
  const buckets = new Set<number>();
  forEachWordingBucket(text, (bucket) => buckets.add(bucket));
  return Int32Array.from(buckets).sort();
}

/** The shipped model as stored: int8 weights (base64), their scale, the bias. */
interface WordingModelFile {
  version: string;
  bits: number;
  scale: number;
  bias: number;
  weights: string;
}

export interface WordingModel {
  version: string;
  bias: number;
  /** One weight per bucket. */
  weights: Float32Array;
}

function decodeBase64(text: string): Uint8Array {
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  const lookup = new Uint8Array(128);
  for (let i = 0; i < alphabet.length; i++) lookup[alphabet.charCodeAt(i)] = i;
  let length = text.length;
  while (length > 0 && text.charCodeAt(length - 1) === 0x3d) length--;
  const clean = text.slice(0, length);
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let bits = 0;
  let value = 0;
  let at = 0;
  for (let i = 0; i < clean.length; i++) {
    value = (value << 6) | lookup[clean.charCodeAt(i)]!;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[at++] = (value >> bits) & 0xff;
    }
  }
  return out;
}

/** Decodes a stored model; throws if it does not fit this code's hashing. */
export function decodeWordingModel(file: WordingModelFile): WordingModel {
  if (file.bits !== WORDING_BITS) throw new Error(`wording model has ${file.bits} bits, the code hashes into ${WORDING_BITS}`);
  const bytes = decodeBase64(file.weights);
  if (bytes.length !== WORDING_BUCKETS) throw new Error(`wording model holds ${bytes.length} weights, expected ${WORDING_BUCKETS}`);
  const weights = new Float32Array(WORDING_BUCKETS);
  const signed = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
  for (let i = 0; i < WORDING_BUCKETS; i++) weights[i] = signed[i]! * file.scale;
  return { version: file.version, bias: file.bias, weights };
}

/** Int8 weights and their scale, for storing a fitted model. */
export function encodeWordingModel(version: string, weights: ArrayLike<number>, bias: number): WordingModelFile {
  let largest = 0;
  for (let i = 0; i < WORDING_BUCKETS; i++) largest = Math.max(largest, Math.abs(weights[i]!));
  const scale = largest === 0 ? 1 : largest / 127;
  const bytes = new Uint8Array(WORDING_BUCKETS);
  for (let i = 0; i < WORDING_BUCKETS; i++) bytes[i] = Math.round(weights[i]! / scale) & 0xff;
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return { version, bits: WORDING_BITS, scale, bias, weights: btoa(binary) };
}

export const BUNDLED_WORDING_MODEL = /* @__PURE__ */ lazy(() => decodeWordingModel(wordingModelData as WordingModelFile));

/** A model's logit for a text: positive reads like a lure, negative like a legitimate text. */
export function wordingLogit(model: WordingModel, text: string, seen: Uint32Array = new Uint32Array(WORDING_BUCKETS), stamp = 1): number {
  let logit = model.bias;
  forEachWordingBucket(text, (bucket) => {
    if (seen[bucket] === stamp) return;
    seen[bucket] = stamp;
    logit += model.weights[bucket]!;
  });
  return logit;
}

export interface WordingFeature {
  /**
   * The model's log-odds that the posting is a lure rather than a legitimate text (lawful
   * recruitment, or a warning, news, an account or a thread about offers). About 0 where it cannot
   * tell; the rule `wording-reads-unlike-a-lure` fires at −2 or below, on texts of 300 characters or more.
   */
  lureLogit: number;
  /**
   * Characters of the text the model read (the fields joined, whitespace runs as one). The rule
   * trusts a reading of the whole text only where there is enough of it: on a two-line lure, a few
   * borrowed warning words ("❌ no broker") can outweigh its offer.
   */
  characters: number;
  /** The model's version. */
  model: string;
  /** The words that pull most away from a lure, strongest first (at most `MAX_EVIDENCE`). */
  evidenceByFlag: { lureLogit: Evidence[]; characters: Evidence[] };
  evidence: Evidence[];
}

const MAX_EVIDENCE = 6;

/** A word's pull in the model: its own weight and its trigrams', each counted once. */
function wordPull(model: WordingModel, word: string): number {
  const padded = ` ${word} `;
  let pull = model.weights[hash(word, 0, word.length, WORD_SEED)]!;
  for (let i = 0; i + 3 <= padded.length; i++) pull += model.weights[hash(padded, i, i + 3, TRIGRAM_SEED)]!;
  return pull;
}

/** The words of the fields that pull most away from a lure. */
function wordsAwayFromALure(model: WordingModel, fields: readonly NormalizedField[]): Evidence[] {
  const pulls: { field: NormalizedField; start: number; end: number; pull: number }[] = [];
  const seen = new Set<string>();
  for (const field of fields) {
    const text = field.text.toLowerCase();
    // Lower-casing keeps the length of the normalised text (already folded), so offsets carry over.
    if (text.length !== field.text.length) continue;
    WORD.lastIndex = 0;
    for (let match = WORD.exec(text); match !== null; match = WORD.exec(text)) {
      if (seen.has(match[0])) continue;
      seen.add(match[0]);
      const pull = wordPull(model, match[0]);
      if (pull < 0) pulls.push({ field, start: match.index, end: match.index + match[0].length, pull });
    }
  }
  pulls.sort((a, b) => a.pull - b.pull || a.start - b.start);
  return pulls.slice(0, MAX_EVIDENCE).map((p) => evidenceFor(p.field, p.start, p.end));
}

// One stamp array per process: bucket visits are marked with a per-call stamp instead of a fresh set.
const SEEN = /* @__PURE__ */ lazy(() => ({ marks: new Uint32Array(WORDING_BUCKETS), stamp: 0 }));

/** Reads the posting's wording with the given (default: bundled) model. Pure and safe on any input. */
export function extractWording(ctx: FeatureContext, model: WordingModel = BUNDLED_WORDING_MODEL()): WordingFeature {
  const seen = SEEN();
  seen.stamp = seen.stamp === 0xffffffff ? 1 : seen.stamp + 1;
  if (seen.stamp === 1) seen.marks.fill(0);
  const text = wordingText(ctx.fields.map((field) => field.text));
  const lureLogit = wordingLogit(model, text, seen.marks, seen.stamp);
  const evidence = lureLogit < 0 ? wordsAwayFromALure(model, ctx.fields) : [];
  return {
    lureLogit: Math.round(lureLogit * 1000) / 1000,
    characters: text.length,
    model: model.version,
    evidenceByFlag: { lureLogit: evidence, characters: [] },
    evidence,
  };
}
