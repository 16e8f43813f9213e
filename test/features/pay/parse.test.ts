import { describe, expect, it } from "vitest";
import { contextFrom } from "../../../src/features/evidence.js";
import { findPayStatements } from "../../../src/features/pay/index.js";
import type { PayStatement } from "../../../src/features/pay/index.js";
import { detectLanguage } from "../../../src/language/detect.js";
import type { FieldName, LanguageResult } from "../../../src/types.js";

/** A statement as the tests compare it: the evidence reduced to the text it covers. */
interface Reading {
  currency: string;
  amount: number | null;
  min: number | null;
  max: number | null;
  period: PayStatement["period"];
  qualifier?: PayStatement["qualifier"];
  bonus?: boolean;
  text: string;
}

function reading(statement: PayStatement): Required<Reading> {
  const { currency, amount, min, max, period, qualifier, bonus, evidence } = statement;
  return { currency, amount, min, max, period, qualifier, bonus, text: evidence.text };
}

function full(expected: Reading): Required<Reading> {
  return { qualifier: null, bonus: false, ...expected };
}

function language(code: string): LanguageResult {
  return { code, confidence: 0.9, present: [code], method: "hint" };
}

function readPay(text: string, lang?: string, field: FieldName = "description"): Required<Reading>[] {
  return findPayStatements(contextFrom({ [field]: text }, lang ? language(lang) : undefined)).map(reading);
}

/** Shorthand for a single amount. */
function single(currency: string, value: number, period: PayStatement["period"], text: string): Reading {
  return { currency, amount: value, min: value, max: value, period, text };
}

/** Shorthand for a range. */
function range(currency: string, min: number, max: number, period: PayStatement["period"], text: string): Reading {
  return { currency, amount: null, min, max, period, text };
}

interface Case {
  name: string;
  text: string;
  expected: Reading;
  lang?: string;
}

