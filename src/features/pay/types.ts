import type { Evidence } from "../../types.js";

/**
 * ISO 4217 code of a currency the screener can convert: the keys of `data/fx.json`, spelt out (a test
 * checks they agree). Derived from the JSON with `typeof`, the published declaration file had to carry
 * the whole rate table as `var` statements, which a strict TypeScript build of a consumer rejects.
 */
export type CurrencyCode =
  | "USD" | "THB" | "PHP" | "IDR" | "VND" | "CNY" | "KRW" | "MYR" | "KES" | "INR" | "NPR"
  | "AED" | "SGD" | "JPY" | "EUR" | "GBP" | "HKD" | "TWD" | "LKR" | "BDT" | "MMK" | "KHR"
  | "LAK" | "UGX" | "ETB" | "NGN" | "PKR" | "MXN" | "COP" | "CLP" | "PEN" | "BRL" | "TZS"
  | "SAR" | "QAR" | "KWD" | "OMR" | "BHD" | "TRY" | "RUB" | "MOP" | "AUD" | "CAD";

/** The unit of time a pay figure is quoted in. */
export type PayPeriod = "hour" | "day" | "week" | "month" | "year";

/**
 * One pay figure found in a posting.
 *
 * - A single figure: `amount`, `min` and `max` all hold it.
 * - A range (`₱30,000–50,000`): `amount` is null, `min` and `max` hold the ends.
 * - "Up to X" (`up to RM15,000`): `amount` and `max` are X, `min` is null, `qualifier` is `upTo`.
 * - "Over X" (`月入过万`, `above NPR 1 lakh`): `amount` and `min` are X, `max` is null, `qualifier` is `atLeast`.
 */
export interface PayStatement {
  /** The single figure stated, in units of `currency`; null for a range. */
  amount: number | null;
  /** Lower bound, or null when only an upper bound is stated. */
  min: number | null;
  /** Upper bound, or null when only a lower bound is stated. */
  max: number | null;
  /** `upTo` for "up to", "hingga", "lên tới", "最高"; `atLeast` for "over", "以上", "이상", "过万". */
  qualifier: "upTo" | "atLeast" | null;
  currency: CurrencyCode;
  /** The period the poster stated, or null when none was stated. */
  period: PayPeriod | null;
  /** True for a bonus, commission or allowance rather than the pay itself. */
  bonus: boolean;
  /** The figure as typed, with its currency and period words. */
  evidence: Evidence;
}

/** Offered pay compared with the benchmark for the role at the destination. */
export interface PayFeature {
  /** Every pay statement found, in field order and then text order. */
  statements: PayStatement[];
  /** The most salient statement in US dollars a month, or null when there is none or it is absurd. */
  usdMonthly: number | null;
  /** Typical monthly pay for the role at the destination, in US dollars, or null. */
  benchmarkUsdMonthly: number | null;
  /** Which benchmark row was used and where it comes from, or null. */
  benchmarkBasis: string | null;
  /** `usdMonthly / benchmarkUsdMonthly`, rounded to 2 decimals, or null. */
  ratioToBenchmark: number | null;
  /** The period the salient statement was quoted in (null when not stated); daily or weekly framing is itself a marker. */
  periodFraming: PayPeriod | null;
  /** Evidence of the salient statement. */
  evidence: Evidence[];
}
