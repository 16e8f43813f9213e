/**
 * Shared types of the screening pipeline. Every stage (normalize → language → features → rules → score)
 * speaks in these shapes, so that each can be tested alone.
 */

/** The posting fields that carry text the screener reads. */
export const TEXT_FIELDS = [
  "title",
  "description",
  "text",
  "company",
  "location",
  "salary",
  "contact",
  "url",
] as const;

/** Name of one text field of a posting. */
export type FieldName = (typeof TEXT_FIELDS)[number];

/** A span of the ORIGINAL text of one field, as the caller sent it. `text` equals `original.slice(start, end)`. */
export interface Evidence {
  field: FieldName;
  /** UTF-16 offset into the original field text, inclusive. */
  start: number;
  /** UTF-16 offset into the original field text, exclusive. */
  end: number;
  text: string;
}

/**
 * One field after normalisation. Patterns run on `text`; `toOriginal` maps any span of `text`
 * back onto `original`, so evidence always points at the characters the poster typed.
 */
export interface NormalizedField {
  field: FieldName;
  original: string;
  /** NFKC, lower-cased, zero-width removed, obfuscation folded. */
  text: string;
  /** Maps a [start, end) span of `text` to the smallest span of `original` that produced it. */
  toOriginal(start: number, end: number): { start: number; end: number };
}

/** ISO 639-3 code of a language the screener knows, or `und` when it cannot tell. */
export type LanguageCode = string;

/** Result of language detection for the whole posting. */
export interface LanguageResult {
  /** Best guess for the posting as a whole (ISO 639-3, or `und`). */
  code: LanguageCode;
  /** 0–1; 0 when `code` is `und`. */
  confidence: number;
  /** Every language present (per field, per script), best first. Rules of each of them are run. */
  present: LanguageCode[];
  /** How the best guess was reached. */
  method: "hint" | "script" | "franc" | "none";
}

/** The context every feature extractor receives. */
export interface FeatureContext {
  fields: readonly NormalizedField[];
  language: LanguageResult;
}

/** Score band. `review` is meant for a moderator queue, `high` for an automatic hold. */
export type Band = "low" | "review" | "high";

/** One marker found in the posting, with the evidence for it. */
export interface Signal {
  /** Rule id (kebab-case), e.g. `tourist-visa-for-work`, or `feature:<name>` for a model feature. */
  id: string;
  kind: "marker" | "signal" | "mitigating" | "combination" | "feature";
  category: string;
  /** Short description of the marker, in the explanation language. */
  title: string;
  /** One sentence: why this marker matters. */
  explanation: string;
  /** What a person should check. */
  advice?: string;
  /** Contribution to the score in log-odds units (negative for mitigating markers). */
  contribution: number;
  evidence: Evidence[];
}

/** Versions that together determine a result. */
export interface VersionInfo {
  package: string;
  rulePack: string;
  model: string;
}

/**
 * Why a posting whose score reached the high threshold was left in review: no marker moves or
 * controls the worker (job fraud rather than trafficking recruitment), or a strong sign of a
 * legitimate recruiter (a licence, a government scheme, a contract before travel, warnings to job
 * seekers) asks for a person's look before any hold.
 */
export const HIGH_WITHHELD_REASONS = ["nothing-moves-or-controls-the-worker", "legitimate-recruiter-marker"] as const;
export type HighWithheldReason = (typeof HIGH_WITHHELD_REASONS)[number];
