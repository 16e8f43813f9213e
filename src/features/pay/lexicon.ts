/**
 * Word lists for reading pay statements, written in normalised form (lower case, no Latin
 * diacritics: `triệu` → `trieu`, `tháng` → `thang`). Each list is data, folded on first use (as
 * are the parser's regular expressions built from them): folding them at import was a measurable
 * part of cold import.
 */
import { foldPatternSource } from "../../normalize/fold.js";
import { lazy } from "../lazy.js";
import type { CurrencyToken } from "./currencies.js";
import type { CurrencyCode, PayPeriod } from "./types.js";

/**
 * The words as normalised text spells them: the text the parser reads went through NFKC (Thai ำ
 * becomes ํา, a Bengali য় or Hindi ज़ is decomposed), so a word written the usual way would never match.
 */
function foldedWords(words: readonly string[]): readonly string[] {
  return words.map((word) => foldPatternSource(word));
}

/** `foldedWords` for the keys of a table. */
function foldedKeys<V>(table: Readonly<Record<string, V>>): Readonly<Record<string, V>> {
  return Object.fromEntries(Object.entries(table).map(([word, value]) => [foldPatternSource(word), value]));
}

/** A word that scales the number before it (`15 trieu`, `2万`, `1 lakh`), and the currency it implies. */
export interface Multiplier {
  factor: number;
  /** The currency a poster means when the word stands without one (`15 trieu` is dong). */
  implies: CurrencyToken | null;
  /** True when the implied currency needs a pay word or a period nearby (`500 nghin` alone may count people). */
  needsCue: boolean;
  /** A period the word itself states (`6 lpa` is lakh per annum). */
  period?: PayPeriod;
  /** True when the word is a multiplier only in Chinese text (`月薪2w` is 2万; elsewhere `2w` is two weeks or watts). */
  onlyInHanText?: boolean;
}

const RUPEE_LAKH: Multiplier = { factor: 1e5, implies: "RUPEE", needsCue: false };
const RUPEE_CRORE: Multiplier = { factor: 1e7, implies: "RUPEE", needsCue: false };

