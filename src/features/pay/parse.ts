import type { FeatureContext, NormalizedField } from "../../types.js";
import { evidenceFor } from "../evidence.js";
import { lazy } from "../lazy.js";
import {
  type CurrencyToken,
  CurrencyResolver,
  PREFIX_CURRENCIES,
  SUFFIX_CURRENCIES,
  alternationOf,
} from "./currencies.js";
import {
  BONUS_WORDS,
  COUNT_NOUNS,
  GLUED_MULTIPLIERS,
  GLUED_PERIOD_CONNECTORS,
  HANGUL_SINGLE_CUES,
  HAN_SINGLE_CUES,
  IMPLIED_MINIMUMS,
  type Multiplier,
  NEGATIONS,
  NOT_NAMED_CURRENCIES,
  NOT_PAY_WORDS,
  PAID_FILLERS,
  PAID_WORDS,
  PAY_WORDS,
  PAY_WORDS_ONLY_IN_HAN_TEXT,
  PERIOD_ADJECTIVES,
  PERIOD_CONNECTORS,
  PERIOD_CUES,
  PERIOD_UNITS,
  QUALIFIERS_AFTER,
  QUALIFIERS_BEFORE,
  RANGE_WORDS,
  SLASH_UNITS,
  WORD_MULTIPLIERS,
} from "./lexicon.js";
import { NUMBER_WORD_HINT, NUMBER_WORD_PATTERNS, spelledNumbersAsDigits } from "./number-words.js";
import type { CurrencyCode, PayPeriod, PayStatement } from "./types.js";

// Every regex below is built once, from the word lists, on first use (building them was most of what
// importing the parser cost, and cold import is a benchmark target). Each is linear: alternations of
// literals, bounded repetition, and no quantified group that can match the same text two ways
// (test/features/pay/robustness.test.ts checks each with recheck).

/** ASCII, Arabic-Indic, Devanagari, Bengali, Thai, Lao, Myanmar and Khmer digits. */
const D = "[0-9\\u0660-\\u0669\\u06f0-\\u06f9\\u0966-\\u096f\\u09e6-\\u09ef\\u0e50-\\u0e59\\u0ed0-\\u0ed9\\u1040-\\u1049\\u17e0-\\u17e9]";
/**
 * Indian grouping (`1,20,000`), thousands grouping (`1,500`, `7.500.000`, `45 000`) or plain
 * digits, then decimals. Every repetition is bounded, so a long run of digits costs a constant per attempt.
 */
const NUMBER_BODY = `(?:${D}{1,2}(?:,${D}{2}){1,4},${D}{3}|${D}{1,3}(?:[.,]${D}{3}){1,4}|${D}{1,3}(?:[ \\u00a0\\u202f]${D}{3}){1,4}|${D}{1,15})(?:[.,]${D}{1,2})?`;
/** Finds the next digit; the number there is then read with the sticky `NUMBER_AT` (faster than one scanning regex). */
const DIGIT_SCAN = new RegExp(D, "g");
// Its edges (no digit just before or after) are checked in `numberAt`: as lookarounds they made
// the pattern quadratic on runs like `0,00,00,…`.
const NUMBER_AT = new RegExp(NUMBER_BODY, "y");

const LATIN_EDGE = "(?<![a-z])";
const LATIN_END = "(?![a-z])";

const PREFIX_ALT = lazy(() => alternationOf(Object.keys(PREFIX_CURRENCIES)));
const SUFFIX_ALT = lazy(() => alternationOf(Object.keys(SUFFIX_CURRENCIES)));

/**
 * Reverses a string by UTF-16 units. Safe for matching: the lexicons hold no astral characters,
 * and a reversed surrogate pair only has to fail to match.
 */
function reversed(text: string): string {
  let out = "";
  for (let i = text.length - 1; i >= 0; i--) out += text[i];
  return out;
}

/** An alternation of keys, each spelled backwards, for matching a reversed slice of text. */
function reversedAlternationOf(keys: readonly string[]): string {
  return alternationOf(keys.map(reversed));
}

/** Words joining a pay word to its amount (`salary of`, `sueldo de`, `gaji sebesar`). */
const BEFORE_JOINERS = ["of", "is", "de", "ng", "sebesar", "na"];
const HANGUL = "\\uac00-\\ud7a3";
const DIGIT_CHARS = D.slice(1, -1);
const HANGUL_SINGLE_REVERSED = lazy(() => `(?<![${HANGUL}])(?:${HANGUL_SINGLE_CUES().join("|")})(?![${HANGUL}${DIGIT_CHARS}])`);
/** CJK ideographs, the iteration mark 々, 〇, and the counters of `3ヶ月` / `3か月`. */
const NOT_BEFORE_HAN_CUE = `\\u3005\\u3007\\u4e00-\\u9fff\\u30f5\\u30f6\\u30b1\\u304b\\u30ab`;
const HAN_SINGLE_REVERSED = `(?:${HAN_SINGLE_CUES.join("|")})(?![${NOT_BEFORE_HAN_CUE}]|\\s?[${DIGIT_CHARS}])`;
const SINGLE_CUES = lazy(() => [...HANGUL_SINGLE_CUES(), ...HAN_SINGLE_CUES]);
const CUE_REVERSED_ALT = lazy(() => `${reversedAlternationOf(Object.keys(PERIOD_CUES()).filter((cue) => !SINGLE_CUES().includes(cue)))}|${HANGUL_SINGLE_REVERSED()}|${HAN_SINGLE_REVERSED}`);
const PAY_WORD_REVERSED_ALT = lazy(() => reversedAlternationOf(Object.keys(PAY_WORDS()).filter((word) => !HANGUL_SINGLE_CUES().includes(word))));

/**
 * What may stand before an amount, read backwards from the number: a currency, a qualifier, a
 * joiner (`:`, `of`), a period cue, a pay word and another period cue (`monthly salary: up to
 * US$`). The slice before the number is reversed so the pattern is anchored at its start and
 * tried once, instead of at every position of the slice.
 */
const BEFORE_REVERSED = lazy(() => new RegExp(
  `(?:(\\s{0,2}\\.?)(${reversedAlternationOf(Object.keys(PREFIX_CURRENCIES))})${LATIN_END})?` +
    `(?:\\s{0,2}(${reversedAlternationOf(Object.keys(QUALIFIERS_BEFORE()))})${LATIN_END})?` +
    `(\\s{1,2}(?:${reversedAlternationOf(BEFORE_JOINERS)})${LATIN_END}|\\s{0,2}[:：=\\-–])?` +
    `(?:\\s{0,2}${LATIN_EDGE}(${CUE_REVERSED_ALT()})${LATIN_END})?` +
    `(?:\\s{0,2}${LATIN_EDGE}(${PAY_WORD_REVERSED_ALT()})${LATIN_END})?` +
    `(?:\\s{0,2}(${CUE_REVERSED_ALT()})${LATIN_END})?`,
  "y",
));

