import type { FeatureContext } from "../../types.js";
import { LANGUAGE_CURRENCIES } from "./lexicon.js";
import type { CurrencyCode, PayPeriod } from "./types.js";

/**
 * Currency words whose meaning depends on the posting: a bare `$` is US dollars in most
 * postings but pesos in Mexico; `rs` is Indian, Nepali, Sri Lankan or Pakistani rupees.
 */
export type AmbiguousCurrency = "DOLLAR" | "PESO" | "RUPEE" | "DEVANAGARI_RU" | "YEN" | "SHILLING" | "RUPIAH_OR_RINGGIT";

/** A currency word as read from the text, before the posting's context settles it. */
export type CurrencyToken = CurrencyCode | AmbiguousCurrency;

/**
 * Currency words written before the amount, keyed as typed with a trailing dot removed (`Rs. 500` → `rs`).
 * The single letters `p` (Philippine `P25,000`) and `n` (Nigerian `N150,000`) are only trusted when
 * glued to an amount that no grade, road or model number looks like (see `loneLetterAmount` in parse.ts).
 */
export const PREFIX_CURRENCIES: Readonly<Record<string, CurrencyToken>> = {
  "us$": "USD", "usd$": "USD", "us $": "USD", "usd $": "USD", usdt: "USD", usd: "USD", "u$s": "USD", "$": "DOLLAR",
  "s$": "SGD", sgd: "SGD", "hk$": "HKD", hkd: "HKD", "nt$": "TWD", ntd: "TWD", twd: "TWD",
  "r$": "BRL", brl: "BRL", "mx$": "MXN", mxn: "MXN", "col$": "COP", cop: "COP", clp: "CLP",
  "s/": "PEN", pen: "PEN",
  "₱": "PHP", php: "PHP", p: "PHP",
  "฿": "THB", thb: "THB",
  "₫": "VND", vnd: "VND",
  rp: "IDR", idr: "IDR",
  "¥": "YEN", rmb: "CNY", cny: "CNY", "人民币": "CNY", jpy: "JPY",
  "₩": "KRW", krw: "KRW",
  rm: "MYR", myr: "MYR",
  kshs: "KES", ksh: "KES", kes: "KES", shs: "SHILLING", shilingi: "SHILLING",
  ush: "UGX", ushs: "UGX", ugx: "UGX", tsh: "TZS", tshs: "TZS", tzs: "TZS",
  "₹": "INR", inr: "INR", rs: "RUPEE", nrs: "NPR", npr: "NPR", "रु": "DEVANAGARI_RU", "रू": "DEVANAGARI_RU",
  lkr: "LKR", pkr: "PKR", bdt: "BDT", tk: "BDT", "৳": "BDT",
  aed: "AED", dhs: "AED",
  "€": "EUR", eur: "EUR", "£": "GBP", gbp: "GBP",
  mmk: "MMK", khr: "KHR", "៛": "KHR", lak: "LAK", "₭": "LAK",
  // Nigerian ads write the naira as a plain `N` (`N150,000`): trusted, like `p`, only glued to a large amount.
  etb: "ETB", birr: "ETB", ngn: "NGN", "₦": "NGN", n: "NGN",
  sar: "SAR", qar: "QAR", kwd: "KWD", omr: "OMR", bhd: "BHD", tl: "TRY", "₺": "TRY", try: "TRY",
  rub: "RUB", "₽": "RUB", mop: "MOP", "澳門幣": "MOP", "澳门币": "MOP", "港币": "HKD", "港幣": "HKD", "人民幣": "CNY",
  "a$": "AUD", aud: "AUD", "c$": "CAD", cad: "CAD",
  // Dollar and other currency words that stand before the amount in South Asian scripts.
  "ডলার": "DOLLAR", "ඩොලර්": "DOLLAR", "ဒေါ်လာ": "DOLLAR", "ယွမ်": "CNY", "ဘတ်": "THB", "ကျပ်": "MMK",
  "ইউএসডি": "USD", "यूएसडी": "USD", "डॉलर": "DOLLAR", "डालर": "DOLLAR", "डलर": "DOLLAR",
  "රු": "LKR", "ரூ": "RUPEE",
};