/** Multipliers that may follow the number after a space (`12 jt`, `1 lakh`). */
export const WORD_MULTIPLIERS: () => Readonly<Record<string, Multiplier>> = lazy(() => foldedKeys({
  juta: { factor: 1e6, implies: "IDR", needsCue: false },
  jt: { factor: 1e6, implies: "IDR", needsCue: false },
  ribu: { factor: 1e3, implies: "IDR", needsCue: true },
  rb: { factor: 1e3, implies: "IDR", needsCue: true },
  trieu: { factor: 1e6, implies: "VND", needsCue: false },
  tr: { factor: 1e6, implies: "VND", needsCue: false },
  nghin: { factor: 1e3, implies: "VND", needsCue: true },
  // Slang: `30 củ` is thirty million đồng, `3 chục củ` three tens of millions. Without tones `cu` is
  // many other words, so only after a pay word.
  cu: { factor: 1e6, implies: "VND", needsCue: true },
  "chuc cu": { factor: 1e7, implies: "VND", needsCue: true },
  ngan: { factor: 1e3, implies: "VND", needsCue: true },
  lakh: RUPEE_LAKH, lakhs: RUPEE_LAKH, lac: RUPEE_LAKH, lacs: RUPEE_LAKH, "लाख": RUPEE_LAKH,
  crore: RUPEE_CRORE, crores: RUPEE_CRORE, "करोड": RUPEE_CRORE, "करोड\u093c": RUPEE_CRORE,
  "हजार": { factor: 1e3, implies: "RUPEE", needsCue: true },
  "हज\u093cार": { factor: 1e3, implies: "RUPEE", needsCue: true },
  lpa: { factor: 1e5, implies: "RUPEE", needsCue: false, period: "year" },
  thousand: { factor: 1e3, implies: null, needsCue: false },
  million: { factor: 1e6, implies: null, needsCue: false },
  millions: { factor: 1e6, implies: null, needsCue: false },
  millones: { factor: 1e6, implies: null, needsCue: false },
  mn: { factor: 1e6, implies: null, needsCue: false },
  // `mil` is a thousand in Spanish (`15 mil pesos`) and a million in English; the parser decides.
  mil: { factor: 1e6, implies: null, needsCue: false },
  bin: { factor: 1e3, implies: null, needsCue: false },
  "тыс": { factor: 1e3, implies: null, needsCue: false },
  "тысяч": { factor: 1e3, implies: null, needsCue: false },
  "হাজার": { factor: 1e3, implies: "BDT", needsCue: true },
  "লাখ": { factor: 1e5, implies: "BDT", needsCue: false },
  "লক্ষ": { factor: 1e5, implies: "BDT", needsCue: false },
  "কোটি": { factor: 1e7, implies: "BDT", needsCue: false },
  "ہزار": { factor: 1e3, implies: "PKR", needsCue: true },
  "لاکھ": { factor: 1e5, implies: "PKR", needsCue: false },
  "ලක්ෂ": { factor: 1e5, implies: "LKR", needsCue: false },
  "千": { factor: 1e3, implies: "YEN", needsCue: true },
  "万": { factor: 1e4, implies: "YEN", needsCue: true },
  "萬": { factor: 1e4, implies: "YEN", needsCue: true },
  "百万": { factor: 1e6, implies: "YEN", needsCue: true },
  "千万": { factor: 1e7, implies: "YEN", needsCue: true },
  "만": { factor: 1e4, implies: "KRW", needsCue: true },
  "천": { factor: 1e3, implies: "KRW", needsCue: true },
  "백": { factor: 1e2, implies: "KRW", needsCue: true },
  "백만": { factor: 1e6, implies: "KRW", needsCue: true },
  "천만": { factor: 1e7, implies: "KRW", needsCue: true },
  "억": { factor: 1e8, implies: "KRW", needsCue: true },
  "லட்சம்": RUPEE_LAKH, "இலட்சம்": RUPEE_LAKH,
  "ஆயிரம்": { factor: 1e3, implies: "RUPEE", needsCue: true },
  // Thai numbers are said in ten-thousands and hundred-thousands (`4 หมื่น` is 40,000 baht). ล้าน
  // (million) is left out: in Thai ads it is company capital, investment or insurance, not pay.
  "พัน": { factor: 1e3, implies: "THB", needsCue: true },
  "หมื่น": { factor: 1e4, implies: "THB", needsCue: true },
  "แสน": { factor: 1e5, implies: "THB", needsCue: true },
}));

/** Multipliers that must be glued to the number (`35k`, `$1.5m`): apart, they are other words. */
export const GLUED_MULTIPLIERS: () => Readonly<Record<string, Multiplier>> = lazy(() => foldedKeys({
  k: { factor: 1e3, implies: null, needsCue: false },
  m: { factor: 1e6, implies: null, needsCue: false },
  // Chinese ads write 万 as `w` (wàn): `xz 2.5w-4w`, `月薪1.5W`.
  w: { factor: 1e4, implies: "YEN", needsCue: true, onlyInHanText: true },
}));

/** Units of time after a connector (`per month`, `/thang`, `ต่อเดือน`, `每月`, `kwa mwezi`). */
export const PERIOD_UNITS: () => Readonly<Record<string, PayPeriod>> = lazy(() => foldedKeys({
  month: "month", months: "month", bulan: "month", thang: "month", buwan: "month", mes: "month", mwezi: "month",
  "माह": "month", "महीना": "month", "महीने": "month", "महिना": "month", "เดือน": "month", "月": "month", "달": "month", "개월": "month",
  day: "day", days: "day", hari: "day", ngay: "day", araw: "day", dia: "day", siku: "day",
  "दिन": "day", "วัน": "day", "天": "day", "日": "day", "일": "day",
  hour: "hour", hours: "hour", jam: "hour", gio: "hour", oras: "hour", hora: "hour", saa: "hour",
  "घंटा": "hour", "घंटे": "hour", "ชั่วโมง": "hour", "小时": "hour", "时": "hour", "時間": "hour", "시간": "hour",
  week: "week", weeks: "week", minggu: "week", tuan: "week", linggo: "week", semana: "week", wiki: "week",
  "सप्ताह": "week", "हफ्ता": "week", "हफ\u093cता": "week", "สัปดาห์": "week", "周": "week", "星期": "week", "주": "week",
  "месяц": "month", "день": "day", "час": "hour", "неделю": "week", "год": "year",
  "الشهر": "month", "اليوم": "day", "الساعة": "hour", "الأسبوع": "week", "السنة": "year",
  year: "year", years: "year", annum: "year", tahun: "year", taon: "year", ano: "year", mwaka: "year",
  "वर्ष": "year", "साल": "year", "ปี": "year", "年": "year", "년": "year",
  "மாதம்": "month", "ஆண்டு": "year", "வருடம்": "year",
}));

