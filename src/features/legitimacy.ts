/**
 * Legitimacy markers (indicators §9.2): licence numbers of labour authorities, a named legal entity,
 * a registration number, a street address, a sponsored work permit, a real selection process, a
 * contract before travel, government schemes. Each is something a worker or moderator can verify;
 * none proves the ad honest, since lures copy licensed agencies' names and numbers (S41).
 */
import type { Evidence, FeatureContext } from "../types.js";
import { evidenceFor, evidenceForLineStartMatches } from "./evidence.js";
import legitimacyFamilyData from "./data/legitimacy.json";
import { mergeLanguagePacks } from "./lexicons/index.js";
import {
  type LexiconEntry,
  type MatchFilter,
  type NegationCues,
  MAX_EVIDENCE_PER_FLAG,
  PatternSet,
  defineLexicon,
  entrySources,
  expandPattern,
  flagPatterns,
  flattenEvidence,
  jobFields,
  negatableFilters,
  negationSources,
  scanFlags,
  uniqueEvidence,
} from "./roles.js";

/** Labour authorities whose licence numbers are recognised. */
export type LicenceAuthority =
  | "PH-DMW"
  | "PH-POEA"
  | "IN-MEA-RA"
  | "ID-P3MI"
  | "LK-SLBFE"
  | "KE-NEA"
  | "TH-DOE"
  | "NP-DOFE"
  | "BD-BMET"
  | "VN-DOLAB"
  | "KH-MOLVT"
  | "MY-JTK"
  | "PK-BEOE"
  | "ET-MOLS"
  | "MM-MOLIP"
  | "LA-MOLSW"
  | "CO-SPE"
  | "other";

/** A recruitment licence number shown in the ad. */
export interface LicenceMention {
  authority: LicenceAuthority;
  /** The number as the poster typed it. */
  number: string;
  evidence: Evidence[];
}

/** Boolean legitimacy flags, each backed by evidence when true. */
export type LegitimacyFlag =
  | "legalEntity"
  | "registrationNumber"
  | "streetAddress"
  | "workPermitSponsored"
  | "multiStageInterview"
  | "writtenContractBeforeTravel"
  | "governmentScheme"
  | "statutoryBenefits"
  | "warnsJobSeekers";

/** Keys of `evidenceByFlag`. */
export type LegitimacyEvidenceKey = LegitimacyFlag | "licences";

/** Legitimacy markers found in the ad. */
export interface LegitimacyFeature {
  /** Licence numbers in a recognised authority format, in order of appearance. */
  licences: LicenceMention[];
  /** A company name with a legal form ("Co., Ltd.", "Pte Ltd", "Sdn Bhd", "PT …", "有限公司", "주식회사", "บริษัท … จำกัด"). */
  legalEntity: boolean;
  /** A company registration or tax number. */
  registrationNumber: boolean;
  /** A street-level address. */
  streetAddress: boolean;
  /** The employer sponsors a work permit or employment visa (Non-B + WP, OEC, emigration clearance…), before travel. */
  workPermitSponsored: boolean;
  /** Several interview rounds, a panel, tests or an assessment centre. */
  multiStageInterview: boolean;
  /** A written contract signed or verified before departure. */
  writtenContractBeforeTravel: boolean;
  /** A government scheme: EPS-TOPIK, 特定技能 / SSW, TITP, G2G, BOESL, an approved DMW job order. */
  governmentScheme: boolean;
  /**
   * Statutory social insurance the employer enrols the worker in (SSS and PhilHealth, IMSS, BPJS,
   * BHXH, ประกันสังคม, 五险一金, 4대보험, PF and ESI): only formal local employment offers it.
   */
  statutoryBenefits: boolean;
  /**
   * The ad warns job seekers against trafficking recruitment, as advisories and careful employers do:
   * it names trafficking, scam compounds or forced work, or sends readers to the police, an embassy, a
   * hotline or the labour authority. Such ads repeat the lures' own words to warn against them, and
   * the negation cues of each marker miss some of that phrasing. At least two separate cues: one line
   * ("beware of fake agents") is something a lure can borrow.
   */
  warnsJobSeekers: boolean;
  /**
   * Separate advisory cues in the ad, the cues `warnsJobSeekers` counts (at most
   * `MAX_ADVISORY_EVIDENCE`; 0 when fewer than two). A lure borrows a line or two of warning; an
   * advisory is made of them.
   */
  advisoryCues: number;
  /**
   * Reply markers of a discussion thread in the text ("ความคิดเห็นที่ 2", "ㄴ 튼튼맘:", "↳ u/name:",
   * "💬 हरि पौडेल:", "उत्तर 1 (…):", "OP:"), up to `MAX_DISCUSSION_REPLIES`. A forum question retells or
   * pastes the offer it asks about, and its replies warn; an ad has no replies.
   */
  discussionReplies: number;
  /** Evidence of each true flag and of the licences. */
  evidenceByFlag: Partial<Record<LegitimacyEvidenceKey, Evidence[]>>;
  /** All evidence, de-duplicated. */
  evidence: Evidence[];
}

