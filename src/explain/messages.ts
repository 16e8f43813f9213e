import type { CompiledRule, RulePackData } from "../rules/pack.js";

/** The texts a person reads for one rule, in the requested language or English. */
export interface RuleMessage {
  title: string;
  explanation: string;
  advice?: string;
  /** Language the texts are actually in (English when the requested one has no translation). */
  language: string;
}

/** Languages with explanation texts in the rule pack, English first. */
export function explanationLanguages(pack: RulePackData): { code: string; name: string }[] {
  return [{ code: "eng", name: "English" }, ...Object.entries(pack.messages).filter(([code]) => code !== "eng").map(([code, m]) => ({ code, name: m.name }))];
}

/** Picks the rule's texts in `language`, falling back to the English texts of the rule file. */
export function messageFor(pack: RulePackData, rule: CompiledRule, language?: string): RuleMessage {
  const translated = language && language !== "eng" ? pack.messages[language]?.rules[rule.id] : undefined;
  if (translated) {
    return { title: translated.title, explanation: translated.explanation, ...(translated.advice ?? rule.advice ? { advice: translated.advice ?? rule.advice } : {}), language: language! };
  }
  return { title: rule.title, explanation: rule.explanation, ...(rule.advice ? { advice: rule.advice } : {}), language: "eng" };
}