const WORD_MULTIPLIER_ALT = lazy(() => alternationOf(Object.keys(WORD_MULTIPLIERS())));
const MULTIPLIER_AT = lazy(() => new RegExp(
  `(?:\\s?(${WORD_MULTIPLIER_ALT()})|(${alternationOf(Object.keys(GLUED_MULTIPLIERS()))}))${LATIN_END}`,
  "y",
));
/** Korean 불 (dollars) that begins a word instead: 불가 (not possible), 불량, 불필요… */
const NOT_KOREAN_DOLLAR = "(?!(?<=불)(?:가|능|량|필|구|법|편|만|안|리|허|포|규|공|평|친|확|참|변|행|황|쾌|신|명|순))";
const SUFFIX_AT = lazy(() => new RegExp(`\\s{0,2}(${SUFFIX_ALT()})${LATIN_END}${NOT_KOREAN_DOLLAR}`, "y"));
const PREFIX_AT = lazy(() => new RegExp(`${LATIN_EDGE}(${PREFIX_ALT()})(\\.?\\s{0,2})`, "y"));
const RANGE_AT = lazy(() => new RegExp(
  `(?:\\s{0,2}(?:[-–—~〜]|至|到|ถึง)\\s{0,2}|\\s{1,2}(?:${alternationOf(RANGE_WORDS())})\\s{1,2})`,
  "y",
));
const UNIT_ALT = lazy(() => alternationOf(Object.keys(PERIOD_UNITS())));
const SLASH_UNIT_ALT = lazy(() => alternationOf([...Object.keys(PERIOD_UNITS()), ...Object.keys(SLASH_UNITS())]));
const PERIOD_AT = lazy(() => new RegExp(
  `\\s{0,2}(?:\\/\\s{0,2}(?:1\\s?)?(${SLASH_UNIT_ALT()})|${LATIN_EDGE}(?:${alternationOf(PERIOD_CONNECTORS())})\\s{1,2}(${UNIT_ALT()})|(?:${alternationOf(GLUED_PERIOD_CONNECTORS())})\\s?(${UNIT_ALT()})|${LATIN_EDGE}(${alternationOf(Object.keys(PERIOD_ADJECTIVES()))}))${LATIN_END}`,
  "y",
));
/**
 * A wave dash or tilde left open after an amount (`月給25万円〜`, `월 300~`) is "from": Japanese and
 * Korean ads quote starting pay so. Followed by an amount it is a range, read before this is tried.
 */
const OPEN_RANGE_AFTER = `\\s{0,2}[〜~](?![〜~]|\\s{0,2}(?:${D}|[$¥₩€£₱฿]))`;
const QUALIFIER_AFTER_AT = lazy(() => new RegExp(
  `(?:\\+{1,2}(?![+]|\\s{0,2}${D})|${OPEN_RANGE_AFTER}|\\s{0,2}(?:${alternationOf(Object.keys(QUALIFIERS_AFTER()))})${LATIN_END})`,
  "y",
));
const BONUS_ALT = lazy(() => alternationOf(BONUS_WORDS()));
const BONUS_AFTER_AT = lazy(() => new RegExp(`\\s{0,3}(?:[a-z-]{1,15}\\s)?(?:${BONUS_ALT()})${LATIN_END}`, "y"));
const NOT_PAY_ALT = lazy(() => alternationOf(NOT_PAY_WORDS()));
const NOT_PAY_AFTER_AT = lazy(() => new RegExp(`\\s{0,3}(?:[a-z-]{1,15}\\s)?(?:${NOT_PAY_ALT()})${LATIN_END}`, "y"));
const NEGATED_END = lazy(() => new RegExp(
  `(?:${LATIN_EDGE}(?:${alternationOf(NEGATIONS())})\\s{0,2}(?:[a-z-]{1,12}\\s{1,2})?)$`,
  "",
));
const COUNT_AFTER_AT = lazy(() => new RegExp(`\\s{0,2}(?:${alternationOf(COUNT_NOUNS())})${LATIN_END}`, "y"));

/**
 * Amounts written in words: `月入过万`, `belasan juta`, `hàng chục triệu`, `one lakh`, and Thai pay
 * in round ten- or hundred-thousands (`เดือนละหมื่น`, `รายได้หลักแสน`; not `หมื่นห้า`, which is 15,000).
 */
const WORD_AMOUNTS =
  /(?:([月日年周])(?:薪|入|收入)(?:轻轻松松|轻松)?[过上破超](十万|百万|千|万))|(?<![a-z])(belasan|puluhan|ratusan)\s{1,2}(juta|ribu)(?![a-z])|(?<![a-z])(?:hang|vai|may)\s{1,2}chuc\s{1,2}trieu(?![a-z])|(?<![a-z])(?:one|a|ek)\s{1,2}(?:lakh|lac)(?![a-z])|एक\s?लाख|(เงินเดือน|รายได้|ค่าจ้าง|เดือนละ)\s{0,2}(?:(หลัก|เกิน|กว่า)\s{0,2})?(หมื่น|แสน)(?!หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า)|(?:(?<![a-z])(dedh|derh|dhai|sawa)\s{1,2}(?:lakh|lac)(?![a-z])|(डेढ(?:\u093c)?|डे\u095d|ढाई|सवा)\s?लाख|(দে(?:ড\u09bc|\u09dc)|আ(?:ড\u09bc|\u09dc)াই|সো(?:য\u09bc|\u09df)া|এক)\s?(?:লাখ|লক্ষ))|(?<![\uac00-\ud7a30-9])(?:월|월급|월수입|한\s?달에?)\s?([이삼사오육칠팔구]?[천백])(만)?(?:\s?(원))?(?:\s{0,2}[~\-–〜]\s{0,2}([이삼사오육칠팔구]?[천백])만?(?:\s?원)?)?(?!(?!이상|보장|까지|정도|가능|부터)[\uac00-\ud7a3])/g;
/** Literals one of which every word amount contains; the scan is skipped without them. */
const WORD_AMOUNT_HINTS = ["万", "千", "juta", "ribu", "chuc", "lakh", "lac", "लाख", "লাখ", "লক্ষ", "หมื่น", "แสน", "천", "백"];
/** Lakhs a number word stands for: one (এক), one and a half (डेढ़, দেড়, dedh), two and a half (ढाई), one and a quarter (सवा). */
const LAKH_FRACTIONS: Readonly<Record<string, number>> = {
  dedh: 1.5, derh: 1.5, dhai: 2.5, sawa: 1.25,
  "डेढ": 1.5, "डेढ\u093c": 1.5, "डे\u095d": 1.5, "ढाई": 2.5, "सवा": 1.25,
  "দেড\u09bc": 1.5, "দে\u09dc": 1.5, "আড\u09bcাই": 2.5, "আ\u09dcাই": 2.5, "সোয\u09bcা": 1.25, "সো\u09dfা": 1.25, "এক": 1,
};
const WORD_AMOUNT_PERIODS: Readonly<Record<string, PayPeriod>> = { "月": "month", "日": "day", "年": "year", "周": "week" };
const CHINESE_MAGNITUDES: Readonly<Record<string, number>> = { "十万": 1e5, "百万": 1e6, "千": 1e3, "万": 1e4 };
/** Sino-Korean digits before 천 or 백 (`오백` is five hundred). */
const KOREAN_DIGITS: Readonly<Record<string, number>> = { "이": 2, "삼": 3, "사": 4, "오": 5, "육": 6, "칠": 7, "팔": 8, "구": 9 };

/** Won a Korean numeral word counted in 만원 stands for: `오백` (5,000,000), `천` (10,000,000). */
function koreanManWon(numeral: string): number {
  const digit = numeral.length > 1 ? (KOREAN_DIGITS[numeral[0]!] ?? 1) : 1;
  return digit * (numeral.endsWith("천") ? 1e3 : 1e2) * 1e4;
}

/** Anything that may start a pay statement; fields without one are skipped outright. */
const ANY_AMOUNT = new RegExp(`${D}|万|千|belasan|puluhan|ratusan|chuc|lakh|lac|लाख|লাখ|লক্ষ|หมื่น|แสน|천|백`);

/**
 * Currency codes glued to an amount (`US$1,500`, `Kshs200,000`, `Rp12jt`) can reach the
 * normalised text with their digits folded to letters (`ussi,500`), because the obfuscation pass
 * reads them as leetspeak. Such tokens are restored from the original text; the folding keeps
 * lengths, so offsets stay valid.
 */
const GLUED_CURRENCY_TOKEN =
  /(?<![a-z0-9$])(?:usds?|uss|hks|hkd|nts|ntd|twd|sgd|ss|rs|rp|rm|mxs|mxn|clp|brl|php|thb|vnd|idr|myr|inr|npr|lkr|pkr|bdt|aed|dhs|jpy|krw|cny|rmb|kshs?|kes|ushs?|ugx|tshs?|tzs|shs|etb|ngn|eur|gbp|mmk|khr|lak)[a-z0-9$]{1,16}/g;
