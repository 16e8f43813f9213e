/**
 * Character folding tables. Lures are written to slip past keyword filters (`fr33 fl1ght`,
 * `Теlegram` with a Cyrillic Т, full-width letters); folding lets one pattern catch every spelling.
 */

/** Code points removed outright: zero-width, bidi controls, soft hyphen, variation selectors, controls. */
export function isIgnorable(codePoint: number): boolean {
  if (codePoint < 0x20) return codePoint !== 0x09 && codePoint !== 0x0a && codePoint !== 0x0d;
  if (codePoint >= 0x7f && codePoint <= 0x9f) return true;
  return (
    codePoint === 0x00ad ||
    codePoint === 0x034f ||
    codePoint === 0x061c ||
    // Arabic tatweel only stretches words (شـغـل).
    codePoint === 0x0640 ||
    codePoint === 0x180e ||
    (codePoint >= 0x200b && codePoint <= 0x200f) ||
    (codePoint >= 0x202a && codePoint <= 0x202e) ||
    (codePoint >= 0x2060 && codePoint <= 0x206f) ||
    codePoint === 0xfeff ||
    (codePoint >= 0xfe00 && codePoint <= 0xfe0f) ||
    (codePoint >= 0xe0100 && codePoint <= 0xe01ef) ||
    (codePoint >= 0xd800 && codePoint <= 0xdfff)
  );
}

/** Latin letters without a canonical decomposition that readers still see as a base letter. */
const LATIN_SPECIAL: Record<string, string> = {
  "đ": "d",
  "ð": "d",
  "ø": "o",
  "ł": "l",
  "ß": "ss",
  "ı": "i",
  "æ": "ae",
  "œ": "oe",
  "þ": "th",
};

/** Typographic quotes and dashes that NFKC leaves alone, folded so one pattern matches both. */
const TYPOGRAPHIC_PUNCTUATION: Record<string, string> = {
  "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u201b": "'", "\u2032": "'",
  "\u201c": '"', "\u201d": '"', "\u201e": '"',
  "\u2010": "-", "\u2011": "-", "\u2012": "-", "\u2013": "-", "\u2014": "-", "\u2212": "-",
};

const COMBINING_MARK = /\p{M}/gu;
const ARABIC_BASE = /^\p{Script=Arabic}/u;
const ARABIC_HARAKAT = /[\u064b-\u065f\u0670]/g;
const LATIN_BASE = /^\p{Script=Latin}/u;

/**
 * Folds one grapheme cluster (a base character and its combining marks): NFKC, lower case, and
 * for Latin letters, diacritics removed (`việc` → `viec`), so Vietnamese typed without tones,
 * Spanish without accents and Turkish without cedillas all match the same pattern.
 */
export function foldCluster(cluster: string): string {
  const composed = cluster.normalize("NFKC").toLowerCase();
  const punctuation = TYPOGRAPHIC_PUNCTUATION[composed];
  if (punctuation) return punctuation;
  // Arabic-script vowel marks (harakat) are optional and mostly omitted; they stay in the cluster's
  // source span, so evidence still shows them.
  if (ARABIC_BASE.test(composed)) return composed.replace(ARABIC_HARAKAT, "");
  if (!LATIN_BASE.test(composed)) return composed;
  const stripped = composed.normalize("NFD").replace(COMBINING_MARK, "");
  let out = "";
  for (const ch of stripped) out += LATIN_SPECIAL[ch] ?? ch;
  return out;
}

/** Length of the escape sequence starting at `source[i] === "\\"`, so folding never touches it. */
function escapeLength(source: string, i: number): number {
  const next = source[i + 1];
  if ((next === "p" || next === "P" || next === "u" || next === "k") && source[i + 2] === "{") {
    const close = source.indexOf("}", i + 3);
    return close === -1 ? 2 : close - i + 1;
  }
  if (next === "k" && source[i + 2] === "<") {
    const close = source.indexOf(">", i + 3);
    return close === -1 ? 2 : close - i + 1;
  }
  if (next === "u") return 6;
  if (next === "x") return 4;
  if (next === "c") return 3;
  return 2;
}

// Group names are identifiers, which may be written in any script (`(?<lương>…)`).
const NAMED_GROUP_AT = /\(\?<[$_\p{ID_Start}][$\u200c\u200d\p{ID_Continue}]*>/uy;

/** Length of `(?<name>` starting at `source[i] === "("`, or 0 when no group name starts there. */
function namedGroupLength(source: string, i: number): number {
  if (source.charCodeAt(i) !== 0x28) return 0;
  NAMED_GROUP_AT.lastIndex = i;
  const match = NAMED_GROUP_AT.exec(source);
  return match ? match[0].length : 0;
}

/**
 * Folds a rule pattern the way `foldCluster` folds text (lower case, Latin diacritics removed), so
 * authors may write `việc nhẹ lương cao`, `Telegram` or Thai with ำ and still match the normalised text, which
 * lets patterns run without the slow case-insensitive flag. Escape sequences (`\S`, `\P{L}`,
 * `\u{1F600}`) and group names are copied unchanged.
 */
export function foldPatternSource(source: string): string {
  let out = "";
  let i = 0;
  const text = source.normalize("NFC");
  while (i < text.length) {
    if (text[i] === "\\") {
      const length = escapeLength(text, i);
      out += text.slice(i, i + length);
      i += length;
      continue;
    }
    // A named group's name is copied as written, so `\k<Name>`, which escapeLength keeps, still names it.
    const name = namedGroupLength(text, i);
    if (name > 0) {
      out += text.slice(i, i + name);
      i += name;
      continue;
    }
    const codePoint = text.codePointAt(i)!;
    const ch = String.fromCodePoint(codePoint);
    i += ch.length;
    // Exactly what the text gets: ignorables (zero-width joiners…) dropped, NFKC (Thai ำ → ํา), lower case.
    if (isIgnorable(codePoint)) continue;
    // ASCII folds to itself in lower case; patterns are mostly ASCII, and folding every lexicon
    // pattern is part of the first screen.
    if (codePoint < 0x80) out += codePoint >= 0x41 && codePoint <= 0x5a ? String.fromCharCode(codePoint + 0x20) : ch;
    else out += foldCluster(ch);
  }
  return out;
}

/** Cyrillic and Greek letters (lower case) that render like a Latin letter. */
export const CONFUSABLE_TO_LATIN: Record<string, string> = {
  "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
  "с": "c", "т": "t", "у": "y", "х": "x", "і": "i", "ї": "i", "ј": "j", "ѕ": "s", "ԁ": "d",
  "ɡ": "g", "һ": "h", "ԛ": "q", "ԝ": "w", "ү": "y",
  "α": "a", "β": "b", "ε": "e", "η": "n", "ι": "i", "κ": "k", "ν": "v", "ο": "o", "ρ": "p",
  "τ": "t", "υ": "u", "χ": "x", "ω": "w", "γ": "y",
};

/**
 * Digits and symbols written for letters inside words (`fr33`, `Kamb0dia`, `$ervice`, `c@sino`,
 * `V!ber`). `@` and `!` are only folded between letters and never in e-mail addresses or @handles
 * (see `foldObfuscatedWords`).
 */
export const LEET_TO_LATIN: Record<string, string> = {
  "0": "o",
  "1": "i",
  "3": "e",
  "4": "a",
  "5": "s",
  "7": "t",
  "$": "s",
  "@": "a",
  "!": "i",
};
