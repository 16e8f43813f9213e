/**
 * Legitimacy markers (indicators §9.2): licence numbers of labour authorities, a named legal entity,
 * a registration number, a street address, a sponsored work permit, a real selection process, a
 * contract before travel, government schemes. Each is something a worker or moderator can verify;
 * none proves the ad honest, since lures copy licensed agencies' names and numbers (S41).
 */
import type { Evidence, FeatureContext, NormalizedField } from "../types.js";
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
  inQuotation,
  quotingQuestionLines,
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
  /**
   * Question lines of a Q&A card that quote an offer ("Q1. 텔레그램으로 \"캄보디아 CS 업무, 월 600\" 제안을
   * 받았어요", "प्रश्न २: \"टुरिस्ट भिसामा आउनू\" भन्छ"), up to `MAX_DISCUSSION_REPLIES`. A career centre's
   * card asks what the reader was offered and answers what that is; a lure's FAQ asks in the
   * applicant's words ("Q. 경력 없어도 되나요?") and quotes nothing.
   */
  quotingQuestions: number;
  /**
   * Turns of a chat transcript or a numbered comment section ("엄마: 얘들아 이거 좀 봐줘", "१. रमेश के.सी.: …"),
   * up to `MAX_DISCUSSION_REPLIES`; 0 when the text is neither (see `transcriptTurns`). A family's chat
   * about an offer pastes it and warns; an ad's "key: value" lines are no conversation.
   */
  chatTurns: number;
  /**
   * Past-tense sentences of a Korean, Hindi or Nepali narrative ("여권을 맡기라고 했고 휴대폰은 가져갔습니다.",
   * "पहले ही दिन पासपोर्ट जमा कर लिया।"), up to `MAX_DISCUSSION_REPLIES`; 0 when the text is no narrative
   * (see `MIN_NARRATIVE_SHARE`). A survivor's story or a news report tells what happened; an ad offers.
   */
  narrativeSentences: number;
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
 * a colon or a dash ("ㄴ 튼튼맘:", "↳ u/ghumakkad_dev:", "💬 हरि पौडेल:", "↳ हरि पौडेल — २ दिन अगाडि"), a forum's labelled
 * post ("जवाफ — pravin_np:", "प्रश्न — सुदीप_केसी:", "A (RoamingRavi):"), a news programme's anchor in a transcript ("एंकर:"), a comment section's handle ("@kamala.magar55:"), a numbered comment or answer ("ความคิดเห็นที่ 1",
 * "댓글 2", "उत्तर 1", "Reply #3", bracketed as Korean Q&A boards print them: "[답변 1 – 채택됨]"), or the
 * original poster ("เจ้าของกระทู้", "작성자:", "OP:", a board's "[질문]" header on a line of its own).
 * Every run is bounded and anchored at a line start. Normalisation (NFKC) turns the Korean reply sign
 * ㄴ into the conjoining ᄂ (U+1102), so both are read.
 */
const DISCUSSION_REPLY =
  /(?<=^[ \t]{0,8})(?:(?:ㄴ|\u1102|↳|└|┗|💬|↪|»|>)[ \t]{0,3}(?:[^\n:：]{1,32}[:：]|[^\n:：—–-]{1,32}[ \t][—–-][ \t])|(?:प्रश्न|सवाल|उत्तर|जवाब|जवाफ|प्रतिक्रिया|टिप्पणी|question|reply|answer|comment)[ \t]{0,3}[—–-][ \t]{0,3}[^\n:：—–-]{1,32}[:：]|(?:q|a|प्र|उ|प्रश्न|उत्तर|सवाल|जवाब|जवाफ|question|answer|reply)[ \t]{0,2}\([^\n()]{1,32}\)[ \t]{0,2}[:：]|(?:एंकर|एङ्कर|एन्कर|anchor|रिपोर्टर|reporter|संवाददाता|प्रस्तोता|सञ्चालक)[ \t]{0,2}[:：]|@[\p{L}\p{M}\p{N}._]{2,30}[ \t]{0,2}[:：]|[[【]?(?:ความคิดเห็นที่|ความเห็นที่|comment|reply|answer|댓글|답글|답변|टिप्पणी|प्रतिक्रिया|उत्तर|जवाब|जवाफ)[ \t]{0,3}#?[ \t]{0,3}[0-9०-९]{1,3}(?![0-9०-९])|(?:เจ้าของกระทู้|작성자|글쓴이|op)(?=[ \t]{0,3}[:：]?[ \t]{0,3}$)|[[【]질문[\]】](?=[ \t]{0,3}$))/gimu;

/** `DISCUSSION_REPLY` tried only where a line's text starts (see `evidenceForLineStartMatches`), up to 8 spaces or tabs in. */
const DISCUSSION_REPLY_AT_LINE_START = new RegExp(DISCUSSION_REPLY.source, "imuy");

/** Reply markers that make a text a discussion thread, and the most that are read. */
const MIN_DISCUSSION_REPLIES = 3;
const MAX_DISCUSSION_REPLIES = 12;

/**
 * Advisory cues a discussion thread stands for, beside at least one cue of its own. Two, not more: a
 * thread still needs two cues of its own (a warning, a report line, a question whether the offer is
 * genuine) before it reads as an advisory (`reads-as-an-advisory` wants four). A lure can fake a
 * comment section (batch 34's nep-lure-205: a recruiter answering questions under a TikTok video), so
 * without a warning of its own a thread gains nothing (a corpus test checks the train lures).
 */
const DISCUSSION_THREAD_CUES = 2;

/**
 * A speaker's turn in a chat transcript or a numbered comment, one per line: a short label (a name, a
 * kinship term, "[나]") and a colon, then what was said ("엄마: 얘들아 이거 좀 봐줘", "नेहा दीदी: पापा रुकिए।",
 * "१. रमेश के.सी.: दाइ, …"). Sticky, read at each line's start; every run is bounded.
 */
const SPEAKER_TURN = /[ \t]{0,4}(?:([0-9०-९]{1,2})[.)][ \t]{0,2})?(\[[^\]\n]{1,20}\]|[^\n:：[\]()0-9•*\-–—|/]{1,24}?)[ \t]?[:：][ \t]{0,8}(?=\S)/uy;

/** Labels that open a line without being a speaker: Q&A markers and contact or link labels. */
const NOT_A_SPEAKER = /^(?:q|a|q ?\d+|a ?\d+|प्र\.?|उ\.?|प्रश्न|उत्तर|ถาม|ตอบ|질문|답변?|问|答|https?|www|mailto|tel|e-?mail|phone|whatsapp|telegram|line|viber|wechat|kakao\S*|zalo)$/iu;

/** Lines read for turns: a transcript shows itself long before this, and hostile input stays cheap. */
const MAX_TURN_LINES = 400;

/**
 * Whether a field is a chat transcript or a numbered comment section, and its turns as evidence.
 *
 * A chat: five or more turns by three or more speakers, three of whom speak twice or more; the median
 * turn is 20 characters or longer; and the speakers do not cycle. An ad's "key: value" lines have keys
 * that appear once each; an ad listing several positions repeats its keys, but in the same order for
 * each position, so its turn-to-turn transitions repeat (0.43 and above on the real ads that repeat
 * keys), where a family's chat repeats few of them (0.25 to 0.31 on the train split's transcripts;
 * `tsx src/fit/discussion-forms.ts` prints both).
 * Numbered comments: three or more consecutive numbers, three or more speakers and a median turn of
 * 40 characters or more, where an ad's numbered list of terms has short values.
 */
function transcriptTurns(field: NormalizedField): Evidence[] {
  const reading = readTranscript(field);
  if (!isTranscript(reading)) return [];
  return reading.turns.slice(0, MAX_DISCUSSION_REPLIES).map((turn) => evidenceFor(field, turn.start, turn.end));
}

/** What `transcriptTurns` reads of a field's "speaker: …" lines (exported for the dev tool `src/fit/discussion-forms.ts`). */
export interface TranscriptReading {
  turns: { start: number; end: number; label: string }[];
  speakers: number;
  /** Speakers with two turns or more. */
  repeatedSpeakers: number;
  /** Median characters said in a turn. */
  medianTurn: number;
  /** Share of turn-to-turn transitions (speaker A, then B) seen before in the field: near 1 for keys cycling per position. */
  cycling: number;
  /** Numbered turns whose number follows the previous one's. */
  consecutiveNumbers: number;
}

/** Reads a field's speaker turns; `isTranscript` decides. @internal */
export function readTranscript(field: NormalizedField): TranscriptReading {
  const text = field.text;
  const counts = new Map<string, number>();
  const turns: TranscriptReading["turns"] = [];
  const lengths: number[] = [];
  let consecutiveNumbers = 0;
  let lastNumber = 0;
  let lines = 0;
  for (let line = 0; line < text.length && lines < MAX_TURN_LINES; lines++) {
    const newline = text.indexOf("\n", line);
    const end = newline < 0 ? text.length : newline;
    SPEAKER_TURN.lastIndex = line;
    const match = SPEAKER_TURN.exec(text);
    if (match !== null && SPEAKER_TURN.lastIndex < end) {
      const label = match[2]!.trim().toLowerCase();
      if (label.length > 0 && !NOT_A_SPEAKER.test(label)) {
        counts.set(label, (counts.get(label) ?? 0) + 1);
        turns.push({ start: match.index, end: SPEAKER_TURN.lastIndex, label });
        lengths.push(end - SPEAKER_TURN.lastIndex);
        if (match[1] !== undefined) {
          const number = Number(match[1].replace(/[०-९]/g, (digit) => String(digit.charCodeAt(0) - 0x966)));
          if (number === lastNumber + 1) consecutiveNumbers++;
          lastNumber = number;
        }
      }
    }
    line = end + 1;
  }
  lengths.sort((a, b) => a - b);
  const transitions = new Set<string>();
  let repeatedTransitions = 0;
  for (let i = 1; i < turns.length; i++) {
    const transition = `${turns[i - 1]!.label}\u0000${turns[i]!.label}`;
    if (transitions.has(transition)) repeatedTransitions++;
    transitions.add(transition);
  }
  return {
    turns,
    speakers: counts.size,
    repeatedSpeakers: [...counts.values()].filter((count) => count >= 2).length,
    medianTurn: lengths.length === 0 ? 0 : lengths[lengths.length >> 1]!,
    cycling: turns.length < 2 ? 0 : repeatedTransitions / (turns.length - 1),
    consecutiveNumbers,
  };
}

/** Whether a reading is a chat transcript or numbered comments (see `transcriptTurns`). @internal */
export function isTranscript(reading: TranscriptReading): boolean {
  if (reading.turns.length < 3 || reading.speakers < 3) return false;
  const chat = reading.turns.length >= 5 && reading.repeatedSpeakers >= 3 && reading.medianTurn >= MIN_CHAT_TURN && reading.cycling < MAX_CHAT_CYCLING;
  const numberedComments = reading.consecutiveNumbers >= 3 && reading.medianTurn >= MIN_COMMENT_TURN;
  return chat || numberedComments;
}

/** Median turn lengths of a chat and of numbered comments, and the share of repeated transitions that marks a cycle of keys. */
const MIN_CHAT_TURN = 20;
const MIN_COMMENT_TURN = 40;
const MAX_CHAT_CYCLING = 0.4;

/** The turns of a chat transcript or numbered comments in the ad, as evidence (see `transcriptTurns`). */
function chatTurns(ctx: FeatureContext): Evidence[] {
  for (const field of ctx.fields) {
    if ((field.field !== "description" && field.field !== "text") || !field.text.includes("\n")) continue;
    const turns = transcriptTurns(field);
    if (turns.length > 0) return turns;
  }
  return [];
}

/**
 * A sentence that ends in a past-tense verb, in Korean (했습니다, 갔어요, 받았다) or in Hindi and Nepali
 * (गया था, ले लिया।, एक एजेंट मिला।, पुगें।, फर्कियौं।, पासपोर्ट खोसियो।, and the Nepali past of what one learned
 * afterwards, पासपोर्ट खोसेछन्।, पुगेछ।, but not the future in -नेछ, दिइनेछ।, which promises): what happened,
 * told, where an ad states what is offered and asks the reader to act. Hearsay endings (한답니다, 해 준대요) were tried: lures' testimonials use them. Anchored at the sentence's end (the text up to the next sentence mark).
 */
const PAST_SENTENCE_END =
  /(?:(?:었|았|였|했|갔|왔|됐|졌|웠|켰|줬|봤|났|렸|섰)(?:습니다|어요|다|어|죠|더라고요|더라구요|네요)|(?:था|थी|थे|थीं|गया|गई|गए|गयी|लिया|दिया|किया|कहा|पाया|आया|आई|आए|हुआ|हुई|हुए|लगा|लगी|लगे|बताया|भेजा|पहुँचा|पहुंचा|पहुँचे|लौटा|लौटे|मिला|मिली|चला|चली|कराई|कराया|कराए|करवाई|करवाया|करवाए|बोला|बोली|बोले|निकला|निकली|निकले|भागा|भागी|भागे|बेचा|बेची|बेचे|पीटा|पीटे|छीना|छीने|रखा|रखी|थियो|थिए|थिएँ|थिइन्|थ्यो|गयो|गएँ|भयो|भए|गरे|गरें|गर्यो|गऱ्यो|लग्यो|पुगें|पुगेँ|पुग्यो|पुगे|फर्कियौं|फर्कियौँ|फर्किएँ|फर्किए|फर्कें|फर्केँ|दियो|दिए|दिएँ|लियो|लिए|लिएँ|पायौं|पायौँ|पाएँ|पठायो|पठाइयो|भन्यो|भनें|भनेँ|गरियो|गरेँ|रहेछ|रहेछन्|आयो|आएँ|भेटियो|भेटेँ|भेटें|खोसियो|खोस्यो|खोसे|राखियो|राख्यो|लगियो|बस्यो|बसेँ|बसें|छुट्यो|छुटेँ|छुटें|निस्कियो|निस्केँ|बुझेँ|बुझें|(?:(?<!न)े|ए)छ(?:न्|ौं|ौँ)?|भनेछ(?:न्)?))[\s\u200d]{0,2}$/u;

/** Characters at a sentence's end that hold the longest ending `PAST_SENTENCE_END` reads, with its trailing spaces. */
const PAST_ENDING_REACH = 16;

/** A sentence: a run of text up to a sentence mark or a line end. */
const SENTENCE = /[^.!?।\n…]{9,}/gu;

/** Korean, Hindi and Nepali sentences a text needs before its share of past-tense sentences is read. */
const MIN_NARRATIVE_SENTENCES = 8;

/**
 * Share of past-tense sentences at or above which a Korean, Hindi or Nepali text is a narrative: a
 * survivor's story, a relative's account, a news report. On the train split (`tsx src/fit/discussion-forms.ts`
 * on 45a8b0e), of the 323 lures in those languages with eight sentences or more, 320 are below 0.1 and
 * the highest is 0.23 (a testimonial); the 11 legitimate texts at 0.3 or above are news reports and
 * survivors' stories.
 */
const MIN_NARRATIVE_SHARE = 0.3;

/** The past-tense sentences of a narrative in the ad, as evidence; empty when it is no narrative (see `MIN_NARRATIVE_SHARE`). */
function narrativeSentences(ctx: FeatureContext): Evidence[] {
  const { sentences, past } = readPastTense(ctx);
  if (sentences < MIN_NARRATIVE_SENTENCES || past.length / sentences < MIN_NARRATIVE_SHARE) return [];
  return past.slice(0, MAX_DISCUSSION_REPLIES).map(({ field, start, end }) => evidenceFor(field, start, end));
}

/**
 * The Korean, Hindi and Nepali sentences of the ad, counted, and where the past-tense ones stand
 * (exported for the dev tool `src/fit/discussion-forms.ts`). @internal
 */
export function readPastTense(ctx: FeatureContext): { sentences: number; past: { field: NormalizedField; start: number; end: number }[] } {
  const past: { field: NormalizedField; start: number; end: number }[] = [];
  let sentences = 0;
  for (const field of ctx.fields) {
    // Most ads hold neither script: one scan for a letter of them spares the sentence split.
    if ((field.field !== "description" && field.field !== "text") || !HANGUL_OR_DEVANAGARI.test(field.text)) continue;
    SENTENCE.lastIndex = 0;
    for (let match = SENTENCE.exec(field.text); match !== null && sentences < MAX_NARRATIVE_SENTENCES; match = SENTENCE.exec(field.text)) {
      const sentence = match[0];
      if (!HANGUL_OR_DEVANAGARI.test(sentence)) continue;
      sentences++;
      // The ending is read from the sentence's last characters: the regex is anchored at its end, and
      // tried from every start it would scan the whole sentence.
      if (PAST_SENTENCE_END.test(sentence.slice(-PAST_ENDING_REACH))) past.push({ field, start: match.index, end: match.index + sentence.length });
    }
  }
  return { sentences, past };
}

/** Sentences read for the narrative share: a story shows itself long before this, and hostile input stays cheap. */
const MAX_NARRATIVE_SENTENCES = 400;

/** A Hangul syllable or a Devanagari letter: the scripts whose past tense `PAST_SENTENCE_END` reads. */
const HANGUL_OR_DEVANAGARI = /[\uac00-\ud7a3\u0900-\u097f]/u;

/**
 * Question lines of a Q&A card that quote an offer, needed before the card stands for the advisory
 * cues of a thread (`DISCUSSION_THREAD_CUES`). No train lure, reviewer probe or pasted-legitimacy lure
 * has two (a corpus test checks the train lures).
 */
const MIN_QUOTING_QUESTIONS = 2;

/** The question lines of a Q&A card that quote an offer, as evidence (see `quotingQuestionLines`). */
function quotingQuestions(ctx: FeatureContext): Evidence[] {
  const found: Evidence[] = [];
  for (const field of ctx.fields) {
    if ((field.field !== "description" && field.field !== "text") || !field.text.includes("\n")) continue;
    const lines = quotingQuestionLines(field);
    for (let k = 0; k < lines.length && found.length < MAX_DISCUSSION_REPLIES; k += 2) found.push(evidenceFor(field, lines[k]!, lines[k + 1]!));
  }
  return found;
}

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

/**
 * The advisory cues that count: all of them when one at least stands outside quotation marks, none
 * when every one is quoted. A lure quotes the warnings it goes on to dismiss ("म्यासेज आउँछ – \"त्यहाँ त
 * मान्छे बन्धक बनाउँछन् रे…\" आज सत्य कुरा भन्छु"; "โพสต์เตือน ทั้ง \"อย่าไปทำงานกัมพูชา โดนยึดพาสปอร์ต\""),
 * and warns in no words of its own; a notice or a survivor's story that quotes a warning warns in its
 * own words too.
 */
function ownOrBackedWarnings(ctx: FeatureContext, cues: Evidence[]): Evidence[] {
  if (cues.length === 0) return cues;
  const quoted = (cue: Evidence): boolean => {
    const field = ctx.fields.find((candidate) => candidate.field === cue.field);
    return field !== undefined && inQuotation(field, cue.start);
  };
  return cues.some((cue) => !quoted(cue)) ? cues : [];
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
  const questions = quotingQuestions(ctx);
  const turns = chatTurns(ctx);
  const narrative = narrativeSentences(ctx);
  // A Q&A card about the offers its readers received, a chat transcript and a story told in the past stand like a thread for two cues.
  const thread = replies.length >= MIN_DISCUSSION_REPLIES || questions.length >= MIN_QUOTING_QUESTIONS || turns.length > 0 || narrative.length > 0;
  // Questions whether the offer is genuine are advisory cues like the warnings (see `asksIfGenuine` in the data).
  const cueSpans = ownOrBackedWarnings(ctx, [...(scanned.warnsJobSeekers ?? []), ...(scanned.asksIfGenuine ?? [])]);
  const ownCues = separateSpans(cueSpans);
  // A thread stands for its cues only beside a warning of its own: a recruiter answering questions
  // under a video ("↳ @sunny.abroad.jobs: घुम्न जाने भिसामै हो … DM गर्नुस्") has replies and no warning.
  const threadCues = thread && ownCues > 0 ? DISCUSSION_THREAD_CUES : 0;
  const advisoryCues = ownCues + threadCues;
  const warnsJobSeekers = advisoryCues >= MIN_ADVISORY_CUES;
  if (!warnsJobSeekers) delete evidenceByFlag.warnsJobSeekers;
  else evidenceByFlag.warnsJobSeekers = uniqueEvidence([...cueSpans, ...(threadCues > 0 ? [...replies, ...questions, ...turns, ...narrative] : [])]);
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
    quotingQuestions: questions.length,
    chatTurns: turns.length,
    narrativeSentences: narrative.length,
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