const SINGLE_STATEMENTS: Case[] = [
  // US dollars, every spelling.
  { name: "reads $1,500 as 1,500 US dollars with no stated period", text: "Salary $1,500", expected: { ...single("USD", 1500, null, "Salary $1,500") } },
  { name: "reads 1.5k USD as 1,500 US dollars", text: "Pay 1.5k USD", expected: single("USD", 1500, null, "Pay 1.5k USD") },
  { name: "reads 1000$ with the dollar sign after the amount", text: "Lương 1000$ mỗi tháng", expected: single("USD", 1000, "month", "Lương 1000$ mỗi tháng") },
  { name: "reads USD 1.000–1.200 with dot thousands as a range", text: "Gaji USD 1.000–1.200, tanpa pengalaman", expected: range("USD", 1000, 1200, null, "Gaji USD 1.000–1.200") },
  { name: "reads US$800-1,500/month as a monthly US dollar range", text: "CSR – Vietnam. US$800-1,500/month.", expected: range("USD", 800, 1500, "month", "US$800-1,500/month") },
  { name: "reads US$1,500 glued to its code even when the normaliser folds it as leetspeak", text: "Salary: US$1,500 per month", expected: single("USD", 1500, "month", "Salary: US$1,500 per month") },
  { name: "reads full-width ＵＳＤ１，２００ as 1,200 US dollars", text: "ＵＳＤ１，２００／月", expected: single("USD", 1200, "month", "ＵＳＤ１，２００／月") },
  // Thai baht.
  { name: "reads 35,000 บาท as Thai baht", text: "เงินเดือน 35,000 บาท", expected: single("THB", 35000, "month", "เงินเดือน 35,000 บาท") },
  { name: "reads THB 35,000 with the code first", text: "Salary THB 35,000", expected: single("THB", 35000, null, "Salary THB 35,000") },
  { name: "reads 35k บาท/เดือน as 35,000 baht a month", text: "รายได้ 35k บาท/เดือน", expected: single("THB", 35000, "month", "รายได้ 35k บาท/เดือน") },
  { name: "reads 500 บาท ต่อวัน as a Thai day rate", text: "ค่าแรง 500 บาท ต่อวัน", expected: single("THB", 500, "day", "500 บาท ต่อวัน") },
  // Philippine peso.
  { name: "reads ₱30,000–50,000 as a peso range", text: "₱30,000–50,000/month + free board and lodging", expected: range("PHP", 30000, 50000, "month", "₱30,000–50,000/month") },
  { name: "reads 50k pesos as Philippine pesos", text: "Earn 50k pesos kada buwan", expected: single("PHP", 50000, "month", "50k pesos kada buwan") },
  { name: "reads PHP 25,000 with the code first", text: "Basic pay PHP 25,000", expected: single("PHP", 25000, null, "Basic pay PHP 25,000") },
  { name: "reads a glued P25,000 as Philippine pesos", text: "Sahod P25,000 monthly", expected: single("PHP", 25000, "month", "Sahod P25,000 monthly") },
  // Indonesian rupiah.
  { name: "reads Rp 12–15 juta as 12 to 15 million rupiah", text: "Gaji Rp 12–15 juta per bulan", expected: range("IDR", 12e6, 15e6, "month", "Gaji Rp 12–15 juta per bulan") },
  { name: "reads Rp 7.500.000 with dot thousands", text: "Gaji Rp 7.500.000/bln", expected: single("IDR", 7.5e6, "month", "Gaji Rp 7.500.000/bln") },
  { name: "reads 12 jt as 12 million rupiah", text: "Penghasilan 12 jt", expected: single("IDR", 12e6, null, "Penghasilan 12 jt") },
  { name: "reads Rp 150 rb/hari as 150 thousand rupiah a day", text: "Upah Rp 150 rb/hari", expected: single("IDR", 150000, "day", "Upah Rp 150 rb/hari") },
  { name: "reads mencapai belasan juta rupiah as up to eleven to nineteen million a month", text: "gaji bulanan mencapai belasan juta rupiah", expected: { ...range("IDR", 11e6, 19e6, "month", "gaji bulanan mencapai belasan juta rupiah"), qualifier: "upTo" } },
  // Vietnamese dong.
  { name: "reads 15 triệu as 15 million dong", text: "lương cứng 15 triệu + hoa hồng", expected: single("VND", 15e6, null, "lương cứng 15 triệu") },
  { name: "reads 18 triệu đồng/tháng as VND per month", text: "Thu nhập 18 triệu đồng/tháng", expected: single("VND", 18e6, "month", "Thu nhập 18 triệu đồng/tháng") },
  { name: "reads 500.000 – 1 triệu đồng/ngày as a daily dong range", text: "thu nhập 500.000 – 1 triệu đồng/ngày", expected: range("VND", 500000, 1e6, "day", "thu nhập 500.000 – 1 triệu đồng/ngày") },
  { name: "reads 20 tr as 20 million dong", text: "Chơi game 20 tr", expected: single("VND", 20e6, null, "20 tr") },
  { name: "reads 500k/ngày as 500 thousand dong a day", text: "Việc nhẹ 500k/ngày", expected: single("VND", 500000, "day", "500k/ngày") },
  { name: "reads 8.000.000đ as dong", text: "Lương 8.000.000đ", expected: single("VND", 8e6, null, "Lương 8.000.000đ") },
  // Chinese yuan.
  { name: "reads 月薪2万 as 20,000 yuan a month", text: "客服月薪2万包机票", expected: single("CNY", 20000, "month", "月薪2万") },
  { name: "reads 3万人民币 as 30,000 yuan", text: "工资3万人民币", expected: single("CNY", 30000, null, "工资3万人民币") },
  { name: "reads 日薪800 as a daily wage in yuan", text: "日薪800，无需经验", expected: single("CNY", 800, "day", "日薪800") },
  { name: "reads 月入过万 as over 10,000 yuan a month", text: "轻轻松松月入过万", expected: { currency: "CNY", amount: 10000, min: 10000, max: null, period: "month", qualifier: "atLeast", text: "月入过万" } },
  { name: "reads 2-5万 after 薪资 as 20,000 to 50,000 yuan", text: "薪资2-5万，无需经验", expected: range("CNY", 20000, 50000, null, "薪资2-5万") },
  { name: "reads 3000元/月 as yuan a month", text: "底薪3000元/月", expected: single("CNY", 3000, "month", "底薪3000元/月") },
  // Foreign currencies named in Chinese, Japanese and Korean: each read as yuan, yen or won before.
  { name: "reads 月薪1500美金 as US dollars", text: "柬埔寨客服，月薪1500美金，包吃住", expected: single("USD", 1500, "month", "月薪1500美金") },
  { name: "reads 月薪1500美元 as US dollars", text: "月薪1500美元", expected: single("USD", 1500, "month", "月薪1500美元") },
  { name: "reads the slang 月薪2000刀 as dollars", text: "月薪2000刀，西港", expected: single("USD", 2000, "month", "月薪2000刀") },
  { name: "reads 月薪3万泰铢 as baht", text: "月薪3万泰铢，曼谷", expected: single("THB", 30000, "month", "月薪3万泰铢") },
  { name: "reads 月薪1万马币 as ringgit", text: "月薪1万马币", expected: single("MYR", 10000, "month", "月薪1万马币") },
  { name: "reads 19万日元 as yen", text: "月薪19万日元", expected: single("JPY", 190000, "month", "月薪19万日元") },
  { name: "reads 月給1500ドル as dollars", lang: "jpn", text: "月給1500ドル、カンボジア", expected: single("USD", 1500, "month", "月給1500ドル") },
  { name: "reads 월급 4만 바트 as baht", lang: "kor", text: "월급 4만 바트, 태국", expected: single("THB", 40000, "month", "월급 4만 바트") },
  { name: "keeps 底薪5000元 in yuan", text: "底薪5000元", expected: single("CNY", 5000, "month", "底薪5000元") },
  // Korean won.
  { name: "reads '14 pagas' (yearly salary payments) as pay, not a cost", text: "Sueldo: 14 pagas de 1.500 € brutos", lang: "spa", expected: single("EUR", 1500, null, "1.500 €") },
  { name: "reads 'te vamos a depositar' as pay", text: "Te vamos a depositar 3,000 pesos semanales", lang: "spa", expected: single("MXN", 3000, "week", "3,000 pesos semanales") },
  { name: "reads Korean 불 (dollars) after the amount", text: "월 1,000~1,300불 지급", lang: "kor", expected: range("USD", 1000, 1300, "month", "월 1,000~1,300불") },
  { name: "reads 월 500만 원 as 5 million won a month", text: "월 500만 원 이상 보장", expected: { ...single("KRW", 5e6, "month", "월 500만 원 이상"), min: 5e6, max: null, qualifier: "atLeast" } },
  { name: "reads 1,000만 원 as 10 million won", text: "한 달에 1,000만 원 벌 수 있다", expected: single("KRW", 1e7, "month", "한 달에 1,000만 원") },
  { name: "reads 300만원 as 3 million won", text: "급여 300만원", expected: single("KRW", 3e6, null, "급여 300만원") },
  { name: "reads 주 1000만원 as 10 million won a week", text: "텔레그램 모집: 주 1000만원", expected: single("KRW", 1e7, "week", "주 1000만원") },
  { name: "reads 시급 10,000원 as an hourly wage", text: "시급 10,000원", expected: single("KRW", 10000, "hour", "시급 10,000원") },
  { name: "reads 연봉 5000만원 as a yearly salary", text: "연봉 5000만원", expected: single("KRW", 5e7, "year", "연봉 5000만원") },
  // Malaysian ringgit.
  { name: "reads up to RM15,000/month as an upper bound in ringgit", text: "Work in Cambodia, up to RM15,000/month.", expected: { currency: "MYR", amount: 15000, min: null, max: 15000, period: "month", qualifier: "upTo", text: "up to RM15,000/month" } },
  { name: "reads RM 3k sebulan as 3,000 ringgit a month", text: "Gaji RM 3k sebulan", expected: single("MYR", 3000, "month", "Gaji RM 3k sebulan") },
  // Kenyan shilling.
  { name: "reads KSh 200,000 as Kenyan shillings", text: "Mshahara KSh 200,000 kwa mwezi", expected: single("KES", 200000, "month", "Mshahara KSh 200,000 kwa mwezi") },
  { name: "reads Shs 14.4m with no country named as Ugandan shillings (no Kenyan wage is that large)", text: "Salary Shs 14.4m per month", expected: single("UGX", 14400000, "month", "Salary Shs 14.4m per month") },
  { name: "reads shillings of a million or more in Swahili as Tanzanian", lang: "swa", text: "Mshahara Shs 1,200,000 kwa mwezi", expected: single("TZS", 1200000, "month", "Mshahara Shs 1,200,000 kwa mwezi") },
  { name: "reads the Swahili word shilingi before the amount", lang: "swa", text: "Mshahara shilingi 60,000 kwa mwezi", expected: single("KES", 60000, "month", "Mshahara shilingi 60,000 kwa mwezi") },
  { name: "reads shilingi after the amount", lang: "swa", text: "Mshahara 60,000 shilingi kwa mwezi", expected: single("KES", 60000, "month", "Mshahara 60,000 shilingi kwa mwezi") },
  { name: "keeps an annual Kenyan salary of a million and a half Kenyan when Nairobi is named", text: "Accountant in Nairobi, Kenya. Salary 1,500,000 shillings per year.", expected: single("KES", 1500000, "year", "Salary 1,500,000 shillings per year") },
  { name: "keeps an annual salary of a million shillings Kenyan when no country is named (under a million a month)", text: "Salary shs 1,200,000 per annum", expected: single("KES", 1200000, "year", "Salary shs 1,200,000 per annum") },
  { name: "keeps Shs 80,000 Kenyan", text: "Salary Shs 80,000 per month", expected: single("KES", 80000, "month", "Salary Shs 80,000 per month") },
  { name: "reads Kshs glued to the amount as Kenyan shillings", text: "Pay Kshs150,000 monthly, call +254 7", expected: single("KES", 150000, "month", "Pay Kshs150,000 monthly") },
  // Rupees.
  { name: "reads Rs 85,000 as Indian rupees by default", text: "Salary Rs. 85,000 per month", expected: single("INR", 85000, "month", "Salary Rs. 85,000 per month") },
  { name: "reads 1 lakh as 100,000 Indian rupees", text: "Package 1 lakh", expected: single("INR", 100000, null, "1 lakh") },
  { name: "reads 1,00,000 रुपये with Indian grouping", text: "वेतन 1,00,000 रुपये प्रति माह", expected: single("INR", 100000, "month", "वेतन 1,00,000 रुपये प्रति माह") },
  { name: "reads ₹५०,००० with Devanagari digits", text: "मासिक वेतन ₹५०,०००", expected: single("INR", 50000, "month", "मासिक वेतन ₹५०,०००") },
  { name: "reads NPR 1,20,000 as Nepali rupees", text: "Salary NPR 1,20,000", expected: single("NPR", 120000, null, "Salary NPR 1,20,000") },
  { name: "reads रु 50,000 as Nepali rupees", text: "तलब रु 50,000 महिना", expected: single("NPR", 50000, "month", "तलब रु 50,000 महिना") },
  { name: "reads Rs in a posting that names Kathmandu as Nepali rupees", text: "Office job in Kathmandu, Rs 60,000 monthly", expected: single("NPR", 60000, "month", "Rs 60,000 monthly") },
  { name: "reads above NPR 1 lakh as a lower bound", text: "salaries above NPR 1 lakh", expected: { currency: "NPR", amount: 100000, min: 100000, max: null, period: null, qualifier: "atLeast", text: "above NPR 1 lakh" } },
  // Other currencies.
  { name: "reads AED 3,500 as dirhams", text: "AED 3,500 per month", expected: single("AED", 3500, "month", "AED 3,500 per month") },
  { name: "reads SGD 3,000 as Singapore dollars", text: "SGD 3,000/mo", expected: single("SGD", 3000, "month", "SGD 3,000/mo") },
  { name: "reads 月給30万円 as 300,000 yen a month", text: "月給30万円", expected: single("JPY", 300000, "month", "月給30万円") },
  { name: "reads JPY 250,000 as yen", text: "JPY 250,000", expected: single("JPY", 250000, null, "JPY 250,000") },
  { name: "reads €2,000 as euros", text: "€2,000 monthly", expected: single("EUR", 2000, "month", "€2,000 monthly") },
  { name: "reads £12 an hour as pounds per hour", text: "£12 an hour", expected: single("GBP", 12, "hour", "£12 an hour") },
  { name: "reads MXN 12,000 al mes as Mexican pesos a month", text: "Sueldo MXN 12,000 al mes", expected: single("MXN", 12000, "month", "Sueldo MXN 12,000 al mes") },
  { name: "reads COP 2.000.000 as Colombian pesos", text: "Salario COP 2.000.000 mensual", expected: single("COP", 2e6, "month", "Salario COP 2.000.000 mensual") },
  { name: "reads CLP 800.000 as Chilean pesos", text: "CLP 800.000", expected: single("CLP", 800000, null, "CLP 800.000") },
  { name: "reads a bare $ in a posting set in Monterrey as Mexican pesos", text: "Salario $8,000 mensuales en Monterrey", expected: single("MXN", 8000, "month", "Salario $8,000 mensuales") },
  { name: "reads 15 mil pesos as 15 thousand pesos", text: "15 mil pesos al mes", lang: "spa", expected: single("MXN", 15000, "month", "15 mil pesos al mes") },
  { name: "reads the slang 1200 verdes as US dollars", text: "sueldo de 1200 verdes mensuales", lang: "spa", expected: single("USD", 1200, "month", "sueldo de 1200 verdes mensuales") },
  { name: "reads ¥ in a Japanese posting as yen", text: "時給 ¥1,200 です", expected: single("JPY", 1200, "hour", "時給 ¥1,200") },
  // Languages of the labelled corpus beyond the core list.
  { name: "reads ১ লাখ ২০ হাজার টাকা as a compound Bengali amount in taka", text: "বেতন: ১ লাখ ২০ হাজার টাকার উপরে", expected: single("BDT", 120000, null, "বেতন: ১ লাখ ২০ হাজার টাকা") },
  { name: "reads الراتب: 1500 دولار شهرياً as US dollars a month", text: "✅ الراتب: 1500 دولار شهرياً + عمولة", expected: single("USD", 1500, "month", "الراتب: 1500 دولار شهرياً") },
  { name: "reads an Urdu range with سے as dollars a month", text: "💵 1500 سے 2500 ڈالر ماہانہ", expected: range("USD", 1500, 2500, "month", "1500 سے 2500 ڈالر ماہانہ") },
  { name: "reads ደመወዝ 1,300 ዶላር as US dollars", text: "• ደመወዝ 1,300 ዶላር", expected: single("USD", 1300, null, "ደመወዝ 1,300 ዶላር") },
  { name: "reads a Sinhala monthly salary range in dollars", text: "✅ මාසික වැටුප ඩොලර් 1,500 – 2,000", expected: range("USD", 1500, 2000, "month", "මාසික වැටුප ඩොලර් 1,500 – 2,000") },
  { name: "reads a Tamil monthly salary range in dollars", text: "✅ மாத சம்பளம் 1,500 – 2,000 டொலர்", expected: range("USD", 1500, 2000, "month", "மாத சம்பளம் 1,500 – 2,000 டொலர்") },
  { name: "reads လစာ ယွမ် ၈,၀၀၀ with Myanmar digits as yuan a month", text: "(လစာ ယွမ် ၈,၀၀၀)", expected: single("CNY", 8000, "month", "လစာ ယွမ် ၈,၀၀၀") },
  { name: "reads 1 000 $ в месяц with space thousands as dollars a month", text: "Мы предлагаем 1 000 $ в месяц", expected: single("USD", 1000, "month", "1 000 $ в месяц") },
  { name: "reads Net 32.000–36.000 TL as Turkish lira", text: "Net 32.000–36.000 TL", expected: range("TRY", 32000, 36000, null, "32.000–36.000 TL") },
  { name: "reads Salary SAR 2,000–2,500 as Saudi riyals", text: "Salary SAR 2,000–2,500, free accommodation", expected: range("SAR", 2000, 2500, null, "Salary SAR 2,000–2,500") },
  { name: "reads 日薪澳門幣1,500 as a daily wage in patacas", text: "日薪澳門幣1,500，每週結算", expected: single("MOP", 1500, "day", "日薪澳門幣1,500") },
  { name: "reads 1억 2천만원 as a compound amount in won", text: "연봉 1억 2천만원", expected: single("KRW", 1.2e8, "year", "연봉 1억 2천만원") },
  // Period words.
  { name: "reads $15 per hour as an hourly rate", text: "Paid $15 per hour", expected: single("USD", 15, "hour", "$15 per hour") },
  { name: "reads $500 weekly as a weekly rate", text: "Earn $500 weekly", expected: single("USD", 500, "week", "$500 weekly") },
  { name: "reads $60,000 p.a. as a yearly salary", text: "Package: $60,000 p.a.", expected: single("USD", 60000, "year", "$60,000 p.a.") },
  { name: "reads monthly salary: before the amount as a monthly period", text: "Monthly salary: USD 1,200", expected: single("USD", 1200, "month", "Monthly salary: USD 1,200") },
  { name: "reads ₱800 kada araw as pesos a day", text: "₱800 kada araw", expected: single("PHP", 800, "day", "₱800 kada araw") },
  { name: "reads $15 por hora as dollars an hour", text: "$15 por hora", expected: single("USD", 15, "hour", "$15 por hora") },
  { name: "reads lên tới 1.000 USD as an upper bound", text: "Thu nhập lên tới 1.000 USD", expected: { currency: "USD", amount: 1000, min: null, max: 1000, period: null, qualifier: "upTo", text: "Thu nhập lên tới 1.000 USD" } },
];