/** The typed text has letters glued to `$` or a digit (`US$1`, `Kshs200`, `Rp12jt`). */
const GLUE_SUSPECT = /[a-z]\$|[a-z]{2}[0-9]/i;
const HAS_DIGIT_OR_DOLLAR = /[0-9$]/;

function restoreGluedAmounts(field: NormalizedField): string {
  const text = field.text;
  if (!GLUE_SUSPECT.test(field.original)) return text;
  let restored: string | null = null;
  GLUED_CURRENCY_TOKEN.lastIndex = 0;
  for (const match of text.matchAll(GLUED_CURRENCY_TOKEN)) {
    const token = match[0];
    const span = field.toOriginal(match.index, match.index + token.length);
    const typed = field.original.slice(span.start, span.end).normalize("NFKC").toLowerCase();
    if (typed.length !== token.length || typed === token || !HAS_DIGIT_OR_DOLLAR.test(typed)) continue;
    restored = (restored ?? text).slice(0, match.index) + typed + (restored ?? text).slice(match.index + token.length);
  }
  return restored ?? text;
}

/**
 * Single digits spaced apart to slip past filters: `1 5 0 0 usd`, `1.5 0 0$`, `1 , 2 0 0 $`, `5 0 k+`.
 * Each digit stands alone (`18 25 years` is two numbers and never joined), the run does not start
 * with a zero (phone numbers do) nor follow another number, and each gap is one or two spaces, a
 * bare `.`/`,`, or one spaced on its left (`1 , 2`; `3, 5` is a list). Every gap ends in a digit that no other gap can
 * start with, so the repetition matches one way only.
 */
const SPACED_DIGITS = /(?<![0-9][ .,]{0,2})[1-9](?![0-9])(?:(?: {1,2}|[.,]| [.,] ?)[0-9](?![0-9])){1,14}/g;
/** After a joined run: another number (the run is not one amount), a spaced `k`/`w`, a spaced `+`. */
const NUMBER_NEXT_AT = /[ .,]{1,2}[0-9]/y;
const SPACED_MULTIPLIER_AT = / {1,2}[kw](?![a-z])/y;
const SPACED_PLUS_AT = / {1,2}\+(?! {0,2}[0-9])/y;
const HAS_SPACE = / /;

/** The field text with spaced-out amounts joined, and where each of its characters came from. */
interface Despaced {
  text: string;
  /** `origin[i]` is the offset in the field text of character `i`. */
  origin: number[];
}

/** Appends `text[from, to)` to `out`, recording where each character came from. */
function copyInto(out: { parts: string[]; origin: number[] }, text: string, from: number, to: number): void {
  out.parts.push(text.slice(from, to));
  for (let i = from; i < to; i++) out.origin.push(i);
}

/**
 * Joins spaced-out amounts (`1 5 0 0 usd` → `1500 usd`), or returns null when there are none.
 * A run of two digits is joined only before a spaced multiplier (`5 0 k` → `50k`), since `3 5`
 * alone is as likely two numbers. Only the pay reader sees the joined text.
 */
function despaceDigits(text: string): Despaced | null {
  let out: { parts: string[]; origin: number[] } | null = null;
  let cursor = 0;
  SPACED_DIGITS.lastIndex = 0;
  for (const match of text.matchAll(SPACED_DIGITS)) {
    const run = match[0];
    const start = match.index;
    let end = start + run.length;
    if (!HAS_SPACE.test(run) || sticky(NUMBER_NEXT_AT, text, end)) continue;
    let digits = 0;
    for (let i = 0; i < run.length; i++) if (digitValue(run.charCodeAt(i)) >= 0) digits++;
    const multiplier = sticky(SPACED_MULTIPLIER_AT, text, end);
    if (digits < 3 && !multiplier) continue;
    out ??= { parts: [], origin: [] };
    copyInto(out, text, cursor, start);
    for (let i = 0; i < run.length; i++) if (run[i] !== " ") copyInto(out, text, start + i, start + i + 1);
    if (multiplier) {
      copyInto(out, text, end + multiplier[0].length - 1, end + multiplier[0].length);
      end += multiplier[0].length;
    }
    const plus = sticky(SPACED_PLUS_AT, text, end);
    if (plus) {
      copyInto(out, text, end + plus[0].length - 1, end + plus[0].length);
      end += plus[0].length;
    }
    cursor = end;
  }
  if (!out) return null;
  copyInto(out, text, cursor, text.length);
  return { text: out.parts.join(""), origin: out.origin };
}

/**
 * A word list searched by looking Latin words up in a set and matching other scripts (which
 * are written without spaces) with one alternation. Cheaper than a large alternation tried at
 * every position of the text.
 */
class WordList {
  private readonly latin = new Set<string>();
  /** First words of the multi-word entries, so pairs are only built when one may match. */
  private readonly pairStarts = new Set<string>();
  private readonly other: RegExp | null;

  constructor(words: readonly string[]) {
    const other: string[] = [];
    for (const word of words) {
      if (!/^[a-z][a-z -]*$/.test(word)) {
        other.push(word);
        continue;
      }
      this.latin.add(word);
      const space = word.indexOf(" ");
      if (space > 0) this.pairStarts.add(word.slice(0, space));
    }
    this.other = other.length > 0 ? new RegExp(alternationOf(other), "g") : null;
  }

  /** Every occurrence in `text`, in no particular order. */
  find(text: string): { index: number; length: number }[] {
    const found: { index: number; length: number }[] = [];
    let previous = "";
    let previousStart = -1;
    let i = 0;
    const length = text.length;
    while (i < length) {
      if (!isLatinWordChar(text.charCodeAt(i))) {
        i++;
        continue;
      }
      const start = i;
      while (i < length && isLatinWordChar(text.charCodeAt(i))) i++;
      const word = text.slice(start, i);
      if (this.latin.has(word)) found.push({ index: start, length: word.length });
      if (previousStart >= 0 && this.pairStarts.has(previous) && this.latin.has(`${previous} ${word}`)) {
        found.push({ index: previousStart, length: i - previousStart });
      }
      previous = word;
      previousStart = start;
    }
    if (this.other && OTHER_SCRIPT.test(text)) {
      this.other.lastIndex = 0;
      for (const match of text.matchAll(this.other)) found.push({ index: match.index, length: match[0].length });
    }
    return found;
  }
}

/** Lower-case Latin letters and the hyphen of `sign-on`. */
function isLatinWordChar(code: number): boolean {
  return (code >= 0x61 && code <= 0x7a) || code === 0x2d;
}

/** Devanagari to Sinhala, Thai, CJK and Hangul: the scripts of the non-Latin word lists. */
const OTHER_SCRIPT = /[\u0900-\u0dff\u0e00-\u0e7f\u3040-\u9fff\uac00-\ud7a3]/;
const NOT_PAY_LIST = lazy(() => new WordList(NOT_PAY_WORDS()));
const BONUS_LIST = lazy(() => new WordList(BONUS_WORDS()));
const PAY_WORD_LIST = lazy(() => new WordList(Object.keys(PAY_WORDS())));
/** `, . ; ! ? \n`, as char codes. */
const CLAUSE_BREAKS = new Set([0x2c, 0x2e, 0x3b, 0x21, 0x3f, 0x0a]);
const COST_WINDOW = 40;
const BONUS_WINDOW = 24;

/** The clause that ends at `end`, at most `window` characters long. */
function clauseBefore(text: string, end: number, window: number): string {
  const limit = Math.max(0, end - window);
  let start = end;
  while (start > limit && !CLAUSE_BREAKS.has(text.charCodeAt(start - 1))) start--;
  return text.slice(start, end);
}

const DIGIT_ZEROS = [0x30, 0x660, 0x6f0, 0x966, 0x9e6, 0xe50, 0xed0, 0x1040, 0x17e0];

function isSeparator(code: number): boolean {
  return code === 0x2c || code === 0x2e;
}

function digitValue(code: number): number {
  for (const zero of DIGIT_ZEROS) if (code >= zero && code <= zero + 9) return code - zero;
  return -1;
}

