/**
 * Contact channels of a posting: messaging apps, phone numbers, e-mail addresses, websites and
 * street addresses. Scam-compound recruiters steer applicants to Telegram, WhatsApp, Line, Zalo,
 * WeChat or KakaoTalk and rarely give a corporate e-mail, a website or an office address
 * (indicators.md §4 "Channels", §9.2), so `messagingOnly` is the feature the rules lean on.
 *
 * Speed: a posting is read once, token by token (see {@link AnchorIndex}); the channel patterns only
 * run, as sticky regexes, where a token could start one. A single alternation of every pattern run
 * over the whole text costs about 100 times more.
 */
// The full ("max") metadata, for the number type: a landline is a way to reach an employer that a
// messaging-only recruiter does not give. It costs about 4 ms more at import than "min".
import { parsePhoneNumberFromString, type CountryCode, type PhoneNumber } from "libphonenumber-js/max";
import type { Evidence, FeatureContext, NormalizedField } from "../types.js";
import { evidenceFor } from "./evidence.js";
import { lazy } from "./lazy.js";
import { normalizeText } from "../normalize/normalize.js";

/** Messaging apps recruiters move the conversation to. */
export type MessagingApp =
  | "telegram"
  | "whatsapp"
  | "signal"
  | "line"
  | "wechat"
  | "zalo"
  | "viber"
  | "kakaotalk"
  | "messenger"
  | "qq"
  | "imo";

/** Every kind of contact channel the extractor reports. */
export type ContactKind = MessagingApp | "facebook" | "tiktok" | "instagram" | "phone" | "email" | "website";

/** One contact channel found in the posting. */
export interface ContactChannel {
  kind: ContactKind;
  /** Handle, link, number (E.164 when it could be parsed) or address, as typed; absent for a bare app name. */
  value?: string;
  evidence: Evidence;
}

/** A phone number. `e164` and `country` are absent when the number has no country code and no country could be guessed. */
export interface PhoneContact {
  e164?: string;
  /** ISO 3166-1 alpha-2 code of the number's country. */
  country?: string;
  /** A fixed-line number by its country's numbering plan (not one that may also be a mobile). */
  landline?: boolean;
  evidence: Evidence;
}

/** An e-mail address, reduced to what matters for screening: its domain and whether anyone can open one there. */
export interface EmailContact {
  domain: string;
  /** True for free webmail (gmail.com, yahoo.*, outlook.com, qq.com, 163.com, proton.me ...). */
  free: boolean;
  evidence: Evidence;
}

/** Output of {@link extractContacts}. */
export interface ContactsFeature {
  /** Every channel, in reading order; a bare app name mentioned twice is listed once. */
  channels: ContactChannel[];
  /** Distinct messaging apps, in order of first mention. */
  messagingApps: MessagingApp[];
  phones: PhoneContact[];
  emails: EmailContact[];
  /** An e-mail address on a domain that is not free webmail. */
  hasCorporateEmail: boolean;
  /** A URL or domain that is not a social network, messaging app, link shortener, form host or job board. */
  hasWebsite: boolean;
  /**
   * A street address, postal code or P.O. box (see {@link findStreetAddresses}). Only looked for when it
   * can change `messagingOnly` (a messaging app, and no corporate e-mail, website or landline); call
   * `findStreetAddresses` for the full answer. In `ScreenResult.features` it also holds, and
   * `messagingOnly` does not, where the legitimacy lexicons read a street address (`legitimacy.streetAddress`).
   */
  hasStreetAddress: boolean;
  /** A fixed-line phone number (see {@link PhoneContact.landline}). */
  hasLandline: boolean;
  /** At least one messaging app, and no corporate e-mail, no website, no street address and no landline. */
  messagingOnly: boolean;
  evidence: Evidence[];
}

/** Options of {@link extractContacts}. */
export interface ContactsOptions {
  /**
   * ISO alpha-2 country used to read numbers written without a country code. When absent, the
   * country of the first international number in the posting is used, then the country of the
   * posting's language (Thai → TH, Vietnamese → VN ...).
   */
  defaultCountry?: string;
  /**
   * Whether a span of the posting is quoted rather than said by the ad: an advisory's list of warning
   * signs ("Red flags: … recruiters reachable only on Telegram") names apps nobody is reached on.
   * A bare app name for which this holds is not a channel; a handle, link or number still is.
   */
  quoted?: (evidence: Evidence) => boolean;
}

const MESSAGING_APPS: ReadonlySet<string> = new Set<MessagingApp>([
  "telegram",
  "whatsapp",
  "signal",
  "line",
  "wechat",
  "zalo",
  "viber",
  "kakaotalk",
  "messenger",
  "qq",
  "imo",
]);

/**
 * Languages spoken mainly in one country, so that a local number in a posting written in them can be
 * read (ISO 639-3 → ISO 3166 alpha-2). English, Spanish, Tamil and Arabic are left out on purpose:
 * their postings come from too many countries to guess.
 */
export const LANGUAGE_HOME_COUNTRY: Readonly<Record<string, string>> = {
  tha: "TH",
  vie: "VN",
  khm: "KH",
  mya: "MM",
  lao: "LA",
  ind: "ID",
  zsm: "MY",
  msa: "MY",
  fil: "PH",
  tgl: "PH",
  ceb: "PH",
  nep: "NP",
  npi: "NP",
  ben: "BD",
  sin: "LK",
  kor: "KR",
  jpn: "JP",
  hin: "IN",
  tel: "IN",
  cmn: "CN",
  zho: "CN",
  yue: "HK",
  swh: "KE",
  swa: "KE",
  amh: "ET",
  urd: "PK",
  tur: "TR",
};

/** The country a posting's language points to, if the language is spoken mainly in one country. */
export function homeCountryOfLanguage(code: string | undefined): string | undefined {
  return code === undefined ? undefined : LANGUAGE_HOME_COUNTRY[code];
}

/**
 * Languages read as a home language in several countries. A Swahili ad for Dar es Salaam or a
 * Portuguese one for Luanda is local; one for Dubai is not. Arabic leaves out the UAE: nine in ten
 * of its workers are foreign, and Dubai is where recruits who read Arabic are sent (indicators §3).
 * English is left out: its ads are local in most of the countries that send or receive workers.
 */
const LANGUAGE_HOME_COUNTRIES: Readonly<Record<string, readonly string[]>> = {
  swa: ["KE", "TZ", "UG", "RW", "CD"],
  swh: ["KE", "TZ", "UG", "RW", "CD"],
  por: ["BR", "PT", "AO", "MZ", "CV", "GW", "ST", "TL"],
  spa: ["ES", "MX", "CO", "AR", "PE", "VE", "CL", "EC", "GT", "CU", "BO", "DO", "HN", "PY", "SV", "NI", "CR", "PA", "UY", "PR", "GQ"],
  ara: ["SA", "EG", "IQ", "JO", "KW", "LB", "LY", "MA", "OM", "QA", "SY", "TN", "YE", "BH", "DZ", "SD", "PS", "MR"],
  rus: ["RU", "BY", "KZ", "KG", "UZ", "TJ", "UA", "MD"],
  ben: ["BD", "IN"],
  urd: ["PK", "IN"],
  tam: ["IN", "LK"],
  cmn: ["CN", "TW", "HK", "MO"],
  zho: ["CN", "TW", "HK", "MO"],
  yue: ["HK", "MO", "CN"],
  msa: ["MY", "BN"],
  zsm: ["MY", "BN"],
};

const HOME_COUNTRY_SETS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ...Object.entries(LANGUAGE_HOME_COUNTRY).map(([code, country]): [string, ReadonlySet<string>] => [code, new Set([country])]),
  ...Object.entries(LANGUAGE_HOME_COUNTRIES).map(([code, countries]): [string, ReadonlySet<string>] => [code, new Set(countries)]),
]);

/**
 * Every country a posting's language is read in as a home language, for telling work at home from
 * work abroad; undefined when the language is read too widely to say (English).
 */
export function homeCountriesOfLanguage(code: string | undefined): ReadonlySet<string> | undefined {
  return code === undefined ? undefined : HOME_COUNTRY_SETS.get(code);
}

// ---------------------------------------------------------------------------------------------
// Shared matching machinery (also used by the places feature).

/** [a-z] → 1–26, [0-9] → 27–36, anything else → 0. */
const ALNUM_CODES = new Uint8Array(128);
for (let c = 97; c <= 122; c++) ALNUM_CODES[c] = c - 96;
for (let c = 48; c <= 57; c++) ALNUM_CODES[c] = c - 21;

function alnumCode(c: number): number {
  return c < 128 ? ALNUM_CODES[c]! : 0;
}

/** Whether a UTF-16 unit is [a-z0-9], the characters of a Latin token in normalised text. Shared by the feature extractors. */
export function isLatinAlnum(c: number): boolean {
  return alnumCode(c) !== 0;
}

/** Whether a sticky pattern matches at `position` (for a lookbehind-only pattern: whether what ends there matches). Shared by the feature extractors. */
export function testAt(pattern: RegExp, text: string, position: number): boolean {
  pattern.lastIndex = position;
  return pattern.test(text);
}

/** Key of the Latin token starting at `i`: its first four [a-z0-9] characters, base 37. */
function tokenKey(text: string, i: number): number {
  let key = 0;
  let length = 0;
  for (; length < 4; length++) {
    const code = alnumCode(text.charCodeAt(i + length));
    if (code === 0) break;
    key = key * 37 + code;
  }
  for (; length < 4; length++) key *= 37;
  return key;
}

/**
 * An index of the places in a text where one of many names may start. Latin names are keyed by
 * the first four characters of their first token (so `tele` finds telegram and telephone, and a
 * two-letter name such as `wa` only the token `wa`); names in other scripts are keyed by their
 * first two characters (Thai, Chinese and Korean text would otherwise hit at nearly every
 * character), or by one character for one-character anchors such as `@`. {@link AnchorIndex.scan}
 * walks the text once and calls back at every token or character with a key in the index; the
 * caller then runs its sticky patterns there. Shared by the feature extractors.
 */
export class AnchorIndex<T, G> {
  private readonly latin = new Map<number, T[]>();
  private readonly single = new Map<number, T[]>();
  private readonly pairs = new Map<number, T[]>();
  // Open-addressing table from Latin token key to group: a Map lookup per token costs more than the rest of the scan.
  private tableKeys = new Int32Array(0);
  private tableSlots = new Int32Array(0);
  private tableMask = 0;
  private readonly latinGroups: G[] = [];
  private readonly singleGroups = new Map<number, G>();
  private readonly pairGroups = new Map<number, G>();
  /** Bit 1: a one-character anchor starts here; bit 2: a two-character anchor may. */
  private readonly flags = new Uint8Array(65536);
  /** Filter on character pairs, so most pairs skip the map lookup. */
  private readonly pairFilter = new Uint8Array(65536);
  private digitGroup: G | undefined;

