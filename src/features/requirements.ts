/**
 * What the ad asks of the applicant (indicators §6): lures ask for nothing but a passport and a
 * typing speed; real professional jobs ask for degrees, licences and years of experience.
 */
import type { Evidence, FeatureContext, NormalizedField } from "../types.js";
import { evidenceFor } from "./evidence.js";
import requirementsFamilyData from "./data/requirements.json";
import { mergeLanguagePacks } from "./lexicons/index.js";
import { inWarningList } from "./travel.js";
import {
  type LexiconEntry,
  type MatchFilter,
  type NegationCues,
  type PatternsByLanguage,
  CLAUSE_END,
  MAX_EVIDENCE_PER_FLAG,
  SENTENCE_END,
  PatternSet,
  compileFollowingCue,
  compilePrecedingCue,
  defineLexicon,
  entrySources,
  expandPattern,
  firstGroup,
  flagPatterns,
  flattenEvidence,
  followedBy,
  jobFields,
  languageSources,
  parseSmallNumber,
  precededBy,
  scanFlags,
} from "./roles.js";

/** Age bounds the ad sets; either bound may be missing ("under 30" has no minimum). */
export interface AgeRange {
  min: number | null;
  max: number | null;
}

/** Boolean requirement flags, each backed by evidence when true. */
export type RequirementFlag =
  | "noExperience"
  | "noDegree"
  | "noSkills"
  | "computerBasicsOnly"
  | "seniorQualifications"
  | "genderOrAppearance"
  | "typingTest"
  | "passportRequired"
  | "passportCopyRequested";

/** Keys of `evidenceByFlag`: the flags plus the structured values. */
export type RequirementEvidenceKey = RequirementFlag | "ageRange" | "typingSpeed" | "languagesRequired";

/** Requirements the ad states. Every value describes the ad's wording, not a judgement. */
export interface RequirementsFeature {
  /** "No experience needed", "không cần kinh nghiệm", "无需经验", "경력 무관"… */
  noExperience: boolean;
  /** "No degree required", "学历不限", "tanpa ijazah"… */
  noDegree: boolean;
  /** "No skills needed", "ไม่ต้องใช้ทักษะ", "零基础"… */
  noSkills: boolean;
  /** Basic computer use is asked for, and nothing senior (no degree, licence or 2+ years). */
  computerBasicsOnly: boolean;
  /** Degree, professional licence or certification, or two or more years of experience. */
  seniorQualifications: boolean;
  /** Age bounds ("18-35 years old", "usia 18-30", "18-35岁", "อายุ 18-35 ปี"), or null. */
  ageRange: AgeRange | null;
  /** Gender restriction or appearance: "female only", "good looking", height or weight. */
  genderOrAppearance: boolean;
  /** Typing speed asked for, in words per minute (CJK: characters per minute), or null. */
  typingSpeed: number | null;
  /** A typing test or typing speed is part of the screening. */
  typingTest: boolean;
  /** ISO 639-3 codes of the languages the ad requires, in order of first mention. */
  languagesRequired: string[];
  /** The applicant must hold a passport. */
  passportRequired: boolean;
  /** A copy or photo of the passport is asked for. */
  passportCopyRequested: boolean;
  /** Evidence of each true flag and of each structured value found. */
  evidenceByFlag: Partial<Record<RequirementEvidenceKey, Evidence[]>>;
  /** All evidence, de-duplicated. */
  evidence: Evidence[];
}

interface RequirementsLexiconFile {
  flags: Record<string, LexiconEntry>;
  structured: Record<"ageRange" | "ageMax" | "ageMin" | "yearsOfExperience" | "typingSpeed" | "typingKeystrokes", LexiconEntry>;
  languageNames: Record<string, readonly string[]>;
  languageCues: Record<"before" | "after" | "negatedBefore" | "negatedBeforeAdjacent" | "negatedAfter", PatternsByLanguage>;
  /** Wording that turns a degree or years of experience into a nice-to-have: "is a plus", "not required". */
  seniorNegation: NegationCues;
}


type ScannedFlag = Exclude<RequirementFlag, "computerBasicsOnly"> | "computerBasics";
const SCANNED_FLAGS: readonly ScannedFlag[] = [
  "noExperience",
  "noDegree",
  "noSkills",
  "computerBasics",
  "seniorQualifications",
  "genderOrAppearance",
  "typingTest",
  "passportRequired",
  "passportCopyRequested",
];

