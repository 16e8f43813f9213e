import { describe, expect, it } from "vitest";
import benchmarks from "../../../src/features/data/pay-benchmarks.json";
import fx from "../../../src/features/data/fx.json";
import { lookupBenchmark } from "../../../src/features/pay/index.js";
import type { CurrencyCode } from "../../../src/features/pay/types.js";

const REQUIRED_CURRENCIES = [
  "THB", "PHP", "IDR", "VND", "CNY", "KRW", "MYR", "KES", "INR", "NPR", "AED", "SGD", "JPY", "EUR", "GBP", "HKD",
  "TWD", "LKR", "BDT", "MMK", "KHR", "LAK", "UGX", "ETB", "NGN", "PKR", "MXN", "COP", "CLP", "PEN", "BRL", "TZS", "USD",
];
const REQUIRED_COUNTRIES = ["KH", "MM", "LA", "TH", "VN", "PH", "MY", "ID", "AE"];
const rows = Object.entries(benchmarks.countries as Record<string, { rows: Record<string, { usdMonthly: number; source: string; year: number }> }>)
  .flatMap(([country, { rows: byFamily }]) => Object.entries(byFamily).map(([family, row]) => ({ country, family, ...row })));

describe("fx.json", () => {
  it("has exactly the currencies of the CurrencyCode type", () => {
    const typed: Record<CurrencyCode, true> = {
      USD: true,
      THB: true,
      PHP: true,
      IDR: true,
      VND: true,
      CNY: true,
      KRW: true,
      MYR: true,
      KES: true,
      INR: true,
      NPR: true,
      AED: true,
      SGD: true,
      JPY: true,
      EUR: true,
      GBP: true,
      HKD: true,
      TWD: true,
      LKR: true,
      BDT: true,
      MMK: true,
      KHR: true,
      LAK: true,
      UGX: true,
      ETB: true,
      NGN: true,
      PKR: true,
      MXN: true,
      COP: true,
      CLP: true,
      PEN: true,
      BRL: true,
      TZS: true,
      SAR: true,
      QAR: true,
      KWD: true,
      OMR: true,
      BHD: true,
      TRY: true,
      RUB: true,
      MOP: true,
      AUD: true,
      CAD: true,
    };
    expect(Object.keys(fx.usdPerUnit).sort()).toEqual(Object.keys(typed).sort());
  });

  it("has a positive rate for every currency the parser can name", () => {
    for (const code of REQUIRED_CURRENCIES) expect((fx.usdPerUnit as Record<string, number>)[code], code).toBeGreaterThan(0);
  });

  it("says when its rates were taken and that they are approximate", () => {
    expect(fx.asOf).toMatch(/^\d{4}-\d{2}$/);
    expect(fx.source).toMatch(/approximate/);
    expect(fx.source).toMatch(/IMF|central bank/);
  });
});

describe("pay-benchmarks.json", () => {
  it("has an entry-level row for every compound-region country and the global fallback", () => {
    for (const country of [...REQUIRED_COUNTRIES, "global"]) {
      expect(rows.some((row) => row.country === country && row.family === "entry-level"), country).toBe(true);
    }
  });

  it("gives every row a positive amount, a source and a year", () => {
    for (const row of rows) {
      expect(row.usdMonthly, `${row.country} ${row.family}`).toBeGreaterThan(0);
      expect(row.source.length).toBeGreaterThan(10);
      expect(row.year).toBeGreaterThanOrEqual(2023);
    }
  });

  it("says 'estimate' in every row that does not cite an indicator source", () => {
    for (const row of rows.filter((r) => !/\[S\d+\]/.test(r.source))) expect(row.source, `${row.country} ${row.family}`).toMatch(/^estimate/);
  });

  it("anchors Cambodia to its ~US$208 minimum wage and the Philippines to the ₱20–30k call-centre band", () => {
    expect(rows.find((r) => r.country === "KH" && r.family === "entry-level")?.source).toContain("US$208 [S48]");
    expect(rows.find((r) => r.country === "PH" && r.family === "customer-service")?.source).toContain("[S113]");
  });
});

describe("lookupBenchmark", () => {
  it.each([
    { name: "uses the country's row for the family", family: "casino", country: "kh", expected: 350 },
    { name: "falls back to the country's entry-level row for a missing family", family: "casino", country: "TH", expected: 500 },
    { name: "falls back to the global row for an unknown country", family: "typing", country: "FR", expected: 400 },
    { name: "uses the global entry-level row without a family or country", family: undefined, country: undefined, expected: 400 },
  ])("$name", ({ family, country, expected }) => {
    expect(lookupBenchmark(family, country)?.usdMonthly).toBe(expected);
  });
});
