import { FRANC_CANDIDATES } from "./franc-languages.js";
import { rankLanguages } from "./trigram-model.js";
import type { LanguageCode, LanguageResult } from "../types.js";
import { type Script, scriptOf } from "./scripts.js";

/** Language implied by a script alone. Han without kana is Chinese; kana (with or without Han) is Japanese. */
const SCRIPT_LANGUAGE: Partial<Record<Script, LanguageCode>> = {
  han: "zho", kana: "jpn", hangul: "kor", thai: "tha", lao: "lao", khmer: "khm", myanmar: "mya",
  bengali: "ben", tamil: "tam", sinhala: "sin", cyrillic: "rus", ethiopic: "amh", greek: "ell",
};

/** franc's individual-language codes mapped to the codes the rule pack is keyed by. */
const FRANC_TO_RULE_CODE: Record<string, LanguageCode> = { zlm: "msa", npi: "nep", arb: "ara", swh: "swa", pes: "fas" };

/** Every language code a Latin-script posting too short for franc could be in. */
export const LATIN_LANGUAGES: LanguageCode[] = (FRANC_CANDIDATES.latin ?? []).map((c) => FRANC_TO_RULE_CODE[c] ?? c);

/** Function words of romanised Hindi (Hinglish), Bengali (Banglish) and Nepali. */
const ROMANISED_HINDI = ["hai", "hain", "nahi", "aur", "mein", "liye", "karo", "karein", "wala", "wale", "chahiye", "milega", "milegi"];
const ROMANISED_BENGALI = ["hobe", "ache", "korun", "theke", "jonno", "amra", "apnake", "apnar", "korbe", "dibe", "jogajog", "bidesh"];
// Not "cha" (Swahili "of"), "lagi" (Malay "more"), "tara" or "aba" (Tagalog), "hola" (Spanish): each
// would pull those languages' ads towards English.
const ROMANISED_NEPALI = [
  "garnus", "huncha", "chha", "hamro", "tapai", "garne",
  "bhanne", "bhayo", "chhan", "garnu", "pani", "haru", "thiyo", "chhaina", "gareko", "hunchha", "bhane", "garyo", "garera", "chaina", "dinus",
];
/**
 * Romanised text counts as English (see `FUNCTION_WORDS`), but its language's own rule lines name
 * things the way its speakers chat ("inbox e knock din", "DM karo"): with this many distinct function
 * words of one of them, that language is marked present too, so those lines run.
 */
const ROMANISED_PRESENT_MIN_WORDS = 2;
const ROMANISED: readonly [LanguageCode, ReadonlySet<string>][] = [
  ["hin", new Set(ROMANISED_HINDI)],
  ["ben", new Set(ROMANISED_BENGALI)],
  ["nep", new Set(ROMANISED_NEPALI)],
];

/**
 * Frequent function words (and a few job-ad staples) per Latin-script language. franc's trigrams
 * confuse Indonesian, Malay and Tagalog on short ads full of English job words; a handful of
 * unambiguous function words settles it.
 */