  /** Registers `value` under the anchor string `anchor` (normalised text). */
  add(rawAnchor: string, value: T): void {
    const anchor = asNormalizedText(rawAnchor);
    if (anchor.length === 0) return;
    const first = anchor.charCodeAt(0);
    let map: Map<number, T[]>;
    let key: number;
    if (alnumCode(first) !== 0) {
      map = this.latin;
      key = tokenKey(anchor, 0);
    } else if (anchor.length >= 2 && alnumCode(anchor.charCodeAt(1)) === 0) {
      map = this.pairs;
      key = first * 65536 + anchor.charCodeAt(1);
    } else {
      map = this.single;
      key = first;
    }
    const list = map.get(key) ?? [];
    if (!list.includes(value)) list.push(value);
    map.set(key, list);
  }

  /** Builds the per-key groups once all anchors are added; `digits` (optional) is visited at every token that starts with a digit. */
  compile(build: (values: readonly T[]) => G, digits?: G): this {
    let size = 64;
    while (size < this.latin.size * 4) size *= 2;
    this.tableKeys = new Int32Array(size).fill(-1);
    this.tableSlots = new Int32Array(size);
    this.tableMask = size - 1;
    for (const [key, values] of this.latin) {
      let slot = hashKey(key) & this.tableMask;
      while (this.tableKeys[slot] !== -1) slot = (slot + 1) & this.tableMask;
      this.tableKeys[slot] = key;
      this.tableSlots[slot] = this.latinGroups.push(build(values)) - 1;
    }
    for (const [key, values] of this.single) {
      this.singleGroups.set(key, build(values));
      this.flags[key]! |= 1;
    }
    for (const [key, values] of this.pairs) {
      const first = Math.floor(key / 65536);
      // A pair group also holds the one-character anchors of its first character.
      this.pairGroups.set(key, build([...(this.single.get(first) ?? []), ...values]));
      this.flags[first]! |= 2;
      this.pairFilter[pairHash(first, key % 65536)] = 1;
    }
    this.digitGroup = digits;
    return this;
  }

  private latinGroup(key: number): G | undefined {
    let slot = hashKey(key) & this.tableMask;
    for (;;) {
      const stored = this.tableKeys[slot]!;
      if (stored === key) return this.latinGroups[this.tableSlots[slot]!];
      if (stored === -1) return undefined;
      slot = (slot + 1) & this.tableMask;
    }
  }

  /**
   * Walks `text` and calls `visit(position, group)` where an anchor may start. `visit` returns the
   * position to continue from (the end of what it matched), or -1 to go on with the next token.
   */
  scan(text: string, visit: (position: number, group: G) => number): void {
    const n = text.length;
    const flags = this.flags;
    let i = 0;
    while (i < n) {
      const c = text.charCodeAt(i);
      const code = c < 128 ? ALNUM_CODES[c]! : 0;
      if (code !== 0) {
        // Read the token once: its key (first four characters) and its end.
        let key = code;
        let length = 1;
        let end = i + 1;
        while (end < n) {
          const d = text.charCodeAt(end);
          const dc = d < 128 ? ALNUM_CODES[d]! : 0;
          if (dc === 0) break;
          if (length < 4) {
            key = key * 37 + dc;
            length++;
          }
          end++;
        }
        for (; length < 4; length++) key *= 37;
        const group = this.latinGroup(key);
        if (group !== undefined) {
          const next = visit(i, group);
          if (next > i) {
            i = next;
            continue;
          }
        }
        if (this.digitGroup !== undefined && code > 26) {
          const next = visit(i, this.digitGroup);
          if (next > i) {
            i = next;
            continue;
          }
        }
        i = end;
        continue;
      }
      const flag = flags[c]!;
      if (flag !== 0) {
        let group: G | undefined;
        if (flag & 2 && i + 1 < n) {
          const d = text.charCodeAt(i + 1);
          if (this.pairFilter[pairHash(c, d)] === 1) group = this.pairGroups.get(c * 65536 + d);
        }
        if (group === undefined && flag & 1) group = this.singleGroups.get(c);
        if (group !== undefined) {
          const next = visit(i, group);
          if (next > i) {
            i = next;
            continue;
          }
        }
      }
      i++;
    }
  }
}

function pairHash(first: number, second: number): number {
  return (Math.imul(first, 31) + second) & 0xffff;
}

function hashKey(key: number): number {
  return Math.imul(key, 0x9e3779b1) >>> 16;
}

/** One alternative of {@link trieSource}: regex-source units (already escaped) and a guard after its last unit. */
export interface TrieAlternative {
  units: readonly string[];
  guard?: string;
}

/**
 * Regex source that matches any of the alternatives, shaped like a trie (`ba(?:ngkok|vet)`) so the
 * engine never retries a shared prefix. At every node longer alternatives come first, so the longest
 * one wins (`インドネシア` over `インド`). Shared by the feature extractors.
 */
export function trieSource(alternatives: readonly TrieAlternative[]): string {
  interface Node {
    children: Map<string, Node>;
    terminal: boolean;
    guard: string;
  }
  const root: Node = { children: new Map(), terminal: false, guard: "" };
  for (const alternative of alternatives) {
    let node = root;
    for (const unit of alternative.units) {
      let child = node.children.get(unit);
      if (!child) {
        child = { children: new Map(), terminal: false, guard: "" };
        node.children.set(unit, child);
      }
      node = child;
    }
    node.terminal = true;
    node.guard = alternative.guard ?? "";
  }
  const emit = (node: Node): string => {
    const branches = [...node.children.entries()].map(([unit, child]) => unit + emit(child));
    if (node.terminal) branches.push(node.guard);
    if (branches.length === 0) return "";
    return branches.length === 1 ? branches[0]! : `(?:${branches.join("|")})`;
  };
  return emit(root);
}

/**
 * A pattern source or literal as it appears in normalised text. NFKC splits some Indic, Thai and Lao
 * letters (Thai ำ becomes ํ + า) and turns Korean chat initials (ㅌㄹ) into conjoining jamo, so
 * literals typed in the usual form would never match. Only those scripts are touched: they hold no
 * regex syntax, unlike full-width punctuation.
 */
export function asNormalizedText(source: string): string {
  return source.replace(/[\u0900-\u0fff\u3130-\u318f]+/g, (run) => run.normalize("NFKC"));
}

/** Regex source of a literal character. */
export function escapeRegexChar(ch: string): string {
  return /[\\^$.*+?()[\]{}|\/-]/.test(ch) ? `\\${ch}` : ch;
}

// ---------------------------------------------------------------------------------------------
// Channel rules. Each rule is a sticky regex tried at the positions of its anchors, in the order
// listed: links and handle-bearing forms before bare app names. `(?<V>...)` marks the value. A rule
// starts exactly at its anchor, so "via tele" is written `tele(?<=via\stele)`.

interface ChannelRule {
  kind: ContactKind;
  anchors: readonly string[];
  source: string;
  /** The whole match is the value (links). */
  valueIsMatch?: boolean;
}

const E = "(?![a-z0-9])";
const WEB = "(?:https?:\\/\\/)?(?:www\\.)?";
const WEB_ANCHORS = ["http", "https", "www"];
const HANDLE = "@[a-z0-9_]{3,32}";
const PATH = "[^\\s<>\"'()\\[\\]{}，。、]";
const LIST_JOIN = "\\s{0,2}(?:[\\/,&|]|or|and|atau|hoac|va)\\s{0,2}";
const APP_NAMES_BEFORE = "(?:whatsapp|telegram|wechat|viber|zalo|kakaotalk|(?<![a-z0-9])wa|(?<![a-z0-9])tg)";
const APP_NAMES_AFTER = "(?:whatsapp|telegram|wechat|viber|zalo|kakaotalk|signal|wa|tg)(?![a-z0-9])";
const CONTACT_VERBS =
  "via|on|contact|add|inbox|ib|pm|dm|hubungi|lien he|ket ban|nhan tin|chat|join|qua|ib qua|message (?:me|us) on|reach (?:me|us) on";

const TELEGRAM_OTHER_NAMES = [
  "纸飞机", "紙飛機", "小飞机", "小飛機", "电报", "電報", "เทเลแกรม", "เทเลเกรม", "텔레그램", "テレグラム",
  "телеграм", "телеграмм", "تيليجرام", "تلغرام", "تليجرام", "টেলিগ্রাম", "टेलीग्राम", "टेलिग्राम", "टेलेग्राम",
  // Korean misspellings and chat shortenings.
  "텔래그램", "텔레그렘", "텔그", "텔레그람", "뗄레그램", "뗄레", "ㅌㄹㄱㄹ", "tele그램", "텔레gram",
  // Russian slang ("пиши в телегу"), Urdu, Tamil, Sinhala and Amharic spellings.
  "телегу", "телеге", "ٹیلی گرام", "ٹیلیگرام", "டெலிகிராம்", "ටෙලිග්රෑම්", "ቴሌግራም",
  "តេឡេក្រាម", "តេលេក្រាម", "ເທເລແກຣມ", "တယ်လီဂရမ်",
];
const WHATSAPP_OTHER_NAMES = [
  "ватсап", "ватсапп", "вотсап", "вацап", "واتساب", "واتس اب", "واتس آب", "ওয়াটসঅ্যাপ", "হোয়াটসঅ্যাপ",
  "হোয়াটস অ্যাপ", "হোয়াটসআপ", "হোয়াটসএপ", "व्हाट्सएप", "व्हाट्सऐप", "व्हाट्सअप", "व्हाट्सप", "วอทส์แอพ", "วอทส์แอป",
  "วอทแอพ", "วอทสแอป", "วอทแอป", "วอตส์แอป", "วอทส์แอ็ป", "왓츠앱", "왓츠 앱", "ワッツアップ",
  // Brazilian "zapzap", Urdu, Tamil, Sinhala, Hindi (ह्वा) and Amharic spellings.
  "zapzap", "واٹس ایپ", "واٹس اپ", "வாட்ஸ்அப்", "වට්ස්ඇප්", "ह्वाट्सएप", "ዋትስአፕ", "ዋትሳፕ", "ວັອດແອັບ",
  // Nepali and further Hindi spellings.
  "ह्वाट्सअप", "वाट्सएप", "वाट्सअप", "वॉट्सऐप", "वॉट्सएप", "व्हॉट्सऐप", "व्हॉट्सएप",
  // Hindi spellings without the long vowel or with a doubled final consonant.
  "वट्सएप", "वट्सऐप", "व्हाट्सएप्प", "व्हाट्सऐप्प", "वाट्सएप्प",
  // Bengali spellings without অ্যা.
  "হোয়াটসাপ", "হোয়াটস্যাপ", "হোয়াটসআ্যাপ",
];
const WECHAT_OTHER_NAMES = ["微信", "威信", "薇信", "徽信", "위챗"];
const FACEBOOK_OTHER_NAMES = ["脸书", "臉書", "เฟซบุ๊ก", "เฟสบุ๊ค", "เฟสบุ๊ก", "เฟซบุ๊ค", "페이스북", "フェイスブック", "फेसबुक", "ফেসবুক", "ហ្វេសប៊ុក", "фейсбук"];
const TIKTOK_OTHER_NAMES = ["抖音", "ติ๊กต็อก", "ติ๊กต๊อก", "ติ๊กต๊อค", "틱톡", "ティックトック", "टिकटॉक", "টিকটক"];
const INSTAGRAM_OTHER_NAMES = ["인스타그램", "인스타", "อินสตาแกรม", "ไอจี", "インスタグラム", "インスタ", "इंस्टाग्राम", "ইনস্টাগ্রাম"];
const IMO_OTHER_NAMES = ["ইমো", "ইমু", "আইএমও", "इमो"];
// Bengali Facebook posts say "মেসেঞ্জারে নক করুন". Only the locative (মেসেঞ্জারে, "on Messenger") or "ফেসবুক
// মেসেঞ্জার" names the app: a bare মেসেঞ্জার (or the Hindi मैसेंजर) is also an office courier's job title.
const MESSENGER_OTHER_NAMES = ["মেসেঞ্জারে", "ম্যাসেঞ্জারে", "মেসেন্জারে", "ফেসবুক মেসেঞ্জার", "ফেসবুক ম্যাসেঞ্জার"];
const VIBER_OTHER_NAMES = ["вайбер", "ভাইবার", "वाइबर", "भाइबर", "भाईबर", "ไวเบอร์", "ቫይበር", "ဗိုင်ဘာ"];