/** Currency words written after the amount. `d` (`500.000đ`) needs a large amount. */
export const SUFFIX_CURRENCIES: Readonly<Record<string, CurrencyToken>> = {
  usdt: "USD", usd: "USD", "us$": "USD", "us dollars": "USD", "us dollar": "USD", "$": "DOLLAR", dollars: "DOLLAR", dollar: "DOLLAR",
  dolar: "USD", dolares: "USD",
  // Latin-American slang for US dollars ("greenbacks").
  verdes: "USD",
  sgd: "SGD", "s$": "SGD", hkd: "HKD", ntd: "TWD", twd: "TWD", "nt$": "TWD",
  brl: "BRL", reais: "BRL", mxn: "MXN", cop: "COP", clp: "CLP", pen: "PEN", soles: "PEN",
  pesos: "PESO", peso: "PESO", piso: "PHP", php: "PHP", "₱": "PHP",
  baht: "THB", "บาท": "THB", thb: "THB", "฿": "THB",
  // Thai for dollars; "เหรียญสหรัฐ" (US coins) is the formal name of the US dollar.
  "ดอลลาร์สหรัฐ": "USD", "ดอลล่าร์สหรัฐ": "USD", "เหรียญสหรัฐ": "USD", "ดอลลาร์": "DOLLAR", "ดอลล่าร์": "DOLLAR", "ดอลลา": "DOLLAR", "ดอลล์": "DOLLAR",
  dong: "VND", vnd: "VND", "₫": "VND", d: "VND",
  rupiah: "IDR", idr: "IDR",
  "元": "YEN", "块": "CNY", "人民币": "CNY", rmb: "CNY", cny: "CNY", yuan: "CNY",
  "원": "KRW", won: "KRW", krw: "KRW", "₩": "KRW", "달러": "DOLLAR", "딸라": "DOLLAR", "불": "DOLLAR",
  "円": "JPY", yen: "JPY", jpy: "JPY",
  ringgit: "MYR", myr: "MYR",
  rupees: "RUPEE", rupee: "RUPEE", rupias: "RUPEE", rs: "RUPEE", inr: "INR", "₹": "INR", npr: "NPR",
  "रुपये": "RUPEE", "रुपए": "RUPEE", "रुपया": "RUPEE", "रुपैयाँ": "NPR", "रुपैयां": "NPR", "रुपैया": "NPR",
  lkr: "LKR", pkr: "PKR",
  shillings: "SHILLING", shilling: "SHILLING", shilingi: "SHILLING", kshs: "KES", ksh: "KES", kes: "KES", ugx: "UGX", tzs: "TZS",
  dirhams: "AED", dirham: "AED", aed: "AED", dhs: "AED",
  "€": "EUR", eur: "EUR", euros: "EUR", euro: "EUR", "£": "GBP", gbp: "GBP",
  kyats: "MMK", kyat: "MMK", mmk: "MMK", riels: "KHR", riel: "KHR", khr: "KHR", kip: "LAK", lak: "LAK",
  birr: "ETB", etb: "ETB", naira: "NGN", ngn: "NGN", taka: "BDT", bdt: "BDT",
  sar: "SAR", riyal: "SAR", riyals: "SAR", qar: "QAR", kwd: "KWD", omr: "OMR", bhd: "BHD",
  tl: "TRY", "₺": "TRY", lira: "TRY", rub: "RUB", "₽": "RUB", mop: "MOP", aud: "AUD", cad: "CAD",
  "澳門幣": "MOP", "澳门币": "MOP", "港币": "HKD", "港幣": "HKD", "新台币": "TWD", "台币": "TWD",
  "人民幣": "CNY", "新台幣": "TWD", "台幣": "TWD",
  // The dollar and local currencies in the corpus's other scripts.
  "ডলার": "DOLLAR", "डॉलर": "DOLLAR", "डालर": "DOLLAR", "डलर": "DOLLAR", "دولار": "DOLLAR", "ڈالر": "DOLLAR", "ዶላር": "DOLLAR", "ඩොලර්": "DOLLAR", "டொலர்": "DOLLAR",
  // "USD" spelled out in Bengali and Devanagari letters.
  "ইউএসডি": "USD", "ইউ এস ডি": "USD", "यूएसडी": "USD",
  "டாலர்": "DOLLAR", "ဒေါ်လာ": "DOLLAR", "доллар": "DOLLAR", "долларов": "DOLLAR", "доллара": "DOLLAR",
  "টাকা": "BDT", "দিরহাম": "AED", "درهم": "AED", "دراهم": "AED", "ريال": "SAR", "ریال": "SAR",
  "روپے": "PKR", "ብር": "ETB", "ယွမ်": "CNY", "юаней": "CNY", "ဘတ်": "THB", "бат": "THB", "ကျပ်": "MMK",
  "рублей": "RUB", "руб": "RUB", "ரூபாய்": "RUPEE",
  // Foreign currencies named in Chinese, Japanese and Korean. Chinese lures quote their pay in
  // 美金 or 美刀 ("月薪1500美金"), which without these read as 1,500 yuan; "刀" is slang for dollars.
  "美元": "USD", "美金": "USD", "美刀": "USD", "刀": "DOLLAR",
  "泰铢": "THB", "泰銖": "THB", "泰币": "THB", "泰幣": "THB", "马币": "MYR", "馬幣": "MYR", "令吉": "MYR", "林吉特": "MYR",
  "比索": "PESO", "披索": "PESO", "越南盾": "VND", "越盾": "VND", "印尼盾": "IDR", "缅币": "MMK", "緬幣": "MMK",
  "柬币": "KHR", "柬幣": "KHR", "瑞尔": "KHR", "瑞爾": "KHR", "基普": "LAK", "新币": "SGD", "新幣": "SGD", "新加坡元": "SGD",
  "日元": "JPY", "日圆": "JPY", "日圓": "JPY", "韩元": "KRW", "韓元": "KRW", "韩币": "KRW", "韓幣": "KRW", "港元": "HKD",
  "欧元": "EUR", "歐元": "EUR", "英镑": "GBP", "英鎊": "GBP", "卢比": "RUPEE", "盧比": "RUPEE", "迪拉姆": "AED",
  "米ドル": "USD", "ドル": "DOLLAR", "バーツ": "THB", "ペソ": "PESO", "リンギット": "MYR", "ウォン": "KRW", "人民元": "CNY", "ルピー": "RUPEE", "ドン": "VND",
  "바트": "THB", "페소": "PESO", "링깃": "MYR", "위안": "CNY", "루피": "RUPEE", "디르함": "AED", "리엘": "KHR",
};

