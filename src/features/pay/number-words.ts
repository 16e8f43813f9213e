/**
 * Amounts spelled out in words ("one thousand five hundred dollars", "mil doscientos dólares",
 * "lima belas juta"): lures write pay in words to slip past filters that look for digits, and
 * informal ads do it anyway. The words are rewritten as digits for the pay reader only, with the
 * offset each digit came from, so evidence still points at the words typed.
 *
 * English, Spanish and Indonesian / Malay; the text is already folded (lower case, no diacritics).
 */

/** Text for the pay reader and, per character, its offset in the text it was made from. */
export interface RewrittenText {
  text: string;
  origin: number[];
}

type WordRole =
  /** Adds its value to the pending unit ("five", "twenty", "quinientos"). */
  | "unit"
  /** Malay/Indonesian `belas`: the pending unit plus ten (`lima belas` = 15). */
  | "teen"
  /** Malay/Indonesian `puluh`: the pending unit times ten (`dua puluh` = 20). */
  | "tens"
  /** Hundreds of the pending unit, or of one (`fifteen hundred`, `ratus`). */
  | "hundred"
  /** Closes a group: the group times this (`thousand`, `mil`, `ribu`, `million`). */
  | "scale";

interface NumberWord {
  role: WordRole;
  value: number;
}

const WORDS = new Map<string, NumberWord>();
const unit = (value: number, ...words: string[]): void => {
  for (const word of words) WORDS.set(word, { role: "unit", value });
};
const english = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
english.forEach((word, value) => unit(value, word));
["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"].forEach((word, i) => unit((i + 2) * 10, word));
const spanish = ["cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez", "once", "doce", "trece", "catorce", "quince", "dieciseis", "diecisiete", "dieciocho", "diecinueve", "veinte"];
spanish.forEach((word, value) => unit(value, word));
unit(1, "un", "una");
["veintiuno", "veintidos", "veintitres", "veinticuatro", "veinticinco", "veintiseis", "veintisiete", "veintiocho", "veintinueve"].forEach((word, i) => unit(21 + i, word));
["treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"].forEach((word, i) => unit((i + 3) * 10, word));
unit(100, "cien", "ciento");
["doscientos", "trescientos", "cuatrocientos", "quinientos", "seiscientos", "setecientos", "ochocientos", "novecientos"].forEach((word, i) => unit((i + 2) * 100, word));
["doscientas", "trescientas", "cuatrocientas", "quinientas", "seiscientas", "setecientas", "ochocientas", "novecientas"].forEach((word, i) => unit((i + 2) * 100, word));
const malay = ["kosong", "satu", "dua", "tiga", "empat", "lima", "enam", "tujuh", "delapan", "sembilan"];
malay.forEach((word, value) => unit(value, word));
unit(8, "lapan");
unit(10, "sepuluh");
unit(11, "sebelas");
WORDS.set("belas", { role: "teen", value: 10 });
WORDS.set("puluh", { role: "tens", value: 10 });
// `seratus` and `seribu` (one hundred, one thousand) carry their own one.
for (const word of ["hundred", "hundreds", "ratus", "seratus"]) WORDS.set(word, { role: "hundred", value: 100 });
for (const word of ["thousand", "mil", "ribu"]) WORDS.set(word, { role: "scale", value: 1e3 });
WORDS.set("seribu", { role: "scale", value: 1e3 });
for (const word of ["million", "millon", "millones"]) WORDS.set(word, { role: "scale", value: 1e6 });

/**
 * Multipliers the pay reader knows and that name the currency (`15 juta`, `200 ribu` are rupiah):
 * `juta` and `trieu` are no number words here, so they end a run, and a run ending in `ribu`
 * leaves it as typed (`dua ratus ribu` → `200 ribu`).
 */
const KEPT_AT_END = new Set(["ribu"]);
/**
 * A run of number words: joined by up to three spaces or hyphens (`twenty-five`), or by `and` / `y`
 * between two of them (`one thousand and fifty`, `treinta y cinco`). Longer words are tried first.
 */
const NUMBER_ALTERNATION = [...WORDS.keys()].sort((a, b) => b.length - a.length).join("|");
const NUMBER_RUN_AT = new RegExp(`(?<![a-z])(?:${NUMBER_ALTERNATION})(?:[ -]{1,3}(?:(?:and|y)[ -]{1,3})?(?:${NUMBER_ALTERNATION}))*(?![a-z])`, "y");

/**
 * Every number-word run holds one of these whole words; fields without one are skipped. The teens
 * stand alone in pay (`fifteen dollars an hour`, `quince dolares`); Spanish `once` (eleven) is left
 * out, being English `once`, and still read inside a longer run (`once mil`).
 */