const alt = (names: readonly string[]): string => names.map((n) => n.replace(/[.*+?^${}()|[\]\\\/]/g, "\\$&")).join("|");

const CHANNEL_RULES: ChannelRule[] = [
  // Links.
  {
    kind: "telegram",
    anchors: [...WEB_ANCHORS, "t", "telegram"],
    source: `${WEB}(?:t|telegram)\\.(?:me|dog)\\/\\+?[a-z0-9_]{2,64}(?:\\/[a-z0-9_]{1,64})?`,
    valueIsMatch: true,
  },
  { kind: "telegram", anchors: ["tg"], source: "tg:\\/\\/resolve\\?domain=[a-z0-9_]{3,32}", valueIsMatch: true },
  { kind: "whatsapp", anchors: [...WEB_ANCHORS, "wa"], source: `${WEB}wa\\.me\\/(?<V>\\+?\\d{6,15})` },
  { kind: "whatsapp", anchors: [...WEB_ANCHORS, "api", "web"], source: `${WEB}(?:api|web)\\.whatsapp\\.com\\/send\\/?\\?phone=(?<V>\\+?\\d{6,15})` },
  {
    kind: "whatsapp",
    anchors: [...WEB_ANCHORS, "chat", "whatsapp", "wa"],
    source: `${WEB}(?:chat\\.whatsapp\\.com\\/(?:invite\\/)?[a-z0-9]{6,40}|whatsapp\\.com\\/channel\\/[a-z0-9]{6,40}|wa\\.link\\/[a-z0-9]{3,20})`,
    valueIsMatch: true,
  },
  {
    kind: "line",
    anchors: [...WEB_ANCHORS, "line", "lin", "page"],
    source: `${WEB}(?:line\\.me\\/[a-z0-9\\/~@%_.\\-]{3,80}|lin\\.ee\\/[a-z0-9]{3,20}|page\\.line\\.me\\/[a-z0-9]{3,30})`,
    valueIsMatch: true,
  },
  {
    kind: "wechat",
    anchors: [...WEB_ANCHORS, "u", "weixin", "wx"],
    source: `${WEB}(?:u\\.wechat\\.com|weixin\\.qq\\.com|wx\\.qq\\.com)\\/${PATH}{2,80}`,
    valueIsMatch: true,
  },
  { kind: "zalo", anchors: [...WEB_ANCHORS, "zalo"], source: `${WEB}zalo\\.me\\/[a-z0-9_]{3,40}`, valueIsMatch: true },
  {
    kind: "viber",
    anchors: [...WEB_ANCHORS, "invite", "chats", "viber"],
    source: `${WEB}(?:invite\\.viber\\.com|chats\\.viber\\.com|viber\\.click)\\/${PATH}{2,80}`,
    valueIsMatch: true,
  },
  {
    kind: "kakaotalk",
    anchors: [...WEB_ANCHORS, "open", "pf"],
    source: `${WEB}(?:open\\.kakao\\.com\\/o\\/[a-z0-9]{4,20}|pf\\.kakao\\.com\\/[a-z0-9_]{2,30})`,
    valueIsMatch: true,
  },
  { kind: "messenger", anchors: [...WEB_ANCHORS, "m", "messenger"], source: `${WEB}(?:m\\.me|messenger\\.com\\/t)\\/[a-z0-9._\\-]{2,60}`, valueIsMatch: true },
  { kind: "qq", anchors: [...WEB_ANCHORS, "qm"], source: `${WEB}qm\\.qq\\.com\\/${PATH}{2,60}`, valueIsMatch: true },
  {
    kind: "facebook",
    anchors: [...WEB_ANCHORS, "m", "web", "mbasic", "facebook", "fb"],
    source: `${WEB}(?:m\\.|web\\.|mbasic\\.)?(?:facebook\\.com|fb\\.com|fb\\.me|fb\\.watch)(?:\\/${PATH}{1,100})?`,
    valueIsMatch: true,
  },
  {
    kind: "tiktok",
    anchors: [...WEB_ANCHORS, "vt", "vm", "m", "tiktok"],
    source: `${WEB}(?:vt\\.|vm\\.|m\\.)?tiktok\\.com(?:\\/${PATH}{1,100})?`,
    valueIsMatch: true,
  },
  {
    kind: "instagram",
    anchors: [...WEB_ANCHORS, "instagram", "instagr"],
    source: `${WEB}(?:instagram\\.com|instagr\\.am)(?:\\/[a-z0-9._]{1,60})?`,
    valueIsMatch: true,
  },

  // An app name followed by a handle or an id.
  {
    kind: "telegram",
    anchors: ["telegram", "telegramm", "tele", "tg", "tlgrm", "飞机", "飛機", "✈", ...TELEGRAM_OTHER_NAMES],
    source: `(?:(?:telegramm?|tele|tg|tlgrm)${E}|飞机|飛機|✈|${alt(TELEGRAM_OTHER_NAMES)})\\s{0,2}(?:id|username|user|handle|account|acc|号|號)?\\s{0,2}[:：=\\-–]?\\s{0,2}(?<V>${HANDLE})`,
  },
  { kind: "line", anchors: ["line", "ไลน์"], source: `(?:line|ไลน์)\\s{0,2}(?:id|ไอดี)\\s{0,2}[:：=]\\s{0,2}(?<V>@?[a-z0-9._\\-]{3,30})` },
  { kind: "line", anchors: ["line", "ไลน์", "แอดไลน์"], source: `(?:แอด)?(?:line|ไลน์)\\s{0,2}(?:id|ไอดี)?\\s{0,2}[:：=]?\\s{0,2}(?<V>@[a-z0-9._\\-]{3,30})` },
  { kind: "line", anchors: ["id"], source: `id\\s{0,2}line${E}\\s{0,2}[:：=]\\s{0,2}(?<V>@?[a-z0-9._\\-]{3,30})` },
  {
    kind: "wechat",
    anchors: ["wechat", "we", "weixin", "vx", "wx", "v", ...WECHAT_OTHER_NAMES],
    source: `(?:(?:wechat|we\\s?chat|weixin|vx|wx)${E}|${alt(WECHAT_OTHER_NAMES)}|v信)\\s{0,2}(?:id|号|號|hao)?\\s{0,2}[:：=]\\s{0,2}(?<V>[a-z][a-z0-9_\\-]{5,19}|\\+?\\d[\\d \\-]{6,16}\\d)`,
  },
  { kind: "qq", anchors: ["qq", "扣扣"], source: `(?:qq|扣扣)\\s{0,2}(?:群|号|號|group|id)?\\s{0,2}[:：]?\\s{0,2}(?<V>\\d{5,11})(?!\\d)` },
  {
    kind: "kakaotalk",
    anchors: ["kakao", "kakaotalk", "ktalk", "카톡", "카카오"],
    source: `(?:(?:kakao\\s?talk|kakao|ktalk)${E}|카톡|카카오톡|카카오)\\s{0,2}(?:id|아이디)\\s{0,2}[:：=]?\\s{0,2}(?<V>[a-z0-9._\\-]{3,30})`,
  },

  // Bare app names, guarded where the word has an everyday meaning.
  { kind: "telegram", anchors: ["telegram", "telegramm", "tele", "telegarm", "tlgrm"], source: `(?:telegramm?|tele\\s?gram|telegarm|tlgrm)${E}` },
  { kind: "telegram", anchors: TELEGRAM_OTHER_NAMES, source: alt(TELEGRAM_OTHER_NAMES) },
  // Korean chat initials ㅌㄹ (Telegram) and 라인 (LINE, also a production line) only next to a handle, an ID or 문의.
  // "ㅌㄹ 주셈 @id" (message me on Telegram): a short request may sit between the initials and the handle.
  { kind: "telegram", anchors: ["ㅌㄹ"], source: "ㅌㄹ(?=\\s{0,2}(?:[:：@]|문의|아이디|id(?![a-z]))|\\s{0,2}(?:주셈|주삼|주세요|줘요|ㄱㄱ|로)\\s{0,2}[:：]?\\s{0,2}@[a-z0-9_]{3,32})" },
  { kind: "line", anchors: ["라인"], source: "라인\\s?(?:아이디|id(?![a-z]))" },
  // Thai chat shortening "เทเล" (Telegram), only in front of a handle: alone it also starts other loanwords (เทเลวิชั่น).
  { kind: "telegram", anchors: ["เทเล"], source: "เทเล(?=\\s{0,2}[:：]?\\s{0,2}@[a-z0-9_]{3,32})" },
  // 飞机 is also "aeroplane" (飞机票 = plane ticket): it needs a handle marker or a contact verb.
  {
    kind: "telegram",
    anchors: ["飞机", "飛機"],
    source: "(?:飞机|飛機)(?=\\s{0,2}(?:[:：@]|号|號|群|联系|聯繫|咨询|諮詢))|(?:飞机|飛機)(?<=(?:加|联系|聯繫|私信|私聊|咨询|諮詢|找)\\s{0,2}(?:飞机|飛機))(?!票|场|場|航班)",
  },
  // "tele" also starts telesales and telemarketing.
  {
    kind: "telegram",
    anchors: ["tele"],
    source: `tele(?<=(?:${CONTACT_VERBS}|sdt|no|nomor)\\s(?:us\\s)?tele)${E}(?!\\s?-?\\s?(?:sales?|marketing|caller|calling|communications?|health|medicine|phone|vision|com|work|support)${E})|tele(?=\\s{0,2}[:：@])`,
  },
  {
    kind: "telegram",
    anchors: ["tg"],
    source: `tg(?=\\s{0,2}(?:[:：@]|id${E}|group|channel|grup|nhom))|tg(?<=(?:${CONTACT_VERBS})\\s(?:us\\s)?tg)${E}`,
  },
  { kind: "telegram", anchors: ["텔레"], source: "텔레(?!비|마|콤|파|포|그램|워크)" },
  // Vietnamese chat spellings: "tê lê" (Telegram) and "zl" (Zalo). Both are also syllables or
  // initials of other words, so they count only before a handle or number or after a contact cue.
  {
    kind: "telegram",
    anchors: ["te"],
    source: `te\\s?-?\\s?le(?=\\s{0,2}[:：]?\\s{0,2}@[a-z0-9_]{3,32})|te\\s?-?\\s?le(?<=(?:${CONTACT_VERBS}|sdt)\\s(?:us\\s)?te\\s?-?\\s?le)${E}`,
  },
  {
    kind: "zalo",
    anchors: ["zl"],
    source: `zl(?=\\s{0,2}[:：.]?\\s{0,2}(?:\\+84|0\\d|\\d{3}[\\d .\\-]{5}))|zl(?<=(?:${CONTACT_VERBS}|sdt|add|kb)\\s(?:us\\s)?zl)${E}`,
  },
  {
    kind: "whatsapp",
    // Spanish speakers write it as they say it: "guasap".
    // "vvhatsapp" writes the w as two v's to slip past keyword filters.
    anchors: ["whatsapp", "whatsap", "whatapp", "whats", "wats", "wassap", "wasap", "whtsapp", "wtsapp", "guasap", "vvhatsapp", "vvhatsap", "vvhats", "vvats"],
    source: `(?:whats?\\s?app?s?|whatsap+|wats\\s?app?|wassap+|wasap+|whtsapp?|wtsapp?|guasap+|vvhats?\\s?app?s?|vvats\\s?app?)${E}`,
  },
  { kind: "whatsapp", anchors: WHATSAPP_OTHER_NAMES, source: alt(WHATSAPP_OTHER_NAMES) },
  // "WA" is Indonesian and Malay shorthand, but also Washington in "Seattle, WA".
  {
    kind: "whatsapp",
    anchors: ["wa"],
    source: `wa(?<!,\\s?wa)(?=\\s{0,2}[:：.]?\\s{0,2}(?:\\+|0\\d|\\(\\+?\\d|\\d{3}[\\d \\-]{5})|\\s(?:me|only|saja|aja|ya|admin)${E})|wa(?<=(?:no|nomor|nmr|hub|hubungi|contact|chat|via|call|text|sms|dm|ib|pc|pm|inbox|kontak|cp|klik|join|grup|group)\\.?\\s{0,2}wa)${E}`,
  },
  // Latin-American shorthand "wsp" and "whats": "wsp" is also WSP, the engineering firm, and "whats" an
  // unpunctuated English "what's", so they count only before a phone number or after a contact cue.
  {
    kind: "whatsapp",
    anchors: ["wsp", "whats"],
    source: `(?:wsp|whats)(?=\\s{0,2}[:：.]?\\s{0,2}(?:\\+|0\\d|\\(\\+?\\d|\\d{2,3}[\\d \\-]{5}))|wsp(?<=(?:(?<![a-z0-9])(?:contacto|contactar|contactanos|contactame|escribenos|escribeme|escribir|escribe|mensaje|info|informes|solo|unicamente) (?:por |via |al )?|(?<![a-z0-9])(?:al|via|mi) )wsp)${E}`,
  },
  // Signal only as the app: "on Signal", "Signal app", "WhatsApp/Signal", never "a strong signal".
  {
    kind: "signal",
    anchors: ["signal"],
    source: `signal\\s?(?:app|messenger)${E}|signal(?<=(?:via|on|through|thru|using|use|add (?:me|us) on|contact (?:me|us) on|message (?:me|us) on|reach (?:me|us) on|text (?:me|us) on|dm (?:me|us) on|hubungi (?:via|lewat|di)|lewat|qua)\\s(?:the\\s)?signal)${E}(?!\\s?(?:processing|strength|integrity|quality|analysis|intelligence|engineers?|engineering|chains?|flow|lights?|towers?|box|boost|booster|jammers?|levels?|theory|detection|transduction|pathways?|noise|transmission|conditioning|generators?|coverage|loss|path|of|to|from)${E})|signal\\s{0,2}[:：]\\s{0,2}(?=\\+|@|\\d)|signal(?<=${APP_NAMES_BEFORE}${LIST_JOIN}signal)${E}|signal(?=${LIST_JOIN}${APP_NAMES_AFTER})`,
  },
  // Line only with an id, an "add"/"contact" verb, a label or next to another app; never "online" or "line manager".
  {
    kind: "line",
    anchors: ["line", "id", "แอดไลน์", "ไลน์"],
    source: `line\\s{0,2}(?:id|official|oa)${E}|line\\s?@|id\\s{0,2}line${E}|line(?<=(?:add|contact|via|hubungi|tambahkan|chat (?:me |us )?on|message (?:me |us )?on|add (?:me|us) on|ทัก|แอด)\\s{0,2}line)${E}(?!\\s(?:items?|breaks?|numbers?|managers?|cooks?|leaders?|workers?|supervisors?|of|up|graphs?|charts?|art)${E})|แอดไลน์|ไลน์ไอดี|(?<!ออน|ออฟ|ออฟ์|เดด|แอร์|ไทม์|ไกด์|เฮด)ไลน์(?!\\s?(?:ผลิต|การผลิต|ประกอบ))`,
  },
  { kind: "line", anchors: ["@"], source: `@line${E}` },
  {
    kind: "line",
    anchors: ["line"],
    source: `line(?<=(?:^|[\\n|,;/•·(（\\[]|\\s(?:or|and|atau|hoac|หรือ))\\s{0,3}line)(?=\\s{0,2}[:：]\\s{0,2}@?[a-z0-9])|line(?<=${APP_NAMES_BEFORE}${LIST_JOIN}line)${E}(?!\\s(?:managers?|cooks?|leaders?|workers?|supervisors?)${E})|line(?=${LIST_JOIN}${APP_NAMES_AFTER})`,
  },
  {
    kind: "wechat",
    anchors: ["wechat", "we", "weixin", "vx", "wx", "v", "微", ...WECHAT_OTHER_NAMES],
    source: `(?:wechat|weixin)${E}|we\\s?chat(?=\\s{0,2}(?:id${E}|[:：]))|(?:${alt(WECHAT_OTHER_NAMES)})(?<!(?:与|和|及|、|于|於|仅次于)(?:${alt(WECHAT_OTHER_NAMES)}))(?!\\s?(?:公众号|公眾號|小程序|支付|生态|生態|营销|行銷|运营|運營|平台|开发|開發|视频号|視頻號|、|等|和|及))|v信|(?:vx|wx|v|微)(?<=(?:加|\\+|➕|联系|聯繫|add)\\s{0,2}(?:vx|wx|v|微))(?![a-z0-9])|(?:vx|wx)(?=\\s{0,2}(?:[:：]|id${E}|号|號))`,
  },
  { kind: "zalo", anchors: ["zalo"], source: `zalo${E}` },
  { kind: "viber", anchors: ["viber", ...VIBER_OTHER_NAMES], source: `viber${E}|${alt(VIBER_OTHER_NAMES)}` },
  // imo, the messaging app of South Asian migrant workers. The Latin word is also "in my opinion", so it
  // counts only as a contact: before a number, or listed with another app.
  { kind: "imo", anchors: IMO_OTHER_NAMES, source: alt(IMO_OTHER_NAMES) },
  {
    kind: "imo",
    anchors: ["imo"],
    source: `(?<![a-z0-9])imo(?=\\s{0,2}(?:[:：]|no\\.?\\s|number|num|\\+?\\d)|\\s{0,2}[\\/,&]\\s{0,2}(?:whats\\s?app|viber|wa)${E})|(?<=(?:whats\\s?app|viber|wa)\\s{0,2}[\\/,&]\\s{0,2})imo${E}`,
  },
  {
    kind: "kakaotalk",
    anchors: ["kakao", "kakaotalk", "카카오", "카톡", "오픈채팅", "오픈카톡", "오픈톡"],
    source: `kakao\\s?talk${E}|kakao(?=\\s{0,2}(?:[:：]|id${E}))|카카오톡|카톡|오픈채팅|오픈카톡|오픈톡|카카오\\s?(?:아이디|id)`,
  },
  {
    kind: "messenger",
    anchors: ["fb", "facebook", "messenger"],
    source: `(?:fb|facebook)\\s?messenger${E}|messenger(?=\\s{0,2}(?:app${E}|[:：]))|messenger(?<=(?:via|on|through|thru|inbox|pm|dm|message (?:me |us )?on|chat (?:me |us )?on|contact (?:me |us )?on|hubungi (?:via|lewat|di)|lien he qua|nhan tin qua|qua)\\s(?:fb\\s|facebook\\s)?messenger)${E}`,
  },
  { kind: "messenger", anchors: MESSENGER_OTHER_NAMES, source: alt(MESSENGER_OTHER_NAMES) },
  {
    kind: "qq",
    anchors: ["qq", "扣扣"],
    source: `qq\\s{0,2}(?:群|号|號)|qq(?=\\s{0,2}(?:[:：]|group${E}|id${E}))|qq(?<=(?:加|联系|聯繫)\\s{0,2}qq)${E}|扣扣`,
  },
  {
    kind: "facebook",
    anchors: ["face", "facebook", "fb", ...FACEBOOK_OTHER_NAMES],
    source: `face\\s?book${E}|fb(?=\\s{0,2}(?:pages?|groups?|account|acc|name|[:：]))|fb(?<=(?:via|on|inbox|pm|dm|our|add|follow|like|ib|at|di|qua|sa)\\s(?:us\\s)?fb)${E}|${alt(FACEBOOK_OTHER_NAMES)}`,
  },
  { kind: "tiktok", anchors: ["tik", "tiktok", ...TIKTOK_OTHER_NAMES], source: `tik\\s?tok${E}|${alt(TIKTOK_OTHER_NAMES)}` },
  {
    kind: "instagram",
    anchors: ["insta", "instagram", "ig", ...INSTAGRAM_OTHER_NAMES],
    source: `insta\\s?gram${E}|insta(?=\\s{0,2}[:：@])|ig(?=\\s{0,2}[:：]?\\s{0,2}@[a-z0-9_.]{2})|${alt(INSTAGRAM_OTHER_NAMES)}`,
  },
  // Any other link with a scheme or www.
  { kind: "website", anchors: WEB_ANCHORS, source: `(?:https?:\\/\\/|www\\.)${PATH}{2,200}`, valueIsMatch: true },
];

