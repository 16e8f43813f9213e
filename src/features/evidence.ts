import type { Evidence, FieldName, LanguageResult, NormalizedField, FeatureContext } from "../types.js";
import { normalizeField } from "../normalize/normalize.js";

/** Removes repeated spans (same field, start and end), keeping the first. */
export function uniqueEvidence(evidence: readonly Evidence[]): Evidence[] {
  const seen = new Set<string>();
  const out: Evidence[] = [];
  for (const item of evidence) {
    const key = `${item.field}:${item.start}:${item.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(item);
  }
  return out;
}

/** Evidence for a span of a field's NORMALISED text, mapped back to the original characters. */
export function evidenceFor(field: NormalizedField, start: number, end: number): Evidence {
  const span = field.toOriginal(start, end);
  return { field: field.field, start: span.start, end: span.end, text: field.original.slice(span.start, span.end) };
}

/**
 * Every match of a global regex in a normalised field, as evidence, up to `limit` of them (a hostile
 * text may hold thousands). The regex must have the `g` flag.
 */
export function evidenceForMatches(field: NormalizedField, pattern: RegExp, limit = Number.POSITIVE_INFINITY): Evidence[] {
  const found: Evidence[] = [];
  if (limit <= 0) return found;
  pattern.lastIndex = 0;
  for (const match of field.text.matchAll(pattern)) {
    if (match[0].length === 0) continue;
    found.push(evidenceFor(field, match.index, match.index + match[0].length));
    if (found.length >= limit) break;
  }
  return found;
}

const LINE_TERMINATOR = /[\n\r\u2028\u2029]/g;

/**
 * `evidenceForMatches` for a pattern whose every match starts a line (`^` with the `m` flag) after at
 * most `maxIndent` spaces or tabs, as `(?<=^[ \t]{0,8})` says, and whose every alternative starts with
 * something other than a space or tab: only the first other character of each line can start a match,
 * so a sticky copy of the pattern (flag `y`) is tried there alone. The global search tried its
 * lookbehind at every position of the text, a fortieth of screening an ad.
 */
export function evidenceForLineStartMatches(field: NormalizedField, sticky: RegExp, maxIndent: number, limit = Number.POSITIVE_INFINITY): Evidence[] {
  const found: Evidence[] = [];
  if (limit <= 0) return found;
  const text = field.text;
  const length = text.length;
  // Where the last match ended: the global search resumes there.
  let resume = 0;
  let lineStart = 0;
  while (lineStart < length) {
    let at = lineStart;
    for (let code = text.charCodeAt(at); (code === 32 || code === 9) && at - lineStart <= maxIndent; code = text.charCodeAt(at)) at += 1;
    if (at - lineStart <= maxIndent && at < length && at >= resume) {
      sticky.lastIndex = at;
      const match = sticky.exec(text);
      if (match !== null && match[0].length > 0) {
        found.push(evidenceFor(field, at, at + match[0].length));
        if (found.length >= limit) break;
        resume = at + match[0].length;
      }
    }
    // The next line starts after a line terminator as `m` reads them.
    LINE_TERMINATOR.lastIndex = at;
    if (LINE_TERMINATOR.exec(text) === null) break;
    lineStart = LINE_TERMINATOR.lastIndex;
  }
  return found;
}

const UNDETERMINED: LanguageResult = { code: "und", confidence: 0, present: [], method: "none" };

/**
 * Builds a feature context from raw field texts. Used by the pipeline and by tests that exercise one
 * extractor alone.
 */
export function contextFrom(
  fields: Partial<Record<FieldName, string>>,
  language: LanguageResult = UNDETERMINED,
): FeatureContext {
  const normalized: NormalizedField[] = [];
  for (const [name, value] of Object.entries(fields) as [FieldName, string | undefined][]) {
    if (typeof value === "string" && value.length > 0) normalized.push(normalizeField(name, value));
  }
  return { fields: normalized, language };
}