/**
 * Reads a number as typed. A separator followed by exactly three digits groups thousands
 * (`1.000`, `1,500`, `1,00,000`); otherwise the last separator is the decimal point (`1,5 juta`).
 */
export function parseAmount(raw: string): number {
  let lastSeparator = -1;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw.charCodeAt(i);
    if (ch === 0x2c || ch === 0x2e) lastSeparator = i;
  }
  const decimalAt = lastSeparator >= 0 && raw.length - lastSeparator - 1 !== 3 ? lastSeparator : -1;
  let integer = 0;
  let fraction = 0;
  let scale = 1;
  for (let i = 0; i < raw.length; i++) {
    const digit = digitValue(raw.charCodeAt(i));
    if (digit < 0) continue;
    if (decimalAt >= 0 && i > decimalAt) {
      scale /= 10;
      fraction += digit * scale;
    } else {
      integer = integer * 10 + digit;
    }
  }
  return integer + fraction;
}

function isDigitAt(text: string, at: number): boolean {
  return at >= 0 && at < text.length && digitValue(text.charCodeAt(at)) >= 0;
}

/** The number written at `at`, or null when `at` is inside a longer run of digits. */
function numberAt(text: string, at: number): string | null {
  if (isDigitAt(text, at - 1) || (isSeparator(text.charCodeAt(at - 1)) && isDigitAt(text, at - 2))) return null;
  const match = sticky(NUMBER_AT, text, at);
  if (!match) return null;
  const end = at + match[0].length;
  if (isDigitAt(text, end) || (isSeparator(text.charCodeAt(end)) && isDigitAt(text, end + 1))) return null;
  return match[0];
}

/** Phone numbers and identifiers start with a zero (`0812 3456 789`); amounts do not. */
function looksLikeIdentifier(raw: string): boolean {
  if (raw.length > 1 && digitValue(raw.charCodeAt(0)) === 0 && digitValue(raw.charCodeAt(1)) >= 0) return true;
  let digits = 0;
  for (let i = 0; i < raw.length; i++) if (digitValue(raw.charCodeAt(i)) >= 0) digits++;
  return digits > 12;
}

function sticky(pattern: RegExp, text: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(text);
}

const NEEDS_CLEANING = /\s|\.$/;

/** A matched word as a lexicon key: single spaces, no trailing dot (`Rs.` → `rs`). */
function keyOf(token: string): string {
  if (!NEEDS_CLEANING.test(token)) return token;
  return token.trim().replace(/\s+/g, " ").replace(/\.$/, "");
}

interface ReadMultiplier {
  multiplier: Multiplier;
  key: string;
  end: number;
}

const HAN = /[\u4e00-\u9fff]/;

function readMultiplier(text: string, at: number): ReadMultiplier | null {
  const match = sticky(MULTIPLIER_AT(), text, at);
  if (!match) return null;
  const key = match[1] ?? match[2] ?? "";
  const multiplier = WORD_MULTIPLIERS()[key] ?? GLUED_MULTIPLIERS()[key];
  if (!multiplier || (multiplier.onlyInHanText && !HAN.test(text))) return null;
  return { multiplier, key, end: at + match[0].length };
}

interface ReadCurrency {
  token: CurrencyToken;
  key: string;
  end: number;
}

function readSuffix(text: string, at: number): ReadCurrency | null {
  const match = sticky(SUFFIX_AT(), text, at);
  if (!match?.[1]) return null;
  const key = keyOf(match[1]);
  const token = SUFFIX_CURRENCIES[key];
  return token ? { token, key, end: at + match[0].length } : null;
}

/** One side of an amount: the number, its multiplier and any currency written after it. */
interface Side {
  value: number;
  /** The smaller part of a compound amount (`1 lakh 20 hazar`, `1억 2천만`), already scaled. */
  extra: number;
  multiplier: ReadMultiplier | null;
  suffix: ReadCurrency | null;
  prefix: ReadCurrency | null;
  end: number;
}

function readSide(text: string, numberStart: number, raw: string): Side {
  let end = numberStart + raw.length;
  const multiplier = readMultiplier(text, end);
  let extra = 0;
  if (multiplier) {
    end = multiplier.end;
    // A compound amount names a smaller unit next: `১ লাখ ২০ হাজার`, `3 لاکھ 35 ہزار`, `2万5千`.
    let factor = multiplier.multiplier.factor;
    for (let part = 0; part < 2 && factor >= 1e4; part++) {
      const at = isSpace(text.charCodeAt(end)) ? end + 1 : end;
      const smaller = digitValue(text.charCodeAt(at)) >= 0 ? numberAt(text, at) : null;
      const unit = smaller ? readMultiplier(text, at + smaller.length) : null;
      if (!smaller || !unit || unit.multiplier.factor >= factor) break;
      extra += parseAmount(smaller) * unit.multiplier.factor;
      factor = unit.multiplier.factor;
      end = unit.end;
    }
  }
  const suffix = readSuffix(text, end);
  if (suffix) end = suffix.end;
  return { value: parseAmount(raw), extra, multiplier, suffix, prefix: null, end };
}

function readRangeEnd(text: string, at: number): Side | null {
  const separator = sticky(RANGE_AT(), text, at);
  if (!separator) return null;
  let cursor = at + separator[0].length;
  let prefix: ReadCurrency | null = null;
  const prefixMatch = sticky(PREFIX_AT(), text, cursor);
  if (prefixMatch?.[1]) {
    const key = keyOf(prefixMatch[1]);
    const token = PREFIX_CURRENCIES[key];
    // A single letter, as before the first amount, only glued (`P25,000-P30,000`, `N150,000-N200,000`).
    const lone = LONE_LETTER_CURRENCIES.has(key);
    const glued = !lone || ((prefixMatch[2] ?? "").length === 0 && loneLetterAmount(key, text.slice(cursor + prefixMatch[0].length, cursor + prefixMatch[0].length + 16)));
    if (token && glued) {
      prefix = { token, key, end: cursor + prefixMatch[0].length };
      cursor = prefix.end;
    }
  }
  const number = numberAt(text, cursor);
  if (!number || looksLikeIdentifier(number)) return null;
  const side = readSide(text, cursor, number);
  side.prefix = prefix;
  return side;
}

/** What stands before an amount. */
interface Before {
  start: number;
  periodCue: string | undefined;
  payWord: string | undefined;
  qualifier: "upTo" | "atLeast" | undefined;
  prefix: ReadCurrency | null;
}

/** Single-letter currency words, read only glued to the amount and never after a range dash. */
const LONE_LETTER_CURRENCIES: ReadonlySet<string> = new Set(["p", "n"]);
/** A grouped (`150,000`) or multiplied (`500k`, `1.5m`) amount at the start of the text. */
const LARGE_AMOUNT_AT = /^(?:[0-9]{1,3}(?:,[0-9]{3})+(?![0-9])|[0-9]{1,4}(?:\.[0-9]{1,2})?\s?[km](?![a-z]))/i;
/** Three digits or more (`P500` a day), not a grade or level (`P7-P8`, `P8+`). */
const THREE_DIGITS_AT = /^[0-9]{3}/;

/**
 * Whether a single-letter currency glued to the amount in `after` (the text from the amount on) is
 * one: `n` also names masks, roads and models (`N95`, `N1`), so it needs a grouped or multiplied
 * amount; `p` also names job grades (`P7`), so it needs three digits or such an amount.
 */
function loneLetterAmount(key: string, after: string): boolean {
  if (key === "n") return LARGE_AMOUNT_AT.test(after);
  return THREE_DIGITS_AT.test(after) || LARGE_AMOUNT_AT.test(after);
}

/** How far back from a number its currency, qualifier and pay words are looked for. */
const BEFORE_WINDOW = 40;

/**
 * Reads what stands before the amount starting at `amountStart`. The window before it is
 * reversed, so the mirrored pattern runs once, anchored, instead of at every position.
 */