interface CompiledRule {
  kind: ContactKind;
  sticky: RegExp;
  valueIsMatch: boolean;
  hasValue: boolean;
}


const TLDS =
  "com|net|org|info|biz|co|io|asia|jobs|careers?|works?|company|group|global|tech|ai|app|online|site|xyz|top|vip|shop|store|agency|world|link|live|pro|club|kh|th|vn|ph|id|my|sg|la|mm|in|np|bd|lk|ke|ug|et|ae|cn|hk|mo|tw|jp|kr|uk|us|au|ca|de|fr|es|pe|cl|mx|ng|gh|za|pk|nz|ie|nl|eu";
const TLD_SET: ReadonlySet<string> = new Set(TLDS.replace(/s\?/g, "").split("|").concat(["careers", "works"]));
// The leading lookbehinds keep every start a label start, so no label is rescanned from inside.
const BARE_DOMAIN = new RegExp(`(?<![a-z0-9@.\\-\\/])(?:[a-z0-9][a-z0-9\\-]{0,62}\\.){1,3}(?:${TLDS})(?![a-z0-9\\-])(?:\\/${PATH}{0,200})?`, "y");
const EMAIL_DOMAIN = /(?<![a-z0-9\-])[a-z0-9][a-z0-9\-]{0,62}(?:\.[a-z0-9][a-z0-9\-]{0,62}){1,4}/y;
const OBFUSCATED_EMAIL =
  /(?<![a-z0-9._%+\-])[a-z0-9][a-z0-9._%+\-]{0,63}\s?[\[(]\s?at\s?[\])]\s?[a-z0-9][a-z0-9\-]{0,62}(?:(?:\.|\s?[\[(]\s?dot\s?[\])]\s?)[a-z0-9][a-z0-9\-]{0,62}){1,4}/y;

