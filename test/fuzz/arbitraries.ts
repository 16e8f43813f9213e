import fc from "fast-check";
import { TEXT_FIELDS } from "../../src/types.js";

/** Characters that break naive text code: astral, lone surrogates, combining marks, bidi and zero-width runs, NUL and controls. */
const HOSTILE_UNITS = [
  "\u0000", "\u0007", "\u001b", "\u007f", "\u0085", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u202e", "\u202d", "\u200f",
  "\u0301", "\u0323", "\u0e31", "\u17b6", "\ud83d", "\ude00", "😀", "✈️", "🇰🇭", "𝐓𝐞𝐥𝐞𝐠𝐫𝐚𝐦", "ｔｅｌｅ", "İ", "ß", "ﬁ", "\n", "\t", " ", "  ",
  "telegram", "usd", "$", "1,500", "₱", "万", "triệu", "@", "t.me/", "wa.me/", "+855", "visa", "tourist", "柬埔寨", "ကမ္ဘောဒီးယား",
];

/** A string mixing arbitrary Unicode with hostile code units and lure vocabulary. */
export const hostileString = (maxLength = 300): fc.Arbitrary<string> =>
  fc.string({ unit: fc.oneof({ weight: 3, arbitrary: fc.string({ unit: "binary", minLength: 1, maxLength: 1 }) }, { weight: 2, arbitrary: fc.constantFrom(...HOSTILE_UNITS) }), maxLength });

/** A posting-shaped object: random subsets of the fields, sometimes with wrong types. */
export const postingLike = fc.record(
  Object.fromEntries(TEXT_FIELDS.map((field) => [field, fc.oneof({ weight: 8, arbitrary: hostileString(200) }, { weight: 1, arbitrary: fc.anything() })])),
  { requiredKeys: [] },
);
