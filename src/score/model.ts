/** Fitted scoring model, as generated into `src/generated/model.json` by `npm run fit`. */
export interface ScoringModel {
  version: string;
  /** How the weights were obtained, for the README and the result's `version.model`. */
  method: string;
  /** Log-odds of a posting with no markers at all. */
  bias: number;
  /** Fitted weight per rule id (log-odds). Rules missing here score their prior weight from the rule file. */
  weights: Record<string, number>;
  /** Platt scaling: probability = sigmoid(a * logit + b). */
  calibration: { a: number; b: number };
  /**
   * Factor (0–1] on what each marker and combination adds where a rule marked `dampensMarkers` fired
   * (a text made of warnings). The fit reads its rows the same way, so the weights are fitted for it.
   * Absent: no damping.
   */
  markerDamping?: number;
  /** Band thresholds on the calibrated probability. */
  thresholds: { review: number; high: number };
}

/** Logistic function, safe for any finite input. */
export function sigmoid(x: number): number {
  if (x >= 0) return 1 / (1 + Math.exp(-x));
  const e = Math.exp(x);
  return e / (1 + e);
}
