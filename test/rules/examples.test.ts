import { describe, expect, it } from "vitest";
import fullPack from "../../src/generated/rule-pack.json";
import { createScreener } from "../../src/index.js";
import type { RulePackData } from "../../src/rules/pack.js";

const BUNDLED_RULE_PACK = fullPack as unknown as RulePackData;
import type { RuleExample } from "../../src/rules/schema.js";

// Every rule carries postings it must match and must not match (ESLint RuleTester style); `todo`
// examples are known misses, run as expected failures so they alert when they start passing.
const screener = createScreener();
const firedIds = (example: RuleExample): string[] => screener.screen(example).signals.map((s) => s.id);
const label = (example: RuleExample): string => (typeof example === "string" ? example : JSON.stringify(example)).slice(0, 90);

describe.each(BUNDLED_RULE_PACK.rules.map((rule) => [rule.id, rule] as const))("rule %s", (id, rule) => {
  it.each((rule.examples?.match ?? []).map((e) => [label(e), e] as const))("matches %s", (_, example) => {
    expect(firedIds(example)).toContain(id);
  });
  it.each((rule.examples?.noMatch ?? []).map((e) => [label(e), e] as const))("does not match %s", (_, example) => {
    expect(firedIds(example)).not.toContain(id);
  });
  const todo = rule.examples?.todo ?? [];
  if (todo.length > 0) {
    it.fails.each(todo.map((e) => [label(e), e] as const))("known miss: %s", (_, example) => {
      expect(firedIds(example)).toContain(id);
    });
  }
});
