import { InvalidPostingError, type PostingIssue, ScreeningFailedError } from "./errors.js";
import { messageFor } from "./explain/messages.js";
import { type Features, extractFeatures, featureLookup } from "./features/index.js";
import rulePackJson from "./generated/rule-pack.runtime.json";
import modelJson from "./generated/model.json";
import { detectLanguage } from "./language/detect.js";
import { normalizeField } from "./normalize/normalize.js";
import { MAX_FIELD_LENGTH, type Posting, type PostingInput, PostingSchema, describeType, postingFields } from "./posting/schema.js";
import { type RuleEngine, createRuleEngine } from "./rules/engine.js";
import { sharedTriggers } from "./features/triggers.js";
import type { RulePackData } from "./rules/pack.js";
import type { ScoringModel } from "./score/model.js";
import { scoreHits } from "./score/score.js";
import { TEXT_FIELDS, type Band, type HighWithheldReason, type LanguageResult, type Signal, type VersionInfo } from "./types.js";
import { PACKAGE_VERSION } from "./version.js";

/** Everything `screen()` says about one posting. */
export interface ScreenResult {
  /** Calibrated probability (0–1) that the posting is a trafficking-recruitment lure. */
  score: number;
  band: Band;
  /**
   * Present when the score reached the high threshold but the band is review, and why: no marker
   * moves or controls the worker (no destination abroad or hub, travel, border, passport held,
   * penalty for leaving), which reads as job fraud rather than trafficking recruitment; or a strong
   * sign of a legitimate recruiter (licence, government scheme, contract before travel, warnings to
   * job seekers), which a person should check before any hold.
   */
  highWithheld?: HighWithheldReason;
  /**
   * Present when the text reads as an advisory (rules marked `dampensMarkers`) and that scaled down
   * what every marker and combination adds: `by` names those rules, `factor` is the scale, already
   * applied to each signal's `contribution`.
   */
  markersDamped?: { by: string[]; factor: number };
  /**
   * Present when the posting object had keys that hold text but are no posting field (`body`,
   * `desc`, `titel`…; `id` aside): their text was NOT read, so the score covers only the fields
   * named in `PostingSchema`. Map your own field names onto those.
   */
  ignoredFields?: string[];
  /** Markers found, largest contribution first. `signal`-kind rules appear with contribution 0. */
  signals: Signal[];
  language: { code: string; confidence: number };
  features: Features;
  version: VersionInfo;
}

/** Options of one `screen()` call. */
export interface ScreenOptions {
  /** ISO 639-3 code of the language for titles and explanations (e.g. `vie`); English is the fallback. */
  explainIn?: string;
}

/** Options of a screener. */
export interface ScreenerOptions extends ScreenOptions {
  /** Replace the bundled rule pack (for people writing their own rules). */
  rulePack?: RulePackData;
  /** Replace the bundled scoring model. */
  model?: ScoringModel;
}

/**
 * Result of `safeScreen()`, shaped like zod's `safeParse`. The error is an `InvalidPostingError` (fix the
 * input) or a `ScreeningFailedError` (a defect in the library; the posting may be fine).
 */
export type SafeScreenResult = { success: true; data: ScreenResult } | { success: false; error: InvalidPostingError | ScreeningFailedError };

/** A compiled screener: rules are compiled once, then `screen` is cheap. */
export interface Screener {
  screen(posting: unknown, options?: ScreenOptions): ScreenResult;
  safeScreen(posting: unknown, options?: ScreenOptions): SafeScreenResult;
  readonly rulePack: RulePackData;
  readonly model: ScoringModel;
}

/** The rule pack bundled with this version of the library (runtime fields; examples and docs are in RULES.md). */
export const BUNDLED_RULE_PACK = rulePackJson as unknown as RulePackData;
/** The scoring model bundled with this version of the library. */
export const BUNDLED_MODEL = modelJson as ScoringModel;

/** Validates the input into a posting, or throws `InvalidPostingError` listing every problem. */
export function toPosting(input: unknown): Posting {
  if (typeof input === "string") {
    const issues: PostingIssue[] = [];
    if (input.trim().length === 0) issues.push({ path: [], message: "the posting text is empty" });
    if (input.length > MAX_FIELD_LENGTH) issues.push({ path: [], message: `the posting text must be at most ${MAX_FIELD_LENGTH} characters (got ${input.length})` });
    if (issues.length > 0) throw new InvalidPostingError(issues);
    return { text: input };
  }
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw new InvalidPostingError([{ path: [], message: `expected a string or a posting object, got ${describeType(input)}` }]);
  }
  const parsed = PostingSchema.safeParse(input);
  if (!parsed.success) {
    throw new InvalidPostingError(parsed.error.issues.map((issue) => ({ path: issue.path.map((p) => (typeof p === "symbol" ? String(p) : p)), message: issue.message })));
  }
  return parsed.data;
}

