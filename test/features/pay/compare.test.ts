import { describe, expect, it } from "vitest";
import { contextFrom } from "../../../src/features/evidence.js";
import { type PayStatement, comparePay, findPayStatements } from "../../../src/features/pay/index.js";

function compare(description: string, roleFamily?: string, destinationCountry?: string) {
  return comparePay(findPayStatements(contextFrom({ description })), { roleFamily, destinationCountry });
}

/** The numbers a rule reads, without the statements and evidence. */
function numbers(description: string, roleFamily?: string, destinationCountry?: string) {
  const { usdMonthly, benchmarkUsdMonthly, ratioToBenchmark, periodFraming } = compare(description, roleFamily, destinationCountry);
  return { usdMonthly, benchmarkUsdMonthly, ratioToBenchmark, periodFraming };
}

describe("comparePay converts the salient statement and compares it with the benchmark", () => {
  it.each([
    {
      name: "puts USD 1,500 a month for customer service in Cambodia at 5 times the benchmark",
      text: "Salary USD 1,500 per month", family: "customer-service", country: "KH",
      expected: { usdMonthly: 1500, benchmarkUsdMonthly: 300, ratioToBenchmark: 5, periodFraming: "month" },
    },
    {
      name: "reads a peso range by its midpoint (₱40,000 = US$684)",
      text: "₱30,000–50,000/month", family: "customer-service", country: "PH",
      expected: { usdMonthly: 684, benchmarkUsdMonthly: 430, ratioToBenchmark: 1.59, periodFraming: "month" },
    },
    {
      name: "reads up to RM15,000 by its top and falls back to Cambodia's entry-level row",
      text: "up to RM15,000/month", family: "other", country: "KH",
      expected: { usdMonthly: 3592.5, benchmarkUsdMonthly: 250, ratioToBenchmark: 14.37, periodFraming: "month" },
    },
    {
      name: "converts 18 triệu đồng/tháng to US$684 a month",
      text: "18 triệu đồng/tháng", family: "customer-service", country: "KH",
      expected: { usdMonthly: 684, benchmarkUsdMonthly: 300, ratioToBenchmark: 2.28, periodFraming: "month" },
    },
    {
      name: "multiplies a daily wage (日薪800) by 22 working days",
      text: "日薪800", family: "typing", country: "MM",
      expected: { usdMonthly: 2472.8, benchmarkUsdMonthly: 120, ratioToBenchmark: 20.61, periodFraming: "day" },
    },
    {
      name: "multiplies an hourly rate by 8 × 22 and uses the global row without a destination",
      text: "$15 per hour", family: undefined, country: undefined,
      expected: { usdMonthly: 2640, benchmarkUsdMonthly: 400, ratioToBenchmark: 6.6, periodFraming: "hour" },
    },
    {
      name: "multiplies a weekly figure (주 1000만원) by 4.33",
      text: "주 1000만원", family: "translator", country: "TH",
      expected: { usdMonthly: 29877, benchmarkUsdMonthly: 900, ratioToBenchmark: 33.2, periodFraming: "week" },
    },
    {
      name: "divides a yearly salary by 12",
      text: "$60,000 annually", family: "professional", country: "AE",
      expected: { usdMonthly: 5000, benchmarkUsdMonthly: 3500, ratioToBenchmark: 1.43, periodFraming: "year" },
    },
    {
      name: "reads a small dong amount with no period as a day rate",
      text: "Lương 500.000đ", family: "data-entry", country: "VN",
      expected: { usdMonthly: 418, benchmarkUsdMonthly: 280, ratioToBenchmark: 1.49, periodFraming: null },
    },
    {
      name: "uses the international seafarer row before the country's entry-level row",
      text: "USD 1,500/month", family: "seafarer", country: "PH",
      expected: { usdMonthly: 1500, benchmarkUsdMonthly: 1300, ratioToBenchmark: 1.15, periodFraming: "month" },
    },
    {
      name: "falls back to the global row of the family for a country without rows",
      text: "USD 1,500/month", family: "teacher", country: "ZZ",
      expected: { usdMonthly: 1500, benchmarkUsdMonthly: 1200, ratioToBenchmark: 1.25, periodFraming: "month" },
    },
    {
      name: "puts a typist at USD 2,500 in Cambodia at 10 times the benchmark",
      text: "Typing job in Sihanoukville, Cambodia. Salary USD 2,500 per month.", family: "typing", country: "KH",
      expected: { usdMonthly: 2500, benchmarkUsdMonthly: 250, ratioToBenchmark: 10, periodFraming: "month" },
    },
    {
      name: "finds PHP 22,000 for a Cebu call-centre agent within the market band",
      text: "Cebu City office. Salary PHP 22,000 per month plus HMO.", family: "customer-service", country: "PH",
      expected: { usdMonthly: 376.2, benchmarkUsdMonthly: 430, ratioToBenchmark: 0.87, periodFraming: "month" },
    },
    {
      name: "reads Rp 7–16 juta by its midpoint against Cambodia's admin row",
      text: "Gaji Rp 7–16 juta per bulan", family: "admin", country: "KH",
      expected: { usdMonthly: 692.3, benchmarkUsdMonthly: 300, ratioToBenchmark: 2.31, periodFraming: "month" },
    },
  ])("$name", ({ text, family, country, expected }) => {
    expect(numbers(text, family, country)).toEqual(expected);
  });
});

