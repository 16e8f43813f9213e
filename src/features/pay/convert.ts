import fx from "../data/fx.json";
import type { CurrencyCode, PayPeriod } from "./types.js";

/** Working hours in a month: 8 hours × 22 working days. */
export const HOURS_PER_MONTH = 8 * 22;
/** Working days in a month. */
export const DAYS_PER_MONTH = 22;
/** Weeks in a month (52 / 12, rounded as payroll tables do). */
export const WEEKS_PER_MONTH = 4.33;

const MONTHLY_FACTOR: Readonly<Record<PayPeriod, number>> = {
  hour: HOURS_PER_MONTH,
  day: DAYS_PER_MONTH,
  week: WEEKS_PER_MONTH,
  month: 1,
  year: 1 / 12,
};

/** Currencies whose small amounts are hourly rates rather than day rates (`$15`, `¥1,200`, `₩10,000`). */
const HOURLY_CURRENCIES = new Set<CurrencyCode>(["USD", "EUR", "GBP", "SGD", "HKD", "JPY", "KRW", "TWD", "AED"]);

/** Below this many US dollars, an amount with no period cannot be a month's pay. */
const LESS_THAN_A_MONTH_USD = 40;
/** Above this many US dollars, an amount with no period is a year's pay (`$60,000`, `5000만원`). */
const MORE_THAN_A_MONTH_USD = 20_000;

/** Approximate US dollars per unit of `currency` (see `data/fx.json` for the date and source). */
export function usdPerUnit(currency: CurrencyCode): number | null {
  const rate = (fx.usdPerUnit as Record<string, number>)[currency];
  return typeof rate === "number" && Number.isFinite(rate) && rate > 0 ? rate : null;
}

/** The date of the exchange rates, as written in `data/fx.json`. */
export const FX_AS_OF: string = fx.asOf;

/**
 * The period an amount is read in. A stated period wins. With none stated, a month is assumed
 * unless the amount only makes sense otherwise: under US$40 it is an hourly rate in currencies
 * where hourly pay is usual (USD, EUR, GBP, SGD, HKD, JPY, KRW, TWD, AED) and a day rate elsewhere
 * (`500.000đ`, `₱800`); over US$20,000 it is a year's pay.
 */
export function effectivePeriod(amount: number, currency: CurrencyCode, stated: PayPeriod | null): PayPeriod | null {
  if (stated) return stated;
  const rate = usdPerUnit(currency);
  if (rate === null) return null;
  const usd = amount * rate;
  if (usd < LESS_THAN_A_MONTH_USD) return HOURLY_CURRENCIES.has(currency) ? "hour" : "day";
  if (usd > MORE_THAN_A_MONTH_USD) return "year";
  return "month";
}

/**
 * Converts an amount to US dollars a month (hour × 8 × 22, day × 22, week × 4.33, year ÷ 12).
 * Returns null for an unknown currency or a non-finite result.
 */
export function toUsdMonthly(amount: number, currency: CurrencyCode, period: PayPeriod | null): number | null {
  if (!Number.isFinite(amount)) return null;
  const rate = usdPerUnit(currency);
  const used = effectivePeriod(amount, currency, period);
  if (rate === null || used === null) return null;
  const usd = amount * rate * MONTHLY_FACTOR[used];
  return Number.isFinite(usd) ? usd : null;
}
