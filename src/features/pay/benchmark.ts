import benchmarks from "../data/pay-benchmarks.json";
import { lazy } from "../lazy.js";

/** One row of the benchmark table. */
export interface BenchmarkRow {
  usdMonthly: number;
  source: string;
  year: number;
}

/** The benchmark chosen for a role at a destination, and why. */
export interface Benchmark {
  usdMonthly: number;
  /** Readable basis, e.g. `KH customer-service: estimate: … (2025)`. */
  basis: string;
}

interface CountryRows {
  name: string;
  rows: Record<string, BenchmarkRow>;
}

const COUNTRIES = lazy(() => benchmarks.countries as unknown as Record<string, CountryRows>);
const INTERNATIONAL = lazy(() => new Set<string>(benchmarks.internationalFamilies));
const ENTRY_LEVEL = "entry-level";
const GLOBAL = "global";

function rowOf(country: string, family: string): BenchmarkRow | null {
  const row = COUNTRIES()[country]?.rows[family];
  return row && Number.isFinite(row.usdMonthly) && row.usdMonthly > 0 ? row : null;
}

/**
 * Looks up typical monthly pay for a role family at a destination (ISO 3166 alpha-2). Order:
 * the country's row for the family; for families paid on an international scale (seafarers),
 * the global row; the country's entry-level row; the global row for the family; the global
 * entry-level row. Never null: the global entry-level row always exists.
 */
export function lookupBenchmark(roleFamily?: string | null, destinationCountry?: string | null): Benchmark | null {
  const family = typeof roleFamily === "string" && roleFamily.length > 0 ? roleFamily.toLowerCase() : ENTRY_LEVEL;
  const country = typeof destinationCountry === "string" ? destinationCountry.toUpperCase() : "";
  const candidates: [string, string][] = [];
  if (country && COUNTRIES()[country] && country !== GLOBAL.toUpperCase()) {
    candidates.push([country, family]);
    if (INTERNATIONAL().has(family)) candidates.push([GLOBAL, family]);
    candidates.push([country, ENTRY_LEVEL]);
  }
  candidates.push([GLOBAL, family], [GLOBAL, ENTRY_LEVEL]);
  for (const [where, which] of candidates) {
    const row = rowOf(where, which);
    if (!row) continue;
    const label = where === GLOBAL ? "global" : where;
    return { usdMonthly: row.usdMonthly, basis: `${label} ${which}: ${row.source} (${row.year})` };
  }
  return null;
}
