import type { Band } from "../types.js";
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
  /** The score reached the high threshold but no hit moves or controls the worker, so the band is review. */
  highWithheld: boolean;
  hits: ScoredHit[];
}

/**
 * Adds the hits' weights to the model's bias and calibrates the sum into a probability. The sum is
 * a plain addition so every point of score traces to one rule, as the explanation shows.
 */
export function scoreHits(hits: readonly RuleHit[], model: ScoringModel): ScoreBreakdown {
  let logit = model.bias;
  const scored: ScoredHit[] = hits.map((hit) => {
    const weight = model.weights[hit.rule.id] ?? hit.rule.weight;
    const contribution = hit.rule.kind === "signal" ? 0 : weight;
    logit += contribution;
    return { ...hit, contribution };
  });
  const score = sigmoid(model.calibration.a * logit + model.calibration.b);
  const movesOrControls = hits.some((hit) => hit.rule.movesOrControlsWorker === true);
  const band = bandOf(score, model, movesOrControls);
  return { logit, score, band, highWithheld: band === "review" && score >= model.thresholds.high, hits: scored };
}

/**
 * The band of a calibrated score. The high band, meant for holds without a person looking, also
 * needs a hit that moves or controls the worker: "easy money, no experience, pay a fee" alone is job
 * fraud, which a moderator should see but which is not what this screener holds automatically.
 */
export function bandOf(score: number, model: ScoringModel, movesOrControlsWorker = true): Band {
  if (score >= model.thresholds.high && movesOrControlsWorker) return "high";
  if (score >= model.thresholds.review) return "review";
  return "low";
}