describe("findPayStatements reads every form of pay", () => {
  it.each(SINGLE_STATEMENTS)("$name", ({ text, expected, lang }) => {
    expect(readPay(text, lang)).toEqual([full(expected)]);
  });
});

describe("findPayStatements ignores numbers that are not pay", () => {
  it.each([
    { name: "ignores an age range", text: "Requirements: age 18-35, male or female" },
    { name: "ignores a head count", text: "招木工10余名，高薪，包机票。Hiring 10 carpenters" },
    { name: "ignores a typing speed", text: "Typing speed 30 wpm or above" },
    { name: "ignores a phone number", text: "Call 0812-3456-7890 or +855 12 345 678" },
    { name: "ignores years and dates", text: "Founded in 2015, contract 2024-2025, apply before 30/11/2025" },
    { name: "ignores hours and days of work", text: "Work 12 hours a day, 6 days a week" },
    { name: "ignores heights and weights", text: "Height 160cm, weight 50kg" },
    { name: "ignores millions that count people", text: "Aplikasi dengan 3 juta pengguna, 10万人使用" },
    { name: "ignores a visa fee in shillings", text: "Processing & visa fee KSh 200,000 via our agent" },
    { name: "ignores a ransom range", text: "Families paid a ransom of $2,000–5,000" },
    { name: "ignores fines", text: "Fines of $1,000–2,000 for missing targets" },
    { name: "ignores a purchase price", text: "He was bought at RMB 45,000" },
    { name: "ignores a ticket price", text: "Ticket: $800 one way" },
    { name: "ignores an Indonesian cost", text: "Biaya Rp 5 juta dibayar di muka" },
    { name: "ignores a percentage", text: "3% commission on every sale" },
    { name: "ignores a bare number in a salary field", text: "1500-2000" },
    { name: "ignores company funding and turnover", text: "We raised $5 million in funding; turnover of USD 10 million" },
    { name: "ignores what an agent is paid per recruit", text: "The agent was paid up to US$1,395 per recruit" },
    { name: "ignores a payment to confirm a seat", text: "Pay $300 to confirm your seat" },
    { name: "ignores a relocation budget and a voucher", text: "Budget: $2,000 for relocation. Win a $100 voucher" },
    { name: "ignores a Spanish paperwork fee", text: "Pagás solo el trámite (250 USD)" },
    { name: "ignores a Vietnamese deposit to hold a place", text: "Đóng 15 triệu tiền giữ chỗ" },
    { name: "ignores 불 that starts a word (1불가: one not allowed)", text: "나이 제한 1불가, 2인 1실, 100불허, 숙식 1불포함" },
    { name: "ignores a Spanish registration fee", text: "Inscripción: 300 dólares para reservar el cupo" },
    { name: "ignores a Japanese penalty for leaving", text: "途中で辞めた場合は違約金として30万円を請求します" },
    { name: "ignores a Japanese travel cost", text: "渡航費用30万円は会社負担" },
    { name: "ignores a Korean penalty for leaving", text: "중도 퇴사 시 위약금 200만원" },
    { name: "ignores a Chinese penalty for breach", text: "提前离职违约金5万元" },
  ])("$name", ({ text }) => {
    expect(readPay(text)).toEqual([]);
  });

  it.each([
    ["月給25万円、途中退職は違約金30万円", "JPY", 250000],
    ["월급 300만원, 중도 퇴사 시 위약금 200만원", "KRW", 3000000],
    ["月薪2万，违约金5万元", "CNY", 20000],
  ])("keeps the pay beside a penalty: %s", (text, currency, amount) => {
    expect(readPay(text).map((statement) => [statement.currency, statement.amount])).toEqual([[currency, amount]]);
  });

  it("ignores a bare number in the salary field", () => {
    expect(readPay("Negotiable, 1500-2000", undefined, "salary")).toEqual([]);
  });
});

