/**
 * Places named in a posting and the role each plays: where the job is, where applicants come from,
 * where they transit, where the company sits. Scam-compound lures name a destination country without
 * a city, name a known hub (Myawaddy, Sihanoukville, the Golden Triangle SEZ), route applicants
 * through a third country, or move them after arrival (indicators.md §3).
 */
import type { Evidence, FeatureContext, FieldName, NormalizedField } from "../types.js";
import { foldPatternSource } from "../normalize/fold.js";
import {
  AnchorIndex,
  asNormalizedText,
  escapeRegexChar,
  findStreetAddresses,
  homeCountriesOfLanguage,
  isLatinAlnum,
  testAt,
  trieSource,
  type TrieAlternative,
} from "./contacts.js";
import { evidenceFor } from "./evidence.js";
import { lazy } from "./lazy.js";
import { inWarningList } from "./travel.js";
import gazetteer from "./data/gazetteer.json";

/** What kind of place a gazetteer entry is. */
export type PlaceKind = "country" | "city" | "border-town" | "sez" | "region";

/**
 * How a place figures in scam-compound recruitment: `hub` (known compound location), `transit`
 * (documented arrival, interview or transfer point), `destination` (destination country or an ordinary
 * city in one), `other` (not documented as a destination; mostly the countries victims come from).
 */
export type PlaceTier = "hub" | "transit" | "destination" | "other";

/**
 * The part a place plays in the posting, read from the cue words around it. `warning`: named in a
 * list of warning signs ("Red flags: typing jobs in Cambodia at USD 2,000"), in a denial ("we do not
 * recruit for Myanmar", "deployment to Myawaddy is suspended"), or as where people were held, which
 * says where lures send people, not where this job is.
 */
export type PlaceRole = "destination" | "origin" | "transit" | "office" | "unknown" | "warning";

/** One place named in the posting. */
export interface PlaceMention {
  /** Gazetteer id, e.g. `myawaddy`. */
  id: string;
  name: string;
  /** ISO 3166-1 alpha-2. */
  country: string;
  kind: PlaceKind;
  tier: PlaceTier;
  role: PlaceRole;
  evidence: Evidence;
}

/** The place the job is said to be (or, after a transfer, will be). */
export interface PlaceDestination {
  id: string;
  name: string;
  country: string;
  kind: PlaceKind;
  tier: PlaceTier;
}

/** Output of {@link extractPlaces}. */
export interface PlacesFeature {
  /** Every place named, in reading order (fields in context order). */
  mentions: PlaceMention[];
  destination: PlaceDestination | null;
  destinationTier: PlaceTier | null;
  /** A known compound hub is named anywhere in the posting, in any role. */
  hubMentioned: boolean;
  /** The destination is only a country: no city, no street address, no other locality next to it. */
  countryOnly: boolean;
  /** Applicants pass through a place in another country than the destination ("fly to Bangkok, then …"). */
  thirdCountryRouting: boolean;
  /** The posting names one destination, then a move to another country ("work in Thailand … transferred to our branch in Myawaddy"). */
  baitAndSwitch: boolean;
  /** Distinct ISO countries named as the applicants' origin. */
  origins: string[];
  /** The ad takes only local applicants ("local staff only", "locals only"): the job is at home for its readers. */
  localHiresOnly: boolean;
  evidence: Evidence[];
}

interface GazetteerPlace {
  id: string;
  name: string;
  country: string;
  kind: string;
  tier: string;
  sources: string[];
  aliases: Record<string, string[]>;
  weakAliases?: string[];
  demonyms?: string[];
  originAliases?: string[];
}

interface PlaceRecord {
  id: string;
  name: string;
  country: string;
  kind: PlaceKind;
  tier: PlaceTier;
}

interface AliasTarget {
  place: PlaceRecord;
  weak: boolean;
  originOnly: boolean;
  /** Spellings with Latin diacritics (NFKC, lower case, separators removed); see `diacriticsAgree`. */
  diacriticForms: Set<string> | null;
}

/** Version of the bundled gazetteer. */
export const GAZETTEER_VERSION: string = gazetteer.version;

// The JSON is read as loosely typed data (optional alias languages differ per entry).
const PLACES: () => readonly GazetteerPlace[] = lazy(() => gazetteer.places as unknown as GazetteerPlace[]);
const RECORDS = lazy(
  () =>
    new Map<string, PlaceRecord>(
      PLACES().map((p) => [p.id, { id: p.id, name: p.name, country: p.country, kind: p.kind as PlaceKind, tier: p.tier as PlaceTier }]),
    ),
);

/** A gazetteer entry by id. */
export function lookupPlace(id: string): PlaceDestination | undefined {
  const record = RECORDS().get(id);
  return record ? { ...record } : undefined;
}

// ---------------------------------------------------------------------------------------------
// Alias index. Names are found with the shared anchor index: one pass over the text, and at each
// token (or character, for scripts without spaces) that could start a name, one sticky regex built
// as a trie of the names sharing that start.

