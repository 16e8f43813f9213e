import type { FieldName, NormalizedField } from "../types.js";
import { CONFUSABLE_TO_LATIN, LEET_TO_LATIN, foldCluster, isIgnorable } from "./fold.js";
import { type MappedText, MappedTextBuilder, composeMapped, mapSpan } from "./mapped-text.js";

const COMBINING = /\p{M}/u;

/**
 * Per code point of the Basic Multilingual Plane, whether it is a combining mark (2), not one (1), or
 * not yet asked (0). Thai, Devanagari and Bengali put a mark after most letters, and testing each
 * following character with the regex was a tenth of screening a Thai ad.
 */
const combiningKnown = new Uint8Array(0x10000);

function isCombining(codePoint: number): boolean {
  if (codePoint < 0x300) return false;
  if (codePoint > 0xffff) return COMBINING.test(String.fromCodePoint(codePoint));
  let known = combiningKnown[codePoint]!;
  if (known === 0) combiningKnown[codePoint] = known = COMBINING.test(String.fromCharCode(codePoint)) ? 2 : 1;
  return known === 2;
}

/**
 * Folded clusters already seen. Ads outside Latin script repeat a few hundred clusters, and folding
 * each (NFKC, lower case, script tests) was a third of screening a Thai ad. Cleared when full, so a
 * stream of ever new clusters (a Chinese corpus) holds bounded memory; a cluster longer than a base
 * and a few marks is folded without being kept, so a hostile one (a letter under 100,000 accents)
 * never sits in it.
 */
const foldedClusters = new Map<string, string>();
const FOLDED_CLUSTERS_MAX = 8192;
const FOLDED_CLUSTER_MAX_LENGTH = 8;

function foldClusterOnce(cluster: string): string {
  if (cluster.length > FOLDED_CLUSTER_MAX_LENGTH) return foldCluster(cluster);
  let folded = foldedClusters.get(cluster);
  if (folded === undefined) {
    if (foldedClusters.size >= FOLDED_CLUSTERS_MAX) foldedClusters.clear();
    folded = foldCluster(cluster);
    foldedClusters.set(cluster, folded);
  }
  return folded;
}

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
      if (end < length && isCombining(original.charCodeAt(end))) end--;
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
      if (isIgnorable(mark) || !isCombining(mark)) break;
      end += mark > 0xffff ? 2 : 1;
    }
    builder.push(foldClusterOnce(original.slice(i, end)), i, end);
    i = end;
  }
  return builder.build();
}

const HAS_LATIN = /[a-z]/;
const HAS_CONFUSABLE = /[\u0370-\u03ff\u0400-\u04ff\u0500-\u052f\u0261]/;
const CURRENCY_OR_UNIT_TOKEN =
  /^(?:us|usd|rm|rp|php|thb|vnd|idr|myr|inr|npr|aed|sgd|jpy|krw|cny|rmb|ksh|kshs|shs|kes|ugx|tzs|rs|eur|gbp|hkd|twd|lkr|bdt|mmk|khr|lak|sar|qar|no|ver|v)\$?\d+[a-z]{0,5}$/;
/** `hk$4,990`, `nt$32,000`: a `$` before a digit is a currency sign, whatever letters precede it. */
const DOLLAR_AMOUNT = /\$\d/;
const LETTERS_AND_LEET = /^(?=(?:.*[a-z]){2})(?=.*[013457$@!])/;
const LEET_CHARACTER = /[013457$@!]/;
/**
 * A word may start with a digit only as an "o" in a word of three or more letters other than the
 * "x" of masked numbers (`0p3r4t0r`, `0ffice`): `10am`, `24hrs`, `5k`, `0x1f` and `0XXX` stay as typed.
 */
const LEADING_ZERO_WORD = /^0(?=[a-wyz])(?=(?:[^a-wyz]*[a-wyz]){3})/;
/**
 * An amount with letter Os typed for its zeros (`9OO $`, `1OOO USD`, `5O0`): a number of two to six
 * places, the first a digit and every other a zero or an o. Pay hidden from scrapers this way.
 */
