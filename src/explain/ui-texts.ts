/**
 * Interface texts shared by the web page and the CLI's explain command, in English. Translations
 * come from the `ui` section of `rules/messages/<lang>.yaml`; a missing key falls back to English.
 */
import type { RulePackData } from "../rules/pack.js";
import type { HighWithheldReason } from "../types.js";

/** Interface texts in English; translations come from the `ui` section of `rules/messages/<lang>.yaml`. */
export const UI_ENGLISH: Record<string, string> = {
  heading: "Check a job ad for warning signs",
  intro: "Paste a job ad you or someone you help has received. This tool looks for the warning signs of recruitment into scam compounds and forced labour, and shows where they are in the ad.",
  privacy: "Your ad is checked on this server and is not stored or logged.",
  titleLabel: "Job title (optional)",
  textLabel: "The ad text",
  moreFields: "More details (optional)",
  companyLabel: "Company",
  locationLabel: "Location",
  salaryLabel: "Salary",
  contactLabel: "Contact",
  languageLabel: "Explanations in",
  check: "Check this ad",
  checking: "Checking…",
  bandHigh: "High risk",
  bandReview: "Needs a closer look",
  bandLow: "No strong warning signs found",
  summaryHigh: "This ad shows several warning signs of recruitment into scam compounds or forced labour. Do not travel or send documents or money before the employer is verified.",
  summaryReview: "This ad shows some warning signs. Check the points below before you reply.",
  summaryLow: "No strong warning signs were found. This does not prove the job is safe: always verify the employer.",
  highWithheldNothingMoves: "The warning signs are strong, but nothing in the ad takes the worker somewhere or takes control of them (no destination abroad, travel, border crossing or passport held). That reads like a job scam rather than recruitment into a scam compound, so it is not marked high risk. It can still cost you money: never pay to get a job.",
  highWithheldLegitimateRecruiter: "The warning signs are strong, but the ad also shows a sign of a legitimate recruiter (such as a licence number, a government programme, a written contract before travel or a warning to job seekers). Scammers sometimes copy these, so it is not marked high risk until the sign is checked: confirm the licence or programme with the government office before you reply.",
  markersDamped: "This text reads as a warning notice: it is made of warnings against trafficking recruitment and points readers to the authorities. In such texts the lure words are usually quoted as warning signs, so the signs below count for less. Check that it offers no job of its own.",
  markersPartlyDamped: "Part of this text reads as a warning against trafficking recruitment, so the signs below count for somewhat less. Lures sometimes paste such warnings: check what the ad itself offers.",
  signalsHeading: "What we found",
  highlightedHeading: "The ad, with the warning signs highlighted",
  whatToCheck: "What to check",
  reassuring: "Reassuring sign",
  score: "Score",
  errorEmpty: "Paste the text of the ad first.",
  errorServer: "The ad could not be checked. Please try again.",
  raisesHeading: "Raises the score",
  lowersHeading: "Lowers the score",
  noticedHeading: "Noticed (counts only together with other markers)",
  evidence: "Evidence",
  noMarkers: "No markers found.",
  detectedLanguage: "language",
  disclaimer: "This is an automated screen, not a verdict about any person or company. Verify with your government's overseas-employment office or a trusted organisation.",
};

/** The interface text that explains each reason a high score was left in review (`ScreenResult.highWithheld`). */
export const HIGH_WITHHELD_UI_KEY: Record<HighWithheldReason, string> = {
  "nothing-moves-or-controls-the-worker": "highWithheldNothingMoves",
  "legitimate-recruiter-marker": "highWithheldLegitimateRecruiter",
};

/**
 * The damping rules whose reading is partial, those with a factor of their own (three advisory cues,
 * not four): a lure can paste that many warning lines, so the text says only that part of the ad
 * reads as a warning.
 */
export function partialDampingRules(rulePack: Pick<RulePackData, "rules">): string[] {
  return rulePack.rules.filter((rule) => rule.dampensMarkers === true && rule.markerDamping !== undefined).map((rule) => rule.id);
}

/** The interface text that explains `ScreenResult.markersDamped`, given the rule pack's `partialDampingRules`. */
export function markersDampedUiKey(damped: { by: readonly string[] }, partial: readonly string[]): "markersDamped" | "markersPartlyDamped" {
  return damped.by.every((id) => partial.includes(id)) ? "markersPartlyDamped" : "markersDamped";
}

/** The interface texts in one language, each missing key in English. */
export function uiTexts(rulePack: Pick<RulePackData, "messages">, language: string | undefined): Record<string, string> {
  const translated = language ? rulePack.messages[language]?.ui : undefined;
  return { ...UI_ENGLISH, ...(translated ?? {}) };
}