/** Abbreviated units, trusted only straight after a slash (`/mo`, `/bln`, `/hr`, `/th`). */
export const SLASH_UNITS: () => Readonly<Record<string, PayPeriod>> = lazy(() => foldedKeys({
  mo: "month", mos: "month", mth: "month", mths: "month", mon: "month", m: "month", bln: "month", bl: "month", th: "month",
  "ด": "month", d: "day", hr: "hour", hrs: "hour", h: "hour", jam: "hour", wk: "week", wks: "week", w: "week",
  yr: "year", yrs: "year", y: "year", thn: "year", nam: "year",
}));

/** Words that join an amount to a unit of time (`a month`, `mỗi tháng`, `kada buwan`, `al mes`). */
export const PERIOD_CONNECTORS: () => readonly string[] = lazy(() => foldedWords([
  "per", "a", "an", "each", "every", "moi", "mot", "hang", "kada", "bawat", "sa", "sa isang", "kwa", "kila",
  "por", "al", "a la", "tiap", "setiap", "в", "في",
]));

/** Connectors written without a space in their script (`ต่อเดือน`, `每月`, `一个月`, `प्रति माह`). */
export const GLUED_PERIOD_CONNECTORS: () => readonly string[] = lazy(() => foldedWords(["प्रति", "ต่อ", "每", "一个", "一", "매"]));

/** Period words that stand alone after an amount (`monthly`, `sebulan`, `mensual`, `मासिक`). */
export const PERIOD_ADJECTIVES: () => Readonly<Record<string, PayPeriod>> = lazy(() => foldedKeys({
  monthly: "month", "p.m.": "month", pm: "month", pcm: "month", sebulan: "month", bulanan: "month", mensual: "month",
  mensuales: "month", buwanan: "month", "मासिक": "month", "महिना": "month", "महीना": "month", "รายเดือน": "month",
  daily: "day", sehari: "day", harian: "day", diario: "day", diarios: "day", diaria: "day", arawan: "day",
  "दैनिक": "day", "รายวัน": "day",
  hourly: "hour", "por hora": "hour",
  weekly: "week", seminggu: "week", mingguan: "week", semanal: "week", semanales: "week", lingguhan: "week",
  "साप्ताहिक": "week", "รายสัปดาห์": "week",
  annually: "year", yearly: "year", annual: "year", "p.a.": "year", pa: "year", setahun: "year", tahunan: "year",
  anual: "year", anuales: "year", taunan: "year", "वार्षिक": "year", "รายปี": "year",
  mensal: "month", aylik: "month", ayda: "month", gunluk: "day", saatlik: "hour", haftalik: "week", yillik: "year",
  "ежемесячно": "month", "شهرياً": "month", "شهريا": "month", "شهري": "month", "يومياً": "day", "يوميا": "day",
  "ماہانہ": "month", "روزانہ": "day", "মাসে": "month", "মাসিক": "month", "দৈনিক": "day", "மாதம்": "month",
  "மாதத்திற்கு": "month", "ஆண்டுக்கு": "year", "வருடத்திற்கு": "year",
}));