/** Creates a screener. Compile once and reuse it; `screen()` below does so for you. */
export function createScreener(options: ScreenerOptions = {}): Screener {
  const rulePack = options.rulePack ?? BUNDLED_RULE_PACK;
  const model = options.model ?? BUNDLED_MODEL;
  const engine: RuleEngine = createRuleEngine(rulePack, rulePack === BUNDLED_RULE_PACK ? sharedTriggers : undefined);
  const version: VersionInfo = { package: PACKAGE_VERSION, rulePack: rulePack.version, model: model.version };

  const screenPosting = (input: unknown, callOptions: ScreenOptions = {}): ScreenResult => {
    const posting = toPosting(input);
    const ignoredFields = unreadTextKeys(input);
    const explainIn = callOptions.explainIn ?? options.explainIn;
    const fields = postingFields(posting).map(([name, value]) => normalizeField(name, value));
    const language: LanguageResult = detectLanguage(
      fields.filter((f) => f.field === "title" || f.field === "description" || f.field === "text").map((f) => f.original),
      posting.language,
    );
    const features = extractFeatures({ fields, language });
    const hits = engine.evaluate(fields, language, featureLookup(features));
    const breakdown = scoreHits(hits, model);
    const signals: Signal[] = breakdown.hits
      .map((hit) => {
        const message = messageFor(rulePack, hit.rule, explainIn);
        return {
          id: hit.rule.id,
          kind: hit.rule.kind,
          category: hit.rule.category,
          title: message.title,
          explanation: message.explanation,
          ...(message.advice ? { advice: message.advice } : {}),
          contribution: Math.round(hit.contribution * 1000) / 1000,
          evidence: hit.evidence,
        };
      })
      .sort((a, b) => b.contribution - a.contribution || (a.id < b.id ? -1 : 1));
    return {
      score: breakdown.score,
      band: breakdown.band,
      ...(breakdown.highWithheld ? { highWithheld: breakdown.highWithheld } : {}),
      ...(breakdown.damping.by.length > 0 ? { markersDamped: breakdown.damping } : {}),
      ...(ignoredFields.length > 0 ? { ignoredFields } : {}),
      signals,
      language: { code: language.code, confidence: language.confidence },
      features,
      version,
    };
  };

  return {
    rulePack,
    model,
    screen: screenPosting,
    safeScreen(input, callOptions) {
      try {
        return { success: true, data: screenPosting(input, callOptions) };
      } catch (error) {
        if (error instanceof InvalidPostingError) return { success: false, error };
        // Anything else is a defect in the library: a typed error of its own, so a caller never tells
        // a user to fix a posting that was fine.
        return { success: false, error: new ScreeningFailedError(error) };
      }
    },
  };
}

const POSTING_KEYS: ReadonlySet<string> = new Set([...TEXT_FIELDS, "language", "id"]);
/** How many unread keys a result lists; a hostile object may hold thousands. */
const MAX_IGNORED_FIELDS = 20;

/**
 * Keys of a posting object that hold non-blank text the schema does not read. Zod drops unknown
 * keys, so without this a caller's `{ title, body }` would be scored on its title alone, silently.
 */
function unreadTextKeys(input: unknown): string[] {
  if (input === null || typeof input !== "object" || Array.isArray(input)) return [];
  const unread: string[] = [];
  for (const key of Object.keys(input)) {
    if (POSTING_KEYS.has(key)) continue;
    // The descriptor's value, not a property read: an unknown key's getter is never run.
    const value: unknown = Object.getOwnPropertyDescriptor(input, key)?.value;
    if (typeof value === "string" && value.trim().length > 0) unread.push(key);
    if (unread.length === MAX_IGNORED_FIELDS) break;
  }
  return unread;
}

let defaultScreener: Screener | undefined;

function getDefaultScreener(): Screener {
  defaultScreener ??= createScreener();
  return defaultScreener;
}

/**
 * Screens one posting (plain text or a posting object) and explains the result.
 * Throws `InvalidPostingError` when the input is not a valid posting.
 */
export function screen(posting: PostingInput | unknown, options?: ScreenOptions): ScreenResult {
  return getDefaultScreener().screen(posting, options);
}

/** Like `screen()`, but never throws: `{ success: true, data } | { success: false, error }`. */
export function safeScreen(posting: PostingInput | unknown, options?: ScreenOptions): SafeScreenResult {
  return getDefaultScreener().safeScreen(posting, options);
}
