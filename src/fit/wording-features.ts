/**
 * Hashed wording features for the text-model experiment (text-model-blind.ts): the words and the
 * character trigrams of a posting's normalised text, each hashed into one of 2^18 buckets. Trigrams
 * carry the scripts written without spaces (Thai, Khmer, Burmese, Chinese, Japanese) and the
 * inflections that split whole words in Devanagari and Bengali; words carry the rest.
 */
import type { loadJsonl } from "../eval/load.js";
import { normalizeText } from "../normalize/normalize.js";
import { postingFields } from "../posting/schema.js";

export const WORDING_BUCKETS = 1 << 18;
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

/** The posting's normalised fields in reading order, one per line, each whitespace run one space. */
export function wordingText(normalizedFields: readonly string[]): string {
  return normalizedFields.join("\n").toLowerCase().replace(/\s+/g, " ");
}

/** The sorted, distinct buckets of a text's words and character trigrams (binary features). */
export function wordingBuckets(text: string): Int32Array {
  const buckets = new Set<number>();
  for (let i = 0; i + 3 <= text.length; i++) buckets.add(hash(text, i, i + 3, TRIGRAM_SEED));
  for (const match of text.matchAll(WORD)) buckets.add(hash(match[0], 0, match[0].length, WORD_SEED));
  return Int32Array.from(buckets).sort();
}

/** The features of a corpus record. */
export function wordingRow(record: ReturnType<typeof loadJsonl>[number]): Int32Array {
  return wordingBuckets(wordingText(postingFields(record.posting).map(([, value]) => normalizeText(value).text)));
}

/** Blind batch of a record ("batch 34: …" in its basis), or null. */
export function batchOf(basis: string | undefined): number | null {
  const match = /batch (\d+):/.exec(basis ?? "");
  return match ? Number(match[1]) : null;
}
