import { describe, expect, it } from "vitest";
import { contextFrom } from "../../../src/features/evidence.js";
import { findPayStatements } from "../../../src/features/pay/index.js";
import { NUMBER_WORD_HINT, spelledNumbersAsDigits } from "../../../src/features/pay/number-words.js";
import type { LanguageResult } from "../../../src/types.js";

function language(code: string): LanguageResult {
  return { code, confidence: 0.9, present: [code], method: "hint" };
}

describe("spelledNumbersAsDigits", () => {
  const rewrites: [string, string][] = [
    ["one thousand five hundred dollars", "1500 dollars"],
    ["fifteen hundred usd", "1500 usd"],
    ["twenty-five thousand pesos", "25000 pesos"],
    ["two thousand and fifty dollars", "2050 dollars"],
    ["three million kip", "3000000 kip"],
    ["fifty dollars a day", "50 dollars a day"],
    ["mil doscientos dolares", "1200 dolares"],
    ["dos mil quinientos dolares", "2500 dolares"],
    ["treinta y cinco mil pesos", "35000 pesos"],
    ["un millon de pesos", "1000000 de pesos"],
    ["veintidos mil soles", "22000 soles"],
    ["lima belas juta", "15 juta"],
    ["dua puluh lima juta rupiah", "25 juta rupiah"],
    ["dua ratus ribu sehari", "200 ribu sehari"],
    ["dua ribu lima ratus ringgit", "2500 ringgit"],
    ["seratus lima puluh dolar", "150 dolar"],
    ["sepuluh juta", "10 juta"],
    // Teens alone and before hundreds or thousands.
    ["fifteen dollars an hour", "15 dollars an hour"],
    ["twelve usd a day", "12 usd a day"],
    ["fifteen hundred dollars a month", "1500 dollars a month"],
    ["eleven thousand pesos", "11000 pesos"],
    ["nineteen hundred and fifty dollars", "1950 dollars"],
    ["thirteen thousand two hundred baht", "13200 baht"],
    ["quince dolares por hora", "15 dolares por hora"],
    ["dieciocho mil pesos", "18000 pesos"],
    ["once mil pesos", "11000 pesos"],
  ];
  for (const [text, expected] of rewrites) {
    it(`writes "${text}" as "${expected}"`, () => {
      expect(spelledNumbersAsDigits(text)?.text).toBe(expected);
    });
  }

  const untouched = [
    "one month of training, two years of experience",
    "tiga bulan kontrak",
    "dos semanas de prueba",
    "family business with similar roles",
    "milestones and military-grade security",
    "one of our hundred clients",
    // A number with no currency nearby is no pay: the reader is spared it.
    "more than four hundred employees in twenty-five cities",
    // Not one number: ranges, chains and repeats (found in review).
    "between fifty and one hundred dollars a day",
    "fifty-sixty dollars",
    "nineteen ninety dollars",
    "hundred hundred dollars, one million million pesos",
    // After digits or a multiplier the words belong to the number as typed.
    "pay 2 hundred pesos a day, gaji 5 ratus ribu per hari",
    "gaji dua juta lima ratus ribu rupiah",
    // Teens with no currency near, and English `once`, which is no Spanish eleven.
    "fifteen years of experience and twelve hours a day",
    "paid once a month, 500 dollars",
  ];
  for (const text of untouched) {
    it(`leaves "${text}" as it is`, () => {
      expect(spelledNumbersAsDigits(text)).toBeNull();
    });
  }

  it("leaves a run that is not one number alone ('puluh' with nothing before it)", () => {
    expect(spelledNumbersAsDigits("puluh ribu")).toBeNull();
  });

  it("maps each digit back over the words it replaces", () => {
    const text = "pay: one thousand five hundred dollars";
    const rewritten = spelledNumbersAsDigits(text)!;
    expect(rewritten.text).toBe("pay: 1500 dollars");
    const first = rewritten.origin[5]!;
    const last = rewritten.origin[8]!;
    expect(text.slice(first, last + 1)).toBe("one thousand five hundred");
    expect(rewritten.origin.length).toBe(rewritten.text.length);
  });
});