const SEPARATORS = /[\s\-'’.]+/g;
const SEPARATOR_SOURCE = "[\\s\\-'’.]{0,2}";
const LATIN_DIACRITIC = /[\u00c0-\u024f\u1e00-\u1eff\u0300-\u036f]/;

/** The key an alias and a matched span share: folded, separators removed. */
function aliasKey(folded: string): string {
  return folded.replace(SEPARATORS, "");
}

interface BuildIssue {
  key: string;
  ids: string[];
}

/** Boundary guards by script: what may not come just before and just after a name. */
function scriptGuards(ch: string): { lead: string; trail: string } {
  const cp = ch.codePointAt(0)!;
  // Latin tokens get their leading boundary from the anchor index itself.
  if ((cp >= 0x61 && cp <= 0x7a) || (cp >= 0x30 && cp <= 0x39)) return { lead: "", trail: "(?![a-z0-9])" };
  if (cp >= 0x0400 && cp <= 0x04ff) return { lead: "(?<![\\u0400-\\u04ff])", trail: "(?![\\u0400-\\u04ff])" };
  // Devanagari, Bengali, Tamil, Sinhala and Arabic attach case endings (दुबईमा, থাইল্যান্ডে): guard the start only.
  // Devanagari endings start with a consonant (मा, को, बाट), so a vowel sign, nasal mark, virama or nukta after a
  // name makes another word of it: बैंकको (the bank's) is not बैंकक (Bangkok), भारती (a name) not भारत.
  // Bengali writes its locative as a vowel sign (থাইল্যান্ডে) and keeps the start-only guard.
  if (cp >= 0x0900 && cp <= 0x097f) return { lead: "(?<![\\u0900-\\u097f])", trail: "(?![\\u0900-\\u0903\\u093a-\\u094f\\u0955-\\u0957\\u0962\\u0963])" };
  if (cp >= 0x0980 && cp <= 0x09ff) return { lead: "(?<![\\u0980-\\u09ff])", trail: "" };
  if (cp >= 0x0b80 && cp <= 0x0bff) return { lead: "(?<![\\u0b80-\\u0bff])", trail: "" };
  if (cp >= 0x0d80 && cp <= 0x0dff) return { lead: "(?<![\\u0d80-\\u0dff])", trail: "" };
  if (cp >= 0x0600 && cp <= 0x06ff) return { lead: "(?<![\\u0600-\\u06ff])", trail: "" };
  // Katakana names must not be the start of a longer word (タイ in タイプ, セブ in セブン).
  if (cp >= 0x30a0 && cp <= 0x30ff) return { lead: "", trail: "(?![\\u30a0-\\u30ff])" };
  // Han, Thai, Lao, Khmer, Burmese and Hangul run words together: no boundary can be required.
  return { lead: "", trail: "" };
}

interface AliasPattern {
  alternative: TrieAlternative;
  lead: string;
}

// "Cambodian ID" names who may apply as surely as "Cambodian nationals" does.
const PEOPLE_NOUNS =
  "applicants?|candidates?|nationals?|citizens?|workers?|job\\s?seekers?|passport\\s?holders?|residents?|graduates?|talents?|only|(?:national\\s?)?id(?:\\s?cards?)?(?:\\s?holders?)?";
const DEMONYM_OFFSET = 1 << 20;

interface PlaceIndex {
  /** Alias key → the place it names. */
  aliases: Map<string, AliasTarget>;
  anchors: AnchorIndex<number, { alias: RegExp | null; demonym: RegExp | null }>;
  demonymToPlace: Map<string, PlaceRecord>;
  aliasCount: number;
  buildIssues: BuildIssue[];
}

/** Every alias and demonym of the gazetteer, folded, indexed by anchor and compiled into tries. */
function buildPlaceIndex(): PlaceIndex {
  const aliases = new Map<string, AliasTarget>();
  const buildIssues: BuildIssue[] = [];
  const patterns: AliasPattern[] = [];
  const anchors = new AnchorIndex<number, { alias: RegExp | null; demonym: RegExp | null }>();
  const registeredSpellings = new Set<string>();

  const register = (alias: string, place: GazetteerPlace, weak: boolean, originOnly: boolean): void => {
    const lower = alias.normalize("NFKC").toLowerCase();
    const folded = foldPatternSource(lower).trim();
    if (folded.length === 0) return;
    const key = aliasKey(folded);
    const record = RECORDS().get(place.id)!;
    const diacritic = LATIN_DIACRITIC.test(lower) ? lower.replace(SEPARATORS, "") : null;
    const existing = aliases.get(key);
    if (existing) {
      if (existing.place.id !== place.id) {
        buildIssues.push({ key, ids: [existing.place.id, place.id] });
        return;
      }
      // The same name listed strong and weak (or in two languages) keeps its strongest reading.
      existing.weak &&= weak;
      existing.originOnly &&= originOnly;
      if (diacritic) (existing.diacriticForms ??= new Set()).add(diacritic);
    } else {
      aliases.set(key, { place: record, weak, originOnly, diacriticForms: diacritic ? new Set([diacritic]) : null });
    }
    const tokens = folded.split(SEPARATORS).filter((t) => t.length > 0);
    // "Campuchia" and "Cam pu chia" share a key but start with different tokens: both need a pattern.
    const spelling = tokens.join(" ");
    if (registeredSpellings.has(spelling)) return;
    registeredSpellings.add(spelling);
    const units: string[] = [];
    tokens.forEach((token, i) => {
      if (i > 0) units.push(SEPARATOR_SOURCE);
      for (const ch of token) units.push(escapeRegexChar(ch));
    });
    const lastToken = tokens[tokens.length - 1]!;
    const { lead } = scriptGuards(tokens[0]![0]!);
    const { trail } = scriptGuards(Array.from(lastToken).pop()!);
    const id = patterns.push({ alternative: { units, guard: trail }, lead }) - 1;
    // Joined spellings ("phnompenh", "osmach") start with a different token than the spaced one.
    anchors.add(tokens.join(" "), id);
    anchors.add(tokens.join(""), id);
  };

  for (const place of PLACES()) {
    for (const names of Object.values(place.aliases)) for (const name of names) register(name, place, false, false);
    for (const name of place.weakAliases ?? []) register(name, place, true, false);
    for (const name of place.originAliases ?? []) register(name, place, false, true);
  }

  const demonyms: { text: string; place: PlaceRecord }[] = [];
  for (const place of PLACES()) {
    for (const d of place.demonyms ?? []) demonyms.push({ text: foldPatternSource(d.toLowerCase()), place: RECORDS().get(place.id)! });
  }
  demonyms.forEach((d, i) => anchors.add(d.text, DEMONYM_OFFSET + i));

  anchors.compile((ids) => {
    const named = ids.filter((id) => id < DEMONYM_OFFSET).map((id) => patterns[id]!);
    const people = ids.filter((id) => id >= DEMONYM_OFFSET).map((id) => demonyms[id - DEMONYM_OFFSET]!.text);
    return {
      alias: named.length ? new RegExp(`${named[0]!.lead}${trieSource(named.map((a) => a.alternative))}`, "y") : null,
      demonym: people.length
        ? new RegExp(`(${people.map((d) => d.replace(/ /g, "\\s")).join("|")})(?:e?s)?\\s(?:${PEOPLE_NOUNS})(?![a-z0-9])`, "y")
        : null,
    };
  });
  return { aliases, anchors, demonymToPlace: new Map(demonyms.map((d) => [d.text, d.place] as const)), aliasCount: patterns.length, buildIssues };
}

const PLACE_INDEX = lazy(buildPlaceIndex);

/** Size and integrity of the compiled gazetteer; `collisions` lists names claimed by two places. */
export function describeGazetteer(): { version: string; places: number; aliases: number; collisions: BuildIssue[] } {
  const { aliasCount, buildIssues } = PLACE_INDEX();
  return { version: GAZETTEER_VERSION, places: PLACES().length, aliases: aliasCount, collisions: buildIssues.map((i) => ({ ...i })) };
}

// ---------------------------------------------------------------------------------------------
// Guards against common-word readings of Latin names.

/** "Mr. Macau", "bunga kamboja" (frangipani). */
const BEFORE_GUARD = /(?<=(?<![a-z])(?:mr|mrs|ms|miss|mx|dr|sr|sra|srta|prof|sir|madam|bunga|pohon)\.?\s{1,2})/y;
/** "Dubai chocolate", "Thai cuisine", "Kampot pepper", "manila envelope", "Preah Sihanouk Blvd". */
const AFTER_GUARD =
  /[\s\-]{1,2}(?:chocolates?|food|foods|cuisine|restaurants?|massage|curry|tea|coffee|pepper|dish|dishes|noodles?|cooking|cook|chefs?|recipes?|language|speakers?|speaking|script|font|translators?|interpreters?|boxing|silk|envelopes?|folders?|paper|hemp|rope|blvd|boulevard|avenue|ave|street|st|road|rd|fried|style|time|standard time)(?![a-z])/y;
/** "nhân viên đa năng" (multi-skilled staff) typed without tones reads as Da Nang. */
const DANANG_GUARD = /(?<=(?<![a-z])(?:nhan vien|nv|may|phong|san|ky nang|thiet bi|ghe|ban|noi|xe|tu|ke|dung cu|bep)\s)/y;

/** Vietnamese "lao động" (labour), "lao vào", "lao đao" typed without tones read as Laos. */
const LAO_GUARD = /[ \t](?:dong|dao|vao|luc|cong|tam|xuong|len|ra|toi|xao|nhao|dau|ly)(?![a-z])/y;

/** A span typed with Vietnamese or other Latin diacritics must match the diacritics of the place name. */
function diacriticsAgree(target: AliasTarget, typed: string): boolean {
  if (!target.diacriticForms || !LATIN_DIACRITIC.test(typed)) return true;
  return target.diacriticForms.has(typed.normalize("NFC").toLowerCase().replace(SEPARATORS, ""));
}

// ---------------------------------------------------------------------------------------------
// Role cues. "Before" cues must end right where the place name starts (allowing "the", "our",
// a country word and punctuation); "after" cues must start right after it.

/** Punctuation that may sit between a cue and the name ("Location: Bangkok", "in (Phnom Penh)"). */
const TAIL_CHARS = new Set([..." \t\u00a0:：,-–—(（\"“'‘["]);
/** Words that may sit between a cue and the name ("work in the Philippines", "sang nuoc Lao", "ไปประเทศ..."). */
const FILLER_WORDS: ReadonlySet<string> = new Set(["the", "our", "a", "an", "this", "beautiful", "sunny", "nuoc", "negara", "xu", "tinh", "tp", "kota", "provinsi"]);
const FILLER_PAIRS: ReadonlySet<string> = new Set(["thanh pho", "province of", "city of", "state of"]);
const FILLER_UNSPACED = ["ประเทศ", "เมือง", "นคร", "국가", "나라"].map(asNormalizedText);

function skipTail(text: string, position: number): number {
  while (position > 0 && TAIL_CHARS.has(text[position - 1]!)) position--;
  return position;
}

/** Start of the filler word ending at `position`, or `position` when there is none. */
function fillerStart(text: string, position: number): number {
  let start = position;
  while (start > 0 && isLatinAlnum(text.charCodeAt(start - 1))) start--;
  if (start < position) {
    const word = text.slice(start, position);
    if (start > 1 && text[start - 1] === " ") {
      let first = start - 1;
      while (first > 0 && isLatinAlnum(text.charCodeAt(first - 1))) first--;
      if (first < start - 1 && FILLER_PAIRS.has(`${text.slice(first, start - 1)} ${word}`)) return first;
    }
    return FILLER_WORDS.has(word) ? start : position;
  }
  for (const word of FILLER_UNSPACED) if (text.startsWith(word, position - word.length)) return position - word.length;
  return position;
}

/**
 * Where the cue before a name must end: the name's start, moved back over punctuation and up to two
 * filler words. Done by hand so the cue regex is tried at one exact position; letting the regex
 * skip them itself multiplies its work by every way of splitting the gap.
 */
function cueEnd(text: string, start: number): number {
  let position = skipTail(text, start);
  for (let fillers = 0; fillers < 2; fillers++) {
    const back = fillerStart(text, position);
    if (back === position) break;
    position = skipTail(text, back);
  }
  return position;
}

/** Regex source of a cue list: Latin cues must start at a word boundary, others need not. */
function beforeCue(latin: readonly string[], other: readonly string[]): string {
  const parts: string[] = [];
  if (latin.length) parts.push(`(?<![a-z0-9])(?:${latin.join("|")})`);
  if (other.length) parts.push(`(?:${other.join("|")})`);
  return parts.join("|");
}

const SWITCH_BEFORE = beforeCue(
  [
    "(?:transfer(?:red|ring|s)?|sen[dt]|dispatch(?:ed)?|redeploy(?:ed)?|reassign(?:ed)?|brought|taken|driven|escorted|smuggled|cross(?:ing|es|ed)?(?: the)?(?: border| river)?) (?:you |them |workers |staff )?(?:over )?(?:in)?to(?: (?:our|the|a|an|another|their)? ?(?:branch|office|site|company|partner company|sister company|team|project|compound|park|zone|base)(?: (?:in|at))?)?",
    "(?:dipindah(?:kan)?|dikirim|dibawa|dialihkan|menyeberang|nyebrang) ke(?: cabang(?: di)?)?",
    "(?:chuyen|dieu chuyen|dua|vuot bien|bang qua) (?:sang|qua|den|toi)",
    "(?:ililipat|inilipat|tatawid) sa",
    "(?:trasladad[oa]s?|transferid[oa]s?|enviad[oa]s?|cruzar) (?:a|hacia)",
  ],
  ["转到", "轉到", "转去", "轉去", "调到", "調到", "调往", "調往", "派往", "送往", "送到", "带到", "帶到", "偷渡到", "偷渡去", "越境到", "ย้ายไป", "ส่งตัวไป", "ส่งไป", "ข้ามไป", "ข้ามแดนไป"],
);

const TRANSIT_BEFORE = beforeCue(
  [
    "via",
    "through",
    "thru",
    "transit(?:ing)?(?: (?:in|at|via|through))?",
    "in transit (?:in|at|through)",
    "stop ?over (?:in|at)",
    "layover (?:in|at)",
    "connecting (?:in|at|through)",
    "change planes? (?:in|at)",
    "(?:job )?interviews? (?:will be )?(?:held )?(?:in|at)",
    "meet (?:us |me |our agent |the agent |our team )?(?:in|at)",
    "(?:pick(?:ed)? ?up|pickup) (?:at|in|from)",
    "melalui",
    "lewat",
    "singgah (?:di)?",
    "wawancara di",
    "qua canh(?: tai| o)?",
    "di qua",
    "thong qua",
    "qua duong",
    "phong van (?:tai|o)",
    "dadaan sa",
    "pasando por",
    "(?:con )?escala en",
    "kupitia",
  ],
  ["经由", "經由", "途经", "途經", "取道", "转道", "轉道", "过境", "過境", "经", "經", "ผ่าน", "แวะ"],
);

const OFFICE_BEFORE = beforeCue(
  [
    "(?:head|main|registered|corporate|parent|global|regional|representative|liaison) offices? (?:is |are )?(?:located )?(?:in|at)",
    "head ?quarter(?:s|ed)? (?:is |are )?(?:located )?(?:in|at)",
    "hq (?:is )?(?:in|at)",
    "headquartered in",
    "registered in",
    "incorporated in",
    "parent company (?:is )?(?:in|from)",
    "(?:a |an )?company (?:based |registered )?from",
    "kantor pusat(?: di)?",
    "berkantor pusat di",
    "terdaftar di",
    "tru so(?: chinh)?(?: tai| o)?",
    "van phong (?:chinh|dai dien)(?: tai| o)?",
    "sede (?:central |principal |social )?en",
    "oficina (?:central|principal) en",
    "makao makuu (?:yako |yetu )?(?:iko )?(?:huko|nchini)?",
  ],
  ["总部(?:位于|在|设在)?", "總部(?:位於|在|設在)?", "总公司(?:在|位于)?", "總公司(?:在|位於)?", "สำนักงานใหญ่(?:ที่|อยู่ที่)?", "(?:มี(?:สำนักงาน)?|สำนักงาน)สาขา(?:ที่|ใน|อยู่ที่)?", "본사(?:는)?", "本社(?:は)?"],
);

const DESTINATION_BEFORE = beforeCue(
  [
    "(?:work|working|job|jobs|employment|positions?|roles?|vacanc(?:y|ies)|openings?|opportunit(?:y|ies)|careers?|hiring|placement|posting|assignment|deploy(?:ment|ed)?|stationed|assigned|relocat(?:e|ion|ing)|based|located|situated|duty station|work ?site|workplace|office|branch|site|project|contract|employer|company) (?:is |are |will be )?(?:located )?(?:in|at|from)",
    "(?:work|job|office|duty) location",
    "location",
    "work ?place",
    "job site",
    "lugar de trabajo",
    "ubicacion",
    "(?:trabajar|trabajo|empleo|vacante) en",
    "(?:kerja|bekerja|lowongan(?: kerja)?|loker|penempatan|ditempatkan|lokasi(?: kerja| penempatan)?|tempat kerja) (?:di|ke)?",
    "(?:lam viec|viec lam|lam|tuyen dung|tuyen|xuat khau lao dong|xkld|xuat canh|noi lam viec|dia diem(?: lam viec)?|cong viec) (?:tai|o|sang|di|qua)?",
    "(?:trabaho|magtrabaho|nagtatrabaho) sa",
    "(?:kazi|kufanya kazi|ajira) (?:nchini|huko|katika)?",
  ],
  [
    "工作地点",
    "工作地點",
    "工作地",
    "上班地点",
    "上班地點",
    "地点",
    "地點",
    "坐标",
    "座標",
    "位于",
    "位於",
    "派驻",
    "派駐",
    "常驻",
    "常駐",
    "赴",
    "前往",
    "远赴",
    "遠赴",
    "ทำงานที่",
    "ทำงานใน",
    "ทำงาน",
    "ไปทำงาน(?:ที่|ใน|ยัง)?",
    "สถานที่ทำงาน",
    "สถานที่ปฏิบัติงาน",
    "ประจำ(?:ที่)?",
    "근무지",
    "근무 ?지역",
    "근무처",
    "勤務地",
    "勤務先",
    "कार्यस्थल",
  ],
);

/** Origin cues: "from", "applicants in", "warga negara", "nguoi", 来自, จาก, คน. */
const ORIGIN_BEFORE = beforeCue(
  [
    "from",
    "(?:applicants?|candidates?|job ?seekers?|workers?|people|residents?|citizens?|nationals?|talents?|graduates?) (?:from|in|of|based in|living in|residing in)",
    "(?:citizens?|nationals?|natives?|residents?) of",
    "passport holders? (?:from|of)",
    "(?:born|living|residing|resident|currently|studying|studied|graduated|experience) in",
    "(?:hiring|recruit(?:ing|ment|ed)?) (?:from|in)",
    "open to (?:applicants |candidates )?(?:from|in)",
    "warga(?: negara)?",
    "orang",
    "pekerja migran",
    "tenaga kerja",
    "pelamar (?:dari|di)",
    "dari",
    "nguoi",
    "cong dan",
    "lao dong",
    "cong nhan",
    "ung vien (?:tai|o|tu)",
    "tu",
    "mula sa",
    "taga",
    "desde",
    "de nacionalidad",
    "(?:postulantes|residentes|nacidos) (?:de|en)",
    "kutoka",
    "(?:wakazi|raia) wa",
  ],
  // A language named after its country ("ภาษาพม่า", Burmese) points at people, not at the workplace. Latin
  // cues ("speaks", "bahasa") are left out: they would turn a weak name such as "thai" into a mention.
  // Workers of a nationality ("แรงงานสัญชาติเมียนมา", "แรงงานกัมพูชา") are the people hired, as in lawful MOU
  // recruitment into Thailand, not the workplace.
  ["来自", "來自", "从", "從", "国籍", "國籍", "จาก", "คน", "ชาว", "출신", "ภาษา", "พูด", "ພາສາ", "ភាសា", "สัญชาติ", "แรงงาน", "ສັນຊາດ", "សញ្ជាតិ", "แรงงานต่างด้าว", "คนต่างด้าว"],
);

// Routes written with arrows ("Lima → Bangkok → Chiang Rai"): see `readRole`. A bare ">" is not an
// arrow: job boards write breadcrumbs with it ("Jobs > Thailand > Bangkok").
const ROUTE_ARROW = String.raw`(?:→|⟶|➔|➜|➡|⇒|-{1,2}>|=>)`;
/** An arrow after a town on the same line; one that starts a line is a bullet (see `ARRIVE_BY_ARROW`). */
const LEAVE_BY_ARROW = String.raw`[ \t]{0,2}${ROUTE_ARROW}`;
/** An arrow with a word before it on its line: "➜ Singapore" at the start of a line is a list bullet. */
const ARRIVE_BY_ARROW = String.raw`[^\s][ \t]{0,3}${ROUTE_ARROW}`;
/** Motion and locative cues: weaker than the above, overruled by an after-cue ("fly to Bangkok, then …"). */
const WEAK_DESTINATION_BEFORE = beforeCue(
  [
    "(?:fly|flying|flight|flights|travel|travell?ing|go|going|come|coming|move|moving|depart|leave|head|heading|trip|tickets?|visa|arrive|arriving|arrival|land|landing|deployment|abroad) (?:to|in|at|for)",
    "to",
    "in",
    "at",
    "terbang ke",
    "berangkat ke",
    "pergi ke",
    "ke",
    "di",
    "bay (?:sang|den|qua|toi)",
    "sang",
    "den",
    "toi",
    "qua",
    "tai",
    "o",
    "pumunta sa",
    "papuntang",
    "sa",
    "viajar a",
    "ir a",
    "vuelo a",
    "hacia",
    "en",
    "kwenda",
    "katika",
    "nchini",
    "huko",
  ],
  ["去", "到", "飞往", "飛往", "飞到", "飛到", "飞", "飛", "在", "於", "于", "ไป", "บินไป", "เดินทางไป", "ใน", "ที่", "ยัง"],
);

const TRANSIT_AFTER = String.raw`[\s,.;:–—-]{0,4}(?:then|and then|before (?:going|continuing|proceeding|crossing|moving|transferring|heading)|first|after that|from there|where (?:you|we) (?:will )?(?:transfer|change|connect|cross|meet|be picked)|for (?:the |an |your )?(?:interview|transit|stopover)|(?:international )?airport|transit|stopover|layover|roi|sau do|truoc khi (?:sang|qua|den|toi|vao|di sang)|lalu|kemudian|dulu|sebelum (?:ke|lanjut|masuk|menuju|nyebrang|menyeberang)|tapos|luego|despues|kisha|然后|然後|再|转机|轉機|中转|中轉|转|轉|过境|過境|经|經|แล้ว|ก่อน(?:ข้าม|เข้า|ไป|เดินทางต่อ)|경유|을 경유|를 경유|経由|を経由|の後|を経て|乗り継ぎ|হয়ে|হইয়া|होते हुए|होकर|हो कर|के रास्ते|हुँदै|हुदै|भएर)`;
const ORIGIN_AFTER = String.raw`(?:\s?(?:applicants?|candidates?|nationals?|citizens?|passport holders?|residents?|job ?seekers?|language)(?![a-z])|人士|人|籍|출신|인(?![\uac00-\ud7a3])|사람|국적|国籍|國籍|出身|から来|语|語|话|話)`;
const OFFICE_AFTER = String.raw`(?:[\s\-]?based (?:company|firm|agency|employer|recruiter|startup|corporation)|\s(?:company|firm|corporation|corp|ltd|limited|pte|sdn bhd|co\.?,? ?ltd|inc|llc|plc)(?![a-z])|总部|總部|本社|\)?(?:\s?[\u0e01-\u0e4e]{1,20}){0,2}\s?จำกัด)`;
const SWITCH_AFTER = String.raw`(?:으로|로)\s?(?:이동|이송|옮|넘어|재배치)|(?:へ|に)(?:移動|転勤|異動|移送|越境)`;
const DESTINATION_AFTER = String.raw`(?:[\s\-]?based (?:role|position|job|team|opportunity|work)|\s?(?:lam viec|lam an|lao dong|xuat khau)|工作|上班|打工|就业|就業|发展|發展|高薪|招聘|直招|园区|園區|항?\s?(?:에서|에)\s?(?:근무|일|취업|알바)|(?:에서|에)\s?(?:근무|일|취업|알바|일하)|\s?근무|행|(?:으로|로)\s?(?:출국|가|떠나|입국)|で(?:勤務|働|の仕事|就労)|(?:へ|に)(?:渡航|出国|赴任)|\s?(?:में|मा)\s?(?:नौकरी|काम|रोजगार|जॉब)|(?:ে|য়|তে)?\s?(?:চাকরি|কাজ))`;

/**
 * What was done to people at a place ("rescued from Myawaddy", "trapped in Poipet", "เมียวดี" after
 * "หนีออกมาจาก", "캄보디아에서 구출"): a news report's or a survivor's place, not a workplace on offer.
 * Such a mention takes the role `warning`. Lures name places as offers ("work in", "based in"), not
 * as where people were freed from or held. "Lured to", "tricked into" and "trafficked to" are left
 * out: a lure's own reassurance uses them ("many were lured to Cambodia, but we are real").
 */
const VICTIM_BEFORE = beforeCue(
  [
    "(?:were |was |been |being |got |get )?(?:rescued|freed|escaped|repatriated|released|fled|trapped|held captive|held|detained|stranded|enslaved|confined|imprisoned|locked up) (?:back )?(?:from|in|at|out of|inside)",
    "(?:rescue|escape|repatriation|return) (?:of [a-z]{1,20} (?:[a-z]{1,20} )?)?from",
    "(?:diselamatkan|dipulangkan|dievakuasi|terjebak|disekap|disandera|kabur|lolos) (?:dari|di)",
    "(?:giai cuu|giai thoat|tron thoat|bo tron|mac ket|bi giam|hoi huong) (?:tu|khoi|o|tai)",
  ],
  [
    "(?:ช่วยเหลือ|ช่วย|พา|ชิงตัว)(?:ออก)?(?:มา)?จาก",
    "หนี(?:ออก)?(?:มา)?(?:ได้)?จาก",
    "(?:ติดอยู่|ถูกกักขัง(?:อยู่)?|ถูกขัง(?:อยู่)?)(?:ที่|ใน)",
    "ส่งตัวกลับ(?:มา)?จาก",
  ],
);
const VICTIM_AFTER = String.raw`(?:\s?(?:에서|에)\s?(?:구출|구조|탈출|송환|풀려|감금|억류|갇혀|붙잡혀|끌려)|\s?(?:으로|로)\s?(?:끌려|팔려)|\s?(?:बाट|मा)\s?(?:उद्धार|फसेका|फसेको|फसे|बन्धक|थुनिएका|छुटेर|भागेर)|\s?(?:से|में)\s?(?:छुड़ाए|छुड़ाया|बचाए|बचाया|फँसे|फंसे|फँसा|फंसा|बंधक|भागकर)|(?:获救|獲救|被解救|解救|被困|脱困|脫困|逃出|逃回))`;

/**
 * A denial or a ban right before a place ("we do not recruit for Cambodia", "don't accept jobs in
 * Sihanoukville", "the DMW banned the deployment of workers to Myawaddy", "no job orders for Poipet")
 * or after it ("deployment to Myanmar is suspended"): agencies' notices and advisories name places so,
 * and one such line made a compound hub the job's destination. The negator must stand right before
 * the verb: a lure's "don't worry, we send you to…" is no denial. An advisory's "if someone offers you
 * a job in Sihanoukville, report it" counts too: a lure makes its own offer and never puts it in the
 * mouth of someone the reader does not know yet. "If you are offered a job in…" is left out, since
 * a lure says that of its own selection.
 */
const DENIED_BEFORE = beforeCue(
  [
    "(?:do not|don'?t|dont|does not|doesn'?t|never|no longer|will not|won'?t|cannot|can'?t|are not|aren'?t|is not|isn'?t)(?: currently)? (?:recruit|recruiting|deploy|deploying|send|sending|hire|hiring|offer|offering|post|posting|accept|accepting|apply for|go|travel)(?: [a-z]{1,20}){0,3} (?:for|to|in|at|into)",
    "(?:ban(?:ned|s)?|suspend(?:ed|s)?|halt(?:ed|s)?|stop(?:ped|s)?|prohibit(?:ed|s)?) (?:all |the )?(?:deployment|recruitment|sending|travel)(?: of [a-z]{1,20}(?: [a-z]{1,20})?)? (?:to|in|for|into)",
    "no (?:job orders?|vacanc(?:y|ies)|openings?|jobs?|deployments?|recruitment) (?:for|to|in|at)",
    "(?:if|when|whenever) (?:someone|somebody|anyone|anybody|a stranger|strangers|an? (?:agent|recruiter|broker|friend|person))(?: [a-z]{1,20}){0,3} (?:offers?|promises?) you (?:an? )?(?:[a-z-]{1,20} ){0,2}(?:jobs?|work|positions?|employment)(?: [a-z]{1,20}){0,2} (?:in|at|to|for|into)",
  ],
  [],
);
const DENIED_AFTER = String.raw`\s(?:is|are|remains?|has been|have been|was|were)(?: (?:currently|still|now|temporarily))? (?:suspended|banned|prohibited|halted|not allowed|off[- ]limits)\b`;

/**
 * All before-cues in one sticky lookbehind, tested once at the start of a name: the first group that
 * matches, in order of strength, names the cue. Testing each list apart costs six backward matches.
 */
const BEFORE_CUES = new RegExp(
  asNormalizedText(`(?<=(?:(?<victim>${VICTIM_BEFORE})|(?<denied>${DENIED_BEFORE})|(?<switch>${SWITCH_BEFORE})|(?<transit>${TRANSIT_BEFORE})|(?<office>${OFFICE_BEFORE})|(?<destination>${DESTINATION_BEFORE})|(?<origin>${ORIGIN_BEFORE})|(?<arrive>${ARRIVE_BY_ARROW})|(?<weak>${WEAK_DESTINATION_BEFORE})))`),
  "y",
);
/** All after-cues in one sticky regex, tested once at the end of a name. */
const AFTER_CUES = new RegExp(
  asNormalizedText(`(?<victim>${VICTIM_AFTER})|(?<denied>${DENIED_AFTER})|(?<switch>${SWITCH_AFTER})|(?<origin>${ORIGIN_AFTER})|(?<leave>${LEAVE_BY_ARROW})|(?<transit>${TRANSIT_AFTER})|(?<office>${OFFICE_AFTER})|(?<destination>${DESTINATION_AFTER})`),
  "uy",
);

type CueName = "victim" | "denied" | "switch" | "transit" | "office" | "destination" | "origin" | "arrive" | "leave" | "weak";

function cueAt(pattern: RegExp, text: string, position: number): CueName | null {
  pattern.lastIndex = position;
  const match = pattern.exec(text);
  if (!match?.groups) return null;
  for (const name in match.groups) if (match.groups[name] !== undefined) return name as CueName;
  return null;
}

const LIST_JOIN =
  /^[\s,\/&()（）、|\-–]{0,3}(?:(?:or|and|atau|dan|hoac|va|y|o|na|และ|หรือ|或|和|及|및|또는)[\s,\/&()（）、|\-–]{0,3})?$/u;

interface RawMention {
  field: NormalizedField;
  fieldIndex: number;
  start: number;
  end: number;
  target: AliasTarget;
  role: PlaceRole;
  cued: boolean;
  switched: boolean;
  /** A "location:" style label or the location field itself introduced the place. */
  labelled: boolean;
}

/** "Location:", "lokasi:", 工作地点, 근무지 ...: what follows is where the job is. */
const LOCATION_LABEL = new RegExp(asNormalizedText(String.raw`(?<=(?<![a-z0-9])(?:location|lokasi|ubicacion|dia diem)|工作地[点點]?|地[点點]|근무지|勤務地|สถานที่(?:ทำงาน|ปฏิบัติงาน))`), "y");

interface RoleReading {
  role: PlaceRole;
  cued: boolean;
  switched: boolean;
  labelled: boolean;
}

/** A place named in a warning list or a denial, or where people were rescued from or held (see `PlaceRole`). */
const WARNING_READING: RoleReading = { role: "warning", cued: true, switched: false, labelled: false };

function readRole(field: NormalizedField, start: number, end: number): RoleReading {
  const text = field.text;
  const cueEndsAt = cueEnd(text, start);
  const labelled = field.field === "location" || testAt(LOCATION_LABEL, text, cueEndsAt);
  const reading = (role: PlaceRole, switched = false): RoleReading => ({ role, cued: true, switched, labelled });
  const before = cueAt(BEFORE_CUES, text, cueEndsAt);
  const after = cueAt(AFTER_CUES, text, end);
  if (before === "victim" || after === "victim" || before === "denied" || after === "denied") return WARNING_READING;
  if (before === "switch" || after === "switch") return reading("destination", true);
  if (before === "transit") return reading("transit");
  if (before === "office") return reading("office");
  if (before === "destination") return reading("destination");
  if (after === "origin") return reading("origin");
  // "从曼谷转机": a departure point that is really a stopover.
  if (before === "origin") return reading(after === "transit" ? "transit" : "origin");
  // The first town of an arrowed route is where the trip starts, the towns between are stopovers.
  if (after === "leave") return reading(before === "arrive" ? "transit" : "origin");
  if (after === "transit") return reading("transit");
  if (after === "office") return reading("office");
  if (after === "destination") return reading("destination");
  if (labelled || before === "weak" || before === "arrive") return reading("destination");
  return { role: "unknown", cued: false, switched: false, labelled };
}

/** "Local staff only", "open to locals only", "only local applicants": no one travels for this job. */
const LOCAL_PEOPLE = "(?:staff|hires?|applicants?|candidates?|residents?|people|talents?)";
// "open to local and foreign applicants" and "not only local" say the opposite.
const LOCAL_HIRES_ONLY = new RegExp(
  `(?<![a-z])(?:local\\s+${LOCAL_PEOPLE}\\s+only|locals\\s+only|(?<!not\\s)(?:only|open\\s+to)\\s+locals?\\s+${LOCAL_PEOPLE})(?![a-z])(?!\\s*(?:and|&|or|as\\s+well|but|\\/)(?![a-z]))`,
);

/** Regional-indicator letters (U+1F1E6–U+1F1FF) are the surrogate pair D83C DDE6–DDFF. */
function isRegionalIndicatorAt(text: string, index: number): boolean {
  const low = text.charCodeAt(index + 1);
  return text.charCodeAt(index) === 0xd83c && low >= 0xdde6 && low <= 0xddff;
}

/**
 * Whether the regional indicator at `index` is the second letter of a flag, i.e. an odd number of
 * them stand before it in its run. Mentions are checked left to right, so the run found for one is
 * extended for the next: a field of 100,000 flag letters is read in linear time.
 */
function flagParity(text: string): (index: number) => boolean {
  let runStart = -1;
  let checkedTo = -1;
  return (index) => {
    let from = checkedTo;
    if (runStart >= 0 && index >= from) {
      while (from < index && isRegionalIndicatorAt(text, from)) from += 2;
    }
    if (runStart < 0 || from !== index) {
      runStart = index;
      while (runStart >= 2 && isRegionalIndicatorAt(text, runStart - 2)) runStart -= 2;
    }
    checkedTo = index;
    return ((index - runStart) / 2) % 2 === 1;
  };
}

function findMentions(ctx: FeatureContext): RawMention[] {
  const { anchors, demonymToPlace, aliases } = PLACE_INDEX();
  const mentions: RawMention[] = [];
  ctx.fields.forEach((field, fieldIndex) => {
    const text = field.text;
    if (text.length === 0 || field.field === "url" || field.field === "salary") return;
    const fieldMentions: RawMention[] = [];
    const secondFlagLetter = flagParity(text);
    anchors.scan(text, (start, group) => {
      if (group.demonym) {
        group.demonym.lastIndex = start;
        const match = group.demonym.exec(text);
        const place = match ? demonymToPlace.get(match[1]!.replace(/\s+/g, " ")) : undefined;
        if (match && place) {
          fieldMentions.push({
            field,
            fieldIndex,
            start,
            end: start + match[1]!.length,
            target: { place, weak: false, originOnly: true, diacriticForms: null },
            role: "origin",
            cued: true,
            switched: false,
            labelled: false,
          });
          return start + match[0].length;
        }
      }
      if (!group.alias) return -1;
      group.alias.lastIndex = start;
      const match = group.alias.exec(text);
      if (!match || match[0].length === 0) return -1;
      const end = start + match[0].length;
      const key = aliasKey(match[0]);
      const target = aliases.get(key);
      if (!target) return -1;
      if (target.diacriticForms) {
        const span = field.toOriginal(start, end);
        if (!diacriticsAgree(target, field.original.slice(span.start, span.end))) return -1;
      }
      // A flag is a pair of regional-indicator letters: 🇺🇸🇬🇧 holds no 🇸🇬.
      if (isRegionalIndicatorAt(text, start) && secondFlagLetter(start)) return -1;
      if (isLatinAlnum(text.charCodeAt(start))) {
        if (testAt(BEFORE_GUARD, text, start) || testAt(AFTER_GUARD, text, end)) return -1;
        if (key === "danang" && testAt(DANANG_GUARD, text, start)) return -1;
        if (key === "lao" && testAt(LAO_GUARD, text, end)) return -1;
      }
      let reading: RoleReading = target.originOnly
        ? { role: "origin", cued: true, switched: false, labelled: false }
        : readRole(field, start, end);
      // A name listed after another with only "," "/" "or" between shares its role ("Phnom Penh, Cambodia").
      if (!reading.cued) {
        const previous = fieldMentions[fieldMentions.length - 1];
        if (previous && previous.cued && start - previous.end <= 12 && LIST_JOIN.test(text.slice(previous.end, start))) {
          reading = { role: previous.role, cued: true, switched: previous.switched, labelled: previous.labelled };
        }
      }
      if (target.weak && !reading.cued) return -1;
      if (inWarningList(field, start)) reading = WARNING_READING;
      fieldMentions.push({ field, fieldIndex, start, end, target, ...reading });
      return end;
    });
    mentions.push(...fieldMentions);
  });
  return mentions;
}

const TIER_RISK: Record<PlaceTier, number> = { hub: 3, destination: 2, transit: 1, other: 0 };
const PROMINENT_FIELDS: ReadonlySet<FieldName> = new Set(["title", "location"]);

/** Lower is a stronger claim to be the job's destination; null when the mention cannot be one. */
function destinationClass(m: RawMention, homes: ReadonlySet<string> | undefined): number | null {
  if (m.role === "destination") return m.switched ? 0 : m.labelled ? 1 : 2;
  if (m.role === "unknown") {
    const base = PROMINENT_FIELDS.has(m.field.field) ? 3 : 4;
    // A Thai ad naming Thailand, or a Chinese ad naming China, is usually about home.
    return homes?.has(m.target.place.country) ? base + 3 : base;
  }
  if (m.role === "office") return homes?.has(m.target.place.country) ? 8 : 5;
  return null;
}

/** Words that may sit next to a country in a location line without naming a locality. */
const LOCATION_FILLER =
  /(?:remote|hybrid|on-?site|onsite|abroad|overseas|only|any|all|country|nationwide|various|multiple|locations?|tbd|tba|negotiable|full[\s-]?time|part[\s-]?time|luar negeri|nuoc ngoai|海外|国外|國外|ต่างประเทศ|해외|and|or|atau|hoac|the|location|work|job|office)/gu;

const LOCATION_LABEL_IN_LINE = new RegExp(
  asNormalizedText(String.raw`(?:location|lokasi|ubicacion|dia diem|工作地[点點]?|地[点點]|근무지|勤務地|สถานที่(?:ทำงาน|ปฏิบัติงาน))\s{0,2}[:：]?`),
  "u",
);

function hasLocalityBeside(m: RawMention, all: readonly RawMention[]): boolean {
  const text = m.field.text;
  let lineStart = text.lastIndexOf("\n", m.start - 1) + 1;
  let lineEnd = text.indexOf("\n", m.end);
  if (lineEnd < 0) lineEnd = text.length;
  if (m.field.field !== "location") {
    const label = LOCATION_LABEL_IN_LINE.exec(text.slice(lineStart, m.start));
    if (!label) return false;
    lineStart += label.index + label[0].length;
    lineEnd = Math.min(lineEnd, m.end + 40);
  }
  let rest = "";
  let cursor = lineStart;
  for (const other of all) {
    if (other.field !== m.field || other.end <= lineStart || other.start >= lineEnd) continue;
    rest += text.slice(cursor, Math.max(cursor, other.start));
    cursor = Math.max(cursor, other.end);
  }
  rest += text.slice(cursor, lineEnd);
  const leftover = rest.replace(LOCATION_FILLER, " ").replace(/[^\p{L}]+/gu, "");
  return /[a-z]{3}|[^a-z]{2}/u.test(leftover);
}

function toMention(m: RawMention): PlaceMention {
  const { id, name, country, kind, tier } = m.target.place;
  return { id, name, country, kind, tier, role: m.role, evidence: evidenceFor(m.field, m.start, m.end) };
}

/**
 * Places named in a posting, their roles, and the destination signals built on them. Pure and
 * deterministic; never throws on any input.
 */
export function extractPlaces(ctx: FeatureContext): PlacesFeature {
  const raw = findMentions(ctx);
  const homes = homeCountriesOfLanguage(ctx.language.code);

  let best: RawMention | null = null;
  let bestKey: number[] = [];
  for (const m of raw) {
    const cls = destinationClass(m, homes);
    if (cls === null) continue;
    const key = [cls, m.target.place.kind === "country" ? 1 : 0, -TIER_RISK[m.target.place.tier], m.fieldIndex, m.start];
    if (best === null || compareKeys(key, bestKey) < 0) {
      best = m;
      bestKey = key;
    }
  }
  // A city in the same country as a country-level winner is the more precise reading.
  if (best && best.target.place.kind === "country") {
    const city = raw.find(
      (m) =>
        m.target.place.kind !== "country" &&
        m.target.place.country === best!.target.place.country &&
        (m.role === "destination" || m.role === "unknown") &&
        !(best!.switched && !m.switched),
    );
    if (city && (destinationClass(city, homes) ?? 99) <= Math.max(bestKey[0]!, 4)) best = city;
  }

  // A transit town named beside a compound hub is where the worker is collected ("we pick you at Mae
  // Sot"), the hub where the work is: no one is sent through a hub on the way to a transit town.
  if (best && best.target.place.tier === "transit") {
    const hub = raw.find((m) => m.target.place.tier === "hub" && (m.role === "destination" || m.role === "unknown"));
    if (hub) best = hub;
  }

  const destination: PlaceDestination | null = best ? { ...best.target.place } : null;
  const mentions = raw.map(toMention);

  const switchedTo = raw.filter((m) => m.switched);
  // A move to another country, or within a country abroad to a border town or a hub: "work in Bangkok
  // … transferred to our branch in Mae Sot" is the drive to the river crossing reported cases
  // describe. At home (a Thai ad's branch in Mae Sot, a special economic zone) it is a posting.
  const switchedAcross = (to: RawMention, from: RawMention): boolean =>
    from.target.place.country !== to.target.place.country ||
    (from.target.place.id !== to.target.place.id &&
      (to.target.place.kind === "border-town" || to.target.place.tier === "hub") &&
      homes?.has(to.target.place.country) !== true);
  const baitAndSwitch = switchedTo.some((s) =>
    raw.some((m) => !m.switched && (m.role === "destination" || m.role === "unknown") && m.target.place.tier !== "other" && switchedAcross(s, m)),
  );
  const transits = destination ? raw.filter((m) => m.role === "transit" && m.target.place.country !== destination.country) : [];
  const thirdCountryRouting = transits.length > 0;

  let countryOnly = false;
  // A local ad that merely names its own country ("PT Maju Indonesia") has no destination to hide.
  const namedAsDestination = best !== null && (best.role === "destination" || !homes?.has(best.target.place.country));
  if (best && destination && destination.kind === "country" && namedAsDestination) {
    const sameCountryLocality = raw.some(
      (m) => m.target.place.kind !== "country" && m.target.place.country === destination.country && m.role !== "origin" && m.role !== "office",
    );
    const destinationMentions = raw.filter((m) => m.target.place.id === destination.id && m.role !== "origin");
    const locality = destinationMentions.some((m) => m.labelled && hasLocalityBeside(m, raw));
    countryOnly = !sameCountryLocality && !locality && findStreetAddresses(ctx).length === 0;
  }

  const hubs = raw.filter((m) => m.target.place.tier === "hub" && m.role !== "warning");
  const origins: string[] = [];
  for (const m of raw) if (m.role === "origin" && !origins.includes(m.target.place.country)) origins.push(m.target.place.country);

  const evidenceMentions = new Set<RawMention>(hubs);
  if (best) evidenceMentions.add(best);
  if (thirdCountryRouting) for (const m of transits) evidenceMentions.add(m);
  if (baitAndSwitch) for (const m of switchedTo) evidenceMentions.add(m);
  const evidence = raw.filter((m) => evidenceMentions.has(m)).map((m) => evidenceFor(m.field, m.start, m.end));
  // Every wording holds "local": most fields skip the regex.
  const localHiresOnly = ctx.fields.some((field) => field.text.includes("local") && LOCAL_HIRES_ONLY.test(field.text));

  return {
    mentions,
    destination,
    destinationTier: destination ? destination.tier : null,
    hubMentioned: hubs.length > 0,
    countryOnly,
    thirdCountryRouting,
    baitAndSwitch,
    origins,
    localHiresOnly,
    evidence,
  };
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/**
 * The cue regexes run at every place mention, for the test that checks each is free of catastrophic
 * backtracking.
 * @internal
 */
export const PLACE_CUE_PATTERNS: readonly RegExp[] = [BEFORE_CUES, AFTER_CUES, LOCATION_LABEL, LOCAL_HIRES_ONLY, LOCATION_LABEL_IN_LINE];