function readBefore(text: string, amountStart: number): Before {
  const before = emptyBefore(amountStart);
  let backwards = "";
  for (let i = amountStart - 1, stop = Math.max(0, amountStart - BEFORE_WINDOW); i >= stop; i--) backwards += text[i];
  const match = sticky(BEFORE_REVERSED(), backwards, 0);
  if (!match || match[0].length === 0) return before;
  // Groups, nearest the number first: 1 spacing, 2 currency, 3 qualifier, 4 joiner, 5 period cue,
  // 6 pay word, 7 period cue.
  const words = match[5] !== undefined || match[6] !== undefined || match[7] !== undefined;
  // A joiner (`:`, `of`) belongs to the evidence only when a word stands before it.
  let length = match[0].length - (words ? 0 : (match[4] ?? "").length);
  while (length > 0 && isSpace(match[0].charCodeAt(length - 1))) length--;
  before.start = amountStart - length;
  const cue = match[5] ?? match[7];
  before.periodCue = cue ? keyOf(reversed(cue)) : undefined;
  before.payWord = match[6] ? keyOf(reversed(match[6])) : undefined;
  before.qualifier = match[3] ? QUALIFIERS_BEFORE()[keyOf(reversed(match[3]))] : undefined;
  if (match[2]) {
    const key = keyOf(reversed(match[2]));
    const token = PREFIX_CURRENCIES[key];
    // A lone `p` is the Philippine peso, and a lone `n` the naira, only when glued to an amount that
    // no grade, road or model number looks like (`P25,000`, `N150,000`; not `P7`, `N95`).
    const glued = !LONE_LETTER_CURRENCIES.has(key) || ((match[1] ?? "").length === 0 && loneLetterAmount(key, text.slice(amountStart, amountStart + 16)));
    if (token && glued) before.prefix = { token, key, end: amountStart };
    else if (!match[3] && !words) before.start = amountStart;
  }
  return before;
}

/** Space, tab, line breaks and the no-break spaces NFKC leaves. */
function isSpace(code: number): boolean {
  return code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x3000;
}

function emptyBefore(amountStart: number): Before {
  return { start: amountStart, periodCue: undefined, payWord: undefined, qualifier: undefined, prefix: null };
}

/** The last Latin word of every word list read before an amount. */
const NEAREST_LATIN_WORDS = lazy(() => new Set<string>(
  [
    ...Object.keys(PREFIX_CURRENCIES),
    ...Object.keys(QUALIFIERS_BEFORE()),
    ...Object.keys(PERIOD_CUES()),
    ...Object.keys(PAY_WORDS()),
    ...BEFORE_JOINERS,
  ]
    .map((key) => key.split(" ").pop() ?? "")
    .filter((word) => /^[a-z]+$/.test(word)),
));
const JOINER_CHARS = ".:：=-–";
const NOT_BEFORE_WORDS = ",(+#%&*)";

/**
 * Cheap test of the nearest word before a number: unless it could end a currency, qualifier,
 * pay word or period cue, the full backwards pattern is not run. Most numbers stop here.
 */
function mayHaveWordsBefore(text: string, at: number): boolean {
  let i = at - 1;
  let skipped = 0;
  while (i >= 0 && skipped < 3 && isSpace(text.charCodeAt(i))) {
    i--;
    skipped++;
  }
  if (i >= 0 && JOINER_CHARS.includes(text[i]!)) {
    i--;
    while (i >= 0 && skipped < 6 && isSpace(text.charCodeAt(i))) {
      i--;
      skipped++;
    }
  }
  if (i < 0) return false;
  const code = text.charCodeAt(i);
  if (code >= 0x61 && code <= 0x7a) {
    let j = i;
    while (j > 0 && i - j < 16) {
      const previous = text.charCodeAt(j - 1);
      if (previous < 0x61 || previous > 0x7a) break;
      j--;
    }
    return NEAREST_LATIN_WORDS().has(text.slice(j, i + 1));
  }
  return digitValue(code) < 0 && !NOT_BEFORE_WORDS.includes(text[i]!);
}

/**
 * Latin currency words a posting may name apart from its amount (`salary paid in usdt, 1,100
 * monthly`): the written codes and names of three letters or more, without those that are also
 * everyday words.
 */
const NAMED_CURRENCIES: () => Readonly<Record<string, CurrencyToken>> = lazy(() => Object.fromEntries(
  [...Object.entries(PREFIX_CURRENCIES), ...Object.entries(SUFFIX_CURRENCIES)].filter(
    ([word]) => /^[a-z][a-z ]{2,}$/.test(word) && !NOT_NAMED_CURRENCIES.has(word),
  ),
));
const NAMED_CURRENCY_LAST_WORDS = lazy(() => new Set(Object.keys(NAMED_CURRENCIES()).map((word) => word.split(" ").pop() ?? "")));
const LATIN_PAY_WORDS = lazy(() => Object.keys(PAY_WORDS()).filter((word) => /^[a-z][a-z ]*$/.test(word) && !PAY_WORDS_ONLY_IN_HAN_TEXT.has(word)));
/**
 * Read backwards from a bare amount: an optional `,`/`:`, a currency word, `in`/`en`, and before
 * them a paid word (with a filler and a pay word before it) or a pay word: `salary paid in usdt, `,
 * `salary in usd: `, `pagado en dolares, `, `el sueldo se paga en dolares: `.
 */
const NAMED_CURRENCY_REVERSED = lazy(() => new RegExp(
  `(?:\\s{0,2}([,:]))?\\s{0,2}(${reversedAlternationOf(Object.keys(NAMED_CURRENCIES()))})\\s{1,2}(?:ni|ne)\\s{1,2}` +
    `(?:(?:${reversedAlternationOf(PAID_WORDS())})(?:\\s{1,2}(?:${reversedAlternationOf(PAID_FILLERS())}))?(?:\\s{1,2}(?:${reversedAlternationOf(LATIN_PAY_WORDS())}))?` +
    `|(?:${reversedAlternationOf(LATIN_PAY_WORDS())}))(?![a-z])`,
  "y",
));
/** How far back from a bare amount a currency named apart from it is looked for. */
const NAMED_CURRENCY_WINDOW = 64;

interface NamedCurrency {
  token: CurrencyToken;
  /** Where the pay or paid word that names it starts. */
  start: number;
  /** Whether a colon joins the currency to the amount (`salary in usd: 1200`). */
  colon: boolean;
}

/**
 * The currency a salary clause names before a bare amount (`salary paid in usdt, 1,100`), or null.
 * The word nearest the amount is checked first, so most bare numbers cost a few character reads.
 */
function readNamedCurrency(text: string, at: number): NamedCurrency | null {
  let i = at - 1;
  while (i >= 0 && at - i <= 2 && isSpace(text.charCodeAt(i))) i--;
  if (i >= 0 && (text[i] === "," || text[i] === ":")) {
    const joiner = i;
    i--;
    while (i >= 0 && joiner - i <= 2 && isSpace(text.charCodeAt(i))) i--;
  }
  let j = i;
  while (j >= 0 && i - j < 16 && isLowerLatin(text.charCodeAt(j))) j--;
  if (j === i || !NAMED_CURRENCY_LAST_WORDS().has(text.slice(j + 1, i + 1))) return null;
  let backwards = "";
  for (let k = at - 1, stop = Math.max(0, at - NAMED_CURRENCY_WINDOW); k >= stop; k--) backwards += text[k];
  const match = sticky(NAMED_CURRENCY_REVERSED(), backwards, 0);
  if (!match?.[2]) return null;
  const token = NAMED_CURRENCIES()[keyOf(reversed(match[2]))];
  if (!token) return null;
  return { token, start: at - match[0].length, colon: match[1] === ":" };
}

function isLowerLatin(code: number): boolean {
  return code >= 0x61 && code <= 0x7a;
}