describe("findPayStatements reads context around the amount", () => {
  it("keeps the salary after a negated fee", () => {
    expect(readPay("No agency fee. Salary USD 1,200/month")).toEqual([full(single("USD", 1200, "month", "Salary USD 1,200/month"))]);
  });

  it("marks a sign-on bonus and keeps the base pay apart", () => {
    expect(readPay("USD 1,500 + 3% commission + ₱25,000 sign-on bonus")).toEqual([
      full(single("USD", 1500, null, "USD 1,500")),
      full({ ...single("PHP", 25000, null, "₱25,000"), bonus: true }),
    ]);
  });

  it("reads the salary field too", () => {
    expect(readPay("USD 1,200 - 1,500", undefined, "salary")).toEqual([full(range("USD", 1200, 1500, null, "USD 1,200 - 1,500"))]);
  });

  it("reads hàng chục triệu đồng/tháng as tens of millions of dong a month", () => {
    expect(readPay("lương cao, hàng chục triệu đồng/tháng")).toEqual([
      full({ currency: "VND", amount: 1e7, min: 1e7, max: null, period: "month", qualifier: "atLeast", text: "hàng chục triệu đồng/tháng" }),
    ]);
  });

  it("reads lên tới hàng chục triệu as an upper bound of ten million dong", () => {
    expect(readPay("lương cao (có thể lên tới hàng chục triệu đồng/tháng)")).toEqual([
      full({ currency: "VND", amount: 1e7, min: null, max: 1e7, period: "month", qualifier: "upTo", text: "lên tới hàng chục triệu đồng/tháng" }),
    ]);
  });

  it("reads Rs in romanised Nepali about a job in India as Indian rupees, in Nepal as Nepali rupees", () => {
    // As screen() reads them: English, with Nepali present through its romanised function words.
    const currencies = (text: string): string[] => {
      const detected = detectLanguage([text]);
      expect(detected).toMatchObject({ code: "eng", present: ["eng", "nep"] });
      return findPayStatements(contextFrom({ description: text }, detected)).map((statement) => statement.currency);
    };
    expect(currencies("India ma kaam garne manche chahiyo, talab Rs 30000 huncha mahina ko, Delhi ma hamro company, contact garnus WhatsApp ma")).toEqual(["INR"]);
    expect(currencies("Kaam garne manche chahiyo, talab Rs 30000 huncha mahina ko, hamro company ma contact garnus tapai")).toEqual(["NPR"]);
  });

  it("reads rupees in a Hindi ad that names no country as Indian, though Nepali is detected beside Hindi", () => {
    // As screen() reads them: Hindi first, Nepali present through the words the two share. A review
    // found "14,000 रुपये" in a Noida call-centre ad read as Nepali rupees, and the job as abroad.
    const currencies = (text: string): string[] => findPayStatements(contextFrom({ description: text }, detectLanguage([text]))).map((statement) => statement.currency);
    for (const amount of ["14,000 रुपये", "14,000 रुपए", "Rs 14,000"]) {
      expect(currencies(`नोएडा में कॉल सेंटर के लिए टेली-कॉलर चाहिए। सैलरी ${amount} महीना, कोई अनुभव नहीं चाहिए, 12वीं पास।`)).toEqual(["INR"]);
    }
    // A Hindi ad that names Nepal still pays in Nepali rupees.
    expect(currencies("नेपाल के पोखरा होटल में वेटर चाहिए, सैलरी 30,000 रुपये महीना।")).toEqual(["NPR"]);
  });

  it("reads 6 LPA as six lakh rupees a year", () => {
    expect(readPay("CTC 6 LPA")).toEqual([full(single("INR", 600000, "year", "CTC 6 LPA"))]);
  });

  it("points the evidence at the characters the poster typed", () => {
    const [statement] = findPayStatements(contextFrom({ title: "CSKH", description: "Lương: 18 TRIỆU ĐỒNG/THÁNG!" }));
    expect(statement?.evidence).toEqual({ field: "description", start: 0, end: 26, text: "Lương: 18 TRIỆU ĐỒNG/THÁNG" });
  });

  it("returns statements in field order, then text order", () => {
    const ctx = contextFrom({ title: "Typist (USD 900)", description: "Salary USD 1,000 per month. Bonus USD 200." });
    expect(findPayStatements(ctx).map((s) => [s.evidence.field, s.evidence.text, s.bonus])).toEqual([
      ["title", "USD 900", false],
      ["description", "Salary USD 1,000 per month", false],
      ["description", "USD 200", true],
    ]);
  });
});

/** A lower bound (`10k++`, `50K+`, `หลักหมื่น`). */
function atLeast(currency: string, value: number, period: PayStatement["period"], text: string): Reading {
  return { currency, amount: value, min: value, max: null, period, qualifier: "atLeast", text };
}