type ChannelGroup = { rules: CompiledRule[]; email: boolean; obfuscatedEmail: boolean; tld: boolean };

const CHANNEL_INDEX = lazy(() => {
  const compiled: CompiledRule[] = CHANNEL_RULES.map((rule) => ({
    kind: rule.kind,
    sticky: new RegExp(asNormalizedText(rule.source), "yd"),
    valueIsMatch: rule.valueIsMatch === true,
    hasValue: rule.source.includes("(?<V>"),
  }));
  const index = new AnchorIndex<number | "email" | "at" | "tld", ChannelGroup>();
  CHANNEL_RULES.forEach((rule, i) => {
    for (const anchor of rule.anchors) index.add(anchor, i);
  });
  index.add("@", "email");
  index.add("at", "at");
  for (const tld of TLD_SET) index.add(tld, "tld");
  return index.compile((values) => ({
    rules: values
      .filter((v): v is number => typeof v === "number")
      .sort((a, b) => a - b)
      .map((i) => compiled[i]!),
    email: values.includes("email"),
    obfuscatedEmail: values.includes("at"),
    tld: values.includes("tld"),
  }));
});

// Warnings in legitimate ads ("we never contact you on WhatsApp", "beware of scammers on Telegram")
// name the apps without offering them as a channel. The urgency of a lure ("Don't miss this chance,
// message us on Telegram", "Don't wait, WhatsApp +855…") denies nothing about the channel after it.
const NEGATION = new RegExp(asNormalizedText(String.raw`(?:never(?! miss)|will not|won't|would not|(?:do not|don't)(?! (?:hesitate|miss|wait|delay|worry|forget|lose|waste|be (?:shy|late|left out)))|does not|doesn't|not (?:contact|ask|use|recruit|communicate|request)|no (?:recruiter|one) will|beware|be aware|be careful|be cautious|fake (?:accounts?|profiles?|recruiters?|agents?|pages?|numbers?|offers?)|fraudulent|fraudsters?|scammers?|impersonat|tidak pernah|tidak akan|jangan|hati-hati|waspada|penipu|khong bao gio|khong (?:lien he|su dung|yeu cau)|canh giac|gia mao|lua dao|不会|不會|绝不|絕不|決不|从不|從不|谨防|謹防|警惕|冒充|诈骗|詐騙|ไม่เคย|ไม่มีนโยบาย|ระวัง|มิจฉาชีพ|절대|사칭|사기|nunca|cuidado con|estafa|hatutawahi|kamwe)`));
const SENTENCE_END = /[.!?。！？\n।॥]/;

/** Where the sentence holding `start` begins, looking back at most `reach` characters. */
function sentenceStartBefore(text: string, start: number, reach: number): number {
  const from = Math.max(0, start - reach);
  for (let i = start - 1; i >= from; i--) {
    if (SENTENCE_END.test(text[i]!)) {
      // A dot inside a domain or an abbreviation does not end the sentence.
      if (text[i] === "." && i + 1 < start && alnumCode(text.charCodeAt(i + 1)) !== 0) continue;
      return i + 1;
    }
  }
  return from;
}

function isNegated(text: string, start: number): boolean {
  return NEGATION.test(text.slice(sentenceStartBefore(text, start, 60), start));
}

/**
 * Whether a messaging app named with no number, handle or link stands in a warning sentence: then
 * it is how the posting says recruiters must NOT be answered, not how this one is reached. Beyond
 * `NEGATION` (which drops any channel after it), the words of `WARNING_CUE` count for bare names
 * only, before or after them ("…연락하는 곳은 피하세요"), and a one- or two-word exclamation before
 * the sentence belongs to it ("सावधान! …", "WARNING! …").
 */
function namedInAWarning(text: string, start: number, end: number): boolean {
  let sentenceStart = sentenceStartBefore(text, start, 120);
  if (sentenceStart > 0 && text[sentenceStart - 1] === "!") {
    const bang = sentenceStart - 1;
    const headStart = sentenceStartBefore(text, bang, MAX_EXCLAMATION_HEAD + 1);
    // The head is a whole sentence of its own: it starts the text or follows a sentence end.
    if (bang - headStart <= MAX_EXCLAMATION_HEAD && (headStart === 0 || SENTENCE_END.test(text[headStart - 1]!))) sentenceStart = headStart;
  }
  let sentenceEnd = end;
  while (sentenceEnd < text.length && sentenceEnd - end < 80 && !SENTENCE_END.test(text[sentenceEnd]!)) sentenceEnd++;
  return WARNING_CUE.test(text.slice(sentenceStart, sentenceEnd));
}

// ---------------------------------------------------------------------------------------------
// Domains.

const FREE_EMAIL_DOMAINS: ReadonlySet<string> = new Set([
  "gmail.com", "googlemail.com", "ymail.com", "rocketmail.com", "outlook.com", "live.com", "msn.com",
  "aol.com", "icloud.com", "me.com", "mac.com", "proton.me", "protonmail.com", "protonmail.ch", "pm.me",
  "tutanota.com", "tuta.io", "mail.com", "email.com", "zoho.com", "zohomail.com", "mail.ru", "inbox.ru",
  "bk.ru", "list.ru", "qq.com", "foxmail.com", "163.com", "126.com", "yeah.net", "sina.com", "sina.cn",
  "sohu.com", "aliyun.com", "139.com", "189.cn", "naver.com", "daum.net", "hanmail.net", "kakao.com",
  "rediffmail.com", "gmx.com", "gmx.net", "web.de", "yandex.com", "yandex.ru", "hushmail.com", "fastmail.com",
  "inbox.com", "lycos.com", "mailinator.com", "guerrillamail.com", "temp-mail.org",
]);
const FREE_EMAIL_FAMILIES = /^(?:yahoo|hotmail|outlook|live|gmx|yandex|ymail)\.[a-z.]{2,10}$/;

/** Domains whose links are not an employer's own website (social, messaging, shorteners, forms, job boards, webmail). */
const NON_EMPLOYER_DOMAINS: ReadonlySet<string> = new Set([
  "facebook.com", "fb.com", "fb.me", "fb.watch", "m.me", "messenger.com", "instagram.com", "instagr.am",
  "tiktok.com", "twitter.com", "x.com", "youtube.com", "youtu.be", "t.me", "telegram.me", "telegram.org",
  "telegram.dog", "wa.me", "whatsapp.com", "wa.link", "line.me", "lin.ee", "zalo.me", "viber.com",
  "kakao.com", "wechat.com", "weixin.qq.com", "qq.com", "discord.gg", "discord.com", "snapchat.com",
  "bit.ly", "tinyurl.com", "cutt.ly", "s.id", "shorturl.at", "rb.gy", "is.gd", "goo.gl", "t.co", "ow.ly",
  "linktr.ee", "bio.link", "lnk.bio", "forms.gle", "docs.google.com", "drive.google.com", "forms.office.com",
  "linkedin.com", "indeed.com", "jobstreet.com", "jobsdb.com", "glassdoor.com", "jobthai.com", "topcv.vn",
  "vietnamworks.com", "51job.com", "zhaopin.com", "monster.com", "naukri.com", "kalibrr.com",
  "onlinejobs.ph", "bdjobs.com", "merojob.com", "brightermonday.co.ke", "fuzu.com", "bayt.com",
  "craigslist.org", "upwork.com", "jobkorea.co.kr", "saramin.co.kr", "laborum.cl", "chiletrabajos.cl",
  "computrabajo.com", "jooble.org", "glints.com", "karir.com", "ycombinator.com",
]);

function isFreeEmailDomain(domain: string): boolean {
  return FREE_EMAIL_DOMAINS.has(domain) || FREE_EMAIL_FAMILIES.test(domain);
}

/** True when `domain` or one of its parent domains is in `set`. */
function inDomainSet(domain: string, set: ReadonlySet<string>): boolean {
  let d = domain;
  for (;;) {
    if (set.has(d)) return true;
    const dot = d.indexOf(".");
    if (dot < 0 || d.indexOf(".", dot + 1) < 0) return false;
    d = d.slice(dot + 1);
  }
}

const URL_HOST = /^(?:https?:\/\/)?(?:www\.)?([a-z0-9.\-]+)/;

function hostOf(link: string): string {
  const match = URL_HOST.exec(link.toLowerCase());
  return match ? trimEnd(match[1]!, ".") : "";
}

function isLocalPartChar(c: number): boolean {
  return alnumCode(c) !== 0 || c === 46 || c === 95 || c === 37 || c === 43 || c === 45; // . _ % + -
}

// ---------------------------------------------------------------------------------------------
// Phone numbers. Candidates are read from the ORIGINAL text: the normaliser folds digits glued to
// letters (`tel0812…`, `WA0812…`) into letters.

/** Code points of the digit zero of the decimal scripts job ads are written in. */
const DIGIT_ZEROS = [
  0x30, 0x660, 0x6f0, 0x966, 0x9e6, 0xa66, 0xae6, 0xbe6, 0xc66, 0xce6, 0xd66, 0xde6, 0xe50, 0xed0, 0x1040, 0x17e0,
  0xff10,
];

/** Digit value of every UTF-16 unit (-1 for non-digits), so the scan for numbers is one table read per character. */
const DIGIT_VALUES = new Int8Array(65536).fill(-1);
for (const zero of DIGIT_ZEROS) for (let d = 0; d < 10; d++) DIGIT_VALUES[zero + d] = d;

function digitValue(c: number): number {
  return DIGIT_VALUES[c]!;
}

function isPhoneSeparator(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0xa0 || c === 0x2d || c === 0x2e || c === 0x28 || c === 0x29;
}

function isPlus(c: number): boolean {
  return c === 0x2b || c === 0xff0b;
}

/** Characters that, just before a digit run, make it part of something else (a URL, a decimal, a list of amounts). */
function isForeignNeighbour(c: number): boolean {
  return digitValue(c) >= 0 || isPlus(c) || c === 0x2f || c === 0x3d || c === 0x5f || c === 0x23 || c === 0x2d || c === 0x2e || c === 0x2c;
}