/** Whether only spaces stand between `at` and the end of its clause (or a `(` or `+` adding to it). */
function endsClause(text: string, at: number): boolean {
  let i = at;
  while (i < text.length && i - at < 3 && (text.charCodeAt(i) === 0x20 || text.charCodeAt(i) === 0x09)) i++;
  if (i >= text.length) return true;
  const code = text.charCodeAt(i);
  return CLAUSE_BREAKS.has(code) || code === 0x28 || code === 0x2b;
}

/**
 * Reads the clause before an amount: `cost` when it calls the amount a fee, cost, fine or loss
 * (`visa fee KSh 200,000`), `bonus` when a bonus or commission (`commission + ₱25,000`).
 */
function clauseCalls(text: string, amountStart: number): { cost: boolean; bonus: boolean } {
  const clause = clauseBefore(text, amountStart, COST_WINDOW);
  let cost = false;
  for (const hit of NOT_PAY_LIST().find(clause)) {
    // "fee … salary $1,500": the pay word nearer the amount wins.
    if (PAY_WORD_LIST().find(clause.slice(hit.index + hit.length)).length > 0) continue;
    if (NEGATED_END().test(clause.slice(Math.max(0, hit.index - 20), hit.index))) continue;
    cost = true;
    break;
  }
  const bonus = !cost && BONUS_LIST().find(clause.length > BONUS_WINDOW ? clause.slice(clause.length - BONUS_WINDOW) : clause).length > 0;
  return { cost, bonus };
}

interface After {
  end: number;
  /** The unit word of a stated period (`ngay`, `เดือน`), for currencies it implies. */
  unit: string | null;
  period: PayPeriod | null;
  atLeast: boolean;
  bonus: boolean;
  cost: boolean;
  countsSomething: boolean;
}

function readAfter(text: string, at: number): After {
  const after: After = { end: at, unit: null, period: null, atLeast: false, bonus: false, cost: false, countsSomething: false };
  let cursor = at;
  const qualifier = sticky(QUALIFIER_AFTER_AT(), text, cursor);
  if (qualifier) {
    after.atLeast = true;
    cursor += qualifier[0].length;
  }
  const period = sticky(PERIOD_AT(), text, cursor);
  if (period) {
    const unit = period[1] ?? period[2] ?? period[3];
    if (unit) {
      after.period = PERIOD_UNITS()[unit] ?? SLASH_UNITS()[unit] ?? null;
      after.unit = unit;
    } else if (period[4]) {
      after.period = PERIOD_ADJECTIVES()[keyOf(period[4])] ?? PERIOD_ADJECTIVES()[period[4].trim()] ?? null;
    }
    if (after.period) cursor += period[0].length;
  }
  if (!after.atLeast) {
    const late = sticky(QUALIFIER_AFTER_AT(), text, cursor);
    if (late) {
      after.atLeast = true;
      cursor += late[0].length;
    }
  }
  after.end = cursor;
  after.bonus = sticky(BONUS_AFTER_AT(), text, cursor) !== null;
  after.cost = sticky(NOT_PAY_AFTER_AT(), text, cursor) !== null;
  after.countsSomething = sticky(COUNT_AFTER_AT(), text, at) !== null;
  return after;
}

/** Period words specific to one language, and that language's currency. */
const UNIT_CURRENCIES: Readonly<Record<string, CurrencyToken>> = {
  thang: "VND", ngay: "VND", tuan: "VND", gio: "VND", th: "VND",
  "เดือน": "THB", "วัน": "THB", "ชั่วโมง": "THB", "สัปดาห์": "THB", "ด": "THB",
  buwan: "PHP", araw: "PHP", oras: "PHP", linggo: "PHP",
};

/** The smallest bare amount trusted in a currency `IMPLIED_MINIMUMS` does not list. */
const DEFAULT_IMPLIED_MINIMUM = 1000;

/** The currency the pay word, else the period cue, before an amount implies (`gaji`, `月薪`, `월`). */
function impliedByWords(before: Before, text: string): CurrencyToken | null {
  const payWord = before.payWord;
  const trusted = payWord !== undefined && (!PAY_WORDS_ONLY_IN_HAN_TEXT.has(payWord) || HAN.test(text));
  const byPayWord = trusted ? (PAY_WORDS()[payWord] ?? null) : null;
  return byPayWord ?? (before.periodCue === undefined ? null : (PAY_WORDS()[before.periodCue] ?? null));
}

const PESO_LIKE = new Set<CurrencyCode>(["MXN", "COP", "CLP", "PEN", "BRL"]);

/** 만원, ten thousand won: the unit Korean ads leave out (`월 700` is 7,000,000 won a month). */
const MAN_WON = 1e4;
/** Hangul right after the amount names what it counts (`주 5일`, `월 200시간`, `20대`) unless it is one of these. */
const HANGUL_AFTER_AT = /\s?([\uac00-\ud7a3]{1,3})/y;
/**
 * Hangul that may follow a figure in 만원: bounds (`이상`, `까지`), promises (`보장`, `확정`, `가능`), paying
 * and earning (`지급`, `수령`, `받아요`, `벌어요`, `드립니다`), `인센티브` after base pay, and particles
 * (`월 400에`, `400은`, `400씩`).
 */
const MAN_WON_FOLLOWERS: readonly string[] = [
  "이상", "보장", "까지", "정도", "선", "부터", "가능", "확정", "지급", "수령", "받", "벌", "드", "인센", "플러스",
  "에", "은", "는", "을", "씩",
];
/**
 * The figures a monthly (or unperioded: `기본급`, `급여`) Korean pay word counts in 만원: a million to
 * twenty million won a month. Under 100,000 a bare figure is no month's pay in won either, so outside
 * this band it is something else (`월 50`, `월 2500`, `월 2000시간`).
 */
const MONTHLY_MAN_WON_MIN = 100;
const MONTHLY_MAN_WON_MAX = 2000;

/**
 * Whether a bare amount after a Korean pay word is in 만원 (`월 700`, `주급 200`, `기본급 500+`): Korean
 * ads drop the unit, and no monthly or weekly pay is under a hundred thousand won. Not when a Hangul
 * word follows that names something counted (`주 5일`, `월 200시간`), nor for hourly pay, quoted in
 * won (`시급 10,000`). `notPay` when a monthly pay word stands before a figure that is neither.
 */
function manWonShorthand(text: string, first: Side, second: Side | null, before: Before): "manWon" | "notPay" | null {
  if (impliedByWords(before, text) !== "KRW") return null;
  const cue = before.periodCue ?? before.payWord;
  const period = cue === undefined ? null : (PERIOD_CUES()[cue] ?? null);
  if (period === "hour") return null;
  const high = second?.value ?? first.value;
  if (high >= 100_000) return null;
  const monthly = period === null || period === "month";
  const inBand = monthly ? first.value >= MONTHLY_MAN_WON_MIN && high <= MONTHLY_MAN_WON_MAX : first.value >= 10;
  HANGUL_AFTER_AT.lastIndex = (second ?? first).end;
  const word = HANGUL_AFTER_AT.exec(text)?.[1];
  const followed = word === undefined || MAN_WON_FOLLOWERS.some((follower) => word.startsWith(follower));
  if (inBand && followed) return "manWon";
  return monthly ? "notPay" : null;
}

/**
 * Whether won written with 천 or 백 count 만원: in Korean pay talk `월 1천` is ten million won and
 * `5백` five million, since a thousand won is no wage. Not when 원 is written (`3천원`) or the pay is
 * hourly (`시급 9천`).
 */
function countsManWon(first: Side, second: Side | null, period: PayPeriod | null): boolean {
  if (period === "hour") return false;
  const sides = second ? [first, second] : [first];
  if (sides.some((side) => side.suffix?.key === "원")) return false;
  return sides.some((side) => side.multiplier?.key === "천" || side.multiplier?.key === "백");
}

/** Scales a side's number by its multiplier; `mil` is a thousand in Spanish-language pay. */
function scaled(side: Side, currency: CurrencyCode, milIsThousand: boolean): number {
  const multiplier = side.multiplier;
  if (!multiplier) return side.value;
  const factor = multiplier.key === "mil" && (milIsThousand || PESO_LIKE.has(currency)) ? 1e3 : multiplier.multiplier.factor;
  return side.value * factor + side.extra;
}