const FUNCTION_WORDS: Record<string, ReadonlySet<string>> = {
  // Romanised Hindi, Bengali and Nepali count as English (franc has no model for them; without these
  // words a Banglish line could read as Turkish or French), and most of their rule lines live under
  // `eng:`; the chat forms under their own language's block run too (see `ROMANISED`).
  eng: new Set([
    "the", "and", "to", "of", "for", "with", "you", "we", "our", "is", "are", "will", "your", "this", "be", "in", "on", "per", "needed", "required", "provided", "experience", "salary", "apply", "job", "work", "month", "free", "only",
    ...ROMANISED_HINDI, ...ROMANISED_BENGALI, ...ROMANISED_NEPALI,
  ]),
  ind: new Set(["bisa", "lowongan", "karyawan", "perusahaan", "dibutuhkan", "lamaran", "kirim", "gaji", "tanpa", "kerja", "berangkat", "segera", "pengalaman", "yang", "dan", "untuk", "gratis", "kantor", "uang", "pelamar", "diutamakan", "saja", "posisi", "rp", "juta", "inggris", "jepang"]),
  // Words Malaysian ads use and Indonesian ones do not: Malay job ads otherwise read as Indonesian,
  // which makes a job in Malaysia look like work abroad.
  zlm: new Set(["boleh", "jawatan", "kekosongan", "syarikat", "sebulan", "tak", "je", "kosong", "mohon", "permohonan", "gaji", "tanpa", "kerja", "pengalaman", "yang", "dan", "untuk", "sila", "berminat", "elaun", "kelayakan", "majikan", "percuma", "sahaja", "wang", "mahu", "ringgit", "rm", "perlukan", "kat", "nak", "pejabat", "lesen", "berlesen", "temuduga", "kedai", "agensi", "antarabangsa", "kerajaan", "inggeris", "jepun", "jururawat", "jurujual", "tadbir"]),
  tgl: new Set(["ang", "ng", "mga", "sa", "na", "at", "para", "po", "hindi", "ninyo", "trabaho", "sahod", "sweldo", "kayo", "ikaw", "natin", "namin"]),
  spa: new Set(["el", "la", "de", "que", "y", "en", "los", "las", "para", "con", "por", "trabajo", "empresa", "sueldo"]),
  por: new Set(["o", "de", "que", "em", "os", "para", "com", "por", "trabalho", "você", "empresa", "salário", "não"]),
  swh: new Set(["na", "ya", "wa", "kwa", "ni", "kazi", "mshahara", "katika", "za", "hii", "kampuni"]),
  tur: new Set(["ve", "bir", "bu", "için", "ile", "iş", "maaş", "olarak", "şirket"]),
  fra: new Set(["le", "la", "de", "et", "les", "pour", "avec", "vous", "des", "une", "travail"]),
  vie: new Set(["và", "của", "cho", "không", "làm", "việc", "lương", "tuyển", "nhân", "viên", "có"]),
};

/** The languages each function word belongs to, so a sample's words are looked up once, not once per language. */
const LANGUAGES_OF_WORD = new Map<string, string[]>();
for (const [code, list] of Object.entries(FUNCTION_WORDS)) {
  for (const word of list) LANGUAGES_OF_WORD.set(word, [...(LANGUAGES_OF_WORD.get(word) ?? []), code]);
}

const ROMANISED_WORDS = new Set(ROMANISED.flatMap(([, list]) => [...list]));

/** How many of the sample's words are function words of each language (every language listed, in order). */
interface FunctionWordCount {
  words: number;
  hits: Map<string, number>;
  /** Romanised South Asian languages with at least `ROMANISED_PRESENT_MIN_WORDS` distinct function words. */
  romanised: LanguageCode[];
}

function countFunctionWords(sample: string): FunctionWordCount {
  const words = sample.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);
  const hits = new Map<string, number>();
  for (const code of Object.keys(FUNCTION_WORDS)) hits.set(code, 0);
  let romanisedWords: Set<string> | undefined;
  for (const word of words) {
    const codes = LANGUAGES_OF_WORD.get(word);
    if (!codes) continue;
    for (const code of codes) hits.set(code, hits.get(code)! + 1);
    if (ROMANISED_WORDS.has(word)) (romanisedWords ??= new Set()).add(word);
  }
  const romanised: LanguageCode[] = [];
  if (romanisedWords) {
    for (const [code, list] of ROMANISED) {
      let distinct = 0;
      for (const word of romanisedWords) if (list.has(word)) distinct++;
      if (distinct >= ROMANISED_PRESENT_MIN_WORDS) romanised.push(code);
    }
  }
  return { words: words.length, hits, romanised };
}

/**
 * Most ads need no trigram model: when one language's function words (and job-ad staples) make up
 * at least 8% of the words and at least three times the share of any other language, that language
 * is the answer and franc's ~0.15 ms is saved. Mixed and ambiguous samples still go to franc.
 */
function decisiveByFunctionWords({ words, hits }: FunctionWordCount): string | null {
  if (words === 0) return null;
  const ranked = [...hits].map(([code, count]): [string, number] => [code, count / words]).sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < 0.08) return null;
  return !second || best[1] >= 3 * second[1] ? best[0] : null;
}