describe("comparePay judges pay against the higher of the destination's and the home country's benchmark", () => {
  const thaiSalary = findPayStatements(contextFrom({ description: "เงินเดือน 40,000 บาท" }, { code: "tha", confidence: 1, present: ["tha"], method: "hint" }));
  it.each([
    { name: "a Thai interpreter's salary in India is judged against Thai interpreter pay", family: "translator", country: "IN", home: "TH", ratio: 1.37 },
    { name: "without a home country it is judged against India's entry-level pay", family: "translator", country: "IN", home: undefined, ratio: 5.37 },
    { name: "a home country with no row of its own is ignored", family: "translator", country: "IN", home: "ZZ", ratio: 5.37 },
    { name: "a home benchmark below the destination's changes nothing", family: "customer-service", country: "TH", home: "KH", ratio: 1.9 },
  ])("$name", ({ family, country, home, ratio }) => {
    expect(comparePay(thaiSalary, { roleFamily: family, destinationCountry: country, ...(home ? { homeCountry: home } : {}) }).ratioToBenchmark).toBe(ratio);
  });
});

describe("comparePay picks the most salient statement", () => {
  it("prefers the pay itself over a bonus and a statement with a period over one without", () => {
    const result = compare("USD 1,200. Bonus USD 3,000. Salary USD 1,500 per month", "model", "VN");
    expect(result.evidence.map((e) => e.text)).toEqual(["Salary USD 1,500 per month"]);
    expect(result.usdMonthly).toBe(1500);
    expect(result.benchmarkUsdMonthly).toBe(300);
    expect(result.benchmarkBasis).toBe("VN entry-level: estimate: urban starting pay about 8 million dong; region I minimum wage about 5 million dong (2025)");
    expect(result.statements).toHaveLength(3);
  });

  it("names the benchmark row and its source", () => {
    expect(compare("₱25,000 a month", "chat-support", "PH").benchmarkBasis).toBe(
      "PH chat-support: PH call-centre agent pay about ₱20,000–30,000 a month, midpoint ₱25,000 [S113] (2025)",
    );
  });
});

describe("comparePay never throws and gives nulls for what it cannot judge", () => {
  const empty = { usdMonthly: null, benchmarkUsdMonthly: null, benchmarkBasis: null, ratioToBenchmark: null, periodFraming: null, evidence: [] };

  it("gives nulls when there is no statement", () => {
    expect(comparePay([], { roleFamily: "typing", destinationCountry: "KH" })).toEqual({ statements: [], ...empty });
  });

  it("gives null pay for an absurd amount", () => {
    const result = compare("$50,000,000 per month", "typing", "KH");
    expect([result.usdMonthly, result.ratioToBenchmark, result.benchmarkUsdMonthly]).toEqual([null, null, 250]);
  });

  it("gives null pay for a non-finite or negative amount", () => {
    const [statement] = findPayStatements(contextFrom({ description: "USD 1,000" }));
    const broken: PayStatement[] = [
      { ...statement!, amount: Number.NaN, min: Number.NaN, max: Number.NaN },
      { ...statement!, amount: -5, min: -5, max: -5, evidence: statement!.evidence },
    ];
    expect(comparePay([broken[0]!]).usdMonthly).toBeNull();
    expect(comparePay([broken[1]!]).usdMonthly).toBeNull();
  });

  it("survives input that is not an array", () => {
    expect(comparePay(null as unknown as PayStatement[]).usdMonthly).toBeNull();
  });
});
