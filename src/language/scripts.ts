/**
 * The scripts of the covered languages, by code point: language detection reads them, and the
 * feature extractors use them to skip cues written in letters a stretch of text does not hold.
 */

/** Scripts that identify (nearly) one covered language, so no statistical model is needed. */
export const SCRIPTS = [
  "latin", "han", "kana", "hangul", "thai", "lao", "khmer", "myanmar", "devanagari",
  "bengali", "tamil", "sinhala", "arabic", "cyrillic", "ethiopic", "greek",
] as const;
export type Script = (typeof SCRIPTS)[number];

const SCRIPT_RANGES: [number, number, Script][] = [
  [0x00c0, 0x024f, "latin"],
  [0x1e00, 0x1eff, "latin"],
  [0xff21, 0xff5a, "latin"],
  [0x0370, 0x03ff, "greek"],
  [0x0400, 0x052f, "cyrillic"],
  [0x0600, 0x06ff, "arabic"],
  [0x0750, 0x077f, "arabic"],
  [0x0900, 0x097f, "devanagari"],
  [0x0980, 0x09ff, "bengali"],
  [0x0b80, 0x0bff, "tamil"],
  [0x0d80, 0x0dff, "sinhala"],
  [0x0e00, 0x0e7f, "thai"],
  [0x0e80, 0x0eff, "lao"],
  [0x1000, 0x109f, "myanmar"],
  [0x1200, 0x139f, "ethiopic"],
  [0x1780, 0x17ff, "khmer"],
  [0x3040, 0x30ff, "kana"],
  [0x3400, 0x4dbf, "han"],
  [0x4e00, 0x9fff, "han"],
  [0xf900, 0xfaff, "han"],
  [0xac00, 0xd7af, "hangul"],
  [0x1100, 0x11ff, "hangul"],
  [0x3130, 0x318f, "hangul"],
];

/** The script of a code point, or null for digits, punctuation, symbols and scripts not covered. */
export function scriptOf(codePoint: number): Script | null {
  if (codePoint < 0x41) return null;
  if (codePoint <= 0x7a) return (codePoint <= 0x5a || codePoint >= 0x61) ? "latin" : null;
  for (const [low, high, script] of SCRIPT_RANGES) if (codePoint >= low && codePoint <= high) return script;
  return null;
}
