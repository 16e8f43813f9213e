/**
 * Source text of numbers in JSON. `JSON.parse` rounds integers beyond 2^53 and forgets how a
 * number was written (1.50, 1e3), which breaks joining results back to 64-bit database ids.
 * Node 20 has no access to the parsed source (the reviver's `context.source` needs V8 11.4), and
 * no lossless JSON parser is among the dependencies, so the text is found with a token scan.
 */

// Strings are matched whole, so digits and brackets inside them are never taken for tokens;
// literals (true, false, null), commas and white space are not needed and are skipped.
// The closing quote is optional so that a quote left open (never in text JSON.parse accepted) is read
// once to the end rather than from every later quote again.
const TOKEN = /"(?:[^"\\]|\\.)*"?|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|[{}[\]:]/g;

/**
 * The number written at top-level key `key` of `json`, exactly as written, or undefined when the
 * value there is not a number. `json` must be text that `JSON.parse` accepted as an object. With a
 * key written twice the last one counts, as in `JSON.parse`.
 */
export function topLevelNumberText(json: string, key: string): string | undefined {
  let depth = 0;
  let found: string | undefined;
  // The last two tokens seen at the top level of the object: a value follows `"key"` and `:`.
  let before: string | undefined;
  let previous: string | undefined;
  for (const [token] of json.matchAll(TOKEN)) {
    const first = token.charCodeAt(0);
    if (token === "}" || token === "]") depth--;
    if (depth === 1) {
      const isNumber = first === 0x2d || (first >= 0x30 && first <= 0x39);
      if (isNumber && previous === ":" && before !== undefined && before.startsWith('"') && (JSON.parse(before) as string) === key) found = token;
      before = previous;
      previous = token;
    }
    if (token === "{" || token === "[") depth++;
  }
  return found;
}