describe("findPayStatements reads bare amounts by the posting's language when a pay word stands before them", () => {
  it.each<Case>([
    // Malay: `gaji` is ringgit in a Malay posting, rupiah in an Indonesian one.
    { name: "reads gaji 4,500 sebulan in Malay as ringgit a month", lang: "msa", text: "Gaji 4,500 sebulan, kerja di KL", expected: single("MYR", 4500, "month", "Gaji 4,500 sebulan") },
    { name: "reads gaji 10k++ sebulan in Malay as at least 10,000 ringgit a month", lang: "msa", text: "Gaji 10k++ sebulan 💵", expected: atLeast("MYR", 10000, "month", "Gaji 10k++ sebulan") },
    { name: "reads an English salary word in a Malay posting as ringgit", lang: "msa", text: "salary 3,800 boleh nego", expected: single("MYR", 3800, null, "salary 3,800") },
    { name: "reads gaji asas in Malay as ringgit", lang: "msa", text: "Gaji asas 2,200", expected: single("MYR", 2200, null, "Gaji asas 2,200") },
    { name: "still reads gaji 4.500.000 in Indonesian as rupiah", lang: "ind", text: "Gaji 4.500.000 per bulan", expected: single("IDR", 4.5e6, "month", "Gaji 4.500.000 per bulan") },
    // Thai: บาท need not be written after เงินเดือน, เดือนละ or a Thai multiplier.
    { name: "reads เงินเดือน 4 หมื่น as 40,000 baht a month", lang: "tha", text: "เงินเดือน 4 หมื่น", expected: single("THB", 40000, "month", "เงินเดือน 4 หมื่น") },
    { name: "reads เดือนละ 4 หมื่น as 40,000 baht a month", lang: "tha", text: "มีงานเฝ้าคอม เดือนละ 4 หมื่น งานสบาย", expected: single("THB", 40000, "month", "เดือนละ 4 หมื่น") },
    { name: "reads รายได้ 1 แสน ต่อเดือน as 100,000 baht a month", lang: "tha", text: "รายได้ 1 แสน ต่อเดือน", expected: single("THB", 100000, "month", "รายได้ 1 แสน ต่อเดือน") },
    { name: "reads 3 หมื่น 5 พัน as a compound 35,000 baht", lang: "tha", text: "เงินเดือน 3 หมื่น 5 พัน", expected: single("THB", 35000, "month", "เงินเดือน 3 หมื่น 5 พัน") },
    { name: "reads ได้เดือนละ 25,000 in a Thai posting as baht", lang: "tha", text: "ได้เดือนละ 25,000 + คอม", expected: single("THB", 25000, "month", "เดือนละ 25,000") },
    { name: "reads เงินเดือนหลักหมื่น as at least 10,000 baht a month", lang: "tha", text: "เงินเดือนหลักหมื่น สบายๆ", expected: atLeast("THB", 10000, "month", "เงินเดือนหลักหมื่น") },
    { name: "reads รายได้หลักแสน as at least 100,000 baht", lang: "tha", text: "รายได้หลักแสน", expected: atLeast("THB", 100000, null, "รายได้หลักแสน") },
    { name: "reads เดือนละหมื่น as 10,000 baht a month", lang: "tha", text: "ได้เดือนละหมื่น", expected: single("THB", 10000, "month", "เดือนละหมื่น") },
    { name: "reads 35k/ด as baht a month", lang: "tha", text: "รับแอดมิน 35k/ด", expected: single("THB", 35000, "month", "35k/ด") },
  ])("$name", ({ text, expected, lang }) => {
    expect(readPay(text, lang)).toEqual([full(expected)]);
  });

  it.each([
    { name: "ignores gaji 4,500 in an Indonesian posting (too small for rupiah)", lang: "ind", text: "Gaji 4,500 sebulan" },
    { name: "ignores a bare amount in a Malay posting with no pay word", lang: "msa", text: "Kekosongan 4,500 jawatan di seluruh negara" },
    { name: "ignores ages, a phone number and a year in a Malay posting", lang: "msa", text: "Umur 18-35 tahun, hubungi 012-3456789, sejak 2015" },
    { name: "ignores gaji 13 bulan (a thirteenth-month salary) in Malay", lang: "msa", text: "Gaji 13 bulan setahun" },
    { name: "ignores an English salary word with a bare amount outside Malay and Thai postings", lang: "eng", text: "salary 3,800 negotiable" },
    { name: "ignores ages and a phone number in a Thai posting", lang: "tha", text: "อายุ 18-35 ปี โทร 0812345678" },
    { name: "ignores เดือนละ 2 ครั้ง (twice a month)", lang: "tha", text: "หยุดเดือนละ 2 ครั้ง" },
    { name: "ignores a Thai multiplier with no pay word", lang: "tha", text: "ยอดวิว 4 หมื่น ครั้ง" },
    { name: "ignores 4 หมื่น คน (forty thousand people)", lang: "tha", text: "รายได้ 4 หมื่น คน" },
    { name: "ignores หมื่นห้า (fifteen thousand) rather than misread it as 10,000", lang: "tha", text: "เงินเดือนหมื่นห้า" },
    { name: "ignores registered capital in millions of baht", lang: "tha", text: "บริษัทมีทุนจดทะเบียน 892.4 ล้านบาท" },
    { name: "ignores accident insurance in baht", lang: "tha", text: "ประกันอุบัติเหตุ 5 แสนบาท" },
  ])("$name", ({ text, lang }) => {
    expect(readPay(text, lang)).toEqual([]);
  });
});

describe("findPayStatements joins digits spaced apart to dodge filters", () => {
  it.each<Case>([
    { name: "reads 1 5 0 0 USD as 1,500 US dollars", text: "Salary 1 5 0 0 USD / month", expected: single("USD", 1500, "month", "Salary 1 5 0 0 USD / month") },
    { name: "reads 1.5 0 0$ as 1,500 US dollars", text: "Pay 1.5 0 0$ per month", expected: single("USD", 1500, "month", "Pay 1.5 0 0$ per month") },
    { name: "reads $1 5 0 0 with the currency first", text: "Earn $1 5 0 0 easy", expected: single("USD", 1500, null, "$1 5 0 0") },
    { name: "reads 1 , 2 0 0 $ / ด in a Thai posting as dollars a month", lang: "tha", text: "💵 1 , 2 0 0 $ / ด", expected: single("USD", 1200, "month", "1 , 2 0 0 $ / ด") },
    { name: "reads 5 0 K + / เดือน as at least 50,000 baht a month", lang: "tha", text: "💰 5 0 K + / เดือน ห้องฟรี", expected: atLeast("THB", 50000, "month", "5 0 K + / เดือน") },
  ])("$name", ({ text, expected, lang }) => {
    expect(readPay(text, lang)).toEqual([full(expected)]);
  });

  // Only the digit glued to the currency is read, as without the joining.
  it.each([
    { name: "does not join two numbers: 18 25 years", text: "Salary: age 18 25 years, USD", amounts: [] },
    { name: "does not join a spaced phone number starting with zero", text: "Call 0 8 9 4 4 1 2 0 7 USD", amounts: [7] },
    { name: "does not join a list after a comma and a space", text: "Rooms 1 2 3, 5 USD", amounts: [5] },
    { name: "does not join two spaced digits without a multiplier", text: "Salary 3 5 USD", amounts: [5] },
  ])("$name", ({ text, amounts }) => {
    expect(readPay(text).map((statement) => statement.amount)).toEqual(amounts);
  });

  it.each([
    ["a Thai processing fee (ค่าดำเนินการ)", "ค่าดำเนินการ 15,000 บาท"],
    ["a Thai deposit (เงินมัดจำ)", "เงินมัดจำ 5,000 บาท"],
    ["a Bengali cost (খরচ)", "মোট খরচ ৩ লাখ টাকা"],
    ["a department store after 월 (월 백화점)", "매주 월 백화점 근무"],
    ["a thousand won written out (월 천 원)", "월 천 원"],
  ])("does not read %s as pay", (_, text) => {
    expect(readPay(text)).toEqual([]);
  });

  it("keeps a run followed by another number apart", () => {
    expect(readPay("Pay 1 2 3 45 usd")).toEqual([full(single("USD", 45, null, "45 usd"))]);
  });
});