/** Escapes the characters that are syntax in a `u`-flag regular expression. */
export function escapeForRegex(literal: string): string {
  return literal.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");
}

/**
 * An alternation of literal keys, longest first (so `usd` is tried before `us`), with spaces
 * in keys matching any short run of whitespace.
 */
export function alternationOf(keys: readonly string[]): string {
  return [...keys]
    .sort((a, b) => b.length - a.length)
    .map((key) => escapeForRegex(key).replace(/ /g, "\\s{1,2}"))
    .join("|");
}

/** Places that settle an ambiguous currency word, one small pattern per question asked. */
const PESO_COUNTRIES = /(mexic|cdmx|guadalajara|monterrey)|(colombia|bogota|medellin)|(chile\b|santiago de chile)/g;
const RUPEE_COUNTRIES = /(nepal|kathmandu|pokhara|नेपाल|काठमाडौं)|(sri lanka|colombo)|(pakistan|karachi|lahore|islamabad)|(india|delhi|mumbai|bengaluru|bangalore|chennai|hyderabad|भारत)/g;
const SHILLING_COUNTRIES = /(uganda|kampala)|(tanzania|dar es salaam)|(kenya|nairobi|mombasa|kisumu)/g;
const KANA = /[\u3040-\u30ff]/;

type PesoCountry = "MX" | "CO" | "CL" | null;
type RupeeCountry = "NP" | "LK" | "PK" | "IN" | null;
const PESO_CODES: Readonly<Record<NonNullable<PesoCountry>, CurrencyCode>> = { MX: "MXN", CO: "COP", CL: "CLP" };
const RUPEE_CODES: Readonly<Record<NonNullable<RupeeCountry>, CurrencyCode>> = { NP: "NPR", LK: "LKR", PK: "PKR", IN: "INR" };
/** The rupee of a posting's main language, when the posting names no country. */
const PRIMARY_RUPEE_COUNTRY: Readonly<Record<string, NonNullable<RupeeCountry>>> = { hin: "IN", sin: "LK", urd: "PK" };

