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
/** Words joining two number words: `one thousand and fifty`, `treinta y cinco`. */
const JOINERS = new Set(["and", "y"]);

/** Every number-word run holds one of these; fields without one are skipped. */
export const NUMBER_WORD_HINT =
  /hundred|thousand|million|mil|cient|cien|ratus|ribu|seribu|puluh|belas|sebelas|sepuluh|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|veint|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|juta|trieu/;

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

/** Only spaces, or one hyphen, between two words of a run. */
function joinable(text: string, from: number, to: number): boolean {
  if (to - from > 3) return false;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c !== " " && c !== "-") return false;
  }
  return to > from;
}

function followsDigits(text: string, start: number): boolean {
  let i = start - 1;
  while (i >= 0 && text[i] === " ") i--;
  const code = i >= 0 ? text.charCodeAt(i) : 0;
  return code >= 48 && code <= 57;
}

/** The value of a run of number words, or null when the words do not make one number. */
function valueOf(run: readonly NumberWord[]): number | null {
  let total = 0;
  let group = 0;
  let pending = 0;
  let sawPending = false;
  for (const word of run) {
    switch (word.role) {
      case "unit":
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
        group += (sawPending ? pending : 1) * 100;
        pending = 0;
        sawPending = false;
        break;
      case "scale": {
        const multiplicand = group + pending;
        total += (multiplicand > 0 ? multiplicand : 1) * word.value;
        group = 0;
        pending = 0;
        sawPending = false;
        break;
      }
    }
  }
  return total + group + pending;
}

/**
 * The text with every spelled-out number of ten or more written as digits, or null when there is
 * none. Each digit's origin is the run it replaces: the first and last digits point at the run's
 * first and last characters, so a span over the digits maps back over the words.
 */
export function spelledNumbersAsDigits(text: string): RewrittenText | null {
  if (!NUMBER_WORD_HINT.test(text)) return null;
  const tokens = words(text);
  let parts: string[] | null = null;
  let origin: number[] = [];
  let cursor = 0;
  const copy = (from: number, to: number): void => {
    parts!.push(text.slice(from, to));
    for (let i = from; i < to; i++) origin.push(i);
  };
  let i = 0;
  while (i < tokens.length) {
    if (!WORDS.has(tokens[i]!.word)) {
      i++;
      continue;
    }
    // The longest run of number words, joined by spaces, hyphens or `and` / `y` between two of them.
    const run: NumberWord[] = [WORDS.get(tokens[i]!.word)!];
    let last = i;
    let j = i + 1;
    while (j < tokens.length) {
      const token = tokens[j]!;
      if (!joinable(text, tokens[j - 1]!.end, token.start)) break;
      const word = WORDS.get(token.word);
      if (word) {
        run.push(word);
        last = j;
        j++;
        continue;
      }
      const next = tokens[j + 1];
      if (JOINERS.has(token.word) && next && WORDS.has(next.word) && joinable(text, token.end, next.start)) {
        j++;
        continue;
      }
      break;
    }
    const first = tokens[i]!;
    i = last + 1;
    if (last > 0 && KEPT_AT_END.has(tokens[last]!.word)) {
      run.pop();
      last--;
    }
    // A scale word alone, or after digits (`15 mil`, `2 thousand`), is a multiplier the reader takes as typed.
    if (run.length === 0 || (run[0]!.role === "scale" && first.word !== "seribu" && (run.length === 1 || followsDigits(text, first.start)))) continue;
    const value = valueOf(run);
    const end = tokens[last]!.end;
    if (value === null || value < MIN_VALUE || !Number.isSafeInteger(value)) continue;
    parts ??= [];
    copy(cursor, first.start);
    const digits = String(value);
    for (let d = 0; d < digits.length; d++) origin.push(d === digits.length - 1 ? end - 1 : first.start);
    parts.push(digits);
    cursor = end;
  }
  if (!parts) return null;
  copy(cursor, text.length);
  return { text: parts.join(""), origin };
}