const ZEROS_TYPED_AS_OS = /^[1-9](?=[0o]*o)[0o]{1,5}$/;
/** `name@company dot com`, `name@company [dot] com`: an address spelt out to dodge scrapers. */
const SPELT_OUT_DOT = /\s?[[(]?\s?dot(?![a-z])/y;
/** Mail hosts written without their TLD (`name@gmail`): the `@` is still an address, not an `a`. */
const MAIL_HOST = /@(?:gmail|googlemail|yahoo|ymail|hotmail|outlook|live|msn|aol|icloud|proton|protonmail|zoho|gmx|yandex|mail|qq|foxmail|naver|daum|rediffmail)$/;

/**
 * Registration, licence and reference numbers (`U74999DL2015PTC123456`, `RA12342019`, `abc123`):
 * a digit no one spells a letter with (2, 6, 8, 9), three digits in a row, or more digits than
 * letters. The legitimacy extractor reads these, so they are never folded.
 */
function looksLikeIdentifier(word: string): boolean {
  let letters = 0;
  let digits = 0;
  let digitRun = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 0x30 && code <= 0x39) {
      if (code === 0x32 || code === 0x36 || code === 0x38 || code === 0x39) return true;
      digits++;
      if (++digitRun >= 3) return true;
    } else {
      digitRun = 0;
      if (code >= 0x61 && code <= 0x7a) letters++;
    }
  }
  return digits > letters;
}

function isAsciiAlnum(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39);
}

/**
 * Whether the word at text[start, end) is part of an @handle (`@hr4_team`), a user name joined with
 * `_`, or an e-mail address (also `name@gmail` and `name@company dot com`). The contacts extractor
 * finds these in the normalised text, so their `@` must stay and their digits are not letters.
 */
function isContactPart(text: string, start: number, end: number, word: string): boolean {
  const before = text.charCodeAt(start - 1);
  const after = text.charCodeAt(end);
  if (before === 0x40 /* @ */ || before === 0x5f /* _ */ || after === 0x5f) return true;
  if (!word.includes("@")) return false;
  // The address goes on: `hr@company.com`, `first.last@…`, `name+jobs@…`.
  if ((after === 0x2e || after === 0x2d) && isAsciiAlnum(text.charCodeAt(end + 1))) return true;
  if ((before === 0x2e || before === 0x2d || before === 0x2b || before === 0x25) && isAsciiAlnum(text.charCodeAt(start - 2))) {
    return true;
  }
  SPELT_OUT_DOT.lastIndex = end;
  return MAIL_HOST.test(word) || SPELT_OUT_DOT.test(text);
}

/** Whether the unit at `index` of the folded text was typed as a capital letter. */
function wasTypedUpperCase(characters: MappedText, original: string, index: number): boolean {
  const typed = original.slice(characters.sourceStart[index] ?? 0, characters.sourceEnd[index] ?? 0);
  return typed !== typed.toLowerCase();
}

function isFoldedLetter(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return code >= 0x61 && code <= 0x7a;
}

/**
 * Whether the leet character at `index` of a leet word stands for a letter. A `$` only does before a
 * letter (`ca$h`); `us$` is a currency. Before `@` or `!`, a capital after a small letter
 * (`now!Contact`, `Work@Home`) or a capitalised word after an all-caps one (`URGENT!Apply`) is a
 * missing space, not a spelling.
 */
function standsForLetter(characters: MappedText, original: string, index: number): boolean {
  const text = characters.text;
  const ch = text[index];
  if (ch === "$") return isFoldedLetter(text, index + 1);
  if (ch !== "@" && ch !== "!") return true;
  if (!wasTypedUpperCase(characters, original, index + 1)) return true;
  if (isFoldedLetter(text, index - 1) && !wasTypedUpperCase(characters, original, index - 1)) return false;
  return !(isFoldedLetter(text, index + 2) && !wasTypedUpperCase(characters, original, index + 2));
}

