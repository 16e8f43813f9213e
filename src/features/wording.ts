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

const FNV_OFFSET = 2166136261;
const FNV_PRIME = 16777619;

/**
 * The bucket of the trigram at `i`: FNV-1a over its three UTF-16 units, seeded so that trigrams and
 * words (see `forEachWord`) land in different places. Unrolled: it runs on every character of every posting.
 */
function trigramBucket(text: string, i: number): number {
  return bucketOfUnits(text.charCodeAt(i), text.charCodeAt(i + 1), text.charCodeAt(i + 2));
}

/** The bucket of the trigram of these three UTF-16 units (see `trigramBucket`). */
function bucketOfUnits(first: number, second: number, third: number): number {
  const h = Math.imul(Math.imul(Math.imul((FNV_OFFSET ^ TRIGRAM_SEED) ^ first, FNV_PRIME) ^ second, FNV_PRIME) ^ third, FNV_PRIME);
  return (h >>> 0) & MASK;
}

const WORD_CHARACTER = /^[\p{L}\p{M}\p{N}]$/u;
/**
 * Whitespace that is not already one plain space: a run of two or more, or one tab, newline or other
 * space. Replacing only these gives what replacing every run would, without rewriting each single
 * space between words.
 */
const SPACES_TO_COLLAPSE = /\s{2,}|[^\S ]/g;

// A word is a run of letters, marks and digits (`[\p{L}\p{M}\p{N}]+`, by code point).
// Whether each BMP code point belongs to a word: 0 not yet known, 1 yes, 2 no.
// Filled on first sight, so the model reads words without running a Unicode regex over every text.
const WORD_UNITS = /* @__PURE__ */ lazy(() => new Uint8Array(0x10000));

function isWordCodePoint(codePoint: number, known: Uint8Array): boolean {
  if (codePoint < 0x80) return (codePoint >= 0x61 && codePoint <= 0x7a) || (codePoint >= 0x30 && codePoint <= 0x39) || (codePoint >= 0x41 && codePoint <= 0x5a);
  if (codePoint >= 0x10000) return WORD_CHARACTER.test(String.fromCodePoint(codePoint));
  let state = known[codePoint]!;
  if (state === 0) {
    // A lone surrogate is no word character.
    state = codePoint < 0xd800 || codePoint > 0xdfff ? (WORD_CHARACTER.test(String.fromCharCode(codePoint)) ? 1 : 2) : 2;
    known[codePoint] = state;
  }
  return state === 1;
}

/**
 * Calls `visit` with the start and end of every word of `text` and the
 * word's bucket, in text order.
 */
function forEachWord(text: string, visit: (start: number, end: number, bucket: number) => void): void {
  const known = WORD_UNITS();
  const length = text.length;
  let start = -1;
  let h = 0;
  for (let i = 0; i < length; ) {
    const unit = text.charCodeAt(i);
    const pair = unit >= 0xd800 && unit <= 0xdbff && i + 1 < length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
    const codePoint = pair ? ((unit - 0xd800) << 10) + (text.charCodeAt(i + 1) - 0xdc00) + 0x10000 : unit;
    const width = pair ? 2 : 1;
    if (isWordCodePoint(codePoint, known)) {
      if (start < 0) {
        start = i;
        h = FNV_OFFSET ^ WORD_SEED;
      }
      h = Math.imul(h ^ unit, FNV_PRIME);
      if (pair) h = Math.imul(h ^ text.charCodeAt(i + 1), FNV_PRIME);
    } else if (start >= 0) {
      visit(start, i, (h >>> 0) & MASK);
      start = -1;
    }
    i += width;
  }
  if (start >= 0) visit(start, length, (h >>> 0) & MASK);
}

/**
 * The text the model reads: the posting's normalised fields in reading order, one per line, with
 * every whitespace run as one space. Training and screening both build it here.
 */
export function wordingText(normalizedFields: readonly string[]): string {
  return normalizedFields.join("\n").toLowerCase().replace(SPACES_TO_COLLAPSE, " ");
}