/** Re-ranks franc's Latin candidates by their share of function words in the sample. */
function rerankByFunctionWords({ words, hits }: FunctionWordCount, ranked: [string, number][]): [string, number][] {
  if (words === 0) return ranked;
  const rescored = ranked.map(([code, score]): [string, number] => {
    const count = hits.get(code);
    return count === undefined ? [code, score] : [code, score + (2 * count) / words];
  });
  const best = Math.max(...rescored.map(([, score]) => score));
  return rescored.map(([code, score]): [string, number] => [code, score / best]).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
}

const SAMPLE_LIMIT = 400;
const FRANC_SAMPLE_LIMIT = 200;
const FRANC_MIN_LETTERS = 20;
/**
 * A Latin-only field with fewer letters than this (a job title, most often) is too short for franc's
 * trigrams once a longer field has settled a Latin-script language: on generated ads, franc called
 * "Customer Service Representative" and its like Spanish, Portuguese, French or Turkish for three
 * titles in four, and every language so named ran its rule lines over the posting. Such a field then
 * adds only the languages its function words show ("Trabajo fácil, excelente sueldo" adds Spanish).
 */
const SHORT_LATIN_LETTERS = 60;
/** Share of a short field's words that must be one language's function words for it to add that language. */
const SHORT_FIELD_MIN_SHARE = 0.08;
/**
 * Weight of a language a posting shows only in passing (romanised function words, a short title):
 * present, so its rule lines run, but never the posting's language, which the rest decides.
 */
const PASSING_WEIGHT = 0.01;
/** A second franc candidate this close to the best one is treated as present too (Indonesian vs Malay). */
const CLOSE_CANDIDATE = 0.93;

interface ScriptCount {
  letters: Map<Script, number>;
  total: number;
}

/**
 * Stretches of the text whose scripts stand for all of it: the whole of a short text, else its start,
 * middle and end. Job-board ads in Thai or Khmer often open with an English title block, and their
 * first few hundred characters alone read as English.
 */
function scriptSample(text: string): string {
  if (text.length <= SAMPLE_LIMIT * 3) return text;
  const middle = (text.length - SAMPLE_LIMIT) >> 1;
  return `${text.slice(0, SAMPLE_LIMIT)} ${text.slice(middle, middle + SAMPLE_LIMIT)} ${text.slice(-SAMPLE_LIMIT)}`;
}

/** Letters per script in a sample (see `scriptSample`). */
function countScripts(sample: string): ScriptCount {
  const letters = new Map<Script, number>();
  let total = 0;
  for (const ch of sample) {
    const script = scriptOf(ch.codePointAt(0)!);
    if (!script) continue;
    letters.set(script, (letters.get(script) ?? 0) + 1);
    total++;
  }
  if ((letters.get("kana") ?? 0) > 0 && letters.has("han")) {
    letters.set("kana", (letters.get("kana") ?? 0) + (letters.get("han") ?? 0));
    letters.delete("han");
  }
  return { letters, total };
}

/** Text made of the characters of one script only, for franc, which would otherwise pick the majority script. */
function sampleOfScript(text: string, script: Script): string {
  let sample = "";
  for (const ch of text) {
    const s = scriptOf(ch.codePointAt(0)!);
    sample += s === script || s === null ? ch : " ";
    if (sample.length >= FRANC_SAMPLE_LIMIT) break;
  }
  return sample;
}

interface Candidate {
  code: LanguageCode;
  weight: number;
  confidence: number;
  method: "script" | "franc";
}

/** Nothing outside Basic Latin to Latin Extended-B in the sample: every letter is Latin. */
const ONLY_LATIN_RANGE = /^[\u0000-\u024f\u2000-\u206f\u20a0-\u20cf]*$/;

/** Letters of `[a-zA-Z\u00c0-\u024f]` in the text, counted without building the array of matches. */
function countLatinLetters(text: string): number {
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xc0 && code <= 0x24f)) letters++;
  }
  return letters;
}