describe("findPayStatements reads Chinese, Tamil and Korean multipliers", () => {
  it.each<Case>([
    { name: "reads 月薪2W as 20,000 yuan a month", lang: "zho", text: "月薪2W", expected: single("CNY", 20000, "month", "月薪2W") },
    { name: "reads 1.5w as 15,000 yuan", lang: "zho", text: "月薪1.5w，包吃住", expected: single("CNY", 15000, "month", "月薪1.5w") },
    { name: "reads xz 2.5W-4W as a yuan range", lang: "zho", text: "xz 2.5W-4W 包机票", expected: range("CNY", 25000, 40000, null, "xz 2.5W-4W") },
    { name: "reads traditional 萬 like 万", lang: "zho", text: "月薪3萬", expected: single("CNY", 30000, "month", "月薪3萬") },
    { name: "reads 2W 人民幣 with the traditional currency word", lang: "zho", text: "薪資 2W 人民幣", expected: single("CNY", 20000, null, "2W 人民幣") },
    { name: "reads Hindi डेढ़ लाख as one and a half lakh rupees", lang: "hin", text: "वेतन डेढ़ लाख रुपये महीना", expected: single("INR", 150000, "month", "वेतन डेढ़ लाख रुपये महीना") },
    { name: "reads Nepali ढाई लाख as two and a half lakh rupees", lang: "nep", text: "तलब ढाई लाख रुपैयाँ मासिक", expected: single("NPR", 250000, "month", "तलब ढाई लाख रुपैयाँ मासिक") },
    { name: "reads Bengali দেড় লাখ টাকা as one and a half lakh taka", lang: "ben", text: "বেতন দেড় লাখ টাকা", expected: single("BDT", 150000, null, "বেতন দেড় লাখ টাকা") },
    { name: "reads Vietnamese slang '30 củ' as thirty million đồng", lang: "vie", text: "lương 30 củ/tháng", expected: single("VND", 3e7, "month", "lương 30 củ/tháng") },
    { name: "reads '3 chục củ' as three tens of millions of đồng", lang: "vie", text: "lương 3 chục củ", expected: single("VND", 3e7, null, "lương 3 chục củ") },
    { name: "reads Bengali এক লাখ as a lakh of taka", lang: "ben", text: "বেতন এক লাখ টাকা", expected: single("BDT", 100000, null, "বেতন এক লাখ টাকা") },
    { name: "reads Bengali ১ লক্ষ as a lakh of taka", lang: "ben", text: "বেতন ১ লক্ষ টাকা", expected: single("BDT", 100000, null, "বেতন ১ লক্ষ টাকা") },
    { name: "reads Thai ขั้นต่ำ (written with ำ, which the text holds as ํา) as a minimum", lang: "tha", text: "เงินเดือนขั้นต่ำ 15,000 บาท", expected: atLeast("THB", 15000, "month", "เงินเดือนขั้นต่ำ 15,000 บาท") },
    { name: "reads a Nepali range with देखि (from … to)", lang: "nep", text: "तलब ८० हजार देखि १ लाख", expected: range("NPR", 80000, 100000, null, "तलब ८० हजार देखि १ लाख") },
    { name: "reads a Bengali range with থেকে", lang: "ben", text: "বেতন ৮০ হাজার থেকে ১ লাখ টাকা", expected: range("BDT", 80000, 100000, null, "বেতন ৮০ হাজার থেকে ১ লাখ টাকা") },
    { name: "reads Bengali ইউএসডি after the amount as US dollars", lang: "ben", text: "বেতন ১৫০০ ইউএসডি", expected: single("USD", 1500, null, "বেতন ১৫০০ ইউএসডি") },
    { name: "reads Hindi यूएसडी before the amount as US dollars", lang: "hin", text: "सैलरी यूएसडी 900", expected: single("USD", 900, null, "सैलरी यूएसडी 900") },
    { name: "reads Thai ดอลลาร์ after the amount as dollars, not baht", lang: "tha", text: "เงินเดือน 1,000 ดอลลาร์", expected: single("USD", 1000, "month", "เงินเดือน 1,000 ดอลลาร์") },
    { name: "reads Thai เหรียญสหรัฐ as US dollars", lang: "tha", text: "เงินเดือน 900 เหรียญสหรัฐ", expected: single("USD", 900, "month", "เงินเดือน 900 เหรียญสหรัฐ") },
    { name: "reads the colloquial Hindi पगार (wage) with a हजार range", lang: "hin", text: "पगार 80-90 हजार", expected: range("INR", 80000, 90000, null, "पगार 80-90 हजार") },
    { name: "reads Hindi महीना के as a monthly cue", lang: "hin", text: "महीना के 70-80 हजार", expected: range("INR", 70000, 80000, "month", "महीना के 70-80 हजार") },
    { name: "reads Hindi डॉलर after the amount as US dollars", lang: "hin", text: "1200 डॉलर मिलेंगे", expected: single("USD", 1200, null, "1200 डॉलर") },
    { name: "reads romanised 'dhai lakh' in an English ad", lang: "eng", text: "salary dhai lakh per month", expected: single("INR", 250000, "month", "salary dhai lakh per month") },
    { name: "reads Tamil லட்சம் as a lakh of rupees a month", lang: "tam", text: "💰 மாதம் ₹1.2 லட்சம் முதல்", expected: single("INR", 120000, "month", "மாதம் ₹1.2 லட்சம்") },
    { name: "reads a Tamil lakh range per year", lang: "tam", text: "₹3.6 – 5 லட்சம் / ஆண்டு", expected: range("INR", 360000, 500000, "year", "₹3.6 – 5 லட்சம் / ஆண்டு") },
    { name: "reads 월급 300만원", lang: "kor", text: "월급 300만원", expected: single("KRW", 3e6, "month", "월급 300만원") },
    { name: "reads 월 300만 원 with a space before 원", lang: "kor", text: "월 300만 원", expected: single("KRW", 3e6, "month", "월 300만 원") },
    { name: "reads 연봉 3천만원 as 30 million won a year", lang: "kor", text: "연봉 3천만원", expected: single("KRW", 3e7, "year", "연봉 3천만원") },
    { name: "reads the unit-less 월 700 as 7 million won a month", lang: "kor", text: "월 700 보장", expected: single("KRW", 7e6, "month", "월 700") },
    { name: "reads 주급 200 as 2 million won a week", lang: "kor", text: "주급 200", expected: single("KRW", 2e6, "week", "주급 200") },
    { name: "reads 기본급 500 as 5 million won", lang: "kor", text: "기본급 500", expected: single("KRW", 5e6, null, "기본급 500") },
    { name: "reads 월 300~500 as a range in 만원", lang: "kor", text: "월 300~500", expected: range("KRW", 3e6, 5e6, "month", "월 300~500") },
    { name: "reads 월 1천 이상 as at least ten million won (천 counts 만원)", lang: "kor", text: "월 1천 이상", expected: atLeast("KRW", 1e7, "month", "월 1천 이상") },
    { name: "reads 월 5백 as five million won", lang: "kor", text: "월 5백", expected: single("KRW", 5e6, "month", "월 5백") },
    { name: "keeps 시급 9천 an hourly nine thousand won", lang: "kor", text: "시급 9천", expected: single("KRW", 9000, "hour", "시급 9천") },
    { name: "keeps 3천원 three thousand won when 원 is written", lang: "kor", text: "월 3천원", expected: single("KRW", 3000, "month", "월 3천원") },
    { name: "reads 월 3천 달러 as three thousand dollars", lang: "kor", text: "월 3천 달러", expected: single("USD", 3000, "month", "월 3천 달러") },
    { name: "reads 월 최소 700 as at least seven million won", lang: "kor", text: "월 최소 700", expected: atLeast("KRW", 7e6, "month", "월 최소 700") },
    { name: "reads the numeral word 월천 as ten million won a month", lang: "kor", text: "월천 보장", expected: single("KRW", 1e7, "month", "월천") },
    { name: "reads 한달에 천만원 as ten million won a month", lang: "kor", text: "한달에 천만원", expected: single("KRW", 1e7, "month", "한달에 천만원") },
    { name: "reads 월 오백 as five million won a month", lang: "kor", text: "월 오백 가능", expected: single("KRW", 5e6, "month", "월 오백") },
    { name: "reads the unit-less 한달 800 as 8 million won", lang: "kor", text: "한달 800 보장", expected: single("KRW", 8e6, "month", "한달 800") },
    { name: "reads 한 달에 600 as 6 million won", lang: "kor", text: "한 달에 600 이상", expected: atLeast("KRW", 6e6, "month", "한 달에 600 이상") },
    { name: "reads 월 오백만원~천만원 as a range in numeral words", lang: "kor", text: "월 오백만원~천만원", expected: range("KRW", 5e6, 1e7, "month", "월 오백만원~천만원") },
    { name: "reads 월 오백~천만원 with 만원 written once", lang: "kor", text: "월 오백~천만원 가능", expected: range("KRW", 5e6, 1e7, "month", "월 오백~천만원") },
    { name: "keeps a falling pair (월 천~오백) at its first figure", lang: "kor", text: "월 천~오백", expected: single("KRW", 1e7, "month", "월 천~오백") },
  ])("$name", ({ text, expected, lang }) => {
    expect(readPay(text, lang)).toEqual([full(expected)]);
  });

  it.each([
    { name: "ignores 한달 20일 (twenty days a month)", lang: "kor", text: "한달 20일 근무" },
    { name: "ignores 2w outside Chinese text (two weeks)", lang: "eng", text: "Salary 2w notice" },
    { name: "ignores xz inside a link", lang: "eng", text: "Apply: https://bit.ly/2Xz6zve" },
    { name: "ignores a Chinese w amount with no pay word", lang: "zho", text: "试用期2w，之后转正" },
    { name: "ignores 'sawal' (a question) before lakh", lang: "eng", text: "ek sawal lakh logon ka" },
    { name: "ignores days a week (주 5일)", lang: "kor", text: "주 5일 근무" },
    { name: "ignores 'củ' without a pay word (củ cải, a radish)", lang: "vie", text: "mua 2 củ cải" },
    { name: "ignores hours a month (월 200시간)", lang: "kor", text: "월 200시간 이하" },
    { name: "ignores days off a month (월 2회)", lang: "kor", text: "월 2회 휴무" },
  ])("$name", ({ text, lang }) => {
    expect(readPay(text, lang)).toEqual([]);
  });
});