type StructuredKey = keyof RequirementsLexiconFile["structured"];
const STRUCTURED_KEYS: readonly StructuredKey[] = ["ageRange", "ageMax", "ageMin", "yearsOfExperience", "typingSpeed", "typingKeystrokes"];
/** Numbers each structured pattern captures. */
const CAPTURES: Readonly<Record<StructuredKey, number>> = {
  ageRange: 2,
  ageMax: 1,
  ageMin: 1,
  yearsOfExperience: 1,
  typingSpeed: 1,
  typingKeystrokes: 1,
};

/**
 * What may stand between two languages of one list ("English, Chinese and Thai", "英语、日语",
 * "русского и английского", "العربية والإنجليزية", "Kiswahili na Kiingereza").
 */
const LANGUAGE_LIST_GAP =
  /^[\s,/&+、和及및과와與]{0,6}(?:and|or|dan|atau|va|hoac|y|o|e|ou|at|na|au|ve|veya|และ|หรือ|и|или|و|أو|او|اور|یا|හෝ|සහ|மற்றும்|அல்லது|እና|ወይም|ຫຼື|ແລະ|និង|ឬ|နှင့်|နဲ့|သို့မဟုတ်)?[\s,/&、]{0,6}$/;
/** Two names this close with only list punctuation or a conjunction between them belong to one list. */
const LANGUAGE_LIST_REACH = 14;

/** Bounds a plausible working age; anything outside is another number next to "age". */
const MIN_WORKING_AGE = 14;
const MAX_WORKING_AGE = 80;
/** Years of experience from which a requirement counts as senior. */
const SENIOR_YEARS = 2;
/** Plausible typing speeds in words per minute. */
const MIN_WPM = 10;
const MAX_WPM = 250;
/** Language names read per field; more is a language list, not requirements. */
const MAX_LANGUAGE_MENTIONS = 40;
/** Keystrokes per word, the usual conversion of Korean 타 (strokes per minute) to words per minute. */
const KEYSTROKES_PER_WORD = 5;

interface NumberMatch {
  numbers: number[];
  evidence: Evidence;
}

/**
 * Drops a senior requirement that the ad itself calls optional: "2 years of experience is a plus but
 * not required", "Bachelor's degree preferred but not required", "no bachelor's degree needed". Lures
 * use this wording to look demanding while asking for nothing. A bare "preferred" still counts: it
 * is how real ads state the usual requirement, and the flag is a mitigating signal.
 */
function seniorNegationFilter(cues: NegationCues): MatchFilter {
  const before = compilePrecedingCue(cues.before, `[^${CLAUSE_END}•·]{0,20}`);
  const adjacent = compilePrecedingCue(cues.beforeAdjacent, "\\s{0,2}");
  // Commas and bullets end the reach: in "degree, English is a plus" the nice-to-have is the language.
  const after = compileFollowingCue(cues.after, `[^${CLAUSE_END}•·]{0,12}?`);
  return (field, start, end) =>
    !(precededBy(field.text, start, before) || precededBy(field.text, start, adjacent) || followedBy(field.text, end, after));
}

const LEXICON = defineLexicon(() => {
  const data = mergeLanguagePacks("requirements", requirementsFamilyData) as unknown as RequirementsLexiconFile;
  const flags = flagPatterns(data.flags, SCANNED_FLAGS);
  const structured = flagPatterns(data.structured, STRUCTURED_KEYS);
  const languageNames = new PatternSet<string>();
  for (const [code, names] of Object.entries(data.languageNames)) languageNames.add(code, names.map(expandPattern));
  const cues = data.languageCues;
  return {
    data,
    flags,
    structured,
    languageNames,
    cueBefore: compilePrecedingCue(cues.before, `[^${CLAUSE_END}]{0,20}`),
    cueAfter: compileFollowingCue(cues.after, "[\\s:(\\-]{0,3}"),
    negatedBefore: compilePrecedingCue(cues.negatedBefore, `[^${CLAUSE_END}]{0,10}`),
    /** Scripts written without spaces get no gap: "ไม่ต้องใช้ทักษะ ภาษาอังกฤษได้" negates the skills, not English. */
    negatedBeforeAdjacent: compilePrecedingCue(cues.negatedBeforeAdjacent, "\\s{0,2}"),
    negatedAfter: compileFollowingCue(cues.negatedAfter, `[^${SENTENCE_END}]{0,8}?`),
    seniorFilter: seniorNegationFilter(data.seniorNegation),
  };
});

