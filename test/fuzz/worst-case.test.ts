import { mkdirSync, writeFileSync } from "node:fs";
import { afterAll, describe, expect, it } from "vitest";
import fullPack from "../../src/generated/rule-pack.json";
import { MAX_FIELD_LENGTH, createScreener } from "../../src/index.js";
import type { RulePackData } from "../../src/rules/pack.js";

const BUNDLED_RULE_PACK = fullPack as unknown as RulePackData;
import { normalizeText } from "../../src/normalize/normalize.js";

// A budget that only catastrophic backtracking (minutes to hours at this length) can break, even on a
// loaded CI machine; speed itself is measured by `npm run bench`, not by timed tests. The slowest input
// (an example of work-permit-after-arrival without spaces, repeated) took 613 ms in one CI run and
// 1,110 ms in the next on the same code, when the machine was busier: 1 s had stopped being a margin.
const BUDGET_MS = 3_000;
const screener = createScreener();
// The first screen builds the trigger automaton (most of a second on a loaded machine): pay it
// before the clock runs, so the budget measures the input and not the start-up.
screener.screen({ title: "warm-up", description: "Customer service in Phnom Penh, USD 1,500 a month" });

function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / Math.max(1, unit.length))).slice(0, length);
}

/** Inputs each pattern is most likely to loop on: runs of its own characters and near-matches repeated to the limit. */
function adversarialInputs(): { name: string; text: string }[] {
  const inputs = [" ", "a", "1", ",", ".", "\n", "a ", "1,", "$1", "万", "ก", "@", "t.me/", "𝐚", "🇰🇭", "🇺🇸🇬🇧", "टे.", "one hundred ", "“a ", "“", "'a ", "ㄴ a:\n", "↳ u/a: no\n", "Is this legit? ", "หลอกหรือเปล่า ", "❓ के यो ठगी हो?\n✅ होइन!\n"].map((unit) => ({ name: `run of ${JSON.stringify(unit)}`, text: repeatTo(unit, MAX_FIELD_LENGTH) }));
  for (const rule of BUNDLED_RULE_PACK.rules) {
    for (const example of (rule.examples?.match ?? [])) {
      const text = typeof example === "string" ? example : Object.values(example).join(" ");
      const words = normalizeText(text).text.split(/\s+/);
      // Everything but the last word: matches most of a pattern, then fails, at every position.
      const nearMatch = `${words.slice(0, Math.max(1, words.length - 1)).join(" ")} `;
      inputs.push({ name: `${rule.id}: near-match repeated`, text: repeatTo(nearMatch, MAX_FIELD_LENGTH) });
      inputs.push({ name: `${rule.id}: example without spaces repeated`, text: repeatTo(words.join(""), MAX_FIELD_LENGTH) });
    }
  }
  return inputs;
}

describe("worst-case time at the 100,000-character limit", () => {
  const timings: { name: string; ms: number }[] = [];
  afterAll(() => {
    // The figure the reliability note quotes: test/output/worst-case.json.
    const worst = timings.reduce((a, b) => (b.ms > a.ms ? b : a), { name: "", ms: 0 });
    const mean = timings.reduce((sum, t) => sum + t.ms, 0) / Math.max(1, timings.length);
    mkdirSync("test/output", { recursive: true });
    writeFileSync("test/output/worst-case.json", `${JSON.stringify({ inputs: timings.length, budgetMs: BUDGET_MS, worst, meanMs: mean }, null, 2)}\n`);
  });

  it.each(adversarialInputs())("screens $name within the budget", ({ name, text }) => {
    const started = performance.now();
    // A leading word keeps whitespace-only runs a valid posting.
    screener.screen({ title: "x", description: text });
    const ms = performance.now() - started;
    timings.push({ name, ms });
    expect(ms).toBeLessThan(BUDGET_MS);
  });
});