/** Period words placed before the amount (`monthly salary:`, `月薪`, `월`, `เงินเดือน`, `kwa mwezi`). */
export const PERIOD_CUES: () => Readonly<Record<string, PayPeriod>> = lazy(() => foldedKeys({
  monthly: "month", "per month": "month", month: "month", "per bulan": "month", bulanan: "month",
  sebulan: "month", "tiap bulan": "month", "setiap bulan": "month", "hang thang": "month", "moi thang": "month",
  thang: "month", "เงินเดือน": "month", "รายเดือน": "month", "เดือนละ": "month", "ต่อเดือน": "month",
  "月薪": "month", "月入": "month", "月收入": "month", "月工资": "month", "底薪": "month", "保底": "month", "每月": "month",
  "月給": "month", "月収": "month", "月": "month", "毎月": "month", "월급": "month", "월수입": "month", "월": "month", "매월": "month", "한달": "month",
  "한 달": "month", "한달에": "month", "한 달에": "month", "kada buwan": "month", "bawat buwan": "month",
  buwanang: "month", mensual: "month", "al mes": "month", "por mes": "month", "kwa mwezi": "month",
  "kila mwezi": "month", "wa mwezi": "month", "प्रति माह": "month", "प्रति महीना": "month", "मासिक": "month",
  "महिनाको": "month", "महिना": "month", "महीने का": "month", "महीने के": "month", "महीना के": "month", "महीने की": "month",
  "हर महीने": "month", "हर महीना": "month",
  daily: "day", "per day": "day", "day rate": "day", harian: "day", "per hari": "day", sehari: "day",
  "tiap hari": "day", "moi ngay": "day", "hang ngay": "day", ngay: "day", "cong nhat": "day", "รายวัน": "day",
  "วันละ": "day", "ต่อวัน": "day", "日薪": "day", "日入": "day", "每天": "day", "每日": "day", "日給": "day",
  "일당": "day", "일급": "day", "매일": "day", "하루": "day", "kada araw": "day", arawang: "day", "por dia": "day",
  diario: "day", "al dia": "day", "kwa siku": "day", "प्रति दिन": "day", "दैनिक": "day",
  hourly: "hour", "per hour": "hour", "per jam": "hour", "moi gio": "hour", "theo gio": "hour",
  "ชั่วโมงละ": "hour", "ต่อชั่วโมง": "hour", "时薪": "hour", "每小时": "hour", "時給": "hour", "시급": "hour",
  "시간당": "hour", "kada oras": "hour", "por hora": "hour", "kwa saa": "hour", "प्रति घंटा": "hour",
  weekly: "week", "per week": "week", mingguan: "week", "per minggu": "week", "hang tuan": "week", "moi tuan": "week",
  "รายสัปดาห์": "week", "ต่อสัปดาห์": "week", "周薪": "week", "每周": "week", "週給": "week", "주급": "week",
  "매주": "week", "주": "week", lingguhan: "week", "kada linggo": "week", semanal: "week", "por semana": "week",
  "kwa wiki": "week", "प्रति सप्ताह": "week", "साप्ताहिक": "week",
  annual: "year", annually: "year", yearly: "year", "per year": "year", "per annum": "year", ctc: "year",
  tahunan: "year", "per tahun": "year", "hang nam": "year", "moi nam": "year", "รายปี": "year", "ต่อปี": "year",
  "年薪": "year", "年收入": "year", "每年": "year", "年収": "year", "年俸": "year", "연봉": "year", "연": "year",
  taunan: "year", anual: "year", "al ano": "year", "por ano": "year", "kwa mwaka": "year", "वार्षिक": "year",
  "प्रति वर्ष": "year", "सालाना": "year",
  mensal: "month", aylik: "month", "в месяц": "month", "ежемесячно": "month", "شهرياً": "month", "شهريا": "month",
  "ماہانہ": "month", "মাসে": "month", "প্রতি মাসে": "month", "মাসিক": "month", "በወር": "month", "මාසික": "month",
  "මසකට": "month", "மாத": "month", "மாதம்": "month", "மாசம்": "month", "ஆண்டு": "year", "வருட": "year", "လစာ": "month", "တစ်လ": "month",
  "በቀን": "day", "দৈনিক": "day", "روزانہ": "day", "يومياً": "day", gunluk: "day", "в день": "day",
  yillik: "year", "yillik brut": "year", "yillik net": "year", "aylik brut": "month", "aylik net": "month",
  "годовой": "year", "годовая": "year", "в год": "year",
}));

