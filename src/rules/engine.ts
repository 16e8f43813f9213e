import type { Evidence, FieldName, LanguageResult, NormalizedField } from "../types.js";
import { uniqueEvidence } from "../features/evidence.js";
import { type FieldScan, TriggerRegistry, firstWindowMatch, lowerBound } from "../features/triggers.js";
import type { CompiledRule, FeaturePredicate, RulePackData } from "./pack.js";

/** A rule that fired, with the evidence that made it fire. */
export interface RuleHit {
  rule: CompiledRule;
  evidence: Evidence[];
}

/** Looks up a feature value and the evidence behind it by dotted path (`travel.touristVisa`). */
export interface FeatureLookup {
  value(path: string): unknown;
  evidence(path: string): Evidence[];
  /**
   * Whether a match starting at `start` of the field's text lies in a list of warning signs
   * ("Red flags:", "이런 광고는 의심하세요"): an advisory's list of what lures promise. Markers and
   * signals found there are quoted, not offered, and are dropped; mitigating rules keep theirs.
   */
  inWarningList?(field: NormalizedField, start: number): boolean;
}

/** Evidence spans kept per rule and field: enough for a moderator, bounded for hostile input. */
const MAX_MATCHES_PER_FIELD = 4;

interface CompiledPatterns {
  rule: CompiledRule;
  /**
   * Trigger-registry ids of the rule's patterns in each language, in the rule's order. Each pattern
   * is registered alone, so it runs only where its own literals occur and reads only as far as its
   * own matches reach; registered as one alternation, a rule ran wherever any pattern's literal
   * occurred, and one pattern of unbounded reach made it read the whole field.
   */
  byLanguage: Map<string, number[]>;
  fields: Set<FieldName> | null;
}

/** Languages whose patterns always run: language-independent ones and English, the lingua franca of mixed ads. */
const ALWAYS_RUN = ["any", "eng"];

function compilePatterns(rule: CompiledRule, triggers: TriggerRegistry): CompiledPatterns {
  const byLanguage = new Map<string, number[]>();
  for (const [language, sources] of Object.entries(rule.patterns ?? {})) {
    const ids: number[] = [];
    for (const source of sources) {
      // Compiled now, so a broken pattern fails when the engine is created rather than mid-screening;
      // the registry compiles its own copy, with the literal analysis, at the first scan.
      new RegExp(source, "gu");
      ids.push(triggers.register(source, "gu", true));
    }
    byLanguage.set(language, ids);
  }
  return { rule, byLanguage, fields: rule.fields ? new Set(rule.fields) : null };
}

/** One pattern of a rule in one field: its place in the field's scan and its next match. */
interface PatternCursor {
  regex: RegExp;
  hit: number;
  /** First match at or after the position last asked for; undefined before the first search. */
  next: RegExpExecArray | null | undefined;
}

/**
 * The matches of a rule's patterns in a field exactly as one global regex alternating them
 * (`(?:p1)|(?:p2)|…`) would find them: leftmost first, the earlier pattern winning a tie, each search
 * resuming where the last match ended. A pattern's first match at or after a position is kept until
 * the search passes it, so each pattern searches its windows about once per match reported.
 */
function forEachAlternationMatch(field: NormalizedField, scan: FieldScan, cursors: PatternCursor[], visit: (match: RegExpExecArray) => boolean): void {
  let position = 0;
  for (;;) {
    let best: RegExpExecArray | null = null;
    for (const cursor of cursors) {
      if (cursor.next === undefined || (cursor.next !== null && cursor.next.index < position)) {
        cursor.next = firstWindowMatch(field.text, scan, cursor.hit, cursor.regex, position);
      }
      if (cursor.next && (best === null || cursor.next.index < best.index)) best = cursor.next;
    }
    if (best === null || !visit(best)) return;
    position = best.index + best[0].length;
  }
}

function matchPatterns(
  compiled: CompiledPatterns,
  fields: readonly NormalizedField[],
  languages: readonly string[],
  triggers: TriggerRegistry,
  quoted?: (field: NormalizedField, start: number) => boolean,
): Evidence[] {
  const evidence: Evidence[] = [];
  for (const language of languages) {
    const ids = compiled.byLanguage.get(language);
    if (ids === undefined) continue;
    for (const field of fields) {
      if (compiled.fields && !compiled.fields.has(field.field)) continue;
      // Only patterns whose literals the field holds can match, and only near them.
      const scan = triggers.scanOf(field);
      const cursors: PatternCursor[] = [];
      for (const id of ids) {
        const hit = lowerBound(scan.hits, id);
        if (scan.hits[hit] === id) cursors.push({ regex: triggers.regex(id), hit, next: undefined });
      }
      if (cursors.length === 0) continue;
      let found = 0;
      forEachAlternationMatch(field, scan, cursors, (match) => {
        if (quoted?.(field, match.index)) return true;
        const span = field.toOriginal(match.index, match.index + match[0].length);
        evidence.push({ field: field.field, start: span.start, end: span.end, text: field.original.slice(span.start, span.end) });
        found++;
        return found < MAX_MATCHES_PER_FIELD;
      });
    }
  }
  return evidence;
}