export const NUMBER_WORD_HINT =
  /\b(?:hundreds?|thousand|million|millon|millones|mil|cien|ciento|(?:dos|tres|cuatro|seis|sete|ocho|nove)cient[oa]s|quinient[oa]s|ratus|seratus|ribu|seribu|puluh|belas|sebelas|sepuluh|ten|eleven|twelve|(?:thir|four|fif|six|seven|eigh|nine)teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|diez|doce|trece|catorce|quince|dieci(?:seis|siete|ocho|nueve)|veinte|veinti[a-z]{3,6}|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa)(?![a-z])/;

const HINTS = new RegExp(NUMBER_WORD_HINT.source, "g");

/**
 * A pay amount names its currency near the number (`… dollars`, `USD …`, `… juta`); runs without one
 * nearby ("four hundred employees") are not rewritten, which keeps the pay reader off most fields.
 * Only a gate: the currency words of the three languages read here, and no short or ambiguous code
 * of the reader's own tables ("try", "pen", "p"), which still decide the currency.
 */
const CURRENCY_NEARBY =
  /\b(?:usd|us\$|dollars?|dolar(?:es)?|pesos?|ringgit|rm|rupiah|rp|idr|baht|thb|eur|euros?|gbp|pounds?|soles|aed|dirhams?|sgd|myr|php|juta|jt|ribu|rb|trieu|lakhs?|kip|kyats?|riels?|yuan|rmb|won|yen|shillings?|ksh)(?![a-z])|[$€£¥₱฿₫₹]/;
const CURRENCY_REACH = 30;
const KEPT_MULTIPLIER_BEFORE = /(?:^|[^a-z])(?:juta|jt|trieu)[ ,]{1,2}$/;

/** Every regular expression of this reader, for the test that checks each is free of catastrophic backtracking. */
export const NUMBER_WORD_PATTERNS: readonly RegExp[] = [NUMBER_WORD_HINT, NUMBER_RUN_AT, CURRENCY_NEARBY, KEPT_MULTIPLIER_BEFORE];

/** A run smaller than this is left alone: "one month", "two years", "tiga bulan" are not pay. */
const MIN_VALUE = 10;

function isLetter(code: number): boolean {
  return code >= 97 && code <= 122;
}

interface Token {
  word: string;
  start: number;
  end: number;
}

/** Lower-case Latin words with their offsets; a hyphen inside a word splits it (`twenty-five`). */
function words(text: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isLetter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const start = i;
    while (i < text.length && isLetter(text.charCodeAt(i))) i++;
    tokens.push({ word: text.slice(start, i), start, end: i });
  }
  return tokens;
}

/** Where the run of number words holding the word at `at` starts: back over number words and their joiners. */
function runStart(text: string, at: number): number {
  let start = at;
  for (;;) {
    let i = separatorStart(text, start);
    if (i === start) return start;
    let word = wordBefore(text, i);
    if (word === "and" || word === "y") {
      const beforeJoiner = separatorStart(text, i - word.length);
      if (beforeJoiner === i - word.length) return start;
      i = beforeJoiner;
      word = wordBefore(text, i);
    }
    if (!WORDS.has(word)) return start;
    start = i - word.length;
  }
}

/** Start of the one to three spaces or hyphens that end at `end`. */
function separatorStart(text: string, end: number): number {
  let i = end;
  while (i > 0 && end - i < 3 && (text[i - 1] === " " || text[i - 1] === "-")) i--;
  return i;
}

/** The letters that end at `end`. */
function wordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0 && isLetter(text.charCodeAt(i - 1))) i--;
  return text.slice(i, end);
}

/**
 * `and` joins a part after hundreds or thousands ("one thousand and fifty"), `y` ones after tens
 * ("treinta y cinco"); "between fifty and one hundred" is two numbers.
 */
function joinersFit(tokens: readonly Token[]): boolean {
  for (let i = 1; i < tokens.length - 1; i++) {
    const word = tokens[i]!.word;
    if (word !== "and" && word !== "y") continue;
    const before = WORDS.get(tokens[i - 1]!.word);
    const after = WORDS.get(tokens[i + 1]!.word);
    if (!before || !after) return false;
    if (word === "and" && before.role !== "hundred" && before.role !== "scale") return false;
    if (word === "y" && !(before.role === "unit" && before.value >= 30 && before.value % 10 === 0 && before.value < 100 && after.value < 10)) return false;
  }
  return true;
}