describe("findPayStatements reads annual period words", () => {
  it.each<Case>([
    { name: "reads Turkish yıllık before the amount as a year", lang: "tur", text: "yıllık 23.000 € brüt", expected: single("EUR", 23000, "year", "yıllık 23.000 €") },
    { name: "reads Turkish yıllık maaş as a year", lang: "tur", text: "Yıllık maaş 600.000 TL", expected: single("TRY", 600000, "year", "Yıllık maaş 600.000 TL") },
    { name: "reads Turkish yıllık brüt as a year", lang: "tur", text: "Yıllık brüt 600.000 TL", expected: single("TRY", 600000, "year", "Yıllık brüt 600.000 TL") },
    { name: "reads Turkish aylık net as a month", lang: "tur", text: "Aylık net 40.000 TL", expected: single("TRY", 40000, "month", "Aylık net 40.000 TL") },
    { name: "reads yearly salary as a year", text: "Yearly salary USD 24,000", expected: single("USD", 24000, "year", "Yearly salary USD 24,000") },
    { name: "reads per annum as a year", text: "USD 24,000 per annum", expected: single("USD", 24000, "year", "USD 24,000 per annum") },
    { name: "reads 年薪 as a year", lang: "zho", text: "年薪24万", expected: single("CNY", 240000, "year", "年薪24万") },
    { name: "reads Spanish anual as a year", lang: "spa", text: "Sueldo anual USD 24.000", expected: single("USD", 24000, "year", "Sueldo anual USD 24.000") },
    { name: "reads Russian годовой доход as a year", lang: "rus", text: "годовой доход 24000 USD", expected: single("USD", 24000, "year", "годовой доход 24000 USD") },
    { name: "reads Russian в год before the amount as a year", lang: "rus", text: "в год 24 000 $", expected: single("USD", 24000, "year", "в год 24 000 $") },
  ])("$name", ({ text, expected, lang }) => {
    expect(readPay(text, lang)).toEqual([full(expected)]);
  });
});

describe("findPayStatements ties a currency named apart from the amount in a salary clause", () => {
  it.each<Case>([
    { name: "reads 'salary paid in USDT, 1,100 monthly' as US dollars a month", text: "Salary paid in USDT, 1,100 monthly", expected: single("USD", 1100, "month", "Salary paid in USDT, 1,100 monthly") },
    { name: "reads 'salary in USD: 1200/month' across the colon", text: "salary in USD: 1200/month", expected: single("USD", 1200, "month", "salary in USD: 1200/month") },
    { name: "reads 'pagado en dólares, 900 al mes' as US dollars a month", lang: "spa", text: "pagado en dólares, 900 al mes", expected: single("USD", 900, "month", "pagado en dólares, 900 al mes") },
    { name: "reads 'salary will be paid in US dollars, 1,200 per month'", text: "Salary will be paid in US dollars, 1,200 per month", expected: single("USD", 1200, "month", "Salary will be paid in US dollars, 1,200 per month") },
    { name: "reads 'el sueldo se paga en dólares: 900 mensuales'", lang: "spa", text: "El sueldo se paga en dólares: 900 mensuales", expected: single("USD", 900, "month", "sueldo se paga en dólares: 900 mensuales") },
    { name: "reads an amount alone after the colon with no period", text: "Salary in USD: 1,500 (negotiable)", expected: single("USD", 1500, null, "Salary in USD: 1,500") },
    { name: "reads a range after the named currency", text: "Salary paid in USDT, 1,100-1,300 monthly", expected: range("USD", 1100, 1300, "month", "Salary paid in USDT, 1,100-1,300 monthly") },
    { name: "prefers the named currency to the posting's language (USDT, not baht)", lang: "tha", text: "Salary paid in USDT, 1.5k monthly", expected: single("USD", 1500, "month", "Salary paid in USDT, 1.5k monthly") },
    { name: "reads pesos named apart in a Spanish posting as Mexican pesos", lang: "spa", text: "Salary paid in pesos, 15,000 monthly", expected: single("MXN", 15000, "month", "Salary paid in pesos, 15,000 monthly") },
  ])("$name", ({ text, expected, lang }) => {
    expect(readPay(text, lang)).toEqual([full(expected)]);
  });

  it.each([
    { name: "ignores ages after 'paid in USD,'", text: "Paid in USD, 18-35 years old" },
    { name: "ignores days a week after 'salary in USD:'", text: "salary in USD: 5 days a week" },
    { name: "ignores days off after 'salary in USD,'", text: "Salary in USD, 2 days off every week" },
    { name: "ignores a head count after 'paid in USD,'", text: "Paid in USD, 100 positions open" },
    { name: "ignores a fee paid in a named currency", text: "Visa fee paid in USD, 500 monthly" },
    { name: "ignores a currency named outside a salary clause", text: "Training in USD, 500 monthly" },
    { name: "ignores 'try' (no Turkish lira in an English clause)", text: "Salary paid in try, 1,100 monthly" },
    { name: "ignores dollars named in a Spanish posting that names no country (which dollar or peso is unknown)", lang: "spa", text: "Pay in dollars, 1,200 per month" },
  ])("$name", ({ text, lang }: { text: string; lang?: string }) => {
    expect(readPay(text, lang)).toEqual([]);
  });
});

