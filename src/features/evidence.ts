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