/** Where a word may need folding: Latin touching a leet character or a digit before an o, or Latin touching Cyrillic or Greek. */
const FOLD_SITE = /[a-z$][013457@!]|[013457@!][a-z]|[2689]o|\$[a-z]|[a-z][\u0370-\u052f\u0261]|[\u0370-\u052f\u0261][a-z]/g;
const NON_ASCII_WORD_CHARACTER = /[\p{L}\p{N}]/u;

/** A unit of a word: a letter, a digit or `$` (astral letters never need folding: NFKC took care of them). */
function isWordUnit(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  if (code < 0x80) {
    return isAsciiAlnum(code) || (code >= 0x41 && code <= 0x5a) || code === 0x24;
  }
  if (code >= 0xd800 && code <= 0xdfff) return false;
  return NON_ASCII_WORD_CHARACTER.test(text[index]!);
}

/** An `@` or `!` between two word units, read as part of the word (`c@sino`, `sal!ry`). */
function isInnerSymbol(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  return (code === 0x40 || code === 0x21) && isWordUnit(text, index - 1) && isWordUnit(text, index + 1);
}

/** The word at text[start, end) with look-alikes and leet folded, or the word itself. */
function foldWord(characters: MappedText, original: string, start: number, end: number): string {
  const text = characters.text;
  const word = text.slice(start, end);
  let folded = word;
  if (ZEROS_TYPED_AS_OS.test(folded)) return folded.replace(/o/g, "0");
  if (HAS_LATIN.test(folded) && HAS_CONFUSABLE.test(folded)) {
    folded = Array.from(folded, (ch) => CONFUSABLE_TO_LATIN[ch] ?? ch).join("");
  }
  if (
    (/^[a-z$]/.test(folded) || LEADING_ZERO_WORD.test(folded)) &&
    LETTERS_AND_LEET.test(folded) &&
    !CURRENCY_OR_UNIT_TOKEN.test(folded) &&
    !DOLLAR_AMOUNT.test(folded) &&
    !looksLikeIdentifier(folded) &&
    !isContactPart(text, start, end, folded)
  ) {
    let spelled = "";
    for (let i = 0; i < folded.length; i++) {
      const ch = folded[i]!;
      spelled += LEET_CHARACTER.test(ch) && standsForLetter(characters, original, start + i)
        ? (LEET_TO_LATIN[ch] ?? ch)
        : ch;
    }
    folded = spelled;
  }
  // A word that only folded confusables must keep its length; multi-unit letters are left as typed.
  return folded.length === word.length ? folded : word;
}

/**
 * Pass 2 (length-preserving): inside words that mix Latin with look-alike Cyrillic or Greek letters,
 * or letters with digits and symbols standing for letters, fold them to Latin. Pure numbers,
 * currency-prefixed amounts (`usd1500`), words starting with a digit (`5k`, `10am`), identifiers
 * (`U74999DL2015PTC123456`), e-mail addresses and @handles are left alone. Only words around a
 * `FOLD_SITE` are looked at, since most text has none and every e-mail address has one.
 */
function foldObfuscatedWords(characters: MappedText, original: string): string {
  const text = characters.text;
  let out = "";
  let cursor = 0;
  FOLD_SITE.lastIndex = 0;
  for (let site = FOLD_SITE.exec(text); site !== null; site = FOLD_SITE.exec(text)) {
    let start = site.index;
    if (text[start] === "@" || text[start] === "!") start++;
    let end = start;
    while (start > cursor && (isWordUnit(text, start - 1) || isInnerSymbol(text, start - 1))) start--;
    while (end < text.length && (isWordUnit(text, end) || isInnerSymbol(text, end))) end++;
    FOLD_SITE.lastIndex = Math.max(FOLD_SITE.lastIndex, end);
    if (end <= start) continue;
    const folded = foldWord(characters, original, start, end);
    if (folded === text.slice(start, end)) continue;
    out += text.slice(cursor, start) + folded;
    cursor = end;
  }
  return cursor === 0 ? text : out + text.slice(cursor);
}