/** The languages whose function words make up at least `SHORT_FIELD_MIN_SHARE` of a short field's words. */
function functionWordCandidates(text: string): Candidate[] {
  const { words, hits } = countFunctionWords(text);
  const found: Candidate[] = [];
  for (const [code, count] of hits) {
    if (words > 0 && count / words >= SHORT_FIELD_MIN_SHARE) found.push({ code: FRANC_TO_RULE_CODE[code] ?? code, weight: PASSING_WEIGHT, confidence: 0, method: "franc" });
  }
  return found;
}

function candidatesFor(text: string): Candidate[] {
  const sample = scriptSample(text);
  if (ONLY_LATIN_RANGE.test(sample)) {
    const head = text.length > SAMPLE_LIMIT ? text.slice(0, SAMPLE_LIMIT) : text;
    const letters = countLatinLetters(head);
    return letters === 0 ? [] : latinCandidates(head, letters, 1);
  }
  const { letters, total } = countScripts(sample);
  if (total === 0) return [];
  const found: Candidate[] = [];
  for (const [script, count] of letters) {
    const share = count / total;
    if (share < 0.1 && count < 12) continue;
    const single = SCRIPT_LANGUAGE[script];
    if (single) {
      found.push({ code: single, weight: count, confidence: share, method: "script" });
      continue;
    }
    found.push(...(script === "latin" ? latinCandidates(sampleOfScript(text, script), count, share) : francCandidates(text, script, count, share)));
  }
  return found;
}

/** Latin-script candidates: function words settle plain English; franc (re-ranked) decides the rest. */
function latinCandidates(sample: string, count: number, share: number): Candidate[] {
  if (count < FRANC_MIN_LETTERS) return [{ code: "und", weight: count, confidence: 0, method: "franc" }];
  const trimmed = sample.length > FRANC_SAMPLE_LIMIT ? sample.slice(0, FRANC_SAMPLE_LIMIT) : sample;
  const functionWords = countFunctionWords(trimmed);
  // Present, never the answer: a token weight keeps the posting's language what the rest says.
  const romanised = functionWords.romanised.map((code): Candidate => ({ code, weight: PASSING_WEIGHT, confidence: 0, method: "franc" }));
  const decided = decisiveByFunctionWords(functionWords);
  if (decided) return [{ code: FRANC_TO_RULE_CODE[decided] ?? decided, weight: count, confidence: share, method: "franc" }, ...romanised];
  const ranked = rerankByFunctionWords(functionWords, rankLanguages(trimmed, FRANC_CANDIDATES.latin ?? [], 10).slice(0, 5));
  return [...rankedCandidates(ranked, count, share), ...romanised];
}

/**
 * Function words only one of the covered Devanagari languages uses. franc's trigrams, on the first
 * 200 characters, called one Nepali train posting in ten Hindi; a Nepali job in Kathmandu paying rupees then read
 * as work abroad paid in a foreign currency, and every lure marker that needs the job abroad fired.
 * Copulas, postpositions and pronouns settle it: Hindi है/में/और, Nepali छ/मा/र, Marathi आहे/मध्ये/आणि.
 */
const DEVANAGARI_FUNCTION_WORDS: readonly [string, ReadonlySet<string>][] = [
  ["hin", new Set(["है", "हैं", "था", "थे", "थी", "में", "से", "और", "नहीं", "लिए", "करें", "करना", "होगा", "होगी", "चाहिए", "भी", "की", "का", "यह", "वह", "आप", "हम", "सकते", "जाएगा", "मिलेगा", "गया", "दिया", "रहे", "रहा"])],
  ["npi", new Set(["छ", "छन्", "छौं", "छैन", "हुन्छ", "हुँदैन", "पर्छ", "पर्ने", "गर्नुहोस्", "गर्नुस्", "गर्ने", "लाई", "हरू", "बाट", "मा", "र", "पनि", "हुने", "भएको", "गरेको", "थियो", "तपाईं", "तपाईंको", "तपाईँ", "हामी", "हाम्रो", "यो", "त्यो", "कुनै", "अनि", "सक्नुहुन्छ", "चाहियो", "गरिन्छ", "दिइन्छ"])],
  ["mar", new Set(["आहे", "आहेत", "आणि", "मध्ये", "साठी", "नाही", "असेल", "ची", "चा", "चे", "च्या", "आम्ही", "तुम्ही"])],
];
/**
 * Nepali writes its postpositions onto the noun (कम्पनीको, साउदी अरबबाट, कामदारहरू, तपाईंलाई), which
 * Hindi writes apart (कंपनी को): list-like Nepali ads ("साउदी अरबमा इलेक्ट्रिसियन र प्लम्बर") have few
 * free function words but many of these.
 */