// Read on the original text (lower-cased), so Vietnamese cues are listed with and without tones.
const PHONE_CUE = new RegExp(
  "(?<=(?:(?<![a-z0-9])(?:tel|telp|phone|ph|mobile|mob|cell|hp|handphone|hotline|call|contact|sms|text|whatsapp|wa|viber|zalo|line|telegram|tg|wechat|signal|sdt|sđt|dt|đt|so dien thoai|số điện thoại|dien thoai|điện thoại|lien he|liên hệ|goi|gọi|nomor|no|kontak|cp|simu|namba|telefono|teléfono|tlf|celular|cel|movil|móvil|whats)|电话|電話|手机|手機|联系|聯繫|微信|โทร|มือถือ|เบอร์|연락처|전화|휴대폰|핸드폰|携帯|電話番号|फोन|फ़ोन|मोबाइल|ফোন|মোবাইল|📞|☎|📱|✆)(?:\\s(?:us|me|at|on|via|ke|di|qua|so|số|number|no)){0,2}[^\\p{L}\\p{N}]{0,6})",
  "yu",
);
const MONEY_BEFORE = /(?<=(?:usd|us\$|\$|vnd|idr|rp\.?|rm|php|₱|฿|thb|¥|€|£|₹|₫|rs\.?|inr|npr|ksh|kes|aed|sgd|myr|salary|gaji|luong|薪|工资|工資|月薪|เงินเดือน|월급|급여)\s?[:：]?\s?)/iy;
const MONEY_AFTER =
  /\s?(?:usd|us\$|\$|vnd|dong|đ|₫|idr|rp|php|₱|thb|baht|บาท|฿|myr|rm|rmb|cny|yuan|元|块|塊|万|萬|k\b|m\b|jt|juta|ribu|rb|trieu|triệu|tr\b|lakh|lac|crore|npr|inr|rs|₹|taka|tk\b|bdt|ksh|kes|krw|won|원|円|yen|pesos?|ringgit|aed|dhs|dirhams?|sgd|hkd|mmk|kyat|khr|riel|kip|%|\/\s?(?:month|mo|thang|tháng|bulan|月|เดือน|day|ngay|ngày|hari|日|วัน|h|hr|hour|jam|gio|giờ))/iy;
/** A date, a date followed by a serial ("01.01.04-181") or a range of years. */
const DATE_LIKE = /^(?:\d{4}[-./ ]\d{1,2}[-./ ]\d{1,2}|\d{1,2}[-./]\d{1,2}[-./]\d{2,4}(?![\d])|\d{1,2} \d{1,2} \d{4}$|(?:19|20)\d{2}\s?-\s?(?:19|20)\d{2}$)/;
const THOUSANDS = /^\d{1,3}(?:[.,]\d{3}){2,}$/;

interface PhoneCandidate {
  field: NormalizedField;
  start: number;
  end: number;
  digits: string;
  international: boolean;
  cued: boolean;
}


function findPhoneCandidates(field: NormalizedField, excluded: readonly Evidence[]): PhoneCandidate[] {
  const original = field.original;
  const n = original.length;
  const found: PhoneCandidate[] = [];
  let i = 0;
  while (i < n) {
    if (digitValue(original.charCodeAt(i)) < 0) {
      i++;
      continue;
    }
    // Opening "(", "+", "(+", "+ (" just before the first digit belong to the number.
    let start = i;
    if (start > 0 && original.charCodeAt(start - 1) === 0x28) start--;
    if (start > 0 && original.charCodeAt(start - 1) === 0x20 && start > 1 && isPlus(original.charCodeAt(start - 2))) start--;
    if (start > 0 && isPlus(original.charCodeAt(start - 1))) start--;
    if (start > 0 && original.charCodeAt(start - 1) === 0x28) start--;
    const foreign = start > 0 && isForeignNeighbour(original.charCodeAt(start - 1));
    let digits = "";
    let end = i;
    let j = i;
    while (j < n) {
      const value = digitValue(original.charCodeAt(j));
      if (value >= 0) {
        digits += String.fromCharCode(0x30 + value);
        j++;
        end = j;
        continue;
      }
      let k = j;
      while (k < n && k - j < 2 && isPhoneSeparator(original.charCodeAt(k))) k++;
      if (k === j || k >= n) break;
      const next = original.charCodeAt(k);
      if (digitValue(next) < 0 && next !== 0x28) break;
      j = k;
    }
    if (end < n && original.charCodeAt(end) === 0x29 && original.slice(start, end).includes("(")) end++;
    i = Math.max(j, i + 1);
    if (foreign || digits.length < 7 || digits.length > 16) continue;
    if (excluded.some((ev) => ev.field === field.field && start < ev.end && end > ev.start)) continue;
    const raw = original.slice(start, end);
    const plus = raw.includes("+") || raw.includes("＋");
    const doubleZero = !plus && digits.startsWith("00") && digits.length >= 11;
    const international = plus || doubleZero;
    const window = original.slice(Math.max(0, start - 28), start).toLowerCase();
    const cued = testAt(PHONE_CUE, window, window.length);
    if (!international) {
      const shape = raw.replace(/[^\d\s.\-\/]/g, (ch) => String(digitValue(ch.charCodeAt(0))));
      if (DATE_LIKE.test(shape) || THOUSANDS.test(shape)) continue;
      if (testAt(MONEY_BEFORE, original, start) || testAt(MONEY_AFTER, original, end)) continue;
      const trunk = digits.startsWith("0") && digits.length >= 9 && digits.length <= 12;
      if (!trunk && !(cued && digits.length >= 8 && digits.length <= 12)) continue;
    }
    found.push({ field, start, end, digits: doubleZero ? digits.slice(2) : digits, international, cued });
  }
  return found;
}

const MAX_PARSED_PHONES = 8;

function candidateEvidence({ field, start, end }: PhoneCandidate): Evidence {
  return { field: field.field, start, end, text: field.original.slice(start, end) };
}

/** `{ landline: true }` for a number its country's plan lists as fixed-line only, else nothing. */
function landlineOf(parsed: PhoneNumber): { landline?: true } {
  return parsed.getType() === "FIXED_LINE" ? { landline: true } : {};
}

function toPhone(candidate: PhoneCandidate, defaultCountry: string | undefined): PhoneContact | null {
  const evidence = candidateEvidence(candidate);
  if (candidate.international) {
    const parsed = parsePhoneNumberFromString(`+${candidate.digits}`);
    if (!parsed || !parsed.isPossible()) return candidate.cued ? { evidence } : null;
    const countries = parsed.getPossibleCountries();
    const country = parsed.country ?? (countries.length === 1 ? countries[0] : undefined);
    return { e164: parsed.number, ...(country ? { country } : {}), ...landlineOf(parsed), evidence };
  }
  if (defaultCountry) {
    const parsed = parsePhoneNumberFromString(candidate.digits, defaultCountry as CountryCode);
    if (parsed && parsed.isValid()) return { e164: parsed.number, country: parsed.country ?? defaultCountry, ...landlineOf(parsed), evidence };
    return candidate.cued ? { evidence } : null;
  }
  return { evidence };
}

// ---------------------------------------------------------------------------------------------
// Street addresses.

/**
 * Heuristic street-address patterns, on normalised text (lower case, Latin diacritics removed). A match
 * means the posting gives a place one could visit or write to:
 * - a house number, up to three words, then a street word: `12 Norodom Blvd`, `45 Jalan Ampang`,
 *   `123 duong Le Loi`, `88 Calle Mayor` (street words in English, Malay/Indonesian, Vietnamese, Thai
 *   romanised, Spanish, Swahili); words such as "years" or "days" break it, so "2 days on the road" is no address;
 * - a street word, a name, then a number: `Jl. Sudirman No. 5`, `Av. Providencia 1234`; or `St. 271`;
 * - Vietnamese `123 Le Loi, P. Ben Thanh` / `Q.1`; Thai `เลขที่ 99`, `99/12 ถนน...`, `ถนนสุขุมวิท`, `ซอย...`;
 *   Chinese `...路88号`; Korean `테헤란로 123`; Japanese `3丁目`, `1-2-3`; Khmer `ផ្លូវលេខ 271`;
 *   Filipino `Brgy. ...`; Swahili `Barabara ya ...`;
 * - a postal code after its label (`postcode 10110`, `kode pos`, `邮编`, `〒`), a business city next to a
 *   five- or six-digit postal code (`Bangkok 10110`), a P.O. box, or an ordinal floor (`3rd floor`).
 */
const ADDRESS_RULES: { anchors: readonly string[] | "digits"; source: string }[] = [
  {
    anchors: "digits",
    source:
      "(?<![\\p{L}\\p{N}])\\d{1,5}[a-z]?(?:[\\/\\-]\\d{1,4}[a-z]?)?,?\\s{1,2}(?:(?!(?:of|the|on|in|a|an|per|for|to|from|and|or|years?|days?|hours?|months?|weeks?|km|minutes?|mins?|people|persons?|staff)\\s)[\\p{L}\\p{N}.'\\-]{1,20}\\s{1,2}){0,3}(?:street|st|road|rd|avenue|ave|boulevard|blvd|lane|drive|highway|hwy|soi|thanon|jalan|jln|jl|duong|pho|ngo|hem|calle|avenida|carrera|barabara)(?![\\p{L}])",
  },
  { anchors: "digits", source: "\\d{1,5}[a-z]?(?:\\/\\d{1,4})?\\s\\p{L}{2,20}(?:\\s\\p{L}{2,20}){0,3},\\s?(?:p|phuong|q|quan)\\.?\\s?[\\p{L}\\d]" },
  { anchors: "digits", source: "\\d{1,5}\\/\\d{1,4}\\s?(?:หมู่|ม\\.|ถนน|ถ\\.|ซอย|ซ\\.)" },
  { anchors: "digits", source: "(?<=[\\uac00-\\ud7a3](?:로|길)\\s?)(?<!으(?:로|길)\\s?)\\d{1,5}(?:-\\d{1,4})?(?!\\d|\\s?(?:명|개|시|일|월|년|만|천|원|%|분|층))" },
  { anchors: "digits", source: "\\d{1,2}\\s?丁目|\\d{1,4}\\s?番地|(?<!-)\\d{1,3}-\\d{1,3}-\\d{1,3}(?![\\d\\-])" },
  { anchors: "digits", source: "\\d{5,6}\\s(?:bangkok|phnom penh|manila|jakarta|kuala lumpur|singapore|hanoi|ha noi|dubai|yangon|vientiane|kathmandu|dhaka|colombo|nairobi)(?![\\p{L}])" },
  { anchors: "digits", source: "\\d{1,3}(?:st|nd|rd|th)\\s(?:floor|flr)(?![\\p{L}])" },
  {
    anchors: ["jalan", "jln", "jl", "calle", "avenida", "avda", "av", "duong", "pho", "soi", "thanon", "rue", "jiron", "jr"],
    source:
      "(?<![\\p{L}])(?:jalan|jln|jl|calle|avenida|avda|av|duong|pho|soi|thanon|rue|jiron|jr)\\.?\\s{1,2}\\p{L}[\\p{L}.'\\-]{1,25}(?:\\s\\p{L}[\\p{L}.'\\-]{1,25}){0,3},?\\s{1,2}(?:no\\.?\\s?|nomor\\s|so\\s|#\\s?|kav\\.?\\s?|blok\\s)?\\d{1,5}(?!\\d)",
  },
  { anchors: ["street", "st", "phlauv", "ph"], source: "(?:street|st|phlauv|ph)\\.?\\s{0,2}\\d{1,4}(?!\\d|[.,]\\d)" },
  { anchors: ["brgy", "barangay", "barabara", "mtaa"], source: "(?:brgy|barangay)\\.?\\s\\p{L}{3,30}|(?:barabara ya|mtaa wa)\\s\\p{L}{3,30}" },
  {
    anchors: ["postal", "postcode", "post", "zip", "pin", "pincode", "kode", "ma", "邮编", "郵編", "郵便番号", "รหัสไปรษณีย์", "우편번호", "〒"],
    source:
      "(?:postal code|postcode|post code|zip code|zip|pin ?code|kode pos|ma buu chinh|ma buu dien|邮编|郵編|郵便番号|รหัสไปรษณีย์|우편번호)\\s{0,2}[:：]?\\s{0,2}\\d{4,6}|〒\\s?\\d{3}-?\\d{4}",
  },
  {
    anchors: [
      "bangkok", "phnom", "manila", "makati", "taguig", "pasig", "cebu", "jakarta", "kuala", "petaling", "singapore", "hanoi",
      "ha", "ho", "dubai", "yangon", "vientiane", "kathmandu", "dhaka", "colombo", "nairobi", "new", "delhi", "mumbai",
      "bangalore", "bengaluru", "chennai", "hyderabad", "kolkata", "pune", "gurgaon", "gurugram", "noida", "lima", "santiago",
    ],
    source:
      "(?:bangkok|phnom penh|manila|makati|taguig|pasig|cebu|jakarta|kuala lumpur|petaling jaya|singapore|hanoi|ha noi|ho chi minh city|dubai|yangon|vientiane|kathmandu|dhaka|colombo|nairobi|new delhi|delhi|mumbai|bangalore|bengaluru|chennai|hyderabad|kolkata|pune|gurgaon|gurugram|noida|lima|santiago)\\s?,?\\s{0,2}\\d{5,6}(?!\\d)",
  },
  { anchors: ["p", "po"], source: "p\\.?\\s?o\\.?\\s?box\\s{0,2}\\d{1,6}" },
  { anchors: ["lantai", "tang"], source: "(?:lantai|tang)\\s\\d{1,3}(?!\\d)" },
  {
    anchors: ["เลขที่", "ถนน", "ถ.", "ซอย", "แขวง", "ตำบล", "ต."],
    source:
      "เลขที่\\s?\\d{1,5}(?:\\/\\d{1,4})?|ถนน\\s?[\\u0e01-\\u0e4e]{2,30}|ถ\\.\\s?[\\u0e01-\\u0e4e]{2,30}|ซอย\\s?[\\u0e01-\\u0e4e\\d]{1,30}|(?:แขวง|ตำบล|ต\\.)\\s?[\\u0e01-\\u0e4e]{2,30}?\\s{0,2}(?:เขต|อำเภอ|อ\\.)",
  },
  { anchors: ["路", "街", "大道", "巷", "弄"], source: "(?:路|街|大道|巷|弄)\\s?\\d{1,5}\\s?(?:号|號)" },
  { anchors: ["ផ្លូវ"], source: "ផ្លូវ(?:លេខ)?\\s?[\\d០-៩]{1,4}" },
];