/** One pass over the structured patterns: every match whose captured numbers parse, by key. */
function readStructured(ctx: FeatureContext): Partial<Record<StructuredKey, NumberMatch[]>> {
  const { structured, seniorFilter } = LEXICON();
  const found: Partial<Record<StructuredKey, NumberMatch[]>> = {};
  for (const field of jobFields(ctx)) {
    structured.forEachMatch(field, (key, match) => {
      const list = found[key] ?? [];
      if (list.length >= MAX_EVIDENCE_PER_FLAG) return true;
      const first = firstGroup(match);
      if (first < 0) return true;
      if (key === "yearsOfExperience" && !seniorFilter(field, match.index, match.index + match[0].length)) return true;
      const numbers: number[] = [];
      for (let i = 0; i < CAPTURES[key]; i++) numbers.push(parseSmallNumber(match[first + i] ?? ""));
      if (!numbers.every(Number.isFinite)) return true;
      // Languages that share a word ("anos de experiencia" in Spanish and Portuguese) match one span twice.
      const evidence = evidenceFor(field, match.index, match.index + match[0].length);
      if (list.some((known) => known.evidence.field === evidence.field && known.evidence.start === evidence.start && known.evidence.end === evidence.end)) return true;
      list.push({ numbers, evidence });
      found[key] = list;
      return true;
    });
  }
  return found;
}

function plausibleAge(age: number): boolean {
  return age >= MIN_WORKING_AGE && age <= MAX_WORKING_AGE;
}

function readAgeRange(found: Partial<Record<StructuredKey, NumberMatch[]>>): { range: AgeRange; evidence: Evidence[] } | null {
  for (const ranged of found.ageRange ?? []) {
    const [min, max] = ranged.numbers as [number, number];
    if (plausibleAge(min) && plausibleAge(max) && min < max) return { range: { min, max }, evidence: [ranged.evidence] };
  }
  const upper = (found.ageMax ?? []).find((match) => plausibleAge(match.numbers[0]!));
  const lower = (found.ageMin ?? []).find((match) => plausibleAge(match.numbers[0]!));
  const max = upper ? upper.numbers[0]! : null;
  const min = lower ? lower.numbers[0]! : null;
  if (max === null && min === null) return null;
  if (max !== null && min !== null && min >= max) return null;
  return { range: { min, max }, evidence: [upper, lower].flatMap((match) => (match ? [match.evidence] : [])) };
}

/** Evidence of every "N years of experience" with N at or above the senior threshold. */
function seniorYears(found: Partial<Record<StructuredKey, NumberMatch[]>>): Evidence[] {
  return (found.yearsOfExperience ?? []).filter((match) => match.numbers[0]! >= SENIOR_YEARS).map((match) => match.evidence);
}

function readTypingSpeed(found: Partial<Record<StructuredKey, NumberMatch[]>>): { wpm: number; evidence: Evidence } | null {
  const words = (found.typingSpeed ?? []).find((match) => match.numbers[0]! >= MIN_WPM && match.numbers[0]! <= MAX_WPM);
  if (words) return { wpm: words.numbers[0]!, evidence: words.evidence };
  for (const strokes of found.typingKeystrokes ?? []) {
    const wpm = Math.round(strokes.numbers[0]! / KEYSTROKES_PER_WORD);
    if (wpm >= MIN_WPM && wpm <= MAX_WPM) return { wpm, evidence: strokes.evidence };
  }
  return null;
}

function readLanguages(ctx: FeatureContext): { codes: string[]; evidence: Evidence[] } {
  const codes: string[] = [];
  const evidence: Evidence[] = [];
  for (const field of jobFields(ctx)) readLanguagesInField(field, codes, evidence);
  return { codes, evidence };
}

interface LanguageMention {
  code: string;
  start: number;
  end: number;
  negated: boolean;
  cued: boolean;
}

/**
 * A language counts when a requirement cue stands right before or after its name ("fluent English",
 * "英语流利", "영어 가능", "ภาษาอังกฤษได้"), or when it shares a list with one that does ("fluent in
 * English, Chinese and Thai", "英语、日语流利"). Negations ("no English needed", "영어 몰라도 OK") and
 * nice-to-haves ("Japanese is a plus", "inglés no excluyente") void their whole list.
 */