const NEPALI_SUFFIX = /^[\u0900-\u097f]{2,}(?:को|हरू|बाट|लाई|देखि)$/;
/**
 * Hindi words with the same endings: pronouns with को attached (आपको, उनको) and nouns in -लाई
 * (सिलाई, धुलाई, सप्लाई). No sign of Nepali.
 */
const HINDI_LOOKALIKE_ENDINGS: ReadonlySet<string> = new Set([
  "आपको", "उनको", "इनको", "जिनको", "किनको", "सबको", "इसको", "उसको", "जिसको", "किसको", "मुझको", "तुमको", "हमको", "तुझको", "किसीको",
  "सिलाई", "धुलाई", "ढलाई", "अप्लाई", "सप्लाई", "कलाई", "भलाई", "मलाई", "पिलाई", "खिलाई", "घुलाई", "छिलाई",
]);
const NEPALI_INDEX = DEVANAGARI_FUNCTION_WORDS.findIndex(([code]) => code === "npi");
/** Distinct-enough function words: at least this many of one language, and twice any other's. */
const DEVANAGARI_DECISIVE_WORDS = 3;
const DEVANAGARI_WORD = /[\u0900-\u0963\u0971-\u097f]+/g;

/** The covered Devanagari language the sample's function words settle, or null (franc decides). */
function devanagariByFunctionWords(text: string): string | null {
  const sample = text.length > SAMPLE_LIMIT * 2 ? text.slice(0, SAMPLE_LIMIT * 2) : text;
  const counts = DEVANAGARI_FUNCTION_WORDS.map(() => 0);
  let nepaliSuffixes = 0;
  for (const word of sample.match(DEVANAGARI_WORD) ?? []) {
    let known = false;
    for (let i = 0; i < DEVANAGARI_FUNCTION_WORDS.length; i++) {
      if (DEVANAGARI_FUNCTION_WORDS[i]![1].has(word)) {
        counts[i]! += 1;
        known = true;
      }
    }
    if (!known && NEPALI_SUFFIX.test(word) && !HINDI_LOOKALIKE_ENDINGS.has(word)) nepaliSuffixes += 1;
  }
  // Informal Hindi attaches को too ("कंपनीको"): the endings count only beside a free Nepali word.
  if (counts[NEPALI_INDEX]! > 0) counts[NEPALI_INDEX]! += nepaliSuffixes;
  let best = 0;
  for (let i = 1; i < counts.length; i++) if (counts[i]! > counts[best]!) best = i;
  if (counts[best]! < DEVANAGARI_DECISIVE_WORDS) return null;
  for (let i = 0; i < counts.length; i++) if (i !== best && counts[best]! < 2 * counts[i]!) return null;
  return DEVANAGARI_FUNCTION_WORDS[best]![0];
}

/** Devanagari and Arabic script: franc restricted to the covered languages of that script. */
function francCandidates(text: string, script: Script, count: number, share: number): Candidate[] {
  const only = FRANC_CANDIDATES[script];
  if (!only) return [];
  if (count < FRANC_MIN_LETTERS) return [{ code: "und", weight: count, confidence: 0, method: "franc" }];
  if (script === "devanagari") {
    const decided = devanagariByFunctionWords(text);
    if (decided) {
      // The others stay present at a token weight, so their rule lines still run if the words misled.
      const others = only.filter((code) => code !== decided).map((code): Candidate => ({ code: FRANC_TO_RULE_CODE[code] ?? code, weight: PASSING_WEIGHT, confidence: 0, method: "franc" }));
      return [{ code: FRANC_TO_RULE_CODE[decided] ?? decided, weight: count, confidence: share, method: "franc" }, ...others];
    }
  }
  return rankedCandidates(rankLanguages(sampleOfScript(text, script), only, 10), count, share);
}