interface LicenceFormat {
  authority: LicenceAuthority;
  patterns: readonly string[];
}

type ScannedFlag = Exclude<LegitimacyFlag, "legalEntity"> | "legalEntitySuffix" | "legalEntityStrong" | "legalEntityCased" | "asksIfGenuine";

interface LegitimacyLexiconFile {
  negation: NegationCues;
  licences: readonly LicenceFormat[];
  flags: Record<ScannedFlag, LexiconEntry>;
}

/** Separate advisory cues needed before an ad counts as warning job seekers (see `warnsJobSeekers`). */
const MIN_ADVISORY_CUES = 2;

/**
 * Advisory cue spans read, above the cap of the other flags: `advisoryCues` counts up to here, and a
 * count of three cannot tell a lure that borrowed three warning lines from an advisory.
 */
const MAX_ADVISORY_EVIDENCE = 8;

/**
 * The start of a reply in a discussion thread, one per line: a reply sign and a commenter's name before
 * a colon ("ㄴ 튼튼맘:", "↳ u/ghumakkad_dev:", "💬 हरि पौडेल:"), a numbered comment or answer ("ความคิดเห็นที่ 1",
 * "댓글 2", "उत्तर 1", "Reply #3"), or the original poster answering ("เจ้าของกระทู้", "작성자:", "OP:").
 * Every run is bounded and anchored at a line start. Normalisation (NFKC) turns the Korean reply sign
 * ㄴ into the conjoining ᄂ (U+1102), so both are read.
 */