/** Calls `visit` with the bucket of every character trigram of `text`, then of every word, repeats included. */
export function forEachWordingBucket(text: string, visit: (bucket: number) => void): void {
  for (let i = 0; i + 3 <= text.length; i++) visit(trigramBucket(text, i));
  forEachWord(text, (_start, _end, bucket) => visit(bucket));
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
  /** The same weights as stored, int8 steps of `scale`: a quarter of the memory for the hot loop. */
  steps?: Int8Array;
  scale?: number;
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
  return { version: file.version, bias: file.bias, weights, steps: Int8Array.from(signed), scale: file.scale };
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

/**
 * A model's logit for a text: positive reads like a lure, negative like a legitimate text. Each
 * feature counts once however often it repeats. A model with int8 steps (the bundled one) is read
 * through its table of steps and marks (`markedWordingLogit`); one with float weights only (tests,
 * fitting) through a mark array of its own.
 */
export function wordingLogit(model: WordingModel, text: string): number {
  if (model.steps !== undefined && model.scale !== undefined) return markedWordingLogit(model, model.steps, model.scale, text);
  const seen = new Uint8Array(WORDING_BUCKETS);
  let logit = model.bias;
  forEachWordingBucket(text, (bucket) => {
    if (seen[bucket] === 1) return;
    seen[bucket] = 1;
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
  /**
   * The words that pull most away from a lure, strongest first (at most `MAX_EVIDENCE`); none where
   * the reading is not below 0. Worked out when first read (see `extractWording`).
   */
  evidenceByFlag: { lureLogit: Evidence[]; characters: Evidence[] };
  evidence: Evidence[];
}

const MAX_EVIDENCE = 6;

/**
 * A word's pull in the model: its own weight and its trigrams' (the word with a space either side,
 * as the model reads it between other words), each counted once. The word is text[start, end); its
 * padded form is hashed in place, since building it as a string was most of the cost of citing words.
 */
function wordPull(model: WordingModel, text: string, start: number, end: number, wordBucket: number): number {
  const weights = model.steps ?? model.weights;
  let pull = weights[wordBucket]!;
  // Units of " word ": k = 0 and k = length + 1 are the spaces.
  const length = end - start;
  const unit = (k: number): number => (k === 0 || k === length + 1 ? 0x20 : text.charCodeAt(start + k - 1));
  for (let k = 0; k < length; k++) pull += weights[bucketOfUnits(unit(k), unit(k + 1), unit(k + 2))]!;
  return model.steps !== undefined && model.scale !== undefined ? pull * model.scale : pull;
}

const MAX_CITED_CODE_LENGTH = 12;
const HAS_DIGIT = /[0-9]/;

interface Pull {
  field: NormalizedField;
  start: number;
  end: number;
  pull: number;
}

/** Citing order: the strongest pull first, then the earlier start in its field. */
function citedBefore(pull: number, start: number, other: Pull): boolean {
  return pull < other.pull || (pull === other.pull && start < other.start);
}

/**
 * The words of the fields that pull most away from a lure, each word once (where it first occurs).
 * Only the strongest `MAX_EVIDENCE` are kept as the words go by, in citing order; an equal pull at an
 * equal start keeps the word found first.
 */
function wordsAwayFromALure(model: WordingModel, fields: readonly NormalizedField[]): Evidence[] {
  const strongest: Pull[] = [];
  const seen = new Set<string>();
  for (const field of fields) {
    const text = field.text.toLowerCase();
    // Lower-casing keeps the length of the normalised text (already folded), so offsets carry over.
    if (text.length !== field.text.length) continue;
    forEachWord(text, (start, end, bucket) => {
      // No store of pulls across postings: words include phone numbers and handles, which a
      // process-wide cache would keep; the cited words are only worked out for a rule that fires.
      // A word's pull depends on the word alone, so one pulling towards a lure is passed over
      // before it is cut out of the text: most words are.
      const pull = wordPull(model, text, start, end, bucket);
      if (pull >= 0) return;
      // Weaker than the weakest kept, now or at any later occurrence (the kept only get stronger):
      // passed over before it is cut out of the text and remembered, as most such words are.
      if (strongest.length === MAX_EVIDENCE && pull > strongest[MAX_EVIDENCE - 1]!.pull) return;
      const word = text.slice(start, end);
      // A long run of letters and digits is an id, a reference or a hash: its many trigrams can pull
      // hard, but it is nothing a moderator could read as wording.
      if (end - start >= MAX_CITED_CODE_LENGTH && HAS_DIGIT.test(word)) return;
      if (seen.has(word)) return;
      seen.add(word);
      if (strongest.length === MAX_EVIDENCE && !citedBefore(pull, start, strongest[MAX_EVIDENCE - 1]!)) return;
      let at = strongest.length;
      while (at > 0 && citedBefore(pull, start, strongest[at - 1]!)) at--;
      strongest.splice(at, 0, { field, start, end, pull });
      if (strongest.length > MAX_EVIDENCE) strongest.pop();
    });
  }
  return strongest.map((p) => evidenceFor(p.field, p.start, p.end));
}

/**
 * Per model, one 16-bit entry per bucket: its int8 step in the low byte, and in the high byte the
 * stamp of the last reading that counted it. A trigram lands anywhere in the table, and its step and
 * mark in one entry are one memory read where a separate mark array made two.
 */
interface MarkedSteps {
  entries: Uint16Array;
  stamp: number;
}

const MARKED_STEPS = new WeakMap<WordingModel, MarkedSteps>();

function markedSteps(steps: Int8Array, model: WordingModel): MarkedSteps {
  let marked = MARKED_STEPS.get(model);
  if (marked === undefined) {
    const entries = new Uint16Array(WORDING_BUCKETS);
    for (let i = 0; i < WORDING_BUCKETS; i++) entries[i] = steps[i]! & 0xff;
    marked = { entries, stamp: 0 };
    MARKED_STEPS.set(model, marked);
  }
  return marked;
}

/** `wordingLogit` of a model with int8 steps: each bucket counted once per reading, by its stamp in the marked table. */
function markedWordingLogit(model: WordingModel, steps: Int8Array, scale: number, text: string): number {
  const marked = markedSteps(steps, model);
  marked.stamp = marked.stamp === 0xff ? 1 : marked.stamp + 1;
  const entries = marked.entries;
  if (marked.stamp === 1) for (let i = 0; i < WORDING_BUCKETS; i++) entries[i] = entries[i]! & 0xff;
  const mark = marked.stamp << 8;
  let sum = 0;
  const count = (bucket: number): void => {
    const entry = entries[bucket]!;
    if ((entry & 0xff00) === mark) return;
    entries[bucket] = mark | (entry & 0xff);
    // The low byte as a signed step.
    sum += (entry << 24) >> 24;
  };
  for (let i = 0; i + 3 <= text.length; i++) count(trigramBucket(text, i));
  forEachWord(text, (_start, _end, bucket) => count(bucket));
  return model.bias + sum * scale;
}

/** Reads the posting's wording with the given (default: bundled) model. Pure and safe on any input. */
export function extractWording(ctx: FeatureContext, model: WordingModel = BUNDLED_WORDING_MODEL()): WordingFeature {
  const text = wordingText(ctx.fields.map((field) => field.text));
  const lureLogit = wordingLogit(model, text);
  // The cited words cost about as much as the reading itself, and only a rule that fires shows them:
  // they are worked out on first read (and then kept), so a posting whose evidence nobody reads never
  // pays for it. Reading them (a rule's evidence, JSON, structured clone) gives the same words every time.
  let fields: readonly NormalizedField[] | null = ctx.fields;
  let evidence: Evidence[] | null = null;
  const citedWords = (): Evidence[] => {
    if (evidence === null) {
      evidence = lureLogit < 0 && fields !== null ? wordsAwayFromALure(model, fields) : [];
      fields = null;
    }
    return evidence;
  };
  return {
    lureLogit: Math.round(lureLogit * 1000) / 1000,
    characters: text.length,
    model: model.version,
    evidenceByFlag: {
      get lureLogit() {
        return citedWords();
      },
      characters: [],
    },
    get evidence() {
      return citedWords();
    },
  };
}