function rankedCandidates(ranked: [string, number][], count: number, share: number): Candidate[] {
  const [best, second] = ranked;
  if (!best || best[0] === "und") return [];
  const margin = second ? 1 - second[1] : 1;
  const confidence = share * Math.min(1, 0.5 + margin * 5);
  const found: Candidate[] = [{ code: FRANC_TO_RULE_CODE[best[0]] ?? best[0], weight: count, confidence, method: "franc" }];
  for (const [code, score] of ranked.slice(1, 3)) {
    if (score >= CLOSE_CANDIDATE) {
      found.push({ code: FRANC_TO_RULE_CODE[code] ?? code, weight: count * score * 0.5, confidence: confidence * 0.5, method: "franc" });
    }
  }
  return found;
}

const ISO_639_3 = /^[a-z]{3}$/;

/**
 * Detects the languages of a posting. Each text field is read on its own (a Chinese title over an
 * English body yields both), scripts that identify one language skip the statistical model, and
 * Latin, Devanagari and Arabic script text goes to franc restricted to the languages the rule pack
 * covers. Short text franc cannot judge is reported as `und` with every candidate marked present.
 */
export function detectLanguage(fieldTexts: readonly string[], hint?: string): LanguageResult {
  const weights = new Map<LanguageCode, { weight: number; confidence: number; method: "script" | "franc" }>();
  let undeterminedLatin = false;
  const add = (candidate: Candidate): void => {
    if (candidate.code === "und") {
      undeterminedLatin = true;
      return;
    }
    const previous = weights.get(candidate.code);
    weights.set(candidate.code, {
      weight: (previous?.weight ?? 0) + candidate.weight,
      confidence: Math.max(previous?.confidence ?? 0, candidate.confidence),
      // A token weight does not say how the language was found.
      method: previous && previous.weight >= candidate.weight ? previous.method : candidate.method,
    });
  };
  const shortLatin: string[] = [];
  let latinSettled = false;
  for (const text of fieldTexts) {
    if (!text) continue;
    const latinLetters = countLatinLetters(text);
    if (latinLetters < SHORT_LATIN_LETTERS && ONLY_LATIN_RANGE.test(scriptSample(text))) {
      shortLatin.push(text);
      continue;
    }
    const candidates = candidatesFor(text);
    for (const candidate of candidates) add(candidate);
    // Only a field long enough to judge settles it: a few English words in a Chinese body do not.
    if (latinLetters >= SHORT_LATIN_LETTERS && candidates.some((candidate) => LATIN_LANGUAGES.includes(candidate.code))) latinSettled = true;
  }
  for (const text of shortLatin) for (const candidate of latinSettled ? functionWordCandidates(text) : candidatesFor(text)) add(candidate);
  const ranked = [...weights.entries()].sort((a, b) => b[1].weight - a[1].weight || (a[0] < b[0] ? -1 : 1));
  const present = ranked.map(([code]) => code);
  if (undeterminedLatin && !present.some((code) => LATIN_LANGUAGES.includes(code))) {
    for (const code of LATIN_LANGUAGES) present.push(code);
  }
  const normalizedHint = hint?.trim().toLowerCase();
  if (normalizedHint && ISO_639_3.test(normalizedHint)) {
    return {
      code: normalizedHint,
      confidence: 1,
      present: [normalizedHint, ...present.filter((code) => code !== normalizedHint)],
      method: "hint",
    };
  }
  const best = ranked[0];
  if (!best) return { code: "und", confidence: 0, present, method: "none" };
  return {
    code: best[0],
    confidence: Math.round(best[1].confidence * 1000) / 1000,
    present,
    method: best[1].method,
  };
}
