import type { Band, HighWithheldReason } from "../types.js";
import type { RuleHit } from "../rules/engine.js";
import { type ScoringModel, sigmoid } from "./model.js";

/** A rule hit with the log-odds it adds to the score. */
export interface ScoredHit extends RuleHit {
  contribution: number;
}

/** The score of one posting and how each hit contributed to it. */
export interface ScoreBreakdown {
  logit: number;
  score: number;
  band: Band;
  /** Why a score at or above the high threshold was left in review; null when it was not. */
  highWithheld: HighWithheldReason | null;
  hits: ScoredHit[];
  /** The rules that damped the markers and the factor they set (see `markerDampingOf`); `by` empty and factor 1 when none did. */
  damping: { factor: number; by: string[] };
}

/**
 * The factor on what markers and combinations add, and the rules that set it: `model.markerDamping`
 * (or the firing rule's own `markerDamping`) when a rule marked `dampensMarkers` fired and a marker or
 * combination is there to damp, else 1.
 * Mitigating rules keep their whole weight.
 */
export function markerDampingOf(hits: readonly RuleHit[], model: Pick<ScoringModel, "markerDamping">): { factor: number; by: string[] } {
  const factor = model.markerDamping;
  // A hand-made model with no factor, or one outside (0, 1), damps nothing rather than scoring NaN.
  if (typeof factor !== "number" || !(factor > 0 && factor < 1)) return { factor: 1, by: [] };
  if (!hits.some((hit) => isDampable(hit.rule))) return { factor: 1, by: [] };
  const damping = hits.filter((hit) => hit.rule.dampensMarkers === true);
  if (damping.length === 0) return { factor: 1, by: [] };
  // A rule with a factor of its own (a weaker reading) sets it; where several fire, the strongest holds.
  return { factor: Math.min(...damping.map((hit) => hit.rule.markerDamping ?? factor)), by: damping.map((hit) => hit.rule.id) };
}

/** Whether a rule's weight is scaled by the marker damping: what markers and combinations add. */
export function isDampable(rule: Pick<RuleHit["rule"], "kind">): boolean {
  return rule.kind === "marker" || rule.kind === "combination";
}

/**
 * Adds the hits' weights to the model's bias and calibrates the sum into a probability. The sum is
 * a plain addition so every point of score traces to one rule, as the explanation shows.
 */
export function scoreHits(hits: readonly RuleHit[], model: ScoringModel): ScoreBreakdown {
  let logit = model.bias;
  const damping = markerDampingOf(hits, model);
  const scored: ScoredHit[] = hits.map((hit) => {
    const weight = model.weights[hit.rule.id] ?? hit.rule.weight;
    const contribution = hit.rule.kind === "signal" ? 0 : isDampable(hit.rule) ? weight * damping.factor : weight;
    logit += contribution;
    return { ...hit, contribution };
  });
  // Rounded before banding, so the score a caller sees always agrees with its band and with
  // `highWithheld` (a raw 0.95096 shown as 0.951 would otherwise sit in review unexplained).
  const score = Math.round(sigmoid(model.calibration.a * logit + model.calibration.b) * 10000) / 10000;
  const reason = highWithheldReason(hits);
  const band = bandOf(score, model, reason);
  return { logit, score, band, highWithheld: band === "review" && score >= model.thresholds.high ? reason : null, hits: scored, damping };
}

/**
 * What keeps a posting out of the high band whatever its score, or null. High is for holds without
 * a person looking, so it needs a marker that moves or controls the worker ("easy money, a fee, a
 * Telegram handle" alone is job fraud), and no strong sign of a legitimate recruiter (a licence, a
 * government scheme, a contract before travel, warnings to job seekers): lures seldom copy those,
 * and holding a licensed recruiter's ad is the mistake a job board can least afford. Both were
 * chosen on train data (`tsx src/fit/first-readings.ts`): most legitimate ads that blind batches'
 * first readings held at high carried such a sign, and none of the lures held there did.
 */
export function highWithheldReason(hits: readonly RuleHit[]): HighWithheldReason | null {
  if (hits.some((hit) => hit.rule.withholdsHigh === true)) return "legitimate-recruiter-marker";
  if (!hits.some((hit) => hit.rule.movesOrControlsWorker === true)) return "nothing-moves-or-controls-the-worker";
  return null;
}

/** The band of a calibrated score; `withheld` (see `highWithheldReason`) keeps it out of high. */
export function bandOf(score: number, model: ScoringModel, withheld: HighWithheldReason | null = null): Band {
  if (score >= model.thresholds.high && withheld === null) return "high";
  if (score >= model.thresholds.review) return "review";
  return "low";
}