const ADDRESS_INDEX = lazy(() => {
  const compiled = ADDRESS_RULES.map((rule) => new RegExp(asNormalizedText(rule.source), "yu"));
  const index = new AnchorIndex<number, RegExp[]>();
  ADDRESS_RULES.forEach((rule, i) => {
    if (rule.anchors !== "digits") for (const anchor of rule.anchors) index.add(anchor, i);
  });
  // Every number token is a candidate house number: one combined regex keeps that cheap.
  const digitRule = new RegExp(
    asNormalizedText(ADDRESS_RULES.flatMap((rule) => (rule.anchors === "digits" ? [`(?:${rule.source})`] : [])).join("|")),
    "yu",
  );
  return index.compile((values) => [...values].sort((a, b) => a - b).map((i) => compiled[i]!), [digitRule]);
});

/**
 * Street addresses, postal codes and P.O. boxes in the posting (heuristic; see `ADDRESS_RULES`).
 * Used for `messagingOnly` here and for `countryOnly` in the places feature.
 */
export function findStreetAddresses(ctx: FeatureContext): Evidence[] {
  const found: Evidence[] = [];
  for (const field of ctx.fields) {
    if (field.field === "url" || field.field === "salary") continue;
    const text = field.text;
    ADDRESS_INDEX().scan(text, (position, rules) => {
      for (const rule of rules) {
        rule.lastIndex = position;
        const match = rule.exec(text);
        if (match && match[0].length > 0) {
          found.push(evidenceFor(field, position, position + match[0].length));
          return position + match[0].length;
        }
      }
      return -1;
    });
  }
  return found;
}

// ---------------------------------------------------------------------------------------------

/**
 * Social platforms listed beside a messaging app when the ad names tools of the job ("Biết sử dụng
 * mạng xã hội (Zalo, Facebook, TikTok)", "quản lý tin nhắn fanpage/Zalo"), in normalised text.
 */
const TOOL_LIST_NEIGHBOUR =
  /(?:facebook|fanpage|tiktok|instagram|youtube|shopee|lazada|tokopedia|twitter|linkedin|website|抖音|小红书|小紅書|微博|淘宝|淘寶)[\s,/&()、，;]{1,4}$|^[\s,/&()、，;]{1,4}(?:facebook|fanpage|tiktok|instagram|youtube|shopee|lazada|tokopedia|twitter|linkedin|website|抖音|小红书|小紅書|微博|淘宝|淘寶)/;
/** Words that make an app in such a list a way to reach the recruiter after all ("liên hệ qua Zalo, Facebook"). */
const CONTACT_CUE_BEFORE = /(?:lien he|nhan tin|ket ban|inbox|contact|hubungi|message|chat with|dm|ib|add|ติดต่อ|แอด|联系|聯繫|聯絡|加我|문의|연락)[^\n.。!?]{0,30}$/;

/**
 * Whether a messaging app with no number, handle or link is named as a tool of the job, in a list
 * with social platforms and with no contact cue before it: then it says nothing about how the
 * recruiter is reached. A Vietnamese marketing ad listing the networks it works on had read as
 * reachable only through Zalo.
 */
function namedAsATool(channel: ContactChannel, ctx: FeatureContext): boolean {
  if (channel.value !== undefined || !MESSAGING_APPS.has(channel.kind)) return false;
  const field = ctx.fields.find((f) => f.field === channel.evidence.field);
  if (!field) return false;
  const { start, end } = channel.evidence;
  // Evidence offsets are into the original text; the slices around it are normalised as every field is.
  const before = normalizeText(field.original.slice(Math.max(0, start - 40), start)).text;
  const after = normalizeText(field.original.slice(end, end + 20)).text;
  if (!TOOL_LIST_NEIGHBOUR.test(before) && !TOOL_LIST_NEIGHBOUR.test(after)) return false;
  return !CONTACT_CUE_BEFORE.test(before);
}

/**
 * Warnings, in the languages of the corpus: "beware of recruiters who contact you only on Telegram"
 * names an app the recruiter is NOT reached on. Explicit warning words only: "not a scam, message us
 * on Telegram" is a lure's own reassurance, so words such as "scam" alone do not count.
 */
/**
 * How advisories say that such offers are common ("fake job posts are spreading on Telegram",
 * "오픈채팅 등에서 … 권유하는 게시물이 늘고 있습니다", "แพร่ระบาด", "泛滥"): a sentence about the apps
 * where lures circulate, not an invitation. Bare app names only (see `WARNING_CUE`); a lure that says
 * so and then gives its handle keeps the handle.
 */
const PREVALENCE_CUE = String.raw`\b(?:are|is)\s(?:spreading|circulating|rampant|on\sthe\srise)\b|\bmarak\b|\bmerajalela\b|\btran\slan\b|(?:게시물|게시글|글|광고|공고|메시지|연락|사례|피해)(?:이|가)\s?(?:늘고|늘어나|급증|확산|퍼지|잇따르)|แพร่ระบาด|ระบาดหนัก|泛滥|氾濫|频发|頻發|猖獗|फैल\s?रहे|बढ्दै\s?गएका|बढ्दो\s?(?:ठगी|घटना)`;

const WARNING_CUE = new RegExp(String.raw`\b(?:beware|be\s(?:careful|wary|cautious|alert)|watch\sout|warning|caution|avoid\s(?:agents?|recruiters?|anyone|people|those|persons|fake|illegal|unlicen[sc]ed|such|offers?|jobs?)|(?:never|do\snot|don'?t)\s(?:trust|believe|reply|respond)|report\s(?:them|such|any|it)|waspada(?:lah)?|hati-hati|berhati-hati|awas|jangan\s(?:percaya|mudah\spercaya|tertipu)|canh\sgiac|can\sthan|coi\schung|dung\s(?:tin|nghe\stheo)|mag-?ingat|huwag\s(?:maniwala|magtiwala|maloko)|cuidado|desconfia|desconfiar|no\s(?:confies|creas)|alerta|tahadhari|jihadhari|usidanganywe|savdhan|saavdhan|sabdhan|shabdhan)\b|ระวัง|อย่าหลงเชื่อ|เตือนภัย|조심|피하세요|피해야|속지\s?마|경고|小心|谨慎|謹慎|警惕|谨防|謹防|提防|気をつけ|सावधान|सतर्क|होसियार|সাবধান|সতর্ক|${PREVALENCE_CUE}`);
/** Longest exclamation ("सावधान!", "WARNING!") read as the head of the warning after it. */
const MAX_EXCLAMATION_HEAD = 16;