/** The first place a pattern names in any field, as the index of its capture group (1-based), or 0. */
function firstNamed(ctx: FeatureContext, pattern: RegExp): number {
  for (const field of ctx.fields) {
    pattern.lastIndex = 0;
    const match = pattern.exec(field.text);
    if (!match) continue;
    for (let group = 1; group < match.length; group++) if (match[group] !== undefined) return group;
  }
  return 0;
}

/** Roughly how many of a period a month holds, to compare a wage quoted per year or per day with a monthly one. */
const MONTHS_PER_PERIOD: Readonly<Record<PayPeriod, number>> = { hour: 176, day: 22, week: 4.33, month: 1, year: 1 / 12 };

/**
 * Settles ambiguous currency words from the posting's language and the places it names.
 * Documented choices:
 * - `$` / `dollars`: US dollars, except in a posting that names Mexico, Colombia or Chile, where
 *   `$` is the peso. Scam ads quote US dollars even for Singapore or Hong Kong, so `$` there stays
 *   USD unless written `S$` / `HK$`. In a Spanish or Portuguese posting that names no country, a
 *   bare `$` is any of a dozen pesos or reais: the currency is unknown (null) and the amount is not
 *   compared with any benchmark (`$500.000 líquidos` is Chilean pesos, not half a million dollars).
 * - `pesos`: the Mexican, Colombian or Chilean peso where the posting names the country, the
 *   Mexican peso in other Spanish postings, else the Philippine peso.
 * - `rs` / `rupees`: Nepali rupees in a Nepali posting or one naming Nepal, Sri Lankan or Pakistani
 *   where those are named; else the rupee of a Hindi, Sinhala or Urdu posting; else Nepali where
 *   Nepali is present; else Indian rupees. `रु` is Nepali unless the posting is Hindi or names India.
 * - `¥` / `元` / `万`: Japanese yen in a Japanese posting (kana present), else Chinese yuan.
 * - shillings: Ugandan or Tanzanian where named, else Kenyan.
 * - `gaji`, `upah` (pay words of both Malay and Indonesian): ringgit in a Malay posting, else rupiah.
 */
export class CurrencyResolver {
  // Each question about the posting (which peso, which rupee…) is asked once, and only when a
  // statement needs it.
  private readonly languages: ReadonlySet<string>;
  private pesoCountry: PesoCountry | undefined;
  private rupeeCountry: RupeeCountry | undefined;
  private shilling: CurrencyCode | undefined;
  private japanese: boolean | undefined;

  constructor(private readonly ctx: FeatureContext) {
    this.languages = new Set([ctx.language.code, ...ctx.language.present]);
  }

  private get spanish(): boolean {
    return this.languages.has("spa");
  }

  private get peso(): PesoCountry {
    if (this.pesoCountry === undefined) {
      const group = firstNamed(this.ctx, PESO_COUNTRIES);
      this.pesoCountry = group === 1 ? "MX" : group === 2 ? "CO" : group === 3 ? "CL" : null;
    }
    return this.pesoCountry;
  }

