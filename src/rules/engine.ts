import type { Evidence, FieldName, LanguageResult, NormalizedField } from "../types.js";
import { uniqueEvidence } from "../features/evidence.js";
import { TriggerRegistry, forEachWindowMatch, lowerBound } from "../features/triggers.js";
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
}

/** Evidence spans kept per rule and field: enough for a moderator, bounded for hostile input. */
const MAX_MATCHES_PER_FIELD = 4;

interface CompiledPatterns {
  rule: CompiledRule;
  /** Trigger-registry id of the rule's alternation in each language. */
  byLanguage: Map<string, number>;
  fields: Set<FieldName> | null;
}

/** Languages whose patterns always run: language-independent ones and English, the lingua franca of mixed ads. */
const ALWAYS_RUN = ["any", "eng"];

function compilePatterns(rule: CompiledRule, triggers: TriggerRegistry): CompiledPatterns {
  const byLanguage = new Map<string, number>();
  for (const [language, sources] of Object.entries(rule.patterns ?? {})) {
    const source = sources.map((s) => `(?:${s})`).join("|");
    // Compiled now, so a broken pattern fails when the engine is created rather than mid-screening;
    // the registry compiles its own copy, with the literal analysis, at the first scan.
    new RegExp(source, "gu");
    byLanguage.set(language, triggers.register(source));
  }
  return { rule, byLanguage, fields: rule.fields ? new Set(rule.fields) : null };
}

function matchPatterns(compiled: CompiledPatterns, fields: readonly NormalizedField[], languages: readonly string[], triggers: TriggerRegistry): Evidence[] {
  const evidence: Evidence[] = [];
  for (const language of languages) {
    const id = compiled.byLanguage.get(language);
    if (id === undefined) continue;
    const regex = triggers.regex(id);
    for (const field of fields) {
      if (compiled.fields && !compiled.fields.has(field.field)) continue;
      // Only a field holding one of the alternation's literals can match, and only near them.
      const scan = triggers.scanOf(field);
      const h = lowerBound(scan.hits, id);
      if (scan.hits[h] !== id) continue;
      let found = 0;
      forEachWindowMatch(field.text, scan, h, regex, (match) => {
        const span = field.toOriginal(match.index, match.index + match[0].length);
        evidence.push({ field: field.field, start: span.start, end: span.end, text: field.original.slice(span.start, span.end) });
        found++;
        return found < MAX_MATCHES_PER_FIELD;
      });
    }
  }
  return evidence;
}

function holds(predicate: FeaturePredicate, actual: unknown): boolean {
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

function dedupe(evidence: Evidence[]): Evidence[] {
  return uniqueEvidence(evidence).sort((a, b) => (a.field === b.field ? a.start - b.start || a.end - b.end : a.field < b.field ? -1 : 1));
}

/** The rule pack compiled once into regular expressions; `evaluate` runs it on one posting. */
export interface RuleEngine {
  readonly rules: readonly CompiledRule[];
  evaluate(fields: readonly NormalizedField[], language: LanguageResult, features: FeatureLookup): RuleHit[];
}

/** Compiles every pattern of the pack once. Creating an engine is the costly step; evaluating is cheap. */
export function createRuleEngine(pack: RulePackData): RuleEngine {
  const triggers = new TriggerRegistry("gu");
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
          evidence = matchPatterns(entry, fields, languages, triggers);
          if (evidence.length === 0) continue;
        }
        if (rule.when) {
          if (!rule.when.every((predicate) => holds(predicate, features.value(predicate.path)))) continue;
          for (const predicate of rule.when) evidence.push(...features.evidence(predicate.path));
        }
        hits.set(rule.id, { rule, evidence: dedupe(evidence) });
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
  return { rule, evidence: dedupe(used.flatMap((hit) => hit.evidence)) };
}