describe("findPayStatements with amounts in words", () => {
  const cases: { text: string; lang: string; currency: string; amount: number; period: string | null; evidence: string }[] = [
    { text: "Salary: one thousand five hundred US dollars per month", lang: "eng", currency: "USD", amount: 1500, period: "month", evidence: "one thousand five hundred US dollars per month" },
    { text: "Sueldo de mil doscientos dólares al mes", lang: "spa", currency: "USD", amount: 1200, period: "month", evidence: "mil doscientos dólares al mes" },
    { text: "Gaji lima belas juta per bulan", lang: "ind", currency: "IDR", amount: 15_000_000, period: "month", evidence: "lima belas juta per bulan" },
    { text: "Earn 2 thousand dollars monthly", lang: "eng", currency: "USD", amount: 2000, period: "month", evidence: "2 thousand dollars monthly" },
  ];
  for (const c of cases) {
    it(`reads "${c.text}"`, () => {
      const [statement, ...rest] = findPayStatements(contextFrom({ description: c.text }, language(c.lang)));
      expect(rest).toEqual([]);
      expect(statement).toMatchObject({ currency: c.currency, amount: c.amount, period: c.period });
      expect(statement!.evidence.text.endsWith(c.evidence)).toBe(true);
    });
  }

  it.each([
    { text: "Salary: fifteen hundred dollars a month", lang: "eng", currency: "USD", amount: 1500, period: "month", evidence: "Salary: fifteen hundred dollars a month" },
    { text: "eleven thousand pesos", lang: "eng", currency: "PHP", amount: 11000, period: null, evidence: "eleven thousand pesos" },
    { text: "Sueldo de once mil pesos al mes", lang: "spa", currency: "MXN", amount: 11000, period: "month", evidence: "Sueldo de once mil pesos al mes" },
    { text: "Earn twelve dollars an hour", lang: "eng", currency: "USD", amount: 12, period: "hour", evidence: "twelve dollars an hour" },
    { text: "eleven hundred USD monthly", lang: "eng", currency: "USD", amount: 1100, period: "month", evidence: "eleven hundred USD monthly" },
    { text: "twelve thousand five hundred pesos a month", lang: "eng", currency: "PHP", amount: 12500, period: "month", evidence: "twelve thousand five hundred pesos a month" },
    { text: "Pagamos quince dólares por hora", lang: "spa", currency: "USD", amount: 15, period: "hour", evidence: "quince dólares por hora" },
  ])("reads the teens in '$text'", ({ text, lang, currency, amount, period, evidence }) => {
    const statements = findPayStatements(contextFrom({ description: text }, language(lang)));
    expect(statements.map((s) => ({ currency: s.currency, amount: s.amount, min: s.min, max: s.max, period: s.period, text: s.evidence.text }))).toEqual([
      { currency, amount, min: amount, max: amount, period, text: evidence },
    ]);
  });

  it.each([
    "Fifteen years of experience, twelve hours a day, salary negotiable",
    "Work twelve hours a day for fifteen days in a row",
    "Eleven workers wanted, pay in dollars",
  ])("reads no pay in '%s'", (text) => {
    expect(findPayStatements(contextFrom({ description: text }, language("eng")))).toEqual([]);
  });

  it("still needs a currency: 'fifteen hundred hours' and 'twenty workers' are no pay", () => {
    expect(findPayStatements(contextFrom({ description: "Fifteen hundred hours of training for twenty workers" }, language("eng")))).toEqual([]);
  });
});

describe("the number-word hint", () => {
  // The hint spells out the hundreds the parser knows; a hundreds word it missed would never be read.
  it.each(["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "diez", "doce", "trece", "catorce", "quince", "dieciseis", "diecisiete", "dieciocho", "diecinueve"])(
    "wakes on the teen %s",
    (word) => {
      expect(NUMBER_WORD_HINT.test(`${word} dolares`)).toBe(true);
      expect(spelledNumbersAsDigits(`${word} dolares`)?.text).toMatch(/^1[0-9] dolares$/);
    },
  );

  it("does not wake on English 'once'", () => {
    expect(NUMBER_WORD_HINT.test("paid once a month")).toBe(false);
  });

  it.each(["doscientos", "trescientas", "cuatrocientos", "quinientas", "seiscientos", "setecientas", "ochocientos", "novecientas"])(
    "wakes on %s, which the parser reads",
    (word) => {
      expect(NUMBER_WORD_HINT.test(word)).toBe(true);
      expect(spelledNumbersAsDigits(`mil ${word} dolares`)?.text).toMatch(/^1[2-9]00 dolares$/);
    },
  );
});