/**
 * Letters spaced or dotted apart, one separator throughout: in Vietnamese "ở K.a.m.p.u.c.h.i.a" the
 * one-letter word before the dotted name (ở, folded to "o") is not part of it.
 */
const SPACED_LETTERS = /(?<![a-z0-9])(?:[a-z](?:\.[a-z]){3,}|[a-z](?: [a-z]){3,}|[a-z](?:[\-_*·•|][a-z]){3,})(?![a-z0-9])/;
const SPACE_RUN = /[ \t]{2,}/;

/** One or two letters, each with up to four marks, possibly after marks typed on their own. */
function syllableToken(letter: string, mark: string): string {
  return `${mark}{0,2}(?:${letter}${mark}{0,4}){1,2}`;
}

const SCRIPT_SEPARATOR = "([ .·・•*_|\\-])";
/**
 * Separators that are no word break: the only ones that join scripts which space their words. Not
 * "|", which stands in for the danda.
 */
const MARK_SEPARATOR_CLASS = "[.·・•*_\\-]";
const MARK_SEPARATOR = `(${MARK_SEPARATOR_CLASS})`;

/** One Indic akshara: consonants joined by viramas (each with an optional nukta), or a vowel, then its signs. */
function akshara(consonant: string, vowel: string, nukta: string, virama: string, sign: string): string {
  return `(?:${consonant}${nukta}?(?:${virama}${consonant}${nukta}?){0,2}|${vowel})${sign}{0,3}${virama}?`;
}

/**
 * Scripts whose letters are spaced apart to dodge filters (`ร า ย ไ ด้`, `电 报 联 系`, `해.외.사.무.직`).
 * A token is one letter with its marks; for Thai, Lao and Khmer up to two, since syllables are spaced
 * as often as letters (`เท เล แก รม`, `កា រ ងា រ`), and a vowel typed on its own (`ກ.ຳ.ປູ`) may
 * start with the mark NFKC split from it.
 */
const SPACED_SCRIPTS = [
  {
    name: "thai",
    token: syllableToken("[\\u0e01-\\u0e30\\u0e32\\u0e33\\u0e40-\\u0e45]", "[\\u0e31\\u0e34-\\u0e3a\\u0e47-\\u0e4e]"),
  },
  {
    name: "lao",
    token: syllableToken("[\\u0e81-\\u0eb0\\u0eb2\\u0eb3\\u0ebd\\u0ec0-\\u0ec4\\u0edc-\\u0edf]", "[\\u0eb1\\u0eb4-\\u0ebc\\u0ec8-\\u0ece]"),
  },
  // A Khmer subscript consonant (coeng + consonant) belongs to the letter before it.
  { name: "khmer", token: syllableToken("[\\u1780-\\u17b3]", "(?:[\\u17b4-\\u17d1\\u17d3\\u17dd]|\\u17d2[\\u1780-\\u17a2])") },
  // Hangul syllables and jamo (NFKC turns compatibility jamo like ㅍ into conjoining ones).
  { name: "hangul", token: "[\\uac00-\\ud7a3\\u1100-\\u11ff\\u3131-\\u318e]" },
  // Han with kana, since Japanese mixes them (`東 南 ア ジ ア`).
  { name: "cjk", token: "[\\u3041-\\u3096\\u30a1-\\u30fa\\u30fc\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff]" },
  // Devanagari and Bengali, one akshara per token (a consonant cluster or a vowel, with its signs):
  // `टे.ली.ग्रा.म`, `ম্যা-ন-মা-র`. Words are spaced in these scripts, so only dots and hyphens join.
  { name: "devanagari", separator: MARK_SEPARATOR, token: akshara("[\\u0915-\\u0939\\u0958-\\u095f]", "[\\u0904-\\u0914\\u0960\\u0961\\u0972-\\u097f]", "\\u093c", "\\u094d", "[\\u0900-\\u0903\\u093a\\u093b\\u093e-\\u094c\\u094e\\u094f\\u0951-\\u0957\\u0962\\u0963]") },
  { name: "bengali", separator: MARK_SEPARATOR, token: akshara("[\\u0995-\\u09b9\\u09ce\\u09dc-\\u09df]", "[\\u0985-\\u0994\\u09e0\\u09e1]", "\\u09bc", "\\u09cd", "[\\u0981-\\u0983\\u09be-\\u09cc\\u09d7\\u09e2\\u09e3]") },
] as const;
type SpacedScript = (typeof SPACED_SCRIPTS)[number]["name"];