  private get rupee(): RupeeCountry {
    if (this.rupeeCountry === undefined) {
      if (this.ctx.language.code === "nep") this.rupeeCountry = "NP";
      else {
        const group = firstNamed(this.ctx, RUPEE_COUNTRIES);
        this.rupeeCountry = group === 1 ? "NP" : group === 2 ? "LK" : group === 3 ? "PK" : group === 4 ? "IN" : null;
        // A Hindi, Sinhala or Urdu ad that names no country pays in its own country's rupee: Nepali
        // detected as present beside Hindi (the two share a script and many words) had turned
        // "14,000 रुपये" in a Noida call-centre ad into Nepali rupees, and the job into one abroad.
        if (this.rupeeCountry === null) this.rupeeCountry = PRIMARY_RUPEE_COUNTRY[this.ctx.language.code] ?? null;
        // Nepali merely present (romanised words in an English ad) yields to a country the ad names.
        if (this.rupeeCountry === null && this.languages.has("nep")) this.rupeeCountry = "NP";
        if (this.rupeeCountry === null && this.languages.has("sin")) this.rupeeCountry = "LK";
        if (this.rupeeCountry === null && this.languages.has("urd")) this.rupeeCountry = "PK";
        if (this.rupeeCountry === null && this.languages.has("hin")) this.rupeeCountry = "IN";
      }
    }
    return this.rupeeCountry;
  }

  /**
   * The shilling an amount is in when the posting names none of the three countries: a million or
   * more is no Kenyan wage (KSh 1,000,000 a month is about US$7,700) but an ordinary Ugandan or
   * Tanzanian one, Tanzanian when the ad is in Swahili.
   */
  shillingFor(amount: number, period: PayPeriod | null): CurrencyCode {
    const named = this.resolve("SHILLING");
    const monthly = amount * (period ? MONTHS_PER_PERIOD[period] : 1);
    if (named !== "KES" || monthly < 1_000_000 || firstNamed(this.ctx, SHILLING_COUNTRIES) !== 0) return named ?? "KES";
    return this.languages.has("swa") ? "TZS" : "UGX";
  }

  /** Whether `mil` means thousand (Spanish) rather than million. */
  milIsThousand(): boolean {
    return this.spanish || this.peso !== null;
  }

  /** The currency a bare amount after an untyped pay word is in, in a posting of a one-country language, or null. */
  languageCurrency(): CurrencyCode | null {
    return LANGUAGE_CURRENCIES[this.ctx.language.code] ?? null;
  }

  /** The ISO 4217 code a currency word stands for in this posting, or null when it cannot be told. */
  resolve(token: CurrencyToken): CurrencyCode | null {
    switch (token) {
      case "DOLLAR":
        if (this.peso) return PESO_CODES[this.peso];
        return this.ctx.language.code === "spa" || this.ctx.language.code === "por" ? null : "USD";
      case "PESO":
        return this.peso ? PESO_CODES[this.peso] : this.spanish ? "MXN" : "PHP";
      case "RUPEE":
        return this.rupee ? RUPEE_CODES[this.rupee] : "INR";
      case "DEVANAGARI_RU":
        return this.rupee === "IN" ? "INR" : "NPR";
      case "YEN":
        this.japanese ??= this.languages.has("jpn") || this.ctx.fields.some((field) => KANA.test(field.text));
        return this.japanese ? "JPY" : "CNY";
      case "RUPIAH_OR_RINGGIT":
        return this.ctx.language.code === "msa" ? "MYR" : "IDR";
      case "SHILLING": {
        if (this.shilling === undefined) {
          const group = firstNamed(this.ctx, SHILLING_COUNTRIES);
          this.shilling = group === 1 ? "UGX" : group === 2 ? "TZS" : "KES";
        }
        return this.shilling;
      }
      default:
        return token;
    }
  }
}