describe("findPayStatements reads k amounts with a period and no currency", () => {
  it.each<Case>([
    { name: "reads salary 35k/month in a Malay posting as ringgit a month", lang: "msa", text: "salary 35k/month", expected: single("MYR", 35000, "month", "salary 35k/month") },
    { name: "reads earn 40k monthly in a Malay posting as ringgit a month", lang: "msa", text: "earn 40k monthly", expected: single("MYR", 40000, "month", "40k monthly") },
    { name: "reads salary 35k/month in a Thai posting as baht a month", lang: "tha", text: "salary 35k/month", expected: single("THB", 35000, "month", "salary 35k/month") },
    { name: "reads earn 40k monthly in a Thai posting as baht a month", lang: "tha", text: "earn 40k monthly", expected: single("THB", 40000, "month", "40k monthly") },
    { name: "reads salary 35-40k/month with k written once as a ringgit range", lang: "msa", text: "salary 35-40k/month", expected: range("MYR", 35000, 40000, "month", "salary 35-40k/month") },
    { name: "reads salary 3-4k sebulan with k written once as a ringgit range", lang: "msa", text: "salary 3-4k sebulan", expected: range("MYR", 3000, 4000, "month", "salary 3-4k sebulan") },
  ])("$name", ({ text, expected, lang }) => {
    expect(readPay(text, lang)).toEqual([full(expected)]);
  });

  it.each([
    { name: "ignores salary 35k/month in an English posting (no currency to resolve)", lang: "eng", text: "salary 35k/month" },
    { name: "ignores earn 40k monthly in an English posting", lang: "eng", text: "earn 40k monthly" },
    { name: "ignores salary 35k/month in an Indonesian posting (too small for rupiah)", lang: "ind", text: "salary 35k/month" },
    { name: "ignores a k set apart from the number", lang: "msa", text: "salary 35 k/month" },
    { name: "ignores 40k followers", lang: "msa", text: "earn 40k followers monthly" },
  ])("$name", ({ text, lang }) => {
    expect(readPay(text, lang)).toEqual([]);
  });
});

describe("findPayStatements reads Japanese 月 before a 万 amount", () => {
  it.each<Case>([
    { name: "reads 月60万〜 in a Japanese posting as at least 600,000 yen a month", lang: "jpn", text: "月60万〜", expected: atLeast("JPY", 600000, "month", "月60万〜") },
    { name: "reads 月60万〜 as yen when kana settle the posting as Japanese", text: "給与：月60万〜（経験による）", expected: atLeast("JPY", 600000, "month", "月60万〜") },
    { name: "reads 月給60万円〜 as at least 600,000 yen a month", lang: "jpn", text: "月給60万円〜", expected: atLeast("JPY", 600000, "month", "月給60万円〜") },
    { name: "reads a full-width tilde (月給25万円～) as a lower bound too", lang: "jpn", text: "月給25万円～", expected: atLeast("JPY", 250000, "month", "月給25万円～") },
    { name: "reads 月収60万 without 円 as yen in a Japanese posting", lang: "jpn", text: "月収60万", expected: single("JPY", 600000, "month", "月収60万") },
    { name: "reads 月50万 after a word and a space", lang: "jpn", text: "海外で日本語データ入力 月50万 来週出発", expected: single("JPY", 500000, "month", "月50万") },
    { name: "reads 毎月60万円 as yen a month", lang: "jpn", text: "毎月60万円", expected: single("JPY", 600000, "month", "毎月60万円") },
    { name: "reads 月60万〜80万 as a range", lang: "jpn", text: "月60万〜80万", expected: range("JPY", 600000, 800000, "month", "月60万〜80万") },
    { name: "reads Chinese 月2万 as yuan a month, as 月薪2万 is", lang: "zho", text: "月2万，包吃住", expected: single("CNY", 20000, "month", "月2万") },
    { name: "still reads Chinese 月薪2万 as yuan", lang: "zho", text: "客服月薪2万包机票", expected: single("CNY", 20000, "month", "月薪2万") },
    { name: "reads Korean 월 300~ as at least three million won a month", lang: "kor", text: "월 300~", expected: atLeast("KRW", 3e6, "month", "월 300~") },
  ])("$name", ({ text, expected, lang }) => {
    expect(readPay(text, lang)).toEqual([full(expected)]);
  });

  it.each([
    { name: "ignores a date (3月20日)", lang: "jpn", text: "3月20日出発" },
    { name: "ignores a head count after a month (3月1万人)", lang: "jpn", text: "3月1万人が参加" },
    { name: "ignores a figure for six months (6ヶ月60万)", lang: "jpn", text: "6ヶ月60万" },
    { name: "ignores a month name in numerals (十二月10万)", lang: "jpn", text: "十二月10万" },
    { name: "ignores a Chinese duration (3个月2万)", lang: "zho", text: "给你3个月2万" },
  ])("$name", ({ text, lang }) => {
    expect(readPay(text, lang)).toEqual([]);
  });
});

describe("findPayStatements reads Korean pay counted in 만원 without the unit", () => {
  it.each<Case>([
    { name: "reads 월 400 as four million won a month", lang: "kor", text: "월 400", expected: single("KRW", 4e6, "month", "월 400") },
    { name: "reads 월급 400 as four million won a month", lang: "kor", text: "월급 400", expected: single("KRW", 4e6, "month", "월급 400") },
    { name: "reads 기본급 400 as four million won (no period stated)", lang: "kor", text: "기본급 400", expected: single("KRW", 4e6, null, "기본급 400") },
    { name: "reads 월 600 받아요 (I get 600 a month)", lang: "kor", text: "월 600 받아요.", expected: single("KRW", 6e6, "month", "월 600") },
    { name: "reads 월 400 지급 (400 paid a month)", lang: "kor", text: "월 400 지급", expected: single("KRW", 4e6, "month", "월 400") },
    { name: "reads 월 400에 with a particle", lang: "kor", text: "월 400에 숙식 제공", expected: single("KRW", 4e6, "month", "월 400") },
    { name: "reads 기본급 400 before 인센티브", lang: "kor", text: "기본급 400 인센티브 별도", expected: single("KRW", 4e6, null, "기본급 400") },
    { name: "reads 월 2,000 at the top of the band", lang: "kor", text: "월 2,000 보장", expected: single("KRW", 2e7, "month", "월 2,000") },
    { name: "reads 시급 10,000 as ten thousand won an hour, never in 만원", lang: "kor", text: "시급 10,000", expected: single("KRW", 10000, "hour", "시급 10,000") },
  ])("$name", ({ text, expected, lang }) => {
    expect(readPay(text, lang)).toEqual([full(expected)]);
  });

  it.each([
    { name: "ignores April (4월 400)", lang: "kor", text: "4월 400" },
    { name: "ignores four times a month (월 4회)", lang: "kor", text: "월 4회" },
    { name: "ignores 400 people a month (월 400명)", lang: "kor", text: "월 400명" },
    { name: "ignores 2,000 hours a month (월 2000시간)", lang: "kor", text: "월 2000시간" },
    { name: "ignores 월 50 (below the band)", lang: "kor", text: "월 50" },
    { name: "ignores 월 2500 (above the band)", lang: "kor", text: "월 2500" },
    { name: "ignores 월 20000", lang: "kor", text: "월 20000" },
    { name: "ignores a range that leaves the band (월 1,500~2,500)", lang: "kor", text: "월 1,500~2,500" },
  ])("$name", ({ text, lang }) => {
    expect(readPay(text, lang)).toEqual([]);
  });
});