/** Single Hangul syllables that are period words only when they stand alone (`월 500만`, not `3월`). */
export const HANGUL_SINGLE_CUES: () => readonly string[] = lazy(() => foldedWords(["월", "주", "일", "연"]));

/**
 * Single Han characters that are period words only when no numeral or other Han character stands
 * before them: Japanese ads write `月60万〜` for a monthly wage, but `3月`, `十二月` and `3ヶ月` are dates
 * and durations, and `今月` or `売上月` are other words.
 */
export const HAN_SINGLE_CUES: readonly string[] = ["月"];

/**
 * Words saying pay is made, which with `in`/`en` and a currency tie a later bare amount to that
 * currency (`salary paid in USDT, 1,100 monthly`, `pagado en dólares, 900 al mes`).
 */
export const PAID_WORDS: () => readonly string[] = lazy(() => foldedWords([
  "paid", "pagado", "pagada", "pagados", "pagadas", "pago", "paga", "pagamos", "pagan",
]));

/** Words that may stand between a pay word and a paid word (`salary is paid in`, `el sueldo se paga en`). */
export const PAID_FILLERS: () => readonly string[] = lazy(() => foldedWords(["is", "are", "will be", "to be", "es", "se", "sera"]));

/**
 * Currency codes that are also everyday English words, so `paid in … ,` with them names no
 * currency (`try`, `pen`, `cop`, `mop`).
 */
export const NOT_NAMED_CURRENCIES: ReadonlySet<string> = new Set(["try", "pen", "cop", "mop"]);

/**
 * Words for pay itself, and the currency a bare amount after them is in (null: none implied).
 * `gaji`, `upah` and `pendapatan` are both Malay and Indonesian: ringgit or rupiah by the posting's
 * language. `xz` is Chinese chat shorthand for 薪资 (see {@link PAY_WORDS_ONLY_IN_HAN_TEXT}).
 */
export const PAY_WORDS: () => Readonly<Record<string, CurrencyToken | null>> = lazy(() => foldedKeys({
  salary: null, "basic salary": null, "base salary": null, "starting salary": null, pay: null, "base pay": null,
  "basic pay": null, wage: null, wages: null, income: null, earnings: null, rate: null, compensation: null,
  remuneration: null, stipend: null, sueldo: null, salario: null, gaji: "RUPIAH_OR_RINGGIT",
  "gaji pokok": "RUPIAH_OR_RINGGIT", upah: "RUPIAH_OR_RINGGIT", penghasilan: "IDR", pendapatan: "RUPIAH_OR_RINGGIT",
  luong: "VND", "luong cung": "VND", "luong co ban": "VND", "thu nhap": "VND", "เงินเดือน": "THB", "ค่าจ้าง": "THB",
  "รายได้": "THB", "ค่าตอบแทน": "THB", "薪资": "YEN", "薪水": "YEN", "工资": "YEN", "待遇": "YEN", "收入": "YEN", "薪酬": "YEN",
  "月薪": "YEN", "日薪": "YEN", "时薪": "YEN", "年薪": "YEN", "周薪": "YEN", "月入": "YEN", "日入": "YEN", "底薪": "YEN",
  "保底": "YEN", "月給": "JPY", "日給": "JPY", "時給": "JPY", "年収": "JPY", "給与": "JPY", "給料": "JPY", "월급": "KRW",
  "연봉": "KRW", "시급": "KRW", "일당": "KRW", "급여": "KRW", "주급": "KRW", "기본급": "KRW", "월수익": "KRW", "월수입": "KRW", "실수령": "KRW", "한달": "KRW", "한 달": "KRW", "한달에": "KRW", "한 달에": "KRW", "월": "KRW", "주": "KRW", "일": "KRW", "연": "KRW",
  sahod: "PHP", sweldo: "PHP", mshahara: "SHILLING", "বেতন": "BDT", "الراتب": null, "راتب": null, "تنخواہ": "PKR",
  "ደመወዝ": "ETB", "වැටුප": "LKR", "சம்பளம்": null, "လစာ": null, "зарплата": null, maas: "TRY", "वेतन": "RUPEE",
  "तनख्वाह": "RUPEE", "सैलरी": "RUPEE", "पगार": "RUPEE", "वेतनमान": "RUPEE", "तलब": "NPR", "gaji asas": "RUPIAH_OR_RINGGIT", xz: "YEN", "доход": null,
  "оклад": null,
}));