/** Scripts that write abbreviations with dots (`พ.ร.บ.`, `ប.ស.ស`, `ສ.ປ.ປ`). */
const DOTTED_ABBREVIATION_SCRIPTS: ReadonlySet<SpacedScript> = new Set(["thai", "lao", "khmer"]);
/** Scripts that space their words: the ones whose runs take only a separator of their own. */
const WORD_SPACED_SCRIPTS: ReadonlySet<SpacedScript> = new Set(SPACED_SCRIPTS.filter((script) => "separator" in script).map((script) => script.name));

/**
 * Fewest tokens in a run for it to be joined. Thai, Lao and Khmer put spaces between phrases and
 * single CJK characters are sometimes spaced in headings and tables, so only a long run counts as
 * deliberate on its own: four tokens, or three dotted apart where dots mark no abbreviation. Once
 * one run in a text is deliberate, runs of two of the same script are joined too (`客 服` next to
 * `机 票 报 销`), except dotted ones in scripts that abbreviate with dots. Devanagari and Bengali
 * join only across dots (from four aksharas) and hyphens (from three: two hyphenated are an
 * ordinary compound).
 */
function minimumTokens(script: SpacedScript, separator: string, scriptHasDeliberateRun: boolean): number {
  // Dotted abbreviations of two or three aksharas are common (कं.प्रा.लि., Pvt. Ltd.).
  if (WORD_SPACED_SCRIPTS.has(script)) return separator === "." ? 4 : 3;
  if (separator !== " " && DOTTED_ABBREVIATION_SCRIPTS.has(script)) return 4;
  if (scriptHasDeliberateRun) return 2;
  return separator === " " ? 4 : 3;
}

/** Every unit a Devanagari or Bengali token may start with. */
const INDIC_UNIT = "[\\u0900-\\u097f\\u0981-\\u09e3]";
/** Every unit a token of the other scripts may start with. */
const SPACED_SCRIPT_UNIT =
  "[\\u0e01-\\u0e4e\\u0e81-\\u0ece\\u0edc-\\u0edf\\u1100-\\u11ff\\u1780-\\u17dd\\u3041-\\u30fc\\u3131-\\u318e\\u3400-\\u4dbf\\u4e00-\\u9fff\\uac00-\\ud7a3\\uf900-\\ufaff]";
/** Cheap test for whether a text may hold a spaced-apart non-Latin run at all (most Latin text does not). */
const MAY_HOLD_SPACED_SCRIPT = new RegExp(`${SPACED_SCRIPT_UNIT}[ .·・•*_|\\-]${SPACED_SCRIPT_UNIT}|${INDIC_UNIT}${MARK_SEPARATOR_CLASS}${INDIC_UNIT}`);
const LATIN_COMPACTABLE = new RegExp(`${SPACED_LETTERS.source}|${SPACE_RUN.source}`, "g");
/**
 * Letters and digits a spaced-apart run must not touch, or its first or last token is part of a longer
 * word. Folded text is lower-case Latin, so these scripts with their digits and Latin are all that
 * can touch it in practice; BMP ranges keep the scan free of the slow `u` flag.
 */
