/**
 * lurescreen: screens job postings for the markers of trafficking recruitment.
 * Public exports only; a test pins this list.
 */
export { screen, safeScreen, createScreener, BUNDLED_RULE_PACK, BUNDLED_MODEL } from "./screen.js";
export type { ScreenResult, ScreenOptions, ScreenerOptions, Screener, SafeScreenResult } from "./screen.js";
export { PostingSchema, MAX_FIELD_LENGTH, MAX_POSTING_LENGTH } from "./posting/schema.js";
export type { Posting, PostingInput } from "./posting/schema.js";
export { InvalidPostingError, ScreeningFailedError } from "./errors.js";
export type { PostingIssue } from "./errors.js";
export { explanationLanguages } from "./explain/messages.js";
export { normalizeText } from "./normalize/normalize.js";
export { detectLanguage } from "./language/detect.js";
export type { Features } from "./features/index.js";
export type { RulePackData, CompiledRule } from "./rules/pack.js";
export type { ScoringModel } from "./score/model.js";
export type { Band, Evidence, FieldName, HighWithheldReason, Signal, VersionInfo, LanguageResult } from "./types.js";
export { PACKAGE_VERSION } from "./version.js";
