import { describe, expect, it } from "vitest";
import { TriggerRegistry, sharedTriggers } from "../../src/features/triggers.js";
import fullPack from "../../src/generated/rule-pack.json";
import { loadJsonl } from "../../src/eval/load.js";
import { normalizeField } from "../../src/normalize/normalize.js";
import { createRuleEngine, outermostEvidence } from "../../src/rules/engine.js";
import { createScreener } from "../../src/screen.js";
import type { RulePackData } from "../../src/rules/pack.js";
import type { Evidence, LanguageResult, NormalizedField } from "../../src/types.js";

const PACK = fullPack as unknown as RulePackData;
/** The pattern rules without their feature conditions, so that evidence is the patterns' alone. */
const PATTERN_RULES: RulePackData = {
  ...PACK,
  rules: PACK.rules.filter((rule) => rule.kind !== "combination" && rule.patterns).map((rule) => ({ ...rule, when: undefined })),
};
const NO_FEATURES = { value: () => undefined, evidence: () => [] };
const LANGUAGES = ["eng", "ind", "vie", "tha", "zho", "tgl", "spa", "hin", "ben", "kor", "msa", "swa"];

/**
 * What the engine found before patterns were registered one by one: per rule, language and field,
 * one global regex alternating the rule's patterns, run over the whole text, four matches at most.
 */
function alternationEvidence(rule: RulePackData["rules"][number], fields: NormalizedField[], languages: string[]): Evidence[] {
  const evidence: Evidence[] = [];
  for (const language of languages) {
    const sources = rule.patterns?.[language];
    if (!sources) continue;
    const regex = new RegExp(sources.map((source) => `(?:${source})`).join("|"), "gu");
    for (const field of fields) {
      if (rule.fields && !rule.fields.includes(field.field)) continue;
      let found = 0;
      for (const match of field.text.matchAll(regex)) {
        if (match[0].length === 0) continue;
        const span = field.toOriginal(match.index, match.index + match[0].length);
        evidence.push({ field: field.field, start: span.start, end: span.end, text: field.original.slice(span.start, span.end) });
        if (++found === 4) break;
      }
    }
  }
  // As the engine reports it: each span once, and none inside another. Two languages' lines often
  // match nested phrases ("yg pernah kerja CS di …" and "pernah kerja CS di …" in Indonesian and Malay).
  return outermostEvidence(evidence).sort((a, b) => (a.field === b.field ? a.start - b.start || a.end - b.end : a.field < b.field ? -1 : 1));
}

describe("createRuleEngine", () => {
  it("finds, pattern by pattern and near the trigger literals, the evidence one alternation per rule finds over the whole text", () => {
    const engine = createRuleEngine(PATTERN_RULES, new TriggerRegistry());
    const postings = loadJsonl(LANGUAGES.map((code) => `corpus/postings/${code}.jsonl`))
      .filter((record) => record.split === "train")
      .filter((_, index) => index % 3 === 0);
    expect(postings.length).toBeGreaterThan(150);
    let compared = 0;
    for (const record of postings) {
      const fields = [
        normalizeField("title", record.posting.title ?? ""),
        normalizeField("description", `${record.posting.description ?? ""}\n\n\n   ${record.posting.description ?? ""}`),
        // The description's start again with every space widened to a run of sixty, which `\s+` must still cross.
        normalizeField("text", (record.posting.description ?? "").slice(0, 400).replaceAll(" ", "\n".repeat(60))),
      ];
      // Every rule language runs, whatever the posting's language, so every pattern meets every text.
      const languages = ["any", ...new Set(PATTERN_RULES.rules.flatMap((rule) => Object.keys(rule.patterns ?? {})))];
      const language: LanguageResult = { code: "eng", confidence: 1, present: languages, method: "hint" };
      const hits = new Map(engine.evaluate(fields, language, NO_FEATURES).map((hit) => [hit.rule.id, hit.evidence]));
      for (const rule of PATTERN_RULES.rules) {
        const expected = alternationEvidence(rule, fields, languages);
        expect([rule.id, hits.get(rule.id) ?? []]).toEqual([rule.id, expected]);
        compared += expected.length;
      }
    }
    expect(compared).toBeGreaterThan(100);
  }, 60_000);

  it("shares one registry between engines over the same pack without growing it", () => {
    createRuleEngine(PACK, sharedTriggers);
    const size = sharedTriggers.allSources().length;
    createRuleEngine(PACK, sharedTriggers);
    createRuleEngine(PACK, sharedTriggers);
    expect(sharedTriggers.allSources().length).toBe(size);
  });

  it("leaves the shared registry alone for screeners over other packs", () => {
    createScreener().screen("Customer service in Sihanoukville, free flight");
    const size = sharedTriggers.allSources().length;
    const customPack: RulePackData = {
      ...PACK,
      rules: PACK.rules.map((rule) => (rule.patterns ? { ...rule, patterns: { ...rule.patterns, eng: [...(rule.patterns.eng ?? []), `\\b${rule.id}-marker\\b`] } } : rule)),
    };
    const custom = createScreener({ rulePack: customPack });
    expect(custom.screen("Customer service in Sihanoukville, free flight").signals.length).toBeGreaterThan(0);
    expect(sharedTriggers.allSources().length).toBe(size);
  });

  it("drops the markers an advisory lists as warning signs, and keeps its mitigating cues", () => {
    const screener = createScreener();
    const ids = (text: string) => screener.screen(text).signals.map((signal) => signal.id);
    expect(ids("No interview needed, hired immediately, fly next week.")).toContain("instant-hiring-without-interview");
    expect(ids("Red flags:\n• no interview needed, hired immediately, fly next week")).not.toContain("instant-hiring-without-interview");
    const engine = createRuleEngine(PATTERN_RULES, new TriggerRegistry());
    const fields = [normalizeField("description", "Red flags:\n• no interview needed, hired immediately")];
    const language: LanguageResult = { code: "eng", confidence: 1, present: ["eng"], method: "franc" };
    const quotedEverywhere = { ...NO_FEATURES, inWarningList: () => true };
    expect(engine.evaluate(fields, language, NO_FEATURES).map((hit) => hit.rule.id)).toContain("instant-hiring-without-interview");
    expect(engine.evaluate(fields, language, quotedEverywhere).filter((hit) => hit.rule.kind !== "mitigating")).toEqual([]);
    // A mitigating rule's own words count wherever they stand: the same pattern, made mitigating.
    const marker = PATTERN_RULES.rules.find((rule) => rule.id === "instant-hiring-without-interview")!;
    const mitigatingPack: RulePackData = { ...PATTERN_RULES, rules: [{ ...marker, kind: "mitigating" }] };
    const mitigating = createRuleEngine(mitigatingPack, new TriggerRegistry());
    expect(mitigating.evaluate(fields, language, quotedEverywhere).map((hit) => hit.rule.id)).toEqual(["instant-hiring-without-interview"]);
  });
});