/** A multiplier the reader names a currency by (`juta`, `trieu`) just before `start`. */
function followsKeptMultiplier(text: string, start: number): boolean {
  return KEPT_MULTIPLIER_BEFORE.test(text.slice(Math.max(0, start - 8), start));
}

function followsDigits(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && text[i] === " ") i--;
  const code = i >= 0 ? text.charCodeAt(i) : 0;
  return code >= 48 && code <= 57;
}

/** Whether `value` may follow `pending` within one number: ones after tens, tens or ones after hundreds. */
function unitMayFollow(pending: number, value: number): boolean {
  if (pending % 100 === 0) return value < 100;
  return pending % 10 === 0 && value < 10;
}

/**
 * The value of a run of number words, or null when the words do not make one number ("fifty sixty",
 * "one five", "nineteen ninety", "hundred hundred", "million million").
 */
function valueOf(run: readonly NumberWord[]): number | null {
  let total = 0;
  let group = 0;
  let pending = 0;
  let sawPending = false;
  let previous: WordRole | null = null;
  let lastScale = Number.POSITIVE_INFINITY;
  for (const word of run) {
    switch (word.role) {
      case "unit":
        if (sawPending && !unitMayFollow(pending, word.value)) return null;
        pending += word.value;
        sawPending = true;
        break;
      case "teen":
        if (!sawPending || pending >= 10) return null;
        pending += 10;
        break;
      case "tens":
        if (!sawPending || pending >= 10) return null;
        pending *= 10;
        break;
      case "hundred":
        if (previous === "hundred" || group > 0) return null;
        group += (sawPending ? pending : 1) * 100;
        pending = 0;
        sawPending = false;
        break;
      case "scale": {
        const multiplicand = group + pending;
        if (word.value >= lastScale || (multiplicand === 0 && total > 0)) return null;
        total += (multiplicand > 0 ? multiplicand : 1) * word.value;
        lastScale = word.value;
        group = 0;
        pending = 0;
        sawPending = false;
        break;
      }
    }
    previous = word.role;
  }
  return total + group + pending;
}

/**
 * The text with every spelled-out number of ten or more written as digits, or null when there is
 * none. Each digit's origin is the run it replaces: the first and last digits point at the run's
 * first and last characters, so a span over the digits maps back over the words.
 */
export function spelledNumbersAsDigits(text: string): RewrittenText | null {
  const hints = HINTS;
  hints.lastIndex = 0;
  let hint = hints.exec(text);
  if (hint === null || !CURRENCY_NEARBY.test(text)) return null;
  let parts: string[] | null = null;
  const origin: number[] = [];
  let cursor = 0;
  const copy = (from: number, to: number): void => {
    parts!.push(text.slice(from, to));
    for (let i = from; i < to; i++) origin.push(i);
  };
  // The run regex is long; it only runs from the start of the run around each hint word.
  for (; hint !== null; hint = hints.exec(text)) {
    NUMBER_RUN_AT.lastIndex = Math.max(cursor, runStart(text, hint.index));
    const match = NUMBER_RUN_AT.exec(text);
    if (!match) continue;
    hints.lastIndex = Math.max(hints.lastIndex, match.index + match[0].length);
    const all = words(match[0]);
    if (!joinersFit(all)) continue;
    const tokens = all.filter((token) => WORDS.has(token.word));
    if (tokens.length > 1 && KEPT_AT_END.has(tokens[tokens.length - 1]!.word)) tokens.pop();
    const first = tokens[0];
    const last = tokens[tokens.length - 1];
    if (!first || !last) continue;
    const run = tokens.map((token) => WORDS.get(token.word)!);
    const start = match.index + first.start;
    const end = match.index + last.end;
    // After digits (`2 hundred`, `15 mil`) or a multiplier (`dua juta lima ratus ribu`) the words are
    // part of a number the reader takes as typed; a scale word alone (`mil`) is no number.
    if (followsDigits(text, start) || followsKeptMultiplier(text, start)) continue;
    if (run[0]!.role === "scale" && first.word !== "seribu" && run.length === 1) continue;
    const value = valueOf(run);
    if (value === null || value < MIN_VALUE || !Number.isSafeInteger(value)) continue;
    if (!CURRENCY_NEARBY.test(text.slice(Math.max(0, start - CURRENCY_REACH), end + CURRENCY_REACH))) continue;
    parts ??= [];
    copy(cursor, start);
    const digits = String(value);
    for (let d = 0; d < digits.length; d++) origin.push(d === digits.length - 1 ? end - 1 : start);
    parts.push(digits);
    cursor = end;
  }
  if (!parts) return null;
  copy(cursor, text.length);
  return { text: parts.join(""), origin };
}