/** Pay words trusted only in text with Chinese characters: elsewhere `xz` is part of an id or a link. */
export const PAY_WORDS_ONLY_IN_HAN_TEXT: ReadonlySet<string> = new Set(["xz"]);

/**
 * The smallest bare amount an implied currency is trusted for, in that currency (1,000 when not
 * listed): below it the number after a pay word is something else (`gaji 13 bulan`, `월 3회`).
 */
export const IMPLIED_MINIMUMS: Readonly<Partial<Record<CurrencyCode, number>>> = {
  IDR: 100_000, VND: 100_000, THB: 100, MYR: 50, CNY: 1, JPY: 1,
};

/**
 * The currency of a bare amount after an untyped pay word (`salary`, `เดือนละ`) in a posting
 * written in a language of one country: Malay ads quote ringgit and Thai ads baht.
 */
export const LANGUAGE_CURRENCIES: Readonly<Record<string, CurrencyCode>> = { msa: "MYR", tha: "THB" };

/** Words before an amount that make it an upper or a lower bound. */
export const QUALIFIERS_BEFORE: () => Readonly<Record<string, "upTo" | "atLeast">> = lazy(() => foldedKeys({
  "up to": "upTo", upto: "upTo", "as much as": "upTo", maximum: "upTo", max: "upTo", hingga: "upTo",
  sampai: "upTo", mencapai: "upTo", "len toi": "upTo", "len den": "upTo", "toi da": "upTo", hasta: "upTo",
  hanggang: "upTo", "最高": "upTo", "高达": "upTo", "最多": "upTo", "最高可达": "upTo", "최대": "upTo",
  "สูงสุด": "upTo", "สูงถึง": "upTo",
  over: "atLeast", above: "atLeast", "more than": "atLeast", "at least": "atLeast", minimum: "atLeast",
  min: "atLeast", "starting at": "atLeast", "starting from": "atLeast", "starts at": "atLeast", from: "atLeast",
  "lebih dari": "atLeast", "di atas": "atLeast", minimal: "atLeast", tren: "atLeast", tu: "atLeast",
  desde: "atLeast", "mas de": "atLeast", mahigit: "atLeast", "higit sa": "atLeast", "से अधिक": "atLeast",
  "कम से कम": "atLeast", "至少": "atLeast", "超过": "atLeast", "zaidi ya": "atLeast", "ขั้นต่ำ": "atLeast",
  "มากกว่า": "atLeast", "от": "atLeast", "최소": "atLeast", "최저": "atLeast",
}));

/** Words after an amount that make it a lower bound (`1500+`, `以上`, `이상`, `trở lên`). */
export const QUALIFIERS_AFTER: () => Readonly<Record<string, "atLeast">> = lazy(() => foldedKeys({
  "以上": "atLeast", "起": "atLeast", "이상": "atLeast", "ขึ้นไป": "atLeast", "or more": "atLeast",
  "and above": "atLeast", "or above": "atLeast", keatas: "atLeast", "ke atas": "atLeast", "tro len": "atLeast",
  "से अधिक": "atLeast", "से ज्यादा": "atLeast",
}));

/** Words that join the two ends of a range and need spaces around them (`1000 to 1500`, `15 den 20 trieu`). */
export const RANGE_WORDS: () => readonly string[] = lazy(() => foldedWords([
  "to", "up to", "den", "toi", "hingga", "sampai", "s/d", "sd", "a", "hasta", "hanggang", "se", "से", "hadi", "سے", "до", "देखि", "থেকে",
]));

