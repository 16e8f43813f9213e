import { describe, expect, it } from "vitest";
import { messageFor } from "../../src/explain/messages.js";
import { BUNDLED_RULE_PACK, screen } from "../../src/index.js";
import { UI_ENGLISH } from "../../src/explain/ui-texts.js";

const REQUIRED_LANGUAGES = ["ind", "vie", "tha", "zho", "tgl", "hin", "ben", "nep", "mya", "khm", "swa"];
const languages = Object.keys(BUNDLED_RULE_PACK.messages);

describe("explanation texts", () => {
  it("ship in English plus every language the agencies asked for", () => {
    expect(languages).toEqual(expect.arrayContaining(REQUIRED_LANGUAGES));
  });

  it.each(languages)("in %s cover every rule, or list it as an explicit English fallback", (language) => {
    const messages = BUNDLED_RULE_PACK.messages[language]!;
    const missing = BUNDLED_RULE_PACK.rules.filter((rule) => !messages.rules[rule.id] && !messages.fallback.includes(rule.id)).map((rule) => rule.id);
    expect(missing).toEqual([]);
  });

  it.each(languages)("in %s translate every interface text of the web page", (language) => {
    const ui = BUNDLED_RULE_PACK.messages[language]!.ui;
    expect(Object.keys(UI_ENGLISH).filter((key) => !ui[key])).toEqual([]);
  });

  it("give advice only where the English rule gives advice", () => {
    for (const language of languages) {
      for (const rule of BUNDLED_RULE_PACK.rules) {
        const translated = BUNDLED_RULE_PACK.messages[language]!.rules[rule.id];
        if (translated?.advice) expect(rule.advice, `${language} ${rule.id}`).toBeDefined();
      }
    }
  });

  it("are selected with explainIn, falling back to English for an unknown language", () => {
    const ad = "Customer service in Sihanoukville, 1,500 USD, no experience, free flight and housing, interview on Telegram";
    const vietnamese = screen(ad, { explainIn: "vie" }).signals.find((s) => s.id === "compound-hub-destination")!;
    const rule = BUNDLED_RULE_PACK.rules.find((r) => r.id === "compound-hub-destination")!;
    expect(vietnamese.title).toBe(BUNDLED_RULE_PACK.messages.vie!.rules["compound-hub-destination"]!.title);
    expect(screen(ad, { explainIn: "xyz" }).signals.find((s) => s.id === "compound-hub-destination")!.title).toBe(rule.title);
    expect(messageFor(BUNDLED_RULE_PACK, rule, "vie").language).toBe("vie");
  });
});
