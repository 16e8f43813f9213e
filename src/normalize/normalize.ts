import type { FieldName, NormalizedField } from "../types.js";
import { CONFUSABLE_TO_LATIN, LEET_TO_LATIN, foldCluster, isIgnorable } from "./fold.js";
import { type MappedText, MappedTextBuilder, composeMapped, mapSpan } from "./mapped-text.js";

const COMBINING = /\p{M}/u;

/**
 * Pass 1: per grapheme cluster, drop ignorable characters, apply NFKC, lower-case and strip Latin
 * diacritics. ASCII goes through a fast path because it is most of what job boards send.
 */
/** Printable ASCII and tab/newline: lower-casing is all these need, so they are copied in runs. */
const PLAIN_ASCII_RUN = /[\t\n\r\x20-\x7e]+/y;

function foldCharacters(original: string): MappedText {
  const builder = new MappedTextBuilder(original.length + 16);
  const length = original.length;
  let i = 0;
  while (i < length) {
    PLAIN_ASCII_RUN.lastIndex = i;
    if (PLAIN_ASCII_RUN.test(original)) {
      let end = PLAIN_ASCII_RUN.lastIndex;
      // A combining mark after the run belongs to its last character: leave that one to the slow path.
      if (end < length && original.charCodeAt(end) >= 0x300 && COMBINING.test(original[end]!)) end--;
      if (end > i) {
        builder.pushIdentity(original.slice(i, end).toLowerCase(), i);
        i = end;
        continue;
      }
    }
    const codePoint = original.codePointAt(i)!;
    const isPair = codePoint > 0xffff && codePoint <= 0x10ffff && i + 1 < length;
    let end = i + (isPair ? 2 : 1);
    if (isIgnorable(codePoint)) {
      i = end;
      continue;
    }
    while (end < length) {
      const mark = original.codePointAt(end)!;
      if (isIgnorable(mark)) break;
      const markChar = String.fromCodePoint(mark);
      if (!COMBINING.test(markChar)) break;
      end += markChar.length;
    }
    builder.push(foldCluster(original.slice(i, end)), i, end);
    i = end;
  }
  return builder.build();
}

const WORD = /[\p{L}\p{N}$]+/gu;
const HAS_LATIN = /[a-z]/;
const HAS_CONFUSABLE = /[\u0370-\u03ff\u0400-\u04ff\u0500-\u052f\u0261]/;
const CURRENCY_OR_UNIT_TOKEN =
  /^(?:us|usd|rm|rp|php|thb|vnd|idr|myr|inr|npr|aed|sgd|jpy|krw|cny|rmb|ksh|kshs|shs|kes|ugx|tzs|rs|eur|gbp|hkd|twd|lkr|bdt|mmk|khr|lak|sar|qar|no|ver|v)\$?\d+[a-z]{0,5}$/;
const LETTERS_AND_DIGITS = /^(?=(?:.*[a-z]){2})(?=.*[013457$])/;

/**
 * Pass 2 (length-preserving): inside words that mix Latin with look-alike Cyrillic or Greek letters,
 * or letters with digits standing for letters, fold them to Latin. Pure numbers, currency-prefixed
 * amounts (`usd1500`) and words starting with a digit (`5k`, `10am`) are left alone.
 */
function foldObfuscatedWords(text: string): string {
  if (!HAS_CONFUSABLE.test(text) && !/[a-z$][013457]|[013457][a-z]|\$[a-z]/.test(text)) return text;
  return text.replace(WORD, (word) => {
    let folded = word;
    if (HAS_LATIN.test(folded) && HAS_CONFUSABLE.test(folded)) {
      folded = Array.from(folded, (ch) => CONFUSABLE_TO_LATIN[ch] ?? ch).join("");
    }
    if (
      /^[a-z$]/.test(folded) &&
      LETTERS_AND_DIGITS.test(folded) &&
      !CURRENCY_OR_UNIT_TOKEN.test(folded)
    ) {
      folded = folded.replace(/[013457$]/g, (ch) => LEET_TO_LATIN[ch] ?? ch);
    }
    // A word that only folded confusables must keep its length; multi-unit letters are left as typed.
    return folded.length === word.length ? folded : word;
  });
}

const SPACED_LETTERS = /(?<![a-z0-9])[a-z](?:[ .\-_*·•|][a-z]){3,}(?![a-z0-9])/;
const SPACE_RUN = /[ \t]{2,}/;
const COMPACTABLE = new RegExp(`${SPACED_LETTERS.source}|${SPACE_RUN.source}`, "g");

/**
 * Pass 3: joins letters spaced or dotted apart (`t.e.l.e.g.r.a.m`, `c u s t o m e r`) and collapses
 * runs of spaces and tabs to one space, so no pattern ever meets a long whitespace run.
 */
function compactSpacing(text: string): MappedText | null {
  COMPACTABLE.lastIndex = 0;
  if (!COMPACTABLE.test(text)) return null;
  COMPACTABLE.lastIndex = 0;
  const builder = new MappedTextBuilder();
  let cursor = 0;
  for (const match of text.matchAll(COMPACTABLE)) {
    const start = match.index;
    const matched = match[0];
    builder.pushIdentity(text.slice(cursor, start), cursor);
    if (matched[0] === " " || matched[0] === "\t") {
      builder.push(" ", start, start + matched.length);
    } else {
      for (let k = 0; k < matched.length; k += 2) builder.push(matched[k]!, start + k, start + k + 1);
    }
    cursor = start + matched.length;
  }
  builder.pushIdentity(text.slice(cursor), cursor);
  return builder.build();
}

/**
 * Normalises one string and keeps the offset map back to it.
 * The result's `text` is what rule patterns and feature lexicons are written against.
 */
export function normalizeText(original: string): MappedText {
  const characters = foldCharacters(original);
  const words = foldObfuscatedWords(characters.text);
  const folded: MappedText = { ...characters, text: words };
  const joined = compactSpacing(words);
  return joined ? composeMapped(folded, joined) : folded;
}

/** Normalises one posting field into the shape every later stage reads. */
export function normalizeField(field: FieldName, original: string): NormalizedField {
  const mapped = normalizeText(original);
  return {
    field,
    original,
    text: mapped.text,
    toOriginal: (start, end) => mapSpan(mapped, start, end),
  };
}