/** A draft pay statement before the posting's context settles its currency. */
interface Draft {
  start: number;
  end: number;
  low: number;
  high: number;
  isRange: boolean;
  qualifier: "upTo" | "atLeast" | null;
  currency: CurrencyCode;
  period: PayPeriod | null;
  bonus: boolean;
}

const MAX_AMOUNT = 1e13;

class FieldReader {
  constructor(
    private readonly field: NormalizedField,
    private readonly text: string,
    private readonly resolver: CurrencyResolver,
    /** Where each character of `text` stands in the field text, when spaced digits were joined. */
    private readonly origin: readonly number[] | null = null,
  ) {}

  read(out: PayStatement[]): void {
    const drafts: Draft[] = [];
    const text = this.text;
    DIGIT_SCAN.lastIndex = 0;
    let digit: RegExpExecArray | null;
    while ((digit = DIGIT_SCAN.exec(text)) !== null) {
      // `0812-3456`: digits glued after `digit-` continue a phone number or an identifier.
      const continuation = digit.index >= 2 && text[digit.index - 1] === "-" && isDigitAt(text, digit.index - 2);
      const number = continuation ? null : numberAt(text, digit.index);
      let next = digit.index + 1;
      if (number) {
        next = digit.index + number.length;
        const draft = this.readNumber(digit.index, number);
        if (draft) {
          drafts.push(draft);
          next = Math.max(next, draft.end);
        }
      } else {
        // Inside a malformed run (`1,0000`): skip the rest of it.
        while (next < text.length && (digitValue(text.charCodeAt(next)) >= 0 || isSeparator(text.charCodeAt(next)))) next++;
      }
      DIGIT_SCAN.lastIndex = next;
    }
    WORD_AMOUNTS.lastIndex = 0;
    const wordAmounts = WORD_AMOUNT_HINTS.some((hint) => text.includes(hint)) ? text.matchAll(WORD_AMOUNTS) : [];
    for (const word of wordAmounts) {
      const draft = this.readWordAmount(word);
      if (draft && !drafts.some((other) => draft.start < other.end && other.start < draft.end)) drafts.push(draft);
    }
    drafts.sort((a, b) => a.start - b.start);
    for (const draft of drafts) out.push(this.toStatement(draft));
  }

  private toStatement(draft: Draft): PayStatement {
    const origin = this.origin;
    const evidence = origin
      ? evidenceFor(this.field, origin[draft.start]!, origin[draft.end - 1]! + 1)
      : evidenceFor(this.field, draft.start, draft.end);
    const base = { currency: draft.currency, period: draft.period, bonus: draft.bonus, evidence };
    if (draft.isRange) return { amount: null, min: draft.low, max: draft.high, qualifier: draft.qualifier, ...base };
    if (draft.qualifier === "upTo") return { amount: draft.high, min: null, max: draft.high, qualifier: "upTo", ...base };
    if (draft.qualifier === "atLeast") return { amount: draft.low, min: draft.low, max: null, qualifier: "atLeast", ...base };
    return { amount: draft.low, min: draft.low, max: draft.low, qualifier: null, ...base };
  }

  private readNumber(numberStart: number, raw: string): Draft | null {
    const text = this.text;
    if (looksLikeIdentifier(raw)) return null;
    const first = readSide(text, numberStart, raw);
    let second: Side | null = readRangeEnd(text, first.end);
    const before = mayHaveWordsBefore(text, numberStart) ? readBefore(text, numberStart) : emptyBefore(numberStart);

    // Settle the currency: written before, after either end, or implied by a word.
    const suffix = first.suffix?.token ?? second?.suffix?.token ?? null;
    // `$15 mil pesos`: a currency word after the amount says which dollar sign was meant.
    const prefix = before.prefix?.token === "DOLLAR" && suffix ? null : (before.prefix?.token ?? null);
    const written = prefix ?? first.suffix?.token ?? second?.prefix?.token ?? second?.suffix?.token ?? null;
    if (second) {
      const left = before.prefix?.token ?? first.suffix?.token;
      const right = second.prefix?.token ?? second.suffix?.token;
      if (left && right && this.resolver.resolve(left) !== this.resolver.resolve(right)) second = null;
    }
    const multiplier = first.multiplier?.multiplier ?? second?.multiplier?.multiplier ?? null;
    const glued = first.multiplier?.key === "k" || second?.multiplier?.key === "k";
    // A currency named earlier in the salary clause (`salary paid in usdt, 1,100 monthly`) is as good as
    // one written at the amount, so it is looked for before any currency is guessed.
    const named = !written && !multiplier?.implies ? readNamedCurrency(text, numberStart) : null;
    const bare = !written && !multiplier?.implies && !glued && before.periodCue === undefined && before.payWord === undefined;
    // Most numbers in a posting are bare (ages, counts, phone digits): stop before reading further.
    if (bare && !named) return null;

    const after = readAfter(text, (second ?? first).end);
    const periodCue = before.periodCue ? PERIOD_CUES()[before.periodCue] : undefined;
    const hasCue = before.periodCue !== undefined || before.payWord !== undefined || after.period !== null;

    let token: CurrencyToken | null = written;
    // `paid in USD, 3 days a week`, `salary in USD: 18-35 years old`: the currency is only tied to a
    // figure quoted as pay, per a period or standing alone after the colon.
    const tied = named !== null && !after.countsSomething && (after.period !== null || (named.colon && endsClause(text, after.end)));
    if (bare && !tied) return null;
    if (named && tied) {
      token = named.token;
      before.start = named.start;
    }
    if (!token && multiplier?.implies && (!multiplier.needsCue || hasCue) && !after.countsSomething) {
      token = multiplier.implies;
    }
    const cueBefore = before.payWord !== undefined || before.periodCue !== undefined;
    const manWon = !token && cueBefore && !multiplier && !after.countsSomething ? manWonShorthand(text, first, second, before) : null;
    if (manWon === "notPay") return null;
    const inManWon = manWon === "manWon";
    if (inManWon) token = "KRW";
    if (!token && cueBefore && !after.countsSomething) token = this.plausible(impliedByWords(before, text), first, second);
    // `500k/ngày`, `35k/เดือน`: thousands with a period word in one language name that language's currency.
    if (!token && glued && after.unit) token = UNIT_CURRENCIES[after.unit] ?? null;
    // `gaji 4,500 sebulan`, `salary 10k++` in a Malay ad, `เดือนละ 25,000` in a Thai one.
    if (!token && (cueBefore || (glued && after.period !== null)) && !after.countsSomething) {
      token = this.plausible(this.resolver.languageCurrency(), first, second);
    }
    if (!token) return null;
    const saysMil = first.multiplier?.key === "mil" || second?.multiplier?.key === "mil";
    const resolved = this.resolver.resolve(token);
    if (resolved === null) return null;
    let currency: CurrencyCode = resolved;
    // `mil` is Spanish for a thousand, so `15 mil pesos` are Latin American pesos.
    if (saysMil && token === "PESO" && currency === "PHP") currency = "MXN";
    const milIsThousand = saysMil && (token === "PESO" || this.resolver.milIsThousand());

    // `500.000đ` is dong, but `30d` is thirty days.
    const unit = inManWon || (currency === "KRW" && countsManWon(first, second, after.period ?? periodCue ?? null)) ? MAN_WON : 1;
    let low = scaled(first, currency, milIsThousand) * unit;
    if (token === "SHILLING") currency = this.resolver.shillingFor(low, after.period ?? periodCue ?? null);
    if (first.suffix?.key === "d" && low < 10_000 && token === "VND" && !before.prefix) return null;

    let high = low;
    let isRange = false;
    if (second) {
      let end = scaled(second, currency, milIsThousand) * unit;
      // A multiplier written only on one end applies to both when that keeps the range ordered
      // (`12–15 juta`, `2-5万`), but not when the bare end is already in units (`500.000 – 1 trieu`).
      if (!first.multiplier && second.multiplier && first.value * second.multiplier.multiplier.factor <= end) {
        low = first.value * second.multiplier.multiplier.factor;
      }
      if (first.multiplier && !second.multiplier && end < low) end = second.value * first.multiplier.multiplier.factor;
      if (low > 0 && end > low && end / low <= 20) {
        high = end;
        isRange = true;
      } else {
        low = scaled(first, currency, milIsThousand) * unit;
      }
    }
    // When the second number turned out not to close a range, the words after the first one count.
    const finalAfter = isRange || !second ? after : readAfter(text, first.end);
    if (finalAfter.cost) return null;
    const clause = clauseCalls(text, before.start);
    if (clause.cost) return null;
    if (!(low > 0) || !(high > 0) || high > MAX_AMOUNT) return null;

    let qualifier: "upTo" | "atLeast" | null = before.qualifier ?? (finalAfter.atLeast ? "atLeast" : null);
    if (isRange && qualifier === "atLeast") qualifier = null;
    const period = finalAfter.period ?? first.multiplier?.multiplier.period ?? periodCue ?? null;
    const bonus = finalAfter.bonus || clause.bonus;
    return { start: before.start, end: finalAfter.end, low, high, isRange, qualifier, currency, period, bonus };
  }