function testsAbsence(predicate: FeaturePredicate): boolean {
  return (predicate.op === "==" && predicate.value === false) || (predicate.op === "!=" && predicate.value === true);
}

/** Whether a feature value satisfies a rule's `when:` predicate. Exported for the fit, which re-reads one feature. */
export function predicateHolds(predicate: FeaturePredicate, actual: unknown): boolean {
  const expected = predicate.value;
  switch (predicate.op) {
    case "truthy":
      return Array.isArray(actual) ? actual.length > 0 : Boolean(actual);
    case "==":
      return actual === expected;
    case "!=":
      return actual !== expected;
    case "in":
      return Array.isArray(expected) && expected.includes(actual as never);
    default: {
      if (typeof actual !== "number" || !Number.isFinite(actual) || typeof expected !== "number") return false;
      if (predicate.op === ">=") return actual >= expected;
      if (predicate.op === "<=") return actual <= expected;
      if (predicate.op === ">") return actual > expected;
      return actual < expected;
    }
  }
}

/**
 * The evidence of a hit in text order, each span once, and without spans that lie inside another:
 * two markers of one combination often point at nested words ("bao ăn" in "bao ăn ở", "经验不是问题"
 * in "学历经验不是问题"), and a moderator needs to see each phrase once. Exported for the engine's tests.
 */
export function outermostEvidence(evidence: Evidence[]): Evidence[] {
  const sorted = uniqueEvidence(evidence).sort((a, b) => (a.field === b.field ? a.start - b.start || b.end - a.end : a.field < b.field ? -1 : 1));
  const out: Evidence[] = [];
  for (const item of sorted) {
    const last = out[out.length - 1];
    // Sorted by start, longest first: a span inside an earlier one ends no later than that one.
    if (last !== undefined && last.field === item.field && item.end <= last.end) continue;
    out.push(item);
  }
  return out;
}

/** The rule pack compiled once into regular expressions; `evaluate` runs it on one posting. */
export interface RuleEngine {
  readonly rules: readonly CompiledRule[];
  evaluate(fields: readonly NormalizedField[], language: LanguageResult, features: FeatureLookup): RuleHit[];
}

/**
 * Compiles every pattern of the pack once. Creating an engine is the costly step; evaluating is cheap.
 * Given `sharedTriggers`, the registry of the feature lexicons, the patterns join it and one scan of a
 * field serves both; the bundled pack does so. Any other pack gets a registry of its own, collected
 * with its engine: screeners built over ever new packs would otherwise grow the shared one for good.
 */
export function createRuleEngine(pack: RulePackData, triggers: TriggerRegistry = new TriggerRegistry()): RuleEngine {
  const compiled = pack.rules.map((rule) => compilePatterns(rule, triggers));
  return {
    rules: pack.rules,
    evaluate(fields, language, features) {
      const languages = [...new Set([...ALWAYS_RUN, ...language.present])];
      const hits = new Map<string, RuleHit>();
      for (const entry of compiled) {
        const rule = entry.rule;
        if (rule.kind === "combination") {
          const hit = evaluateCombination(rule, hits);
          if (hit) hits.set(rule.id, hit);
          continue;
        }
        let evidence: Evidence[] = [];
        if (entry.byLanguage.size > 0) {
          const quoted = rule.kind === "mitigating" ? undefined : features.inWarningList;
          evidence = matchPatterns(entry, fields, languages, triggers, quoted);
          if (evidence.length === 0) continue;
        }
        if (rule.when) {
          if (!rule.when.every((predicate) => predicateHolds(predicate, features.value(predicate.path)))) continue;
          // A condition that something is absent ("travel.touristVisa == false") has no words to point at.
          for (const predicate of rule.when) if (!testsAbsence(predicate)) evidence.push(...features.evidence(predicate.path));
        }
        hits.set(rule.id, { rule, evidence: outermostEvidence(evidence) });
      }
      return [...hits.values()];
    },
  };
}

function evaluateCombination(rule: CompiledRule, hits: Map<string, RuleHit>): RuleHit | null {
  const used: RuleHit[] = [];
  if (rule.allOf) {
    for (const id of rule.allOf) {
      const hit = hits.get(id);
      if (!hit) return null;
      used.push(hit);
    }
  }
  if (rule.anyOf) {
    const any = rule.anyOf.map((id) => hits.get(id)).filter((hit): hit is RuleHit => hit !== undefined);
    if (any.length === 0) return null;
    used.push(...any);
  }
  if (rule.atLeast) {
    const some = rule.atLeast.of.map((id) => hits.get(id)).filter((hit): hit is RuleHit => hit !== undefined);
    if (some.length < rule.atLeast.count) return null;
    used.push(...some);
  }
  if (rule.noneOf && rule.noneOf.some((id) => hits.has(id))) return null;
  return { rule, evidence: outermostEvidence(used.flatMap((hit) => hit.evidence)) };
}
