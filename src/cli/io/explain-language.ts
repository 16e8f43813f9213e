import { BUNDLED_RULE_PACK } from "../../screen.js";
import { explanationLanguages } from "../../explain/messages.js";

/**
 * Checks an `--explain-in` code against the bundled translations. An unknown code is not an error
 * (the library falls back to English), but the person should know why the texts are in English.
 */
export function explanationLanguageWarning(code: string | undefined): string | undefined {
  if (code === undefined) return undefined;
  const known = explanationLanguages(BUNDLED_RULE_PACK).map((language) => language.code);
  if (known.includes(code)) return undefined;
  return `lurescreen: no explanations in "${code}"; using English (available: ${known.join(", ")})`;
}