const GLUE =
  "[a-z0-9\\u0900-\\u0963\\u0966-\\u097f\\u0981-\\u09fe\\u0e01-\\u0e5b\\u0e81-\\u0edf\\u1100-\\u11ff\\u1780-\\u17f9\\u3041-\\u30fa\\u30fc-\\u30ff\\u3131-\\u318e\\u3400-\\u4dbf\\u4e00-\\u9fff\\uac00-\\ud7a3\\uf900-\\ufaff]";
/**
 * The Latin and space alternatives capture nothing, so script i's separator is capture group i + 1.
 * The lookahead on `SPACED_SCRIPT_UNIT` keeps the lookbehind off every other position.
 */
const COMPACTABLE = new RegExp(
  [
    SPACED_LETTERS.source,
    SPACE_RUN.source,
    `(?=${SPACED_SCRIPT_UNIT}|${INDIC_UNIT})(?<!${GLUE})(?:${SPACED_SCRIPTS.map(
      (script, i) => `${script.token}${"separator" in script ? script.separator : SCRIPT_SEPARATOR}${script.token}(?:\\${i + 1}${script.token})*`,
    ).join("|")})(?!${GLUE})`,
  ].join("|"),
  "g",
);

interface CompactableRun {
  start: number;
  matched: string;
  /** The script of a spaced-apart non-Latin run and its separator; absent for Latin runs and spaces. */
  script?: SpacedScript;
  separator?: string;
}

function tokenCount(run: CompactableRun): number {
  let count = 1;
  for (const ch of run.matched) if (ch === run.separator) count++;
  return count;
}

interface SpacedScriptRun extends CompactableRun {
  script: SpacedScript;
  separator: string;
}

function isSpacedScriptRun(run: CompactableRun): run is SpacedScriptRun {
  return run.script !== undefined && run.separator !== undefined;
}

function joins(run: SpacedScriptRun, scriptHasDeliberateRun: boolean): boolean {
  return tokenCount(run) >= minimumTokens(run.script, run.separator, scriptHasDeliberateRun);
}

/**
 * Pass 3: joins letters spaced or dotted apart (`t.e.l.e.g.r.a.m`, `c u s t o m e r`, `ร า ย ไ ด้`,
 * `电 报 联 系`) and collapses runs of spaces and tabs to one space, so no pattern ever meets a long
 * whitespace run.
 */
function compactSpacing(text: string): MappedText | null {
  const compactable = MAY_HOLD_SPACED_SCRIPT.test(text) ? COMPACTABLE : LATIN_COMPACTABLE;
  compactable.lastIndex = 0;
  if (!compactable.test(text)) return null;
  compactable.lastIndex = 0;
  const runs: CompactableRun[] = [];
  const deliberate = new Set<SpacedScript>();
  for (const match of text.matchAll(compactable)) {
    const run: CompactableRun = { start: match.index, matched: match[0] };
    for (let i = 0; i < SPACED_SCRIPTS.length; i++) {
      const separator = match[i + 1];
      if (separator === undefined) continue;
      run.script = SPACED_SCRIPTS[i]!.name;
      run.separator = separator;
      if (isSpacedScriptRun(run) && joins(run, false)) deliberate.add(run.script);
      break;
    }
    runs.push(run);
  }
  // Short runs of Thai words between phrase spaces are common: most texts end up with nothing to join.
  const applied = runs.filter((run) => !isSpacedScriptRun(run) || joins(run, deliberate.has(run.script)));
  if (applied.length === 0) return null;
  const builder = new MappedTextBuilder(text.length);
  let cursor = 0;
  for (const run of applied) {
    const { start, matched } = run;
    builder.pushIdentity(text.slice(cursor, start), cursor);
    if (matched[0] === " " || matched[0] === "\t") {
      builder.push(" ", start, start + matched.length);
    } else if (run.separator !== undefined) {
      let tokenStart = 0;
      for (let k = 0; k <= matched.length; k++) {
        if (k < matched.length && matched[k] !== run.separator) continue;
        builder.pushIdentity(matched.slice(tokenStart, k), start + tokenStart);
        tokenStart = k + 1;
      }
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
  const words = foldObfuscatedWords(characters, original);
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