const DISCUSSION_REPLY =
  /(?<=^[ \t]{0,8})(?:(?:ㄴ|\u1102|↳|└|┗|💬|↪|»|>)[ \t]{0,3}[^\n:：]{1,32}[:：]|(?:ความคิดเห็นที่|ความเห็นที่|comment|reply|answer|댓글|답글|답변|टिप्पणी|प्रतिक्रिया|उत्तर|जवाब|जवाफ)[ \t]{0,3}#?[ \t]{0,3}[0-9०-९]{1,3}(?![0-9०-९])|(?:เจ้าของกระทู้|작성자|글쓴이|op)(?=[ \t]{0,3}[:：]?[ \t]{0,3}$))/gimu;

/** `DISCUSSION_REPLY` tried only where a line's text starts (see `evidenceForLineStartMatches`), up to 8 spaces or tabs in. */
const DISCUSSION_REPLY_AT_LINE_START = new RegExp(DISCUSSION_REPLY.source, "imuy");

/** Reply markers that make a text a discussion thread, and the most that are read. */
const MIN_DISCUSSION_REPLIES = 3;
const MAX_DISCUSSION_REPLIES = 12;

/**
 * Advisory cues a discussion thread stands for. Two, not more: a thread still needs two cues of its own
 * (a warning, a report line, a question whether the offer is genuine) before it reads as an advisory
 * (`reads-as-an-advisory` wants four), so a lure that fakes a comment section gains at most the
 * `warns-job-seekers` mitigation. No train lure, reviewer probe or pasted-legitimacy lure has two
 * reply markers (a corpus test checks the train lures).
 */
const DISCUSSION_THREAD_CUES = 2;

/** The reply markers of a discussion thread in the ad, as evidence (see `DISCUSSION_REPLY`). */
function discussionReplies(ctx: FeatureContext): Evidence[] {
  const found: Evidence[] = [];
  for (const field of ctx.fields) {
    if (field.field !== "description" && field.field !== "text") continue;
    found.push(...evidenceForLineStartMatches(field, DISCUSSION_REPLY_AT_LINE_START, 8, MAX_DISCUSSION_REPLIES - found.length));
  }
  return found;
}

/** Licences kept: an ad listing more is a directory, and the first few carry the signal. */
const MAX_LICENCES = 5;

const SCANNED_FLAGS: readonly ScannedFlag[] = [
  "legalEntitySuffix",
  "legalEntityStrong",
  "legalEntityCased",
  "registrationNumber",
  "streetAddress",
  "workPermitSponsored",
  "multiStageInterview",
  "writtenContractBeforeTravel",
  "governmentScheme",
  "statutoryBenefits",
  "warnsJobSeekers",
  "asksIfGenuine",
];

/**
 * What follows a question that a lure answers itself, within `ANSWER_REACH` characters: an answer
 * sign or label ("✅ होइन!", "A:", "मेरो जवाफ:", "답변:"), a bare "no/yes" ("No!", "नहीं!", "아닙니다",
 * "ไม่ใช่"), or a guarantee ("100%"). A forum's replies open with a name or a number, never these,
 * and they come after the asker's whole post, beyond reach.
 */
const ANSWER_AFTER_QUESTION =
  /^[^]{0,40}?(?:[✅✔☑💯👉]|\b(?:a|ans|answer)\s?[:：]|(?:मेरो |हाम्रो )?जवाफ ?[:：]|(?:मेरा |हमारा )?जवाब ?[:：]|(?<![\u0900-\u097f])उत्तर ?[:：]|답변 ?[:：]|ตอบ ?[:：]|100 ?%|१०० ?%|\b(?:no|yes|nope|never|of course)\s?[!.,]|(?:नहीं|होइन|हैन|बिल्कुल|पक्का) ?[!।,]|아닙니다|아니요|아뇨|ไม่ใช่|ไม่หลอก|不是[!！，,]|绝对)/iu;
const ANSWER_REACH = 60;

/**
 * A question asked of the poster by others ("यही सवाल रोज़ 50 लोग मुझसे पूछते हैं", "धेरैले सोध्नुहुन्छ:",
 * "people keep asking"), which the poster then answers: the frame of a lure's FAQ, not of a job seeker.
 */
const ASKED_OF_THE_POSTER = /(?:पूछते हैं|पूछा जाता|पूछते रहते|सोध्नुहुन्छ|सोध्छन्|सोधिरहनुहुन्छ|सोध्नुभएकाले|सोधिएको|people (?:keep )?ask(?:ing)?|you (?:keep )?ask(?:ing)?|asked (?:us|me)|물어보시|문의하시|많이 물어|ถามกันมา|ถามเข้ามา|ถามบ่อย|常问|经常问|很多人问)/iu;
const ASKED_REACH = 80;

/** Whether a genuineness question is left open: not answered by its own poster, nor a lure's FAQ. */
const unansweredQuestion: MatchFilter = (field, start, end) => {
  const text = field.text;
  if (ANSWER_AFTER_QUESTION.test(text.slice(end, end + ANSWER_REACH))) return false;
  return !ASKED_OF_THE_POSTER.test(text.slice(Math.max(0, start - ASKED_REACH), Math.min(text.length, end + ASKED_REACH)));
};

/** Words after "PT" that make it part-time or physiotherapy rather than an Indonesian company. */
const NOT_A_COMPANY_AFTER_PT = /^pt\.?\s+(?:job|jobs|time|staff|work|position|role|shift|hours?|only|available|or|and)\b/i;
const CAPITALISED = /^[\p{Lu}\p{N}]/u;
const NAME_CHARACTER = /[\p{L}\p{N}&'.\-)]/u;
/** Words that may sit inside a company name without a capital: "Procter & Gamble", "Bank of Asia". */
const NAME_JOINERS = new Set(["&", "and", "of", "de"]);
/** How far back a company name may start before its legal suffix. */
const NAME_REACH = 60;
/** Name words kept before a suffix. */
const MAX_NAME_WORDS = 6;

/** The words right before `end` in `text` (nearest first), with their start offsets; stops at line breaks. */
function wordsBefore(text: string, end: number, limit: number): { word: string; start: number }[] {
  const words: { word: string; start: number }[] = [];
  let at = end;
  const floor = Math.max(0, end - NAME_REACH);
  while (words.length < limit && at > floor) {
    // Skip the blanks and at most one comma or full stop between words ("Acme, Inc.").
    let gap = at;
    while (gap > floor && (text[gap - 1] === " " || text[gap - 1] === "\t")) gap -= 1;
    if (gap > floor && (text[gap - 1] === "," || text[gap - 1] === ".")) gap -= 1;
    while (gap > floor && (text[gap - 1] === " " || text[gap - 1] === "\t")) gap -= 1;
    let start = gap;
    while (start > floor && NAME_CHARACTER.test(text[start - 1]!)) start -= 1;
    if (start === gap) break;
    words.push({ word: text.slice(start, gap), start });
    at = start;
  }
  return words;
}

/**
 * A cased suffix ("Limited", "Inc.", "PT") names a company only when the poster capitalised it and
 * the word before it, as in "Acme Trading Limited"; "with limited experience" does not.
 */
const capitalisedEntity: MatchFilter = (field, start, end) => {
  const span = field.toOriginal(start, end);
  const original = field.original.slice(span.start, span.end);
  if (/^pt\b/i.test(original)) {
    const words = original.split(/\s+/);
    return original.startsWith("PT") && words.length > 1 && CAPITALISED.test(words[1]!) && !NOT_A_COMPANY_AFTER_PT.test(original);
  }
  const before = wordsBefore(field.original, span.start, 1)[0];
  return CAPITALISED.test(original) && before !== undefined && CAPITALISED.test(before.word);
};

/** A legal suffix ("Co., Ltd.", "有限公司") needs a word before it: the company's name. */
const nameBeforeSuffix: MatchFilter = (field, start) => wordsBefore(field.text, start, 1).length > 0;

/** Widens a legal-suffix span back over the company name, so the evidence reads "Mekong Garments Co., Ltd.". */
function withCompanyName(ctx: FeatureContext, evidence: Evidence): Evidence {
  const field = ctx.fields.find((candidate) => candidate.field === evidence.field);
  if (!field) return evidence;
  let start = evidence.start;
  for (const { word, start: wordStart } of wordsBefore(field.original, evidence.start, MAX_NAME_WORDS)) {
    // Scripts without case (Chinese) name the company in the word right before the suffix.
    const caseless = word.toLowerCase() === word.toUpperCase();
    if (!(CAPITALISED.test(word) || NAME_JOINERS.has(word) || caseless)) break;
    start = wordStart;
    if (caseless) break;
  }
  return start === evidence.start
    ? evidence
    : { field: evidence.field, start, end: evidence.end, text: field.original.slice(start, evidence.end) };
}

const LEXICON = defineLexicon(() => {
  const data = mergeLanguagePacks("legitimacy", legitimacyFamilyData) as unknown as LegitimacyLexiconFile;
  const licences = new PatternSet<LicenceAuthority>();
  for (const format of data.licences) licences.add(format.authority, format.patterns.map(expandPattern));
  const filters: Partial<Record<ScannedFlag, MatchFilter>> = {
    ...negatableFilters(data.flags, SCANNED_FLAGS, data.negation),
    legalEntitySuffix: nameBeforeSuffix,
    legalEntityCased: capitalisedEntity,
    asksIfGenuine: unansweredQuestion,
  };
  return { data, licences, patterns: flagPatterns(data.flags, SCANNED_FLAGS), filters };
});

/** Licence numbers in order of appearance; overlapping mentions count once, under the earliest and longest. */
function readLicences(ctx: FeatureContext): LicenceMention[] {
  const licences: LicenceMention[] = [];
  const patterns = LEXICON().licences;
  for (const field of jobFields(ctx)) {
    const found: { authority: LicenceAuthority; start: number; end: number; numberStart: number; numberEnd: number }[] = [];
    patterns.forEachMatch(field, (authority, match) => {
      const number = match[1];
      if (number === undefined) return true;
      const numberStart = match.index + match[0].lastIndexOf(number);
      found.push({ authority, start: match.index, end: match.index + match[0].length, numberStart, numberEnd: numberStart + number.length });
      return found.length < MAX_LICENCES * 4;
    });
    // Earliest and longest first, so "POEA-123-LB-…" wins over the bare number inside it.
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    let keptEnd = -1;
    for (const licence of found) {
      if (licence.start < keptEnd) continue;
      keptEnd = licence.end;
      const number = evidenceFor(field, licence.numberStart, licence.numberEnd).text.trim();
      if (licences.some((known) => known.number.toLowerCase() === number.toLowerCase())) continue;
      licences.push({ authority: licence.authority, number, evidence: [evidenceFor(field, licence.start, licence.end)] });
      if (licences.length >= MAX_LICENCES) return licences;
    }
  }
  return licences;
}

/**
 * Separate cues among the spans: overlapping spans count once ("human trafficking victims" is one cue,
 * however many patterns match it), and so does a line repeated word for word, which a lure can paste
 * twice as easily as once.
 */
function separateSpans(list: readonly Evidence[]): number {
  const sorted = [...list].sort((a, b) => (a.field < b.field ? -1 : a.field > b.field ? 1 : a.start - b.start));
  const texts = new Set<string>();
  let separate = 0;
  let field = "";
  let end = -1;
  for (const item of sorted) {
    const text = item.text.toLowerCase();
    if ((item.field !== field || item.start >= end) && !texts.has(text)) separate += 1;
    texts.add(text);
    if (item.field !== field || item.start >= end) {
      field = item.field;
      end = item.end;
    } else end = Math.max(end, item.end);
  }
  return separate;
}

/** Reads the legitimacy markers in the ad. Pure and safe on any input. */
export function extractLegitimacy(ctx: FeatureContext): LegitimacyFeature {
  const { patterns, filters } = LEXICON();
  const { values, evidenceByFlag: scanned } = scanFlags(ctx, SCANNED_FLAGS, patterns, filters, {
    warnsJobSeekers: MAX_ADVISORY_EVIDENCE,
    asksIfGenuine: MAX_ADVISORY_EVIDENCE,
  });
  const evidenceByFlag: Partial<Record<LegitimacyEvidenceKey, Evidence[]>> = {};
  for (const [flag, list] of Object.entries(scanned) as [ScannedFlag, Evidence[]][]) {
    if (flag === "legalEntitySuffix" || flag === "legalEntityStrong" || flag === "legalEntityCased" || flag === "asksIfGenuine") continue;
    evidenceByFlag[flag] = list;
  }
  const legalEntity = values.legalEntitySuffix || values.legalEntityStrong || values.legalEntityCased;
  const replies = discussionReplies(ctx);
  const thread = replies.length >= MIN_DISCUSSION_REPLIES;
  // Questions whether the offer is genuine are advisory cues like the warnings (see `asksIfGenuine` in the data).
  const cueSpans = [...(scanned.warnsJobSeekers ?? []), ...(scanned.asksIfGenuine ?? [])];
  const advisoryCues = separateSpans(cueSpans) + (thread ? DISCUSSION_THREAD_CUES : 0);
  const warnsJobSeekers = advisoryCues >= MIN_ADVISORY_CUES;
  if (!warnsJobSeekers) delete evidenceByFlag.warnsJobSeekers;
  else evidenceByFlag.warnsJobSeekers = uniqueEvidence([...cueSpans, ...(thread ? replies : [])]);
  if (legalEntity) {
    evidenceByFlag.legalEntity = uniqueEvidence(
      [...(scanned.legalEntitySuffix ?? []), ...(scanned.legalEntityCased ?? [])]
        .map((item) => withCompanyName(ctx, item))
        .concat(scanned.legalEntityStrong ?? []),
    ).slice(0, MAX_EVIDENCE_PER_FLAG);
  }
  const licences = readLicences(ctx);
  if (licences.length > 0) evidenceByFlag.licences = licences.flatMap((licence) => licence.evidence);
  return {
    licences,
    legalEntity,
    registrationNumber: values.registrationNumber,
    streetAddress: values.streetAddress,
    workPermitSponsored: values.workPermitSponsored,
    multiStageInterview: values.multiStageInterview,
    writtenContractBeforeTravel: values.writtenContractBeforeTravel,
    governmentScheme: values.governmentScheme,
    statutoryBenefits: values.statutoryBenefits,
    warnsJobSeekers,
    advisoryCues: warnsJobSeekers ? advisoryCues : 0,
    discussionReplies: replies.length,
    evidenceByFlag,
    evidence: flattenEvidence(evidenceByFlag),
  };
}

/** Lexicon sources, exposed for the data-integrity tests (and left out of the bundle, which never reads them). */
export const LEGITIMACY_LEXICON_SOURCES: readonly string[] = /* @__PURE__ */ (() => {
  const { data } = LEXICON();
  return [
    ...SCANNED_FLAGS.flatMap((flag) => entrySources(data.flags[flag])),
    ...data.licences.flatMap((format) => format.patterns.map(expandPattern)),
    ...negationSources(data.negation),
  ];
})();
