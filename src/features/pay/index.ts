/**
 * Pay: finds pay statements in a posting and compares the most salient one, in US dollars a
 * month, with typical pay for the role at the destination (indicators §2).
 */
import type { Evidence } from "../../types.js";
import { lookupBenchmark } from "./benchmark.js";
import { toUsdMonthly } from "./convert.js";
import type { PayFeature, PayStatement } from "./types.js";

export { findPayStatements } from "./parse.js";
export { lookupBenchmark } from "./benchmark.js";
export { FX_AS_OF, effectivePeriod, toUsdMonthly, usdPerUnit } from "./convert.js";
export type { CurrencyCode, PayFeature, PayPeriod, PayStatement } from "./types.js";

/** Above this many US dollars a month a figure is not a wage but a misreading. */
const ABSURD_USD_MONTHLY = 10_000_000;

/**
 * Ranks statements for salience: the pay itself before bonuses and commissions, a stated period
 * before none, the `salary` and `title` fields before the body; ties go to the earliest.
 */
function salience(statement: PayStatement): number {
  let score = 0;
  if (!statement.bonus) score += 4;
  if (statement.period !== null) score += 2;
  if (statement.evidence.field === "salary" || statement.evidence.field === "title") score += 1;
  return score;
}

/** The figure a statement offers: "up to" ranges by their top, other ranges by their midpoint. */
export function representativeAmount(statement: PayStatement): number | null {
  const { amount, min, max, qualifier } = statement;
  if (min !== null && max !== null && min !== max) return qualifier === "upTo" ? max : (min + max) / 2;
  return amount ?? max ?? min;
}

function round2(value: number): number {
  return Math.round(value * 100) / 100;
}

/** Picks the most salient statement, or null when there is none. */
export function mostSalient(statements: readonly PayStatement[]): PayStatement | null {
  let best: PayStatement | null = null;
  let bestScore = -1;
  for (const statement of statements) {
    const score = salience(statement);
    if (score > bestScore) {
      best = statement;
      bestScore = score;
    }
  }
  return best;
}

const NOTHING: Omit<PayFeature, "statements"> = {
  usdMonthly: null,
  benchmarkUsdMonthly: null,
  benchmarkBasis: null,
  ratioToBenchmark: null,
  periodFraming: null,
  evidence: [],
};

/**
 * The benchmark pay is judged against: the destination's, or the readers' home country's when that is
 * higher. A worker from a richer country posted abroad is paid at least home rates, so a Thai
 * interpreter's salary is not inflated for being more than interpreters earn in India; a lure's pay is
 * far above both.
 */
function higherBenchmark<T extends { usdMonthly: number }>(destination: T | null, home: T | null): T | null {
  if (!destination) return home;
  if (!home) return destination;
  return home.usdMonthly > destination.usdMonthly ? home : destination;
}

/** The home country's own row, never the global fallback (which says nothing about home pay). */
function homeBenchmark(roleFamily: string | null | undefined, homeCountry: string): ReturnType<typeof lookupBenchmark> {
  const benchmark = lookupBenchmark(roleFamily, homeCountry);
  return benchmark && !benchmark.basis.startsWith("global") ? benchmark : null;
}

/**
 * Compares offered pay with the benchmark for the role at the destination (or, when higher, at the
 * readers' home; see {@link higherBenchmark}).
 *
 * The most salient statement is read (see {@link representativeAmount}), converted to US dollars
 * a month with the approximate rates of `data/fx.json` (hour × 8 × 22, day × 22, week × 4.33,
 * year ÷ 12; no stated period: a month unless the amount only makes sense otherwise), and divided
 * by the benchmark (`data/pay-benchmarks.json`). Amounts and ratio are rounded to 2 decimals.
 * Never throws; a non-finite or absurd figure (≤ 0, over US$10 million a month) gives nulls.
 */
export function comparePay(
  statements: readonly PayStatement[],
  options: { roleFamily?: string | null; destinationCountry?: string | null; homeCountry?: string | null } = {},
): PayFeature {
  const all = Array.isArray(statements) ? [...statements] : [];
  try {
    const chosen = mostSalient(all);
    if (!chosen) return { statements: all, ...NOTHING };
    const evidence: Evidence[] = [chosen.evidence];
    const amount = representativeAmount(chosen);
    const periodFraming = chosen.period;
    const monthly = amount === null ? null : toUsdMonthly(amount, chosen.currency, chosen.period);
    const benchmark = higherBenchmark(
      lookupBenchmark(options.roleFamily, options.destinationCountry),
      options.homeCountry && options.homeCountry !== options.destinationCountry ? homeBenchmark(options.roleFamily, options.homeCountry) : null,
    );
    const benchmarkUsdMonthly = benchmark ? round2(benchmark.usdMonthly) : null;
    const benchmarkBasis = benchmark ? benchmark.basis : null;
    if (monthly === null || !Number.isFinite(monthly) || monthly <= 0 || monthly > ABSURD_USD_MONTHLY) {
      return { statements: all, ...NOTHING, benchmarkUsdMonthly, benchmarkBasis, periodFraming, evidence };
    }
    const usdMonthly = round2(monthly);
    const ratioToBenchmark = benchmarkUsdMonthly ? round2(usdMonthly / benchmarkUsdMonthly) : null;
    return { statements: all, usdMonthly, benchmarkUsdMonthly, benchmarkBasis, ratioToBenchmark, periodFraming, evidence };
  } catch {
    return { statements: all, ...NOTHING };
  }
}