const MESSAGING_VALUE_GAP = /^[\s:：\-–=.,()]*(?:(?:number|num|no|nomor|so|số|id|#|号|號|เบอร์|번호)[\s:：.\-]*)?$/iu;
const TRAILING_PUNCTUATION = ".,;:!?)]}>'\"”’";

/** `text` without the trailing characters listed in `chars` (a loop: `/[…]+$/` rescans runs of them). */
function trimEnd(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}

interface FieldScan {
  channels: ContactChannel[];
  emails: EmailContact[];
  linkSpans: Evidence[];
  waNumbers: { digits: string; evidence: Evidence }[];
  hasWebsite: boolean;
  /** Messaging apps already listed: a later bare mention of one is dropped by the dedupe whatever its sentence says. */
  listedApps: Set<string>;
}

function addWebsite(out: FieldScan, evidence: Evidence, bare: boolean): void {
  const host = hostOf(evidence.text);
  if (bare) {
    // A bare domain's TLD must be typed in lower case: "salary.In addition" is a missing space, not a domain.
    const typedHost = evidence.text.slice(0, host.length);
    if (/[A-Z]/.test(typedHost.slice(typedHost.lastIndexOf(".") + 1))) return;
    if (/^[\d.]+$/.test(host.replace(/\.[a-z]+$/, ""))) return;
  }
  out.linkSpans.push(evidence);
  if (isFreeEmailDomain(host) || inDomainSet(host, NON_EMPLOYER_DOMAINS)) return;
  out.hasWebsite = true;
  out.channels.push({ kind: "website", value: evidence.text, evidence });
}

function addEmail(out: FieldScan, field: NormalizedField, start: number, end: number): void {
  if (isNegated(field.text, start)) return;
  const evidence = evidenceFor(field, start, end);
  out.linkSpans.push(evidence);
  const address = evidence.text.toLowerCase();
  const at = /@|\s?[\[(]\s?at\s?[\])]\s?/.exec(address);
  if (!at) return;
  const domain = trimEnd(address.slice(at.index + at[0].length).replace(/\s?[\[(]\s?dot\s?[\])]\s?/g, "."), ".");
  out.emails.push({ domain, free: isFreeEmailDomain(domain), evidence });
  out.channels.push({ kind: "email", value: evidence.text, evidence });
}

function scanField(field: NormalizedField, out: FieldScan): void {
  const text = field.text;
  CHANNEL_INDEX().scan(text, (position, group) => {
    for (const rule of group.rules) {
      rule.sticky.lastIndex = position;
      const match = rule.sticky.exec(text);
      if (!match || match[0].length === 0) continue;
      let end = position + match[0].length;
      if (rule.valueIsMatch) end = position + trimEnd(match[0], TRAILING_PUNCTUATION).length;
      if (end <= position) continue;
      if (isNegated(text, position)) return end;
      const evidence = evidenceFor(field, position, end);
      if (rule.kind === "website") {
        addWebsite(out, evidence, false);
        return end;
      }
      let value: string | undefined;
      if (rule.valueIsMatch) {
        value = evidence.text;
        out.linkSpans.push(evidence);
      } else if (rule.hasValue) {
        const span = match.indices?.groups?.["V"];
        if (span) {
          const valueEvidence = evidenceFor(field, span[0], span[1]);
          value = valueEvidence.text;
          // A WeChat id is often the recruiter's phone number, which should also be listed as a phone.
          if (!(rule.kind === "wechat" && /^\+?\d/.test(value))) out.linkSpans.push(valueEvidence);
          if (rule.kind === "whatsapp" && /^\+?\d+$/.test(value)) {
            out.waNumbers.push({ digits: value.replace(/^\+/, ""), evidence: valueEvidence });
          }
        }
      }
      if (MESSAGING_APPS.has(rule.kind)) {
        // A posting that names an app thousands of times reads one sentence per app, not per mention.
        if (value === undefined && !out.listedApps.has(rule.kind) && namedInAWarning(text, position, end)) return end;
        out.listedApps.add(rule.kind);
      }
      out.channels.push(value === undefined ? { kind: rule.kind, evidence } : { kind: rule.kind, value, evidence });
      return end;
    }
    if (group.email && text.charCodeAt(position) === 0x40) {
      let start = position;
      while (start > 0 && isLocalPartChar(text.charCodeAt(start - 1))) start--;
      while (start < position && !(alnumCode(text.charCodeAt(start)) !== 0)) start++;
      if (start < position) {
        EMAIL_DOMAIN.lastIndex = position + 1;
        const domain = EMAIL_DOMAIN.exec(text);
        if (domain) {
          const end = position + 1 + domain[0].length;
          addEmail(out, field, start, end);
          return end;
        }
      }
    }
    if (group.obfuscatedEmail) {
      // "name [at] domain [dot] com": step back over "[", a space and the local part.
      let k = position - 1;
      if (k >= 0 && text.charCodeAt(k) === 0x20) k--;
      if (k >= 0 && (text[k] === "[" || text[k] === "(")) {
        let start = k;
        if (start > 0 && text.charCodeAt(start - 1) === 0x20) start--;
        while (start > 0 && isLocalPartChar(text.charCodeAt(start - 1))) start--;
        OBFUSCATED_EMAIL.lastIndex = start;
        const match = OBFUSCATED_EMAIL.exec(text);
        if (match && start + match[0].length > position) {
          const end = start + match[0].length;
          addEmail(out, field, start, end);
          return end;
        }
      }
    }
    if (group.tld && position > 0 && text.charCodeAt(position - 1) === 0x2e) {
      // A bare domain: step back over the labels before this TLD.
      let start = position - 1;
      while (start > 0) {
        const c = text.charCodeAt(start - 1);
        if (alnumCode(c) !== 0 || c === 0x2d || c === 0x2e) start--;
        else break;
      }
      const before = start > 0 ? text.charCodeAt(start - 1) : 0;
      if (before === 0x40 || before === 0x2f) return -1;
      while (start < position && alnumCode(text.charCodeAt(start)) === 0) start++;
      BARE_DOMAIN.lastIndex = start;
      const match = BARE_DOMAIN.exec(text);
      if (match && start + match[0].length > position) {
        const end = start + trimEnd(match[0], TRAILING_PUNCTUATION).length;
        if (!isNegated(text, start)) addWebsite(out, evidenceFor(field, start, end), true);
        return end;
      }
    }
    return -1;
  });
}

/** Contact channels of a posting. Never throws; an empty posting gives empty lists and `false` flags. */
export function extractContacts(ctx: FeatureContext, options: ContactsOptions = {}): ContactsFeature {
  const scan: FieldScan = { channels: [], emails: [], linkSpans: [], waNumbers: [], hasWebsite: false, listedApps: new Set() };
  for (const field of ctx.fields) {
    if (field.field === "salary") continue;
    scanField(field, scan);
  }
  const { channels, emails, linkSpans, waNumbers } = scan;

  // Phone numbers: international ones first, so their country can be the default for the rest.
  const candidates: PhoneCandidate[] = [];
  for (const field of ctx.fields) {
    if (field.field === "salary") continue;
    candidates.push(...findPhoneCandidates(field, linkSpans));
  }
  const phones: PhoneContact[] = [];
  for (const wa of waNumbers) {
    const parsed = parsePhoneNumberFromString(`+${wa.digits}`);
    if (parsed && parsed.isPossible()) {
      phones.push(parsed.country ? { e164: parsed.number, country: parsed.country, evidence: wa.evidence } : { e164: parsed.number, evidence: wa.evidence });
    }
  }
  // libphonenumber costs 5–8 µs a parse: each distinct number is parsed once, and at most
  // MAX_PARSED_PHONES per posting (a price list or a page of branch numbers keeps its evidence
  // but not its E.164 forms).
  const parsed = new Map<string, PhoneContact | null>();
  const parse = (candidate: PhoneCandidate, country: string | undefined): PhoneContact | null => {
    const key = `${candidate.international ? "+" : ""}${candidate.digits}`;
    let result = parsed.get(key);
    if (result === undefined) {
      if (parsed.size >= MAX_PARSED_PHONES) {
        return candidate.cued || candidate.international ? { evidence: candidateEvidence(candidate) } : null;
      }
      result = toPhone(candidate, country);
      parsed.set(key, result);
    }
    return result && { ...result, evidence: candidateEvidence(candidate) };
  };
  const international = new Map<PhoneCandidate, PhoneContact | null>();
  for (const candidate of candidates) if (candidate.international) international.set(candidate, parse(candidate, undefined));
  let defaultCountry = options.defaultCountry?.toUpperCase();
  if (defaultCountry === undefined) {
    for (const phone of [...phones, ...international.values()]) {
      if (phone?.country) {
        defaultCountry = phone.country;
        break;
      }
    }
  }
  defaultCountry ??= homeCountryOfLanguage(ctx.language.code);
  for (const candidate of candidates) {
    const phone = candidate.international ? international.get(candidate) : parse(candidate, defaultCountry);
    if (!phone) continue;
    if (phones.some((p) => (p.e164 !== undefined && p.e164 === phone.e164) || overlaps(p.evidence, phone.evidence))) continue;
    phones.push(phone);
  }
  const order = (ev: Evidence): number => ctx.fields.findIndex((f) => f.field === ev.field);
  phones.sort((a, b) => order(a.evidence) - order(b.evidence) || a.evidence.start - b.evidence.start);

  // A messaging app written just before a number takes that number as its value ("Zalo: 0912 345 678").
  for (const channel of channels) {
    if (channel.value !== undefined || !MESSAGING_APPS.has(channel.kind)) continue;
    const field = ctx.fields.find((f) => f.field === channel.evidence.field);
    if (!field) continue;
    const next = phones.find(
      (p) =>
        p.evidence.field === channel.evidence.field &&
        p.evidence.start >= channel.evidence.end &&
        p.evidence.start - channel.evidence.end <= 24 &&
        MESSAGING_VALUE_GAP.test(field.original.slice(channel.evidence.end, p.evidence.start)),
    );
    if (next) channel.value = next.e164 ?? next.evidence.text;
  }
  for (const phone of phones) {
    channels.push({ kind: "phone", value: phone.e164 ?? phone.evidence.text, evidence: phone.evidence });
  }

  const quotedApp = (channel: ContactChannel): boolean =>
    options.quoted !== undefined && channel.value === undefined && MESSAGING_APPS.has(channel.kind) && options.quoted(channel.evidence);
  const deduped = dedupeChannels(channels.filter((channel) => !namedAsATool(channel, ctx) && !quotedApp(channel)));
  deduped.sort((a, b) => order(a.evidence) - order(b.evidence) || a.evidence.start - b.evidence.start);
  const messagingApps: MessagingApp[] = [];
  for (const channel of deduped) {
    if (MESSAGING_APPS.has(channel.kind) && !messagingApps.includes(channel.kind as MessagingApp)) {
      messagingApps.push(channel.kind as MessagingApp);
    }
  }
  const hasCorporateEmail = emails.some((e) => !e.free);
  // Addresses only matter when they could clear `messagingOnly`; most postings skip the search.
  const hasLandline = phones.some((phone) => phone.landline === true);
  const hasStreetAddress = messagingApps.length > 0 && !hasCorporateEmail && !scan.hasWebsite && !hasLandline && findStreetAddresses(ctx).length > 0;
  return {
    channels: deduped,
    messagingApps,
    phones,
    emails,
    hasCorporateEmail,
    hasWebsite: scan.hasWebsite,
    hasStreetAddress,
    hasLandline,
    messagingOnly: messagingApps.length > 0 && !hasCorporateEmail && !scan.hasWebsite && !hasStreetAddress && !hasLandline,
    evidence: deduped.map((c) => c.evidence),
  };
}

function overlaps(a: Evidence, b: Evidence): boolean {
  return a.field === b.field && a.start < b.end && b.start < a.end;
}

/** Drops repeats: the same kind and value, or a bare app name when that app is already listed. */
function dedupeChannels(channels: ContactChannel[]): ContactChannel[] {
  const out: ContactChannel[] = [];
  for (const channel of channels) {
    const key = channel.value?.toLowerCase();
    if (key === undefined) {
      if (out.some((o) => o.kind === channel.kind)) continue;
    } else {
      if (out.some((o) => o.kind === channel.kind && o.value?.toLowerCase() === key)) continue;
      // A channel with a value replaces an earlier bare mention of the same app.
      const bare = out.findIndex((o) => o.kind === channel.kind && o.value === undefined);
      if (bare >= 0) out.splice(bare, 1);
    }
    out.push(channel);
  }
  return out;
}

/**
 * The cue regexes read around every bare app name, for the test that checks each is free of
 * catastrophic backtracking.
 * @internal
 */
export const CONTACT_CUE_PATTERNS: readonly RegExp[] = [NEGATION, WARNING_CUE, TOOL_LIST_NEIGHBOUR, CONTACT_CUE_BEFORE];