/**
 * Words that make a nearby amount a cost, loss or debt rather than pay (`visa fee KSh 200,000`,
 * `ransom of $2,000`, `biaya Rp 5 juta`), or what scammers or traffickers promise (`Scammers promise
 * USD 1,500 a month`: an advisory quoting lures, not this job's pay). Pay statements are read for
 * what the job pays; a pay word nearer the amount still wins (`no scammers here, salary USD 1,500`).
 */
export const NOT_PAY_WORDS: () => readonly string[] = lazy(() => foldedWords([
  "fee", "fees", "deposit", "charge", "charges", "cost", "costs", "ticket", "airfare", "bond", "loan", "debt",
  "fine", "fines", "penalty", "penalties", "ransom", "bail", "release", "tuition", "price", "worth", "invest",
  "investment", "capital", "revenue", "loss", "losses", "lost", "stolen", "scammed", "defrauded", "sold", "bought",
  "scammer", "scammers", "fraudster", "fraudsters", "trafficker", "traffickers",
  "repay", "repaid", "funding", "raised", "turnover", "budget", "valuation", "valued", "voucher", "vouchers",
  "prize", "jackpot", "recruit", "confirm", "reserve", "biaya", "bayar", "jaminan", "denda", "tebusan", "phi", "chi phi", "coc", "phat", "chuoc", "giu cho",
  "ค่าธรรมเนียม", "ค่าใช้จ่าย", "ค่าหัว", "ค่านายหน้า", "ค่าปรับ", "ค่าไถ่", "ค่าตั๋ว", "ทุนจดทะเบียน", "ลงทุน",
  "ประกันอุบัติเหตุ", "ประกันชีวิต", "ยอดขาย", "ค่ารักษาพยาบาล", "ค่าดำเนินการ", "ค่าเอกสาร", "ค่าวีซ่า", "ค่าสมัคร",
  "ค่ามัดจำ", "เงินมัดจำ", "ค่าตรวจโรค", "费", "押金", "罚款",
  "赎金", "保证金", "买", "卖", "违约金", "违约", "수수료", "보증금", "벌금", "몸값", "위약금", "배상금",
  // Japanese costs and penalties: "違約金として30万円" is what leaving costs, not what the job pays.
  "違約金", "違約", "罰金", "手数料", "保証金", "費用", "借金", "bayad", "multa", "gharama", "faini", "शुल्क",
  "फीस", "जुर्माना", "खर्च", "খরচ", "জামানত", "tarifa", "cuota", "deposito", "rescate",
  // Spanish costs to the worker: "pagás solo el trámite (250 USD)", "debes depositar 300 dólares".
  // Not "pagas" (also the salary payments of "14 pagas"), "depositar" or "abonar" ("te vamos a depositar").
  "tramite", "tramites", "papeleo", "depositas", "abonas", "inscripcion", "matricula", "pagues",
]));

/** Negations that cancel a cost word (`no fees`, `tanpa biaya`, `miễn phí`). */
export const NEGATIONS: () => readonly string[] = lazy(() => foldedWords([
  "no", "zero", "free", "without", "never", "tanpa", "bebas", "gratis", "khong", "mien", "walang", "bila", "sin",
  "ไม่มี", "ไม่เสีย", "免", "无", "不收", "없음", "무료", "बिना",
]));

/** Words marking an amount as a bonus or commission rather than the pay itself. */
export const BONUS_WORDS: () => readonly string[] = lazy(() => foldedWords([
  "bonus", "bonuses", "sign-on", "signing bonus", "commission", "commissions", "incentive", "incentives",
  "allowance", "tips", "thuong", "hoa hong", "提成", "奖金", "보너스", "โบนัส", "ค่าคอม", "komisi", "insentif",
  "tunjangan",
]));

/** Nouns that show a bare scaled number counts something other than money (`3 juta pengguna`, `10万人`). */
export const COUNT_NOUNS: () => readonly string[] = lazy(() => foldedWords([
  "people", "persons", "users", "views", "followers", "members", "downloads", "visitors", "subscribers",
  "orang", "pengguna", "penduduk", "jiwa", "nguoi", "luot", "人", "名", "个", "次", "粉", "户", "명", "회", "건",
  "คน", "लोग", "व्यक्ति", "watu",
]));