function readLanguagesInField(field: NormalizedField, codes: string[], evidence: Evidence[]): void {
  const { languageNames, cueBefore, cueAfter, negatedBefore, negatedBeforeAdjacent, negatedAfter } = LEXICON();
  const text = field.text;
  const mentions: { code: string; start: number; end: number }[] = [];
  languageNames.forEachMatch(field, (code, match) => {
    mentions.push({ code, start: match.index, end: match.index + match[0].length });
    return mentions.length < MAX_LANGUAGE_MENTIONS;
  });
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  let list: LanguageMention[] = [];
  const closeList = (): void => {
    if (list.some((mention) => mention.cued) && !list.some((mention) => mention.negated)) {
      for (const mention of list) {
        if (!codes.includes(mention.code)) codes.push(mention.code);
        if (evidence.length < MAX_EVIDENCE_PER_FLAG * 2) evidence.push(evidenceFor(field, mention.start, mention.end));
      }
    }
    list = [];
  };
  let lastEnd = -1;
  for (const { code, start, end } of mentions) {
    // Overlapping names ("bahasa indonesia" and "indonesia…") are one mention.
    if (start < lastEnd) continue;
    lastEnd = end;
    const previous = list[list.length - 1];
    if (previous && !(start - previous.end <= LANGUAGE_LIST_REACH && LANGUAGE_LIST_GAP.test(text.slice(previous.end, start)))) {
      closeList();
    }
    list.push({
      code,
      start,
      end,
      negated:
        precededBy(text, start, negatedBefore) ||
        precededBy(text, start, negatedBeforeAdjacent) ||
        followedBy(text, end, negatedAfter),
      cued: precededBy(text, start, cueBefore) || followedBy(text, end, cueAfter),
    });
  }
  closeList();
}

/**
 * What an advisory lists as warning signs ("Red flags: no experience needed, send your passport copy
 * first") is quoted, not required. Senior qualifications are left alone: they lower the score.
 */
const outsideWarningList: MatchFilter = (field, start) => !inWarningList(field, start);
const OUTSIDE_WARNING_LISTS: Partial<Record<ScannedFlag, MatchFilter>> = Object.fromEntries(
  SCANNED_FLAGS.filter((flag) => flag !== "seniorQualifications").map((flag) => [flag, outsideWarningList]),
);

/** Reads the requirements stated in the ad. Pure and safe on any input. */
export function extractRequirements(ctx: FeatureContext): RequirementsFeature {
  const { flags, seniorFilter } = LEXICON();
  const { values, evidenceByFlag: scanned } = scanFlags(ctx, SCANNED_FLAGS, flags, { ...OUTSIDE_WARNING_LISTS, seniorQualifications: seniorFilter });
  const evidenceByFlag: Partial<Record<RequirementEvidenceKey, Evidence[]>> = {};
  for (const [flag, list] of Object.entries(scanned) as [ScannedFlag, Evidence[]][]) {
    if (flag !== "computerBasics") evidenceByFlag[flag] = list;
  }

  const structured = readStructured(ctx);
  const years = seniorYears(structured);
  const seniorQualifications = values.seniorQualifications || years.length > 0;
  if (years.length > 0) evidenceByFlag.seniorQualifications = [...(evidenceByFlag.seniorQualifications ?? []), ...years];
  const computerBasicsOnly = values.computerBasics && !seniorQualifications;
  if (computerBasicsOnly && scanned.computerBasics) evidenceByFlag.computerBasicsOnly = scanned.computerBasics;

  const age = readAgeRange(structured);
  if (age) evidenceByFlag.ageRange = age.evidence;
  const typing = readTypingSpeed(structured);
  if (typing) {
    evidenceByFlag.typingSpeed = [typing.evidence];
    if (!values.typingTest) evidenceByFlag.typingTest = [typing.evidence];
  }
  const languages = readLanguages(ctx);
  if (languages.codes.length > 0) evidenceByFlag.languagesRequired = languages.evidence;

  return {
    noExperience: values.noExperience,
    noDegree: values.noDegree,
    noSkills: values.noSkills,
    computerBasicsOnly,
    seniorQualifications,
    ageRange: age ? age.range : null,
    genderOrAppearance: values.genderOrAppearance,
    typingSpeed: typing ? typing.wpm : null,
    typingTest: values.typingTest || typing !== null,
    languagesRequired: languages.codes,
    passportRequired: values.passportRequired,
    passportCopyRequested: values.passportCopyRequested,
    evidenceByFlag,
    evidence: flattenEvidence(evidenceByFlag),
  };
}

/** Lexicon sources, exposed for the data-integrity tests (and left out of the bundle, which never reads them). */
export const REQUIREMENTS_LEXICON_SOURCES: readonly string[] = /* @__PURE__ */ (() => {
  const { data } = LEXICON();
  return [
    ...Object.values(data.flags).flatMap((entry) => entrySources(entry)),
    ...Object.values(data.structured).flatMap((entry) => entrySources(entry)),
    ...Object.values(data.languageNames).flatMap((names) => names.map(expandPattern)),
    ...Object.values(data.languageCues).flatMap((cues) => languageSources(cues)),
    ...Object.values(data.seniorNegation).flatMap((cues) => languageSources(cues)),
  ];
})();