  /**
   * The implied currency, when the bare amount is large enough to be pay in it. A multiplier written
   * only on the range's far end scales the near one too (`salary 35-40k/month`).
   */
  private plausible(token: CurrencyToken | null, first: Side, second: Side | null): CurrencyToken | null {
    if (!token) return null;
    const currency = this.resolver.resolve(token);
    if (!currency) return null;
    const rough = first.value * (first.multiplier?.multiplier.factor ?? second?.multiplier?.multiplier.factor ?? 1);
    return rough >= (IMPLIED_MINIMUMS[currency] ?? DEFAULT_IMPLIED_MINIMUM) ? token : null;
  }

  private readWordAmount(match: RegExpExecArray | RegExpMatchArray): Draft | null {
    const text = this.text;
    const start = match.index ?? 0;
    const words = match[0];
    let token: CurrencyToken;
    let low: number;
    let high: number;
    let isRange = false;
    let qualifier: "upTo" | "atLeast" | null = "atLeast";
    let period: PayPeriod | null = null;
    if (match[1] && match[2]) {
      token = "YEN";
      low = high = CHINESE_MAGNITUDES[match[2]] ?? 1e4;
      period = WORD_AMOUNT_PERIODS[match[1]] ?? null;
    } else if (match[3] && match[4]) {
      token = "IDR";
      const unit = match[4] === "juta" ? 1e6 : 1e3;
      if (match[3] === "belasan") {
        low = 11 * unit;
        high = 19 * unit;
        isRange = true;
        qualifier = null;
      } else {
        low = high = (match[3] === "puluhan" ? 10 : 100) * unit;
      }
    } else if (match[5] && match[7]) {
      token = "THB";
      low = high = match[7] === "แสน" ? 1e5 : 1e4;
      qualifier = match[6] ? "atLeast" : null;
      period = match[5] === "เงินเดือน" || match[5] === "เดือนละ" ? "month" : null;
    } else if (match[8] || match[9] || match[10]) {
      token = match[10] ? "BDT" : "RUPEE";
      low = high = (LAKH_FRACTIONS[match[8] ?? match[9] ?? match[10] ?? ""] ?? 1) * 1e5;
      qualifier = null;
    } else if (match[11]) {
      // `월천`, `월 오백`, `한달에 천만원`: counted in 만원 like `월 1천`; `천원` alone is a thousand won, no wage.
      if (match[13] && !match[12]) return null;
      token = "KRW";
      low = high = koreanManWon(match[11]);
      // `월 오백만원~천만원`: a range written in numeral words on both sides.
      if (match[14]) {
        const upper = koreanManWon(match[14]);
        if (upper > low) {
          high = upper;
          isRange = true;
        }
      }
      qualifier = null;
      period = "month";
    } else if (words.includes("chuc")) {
      token = "VND";
      low = high = 1e7;
    } else {
      token = "RUPEE";
      low = high = 1e5;
      qualifier = null;
    }
    let end = start + words.length;
    const suffix = readSuffix(text, end);
    if (suffix) {
      end = suffix.end;
      token = suffix.token;
    }
    const after = readAfter(text, end);
    const before = readBefore(text, start);
    const clause = clauseCalls(text, before.start);
    if (after.cost || clause.cost) return null;
    if (before.prefix) token = before.prefix.token;
    if (before.qualifier) qualifier = isRange && before.qualifier === "atLeast" ? null : before.qualifier;
    if (after.atLeast && !isRange) qualifier = "atLeast";
    period = after.period ?? period ?? (before.periodCue ? (PERIOD_CUES()[before.periodCue] ?? null) : null);
    const currency = this.resolver.resolve(token);
    if (currency === null) return null;
    return {
      start: before.start,
      end: after.end,
      low,
      high,
      isRange,
      qualifier,
      currency,
      period,
      bonus: after.bonus || clause.bonus,
    };
  }
}

/**
 * Finds every pay statement in every field of a posting (the `salary` field included): an amount
 * or range, its currency (ISO 4217) and the period it is quoted in.
 *
 * An amount counts only when its currency is written (`$1,500`, `35,000 บาท`, `rm 3k`) or implied
 * by a word that only money takes (`15 trieu`, `12 jt`, `1 lakh`, `月薪2万`, `월 500만`). Bare
 * numbers (ages `18-35`, counts `10 carpenters`, `30 wpm`, years, phone numbers) never count, nor
 * do fees, fines, ransoms and losses. Precision is preferred over recall.
 * A bare `$` is read as US dollars unless the posting is set in Mexico, Colombia or Chile (see
 * {@link CurrencyResolver}).
 */
export function findPayStatements(ctx: FeatureContext): PayStatement[] {
  const statements: PayStatement[] = [];
  try {
    const resolver = new CurrencyResolver(ctx);
    for (const field of ctx.fields) {
      const hasAmount = ANY_AMOUNT.test(field.text);
      if (!hasAmount && !NUMBER_WORD_HINT.test(field.text)) continue;
      const restored = restoreGluedAmounts(field);
      const spelled = spelledNumbersAsDigits(restored);
      // Number words that make no amount leave a field without digits nothing to read.
      if (!hasAmount && !spelled) continue;
      const text = spelled ? spelled.text : restored;
      const despaced = despaceDigits(text);
      // Offsets in the text read lead back through each rewrite to the field text.
      const origin = despaced ? (spelled ? despaced.origin.map((i) => spelled.origin[i]!) : despaced.origin) : (spelled?.origin ?? null);
      new FieldReader(field, despaced ? despaced.text : text, resolver, origin).read(statements);
    }
  } catch {
    // A feature extractor never throws; a failure leaves the statements found so far.
  }
  return statements;
}

/**
 * Every regular expression the parser runs, for the test that checks each is free of
 * catastrophic backtracking.
 * @internal
 */
export const payPatterns = (): readonly RegExp[] => [
  DIGIT_SCAN, NUMBER_AT, BEFORE_REVERSED(), MULTIPLIER_AT(), SUFFIX_AT(), PREFIX_AT(), RANGE_AT(), PERIOD_AT(),
  QUALIFIER_AFTER_AT(), BONUS_AFTER_AT(), NOT_PAY_AFTER_AT(), NEGATED_END(), COUNT_AFTER_AT(), WORD_AMOUNTS, NAMED_CURRENCY_REVERSED(),
  ANY_AMOUNT, GLUED_CURRENCY_TOKEN, GLUE_SUSPECT, SPACED_DIGITS, NUMBER_NEXT_AT, SPACED_MULTIPLIER_AT, SPACED_PLUS_AT, HAN, ...NUMBER_WORD_PATTERNS,
];
