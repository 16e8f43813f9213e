/**
 * Fees, debts and penalties (indicators §7). Lures either charge large upfront fees or promise
 * "zero cost" and turn travel into debt later; fair recruiters say the employer pays.
 */
import type { Evidence, FeatureContext, NormalizedField } from "../types.js";
import { evidenceFor } from "./evidence.js";
import feesFamilyData from "./data/fees.json";
import { mergeLanguagePacks } from "./lexicons/index.js";
import {
  type LexiconEntry,
  type NegationCues,
  type PatternsByLanguage,
  PatternSet,
  defineLexicon,
  entrySources,
  flagPatterns,
  flattenEvidence,
  jobFields,
  languageSources,
  negatableFilters,
  negationFilter,
  negationSources,
  scanFlags,
} from "./roles.js";

/** Fee flags, each backed by evidence when true. */
export type FeeFlag =
  | "upfrontFee"
  | "advanceRepaidFromSalary"
  | "penaltyForLeaving"
  | "zeroCostClaim"
  | "noFeePolicy";

/** Keys of `evidenceByFlag`: the flags plus the structured values. */
export type FeeEvidenceKey = FeeFlag | "feeAmount" | "paymentChannel";

/** What the ad says about money the worker pays or owes. */
export interface FeesFeature {
  /** A processing, placement, visa, reservation or similar fee paid by the worker. */
  upfrontFee: boolean;
  /** The amount written next to the first fee, as the poster typed it ("KSh 200,000"), or null. */
  feeAmount: string | null;
  /**
   * How the worker is told to pay, when the ad says so: `crypto`, `gcash`, `paymaya`, `western-union`,
   * `moneygram`, `palawan-express`, `cebuana`, `m-pesa`, `paypal`, `7-eleven`, `e-wallet`,
   * `personal-account`; null otherwise.
   */
  paymentChannel: string | null;
  /** Travel or fees advanced by the employer and taken back from the salary ("ứng trước", "先垫付"). */
  advanceRepaidFromSalary: boolean;
  /** A fine, bond or compensation for leaving or breaking the contract. */
  penaltyForLeaving: boolean;
  /** "You pay nothing", "zero cost", "all expenses paid". */
  zeroCostClaim: boolean;
  /** A no-fee policy: "we never charge fees", "no placement fee", "employer pays". */
  noFeePolicy: boolean;
  /** Evidence of each true flag and of each structured value found. */
  evidenceByFlag: Partial<Record<FeeEvidenceKey, Evidence[]>>;
  /** All evidence, de-duplicated. */
  evidence: Evidence[];
}

interface FeesLexiconFile {
  negation: NegationCues;
  flags: Record<FeeFlag, LexiconEntry>;
  paymentChannels: Record<string, PatternsByLanguage>;
  paymentContext: PatternsByLanguage;
}

const FEE_FLAGS: readonly FeeFlag[] = [
  "upfrontFee",
  "advanceRepaidFromSalary",
  "penaltyForLeaving",
  "zeroCostClaim",
  "noFeePolicy",
];

const LEXICON = defineLexicon(() => {
  const data = mergeLanguagePacks("fees", feesFamilyData) as unknown as FeesLexiconFile;
  const patterns = flagPatterns(data.flags, FEE_FLAGS);
  const filters = negatableFilters(data.flags, FEE_FLAGS, data.negation, { warningListsEverywhere: true });
  // A prohibition earlier in the clause says nothing about a deduction or a penalty stated after it
  // ("we don't charge anything upfront, ticket cost will be deducted from your salary", "do not leave
  // before 1 year, penalty of 2000 USD"): those two markers take every cue but the clause-governing
  // one (a list of warning signs under its header still governs them).
  const withoutClauseCues = negatableFilters(data.flags, ["advanceRepaidFromSalary", "penaltyForLeaving"] as const, { ...data.negation, clauseBefore: undefined });
  Object.assign(filters, withoutClauseCues);
  const paymentChannels = new PatternSet<string>();
  for (const [label, sources] of Object.entries(data.paymentChannels)) paymentChannels.add(label, languageSources(sources));
  return {
    data,
    patterns,
    filters,
    paymentChannels,
    paymentContext: new RegExp(languageSources(data.paymentContext).join("|")),
    /**
     * Negated channel mentions ("we never ask for a transfer to a personal account") are not instructions.
     * Only the cues ahead count: "send the GCash receipt" must not read as a receipted, legal fee.
     */
    channelFilter: negationFilter({ before: data.negation.before, beforeAdjacent: data.negation.beforeAdjacent, clauseBefore: data.negation.clauseBefore, sectionBefore: data.negation.sectionBefore }),
  };
});
/** How far from a channel name a payment word may stand. */
const PAYMENT_CONTEXT_REACH = 60;

/**
 * An amount of money as typed, read from the ORIGINAL text because the normaliser's leetspeak folding
 * can turn "US$1,000" into letters. Currency first ("KSh 200,000", "₱50,000", "R$ 3.000", "TL 25.000")
 * or after ("5000元", "2 triệu", "300$", "25.000 TL", "30 000 ₽", "2 لاکھ روپے"). Digits may be Arabic-Indic (Urdu).
 * Currency words that are also word endings ("tl", "rub", "birr") need a word edge before them.
 */
const MONEY_DIGIT = "[\\d\\u0660-\\u0669\\u06f0-\\u06f9]";
/** Space-grouped thousands (`30 000 ₽`), else digits with `,`/`.` anywhere. */
const MONEY_NUMBER = `(?:${MONEY_DIGIT}{1,3}(?:[ \\u00a0\\u202f]${MONEY_DIGIT}{3}){1,4}|${MONEY_DIGIT}[${MONEY_DIGIT.slice(1, -1)},.]{0,15})`;
const MONEY = new RegExp(
  `(?:usd?t?|us\\$|\\$|php|₱|ksh?s?|kes|rs\\.?|inr|₹|rm|rp\\.?|idr|thb|฿|vnd|npr|bdt|৳|lkr|cny|rmb|¥|krw|₩|eur|€|aed|sgd|s\\$|mmk|khr|₺|₽|(?<![a-z])(?:r\\$|brl|tl|try|etb|birr|руб\\.?|rub|pkr))` +
    `\\s?${MONEY_NUMBER}(?:\\s?(?:k|m|juta|jt|ribu|rb|lakh|万|만\\s?원|원))?` +
    `|(?<![${MONEY_DIGIT.slice(1, -1)},.])${MONEY_NUMBER}\\s?` +
    `(?:usdt?|dollars?|php|pesos?|kshs?|kes|shillings?|rupees?|inr|rs|rm|ringgit|rp|rupiah|idr|juta|jt|thb|baht|บาท|vnd|đồng|dong|triệu|trieu|tr|npr|bdt|taka|lkr|yuan|元|块|rmb|万元?|만\\s?원|원|lakh|\\$|r\\$|reais|brl|tl|₺|lira|etb|birr|ብር|₽|руб(?:лей|\\.)?|rub|pkr|لاکھ(?:\\s?روپے)?|روپے)(?![a-z])`,
  "iu",
);
/**
 * The fee amount pattern, for the test that checks it is free of catastrophic backtracking.
 * @internal
 */
export const FEE_AMOUNT_PATTERN: RegExp = MONEY;
/** Characters after (and before) a fee mention searched for its amount. */
const AMOUNT_REACH_AFTER = 60;
const AMOUNT_REACH_BEFORE = 30;

/** Drops the full stop or comma that ends a sentence after an amount ("USD 500."). */
function trimTrailingPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && " \t\n.,".includes(text[end - 1]!)) end -= 1;
  return text.slice(0, end);
}

function fieldOf(ctx: FeatureContext, evidence: Evidence): NormalizedField | undefined {
  return ctx.fields.find((field) => field.field === evidence.field);
}

/** The amount nearest after the fee mention, else just before it. */
function readFeeAmount(ctx: FeatureContext, fees: readonly Evidence[]): { amount: string; evidence: Evidence } | null {
  for (const fee of fees) {
    const field = fieldOf(ctx, fee);
    if (!field) continue;
    const original = field.original;
    const afterStart = fee.end;
    const after = MONEY.exec(original.slice(afterStart, afterStart + AMOUNT_REACH_AFTER));
    const beforeStart = Math.max(0, fee.start - AMOUNT_REACH_BEFORE);
    const found = after
      ? { match: after, offset: afterStart }
      : (() => {
          const before = MONEY.exec(original.slice(beforeStart, fee.start));
          return before ? { match: before, offset: beforeStart } : null;
        })();
    if (!found) continue;
    const text = trimTrailingPunctuation(found.match[0]);
    const start = found.offset + found.match.index;
    return { amount: text, evidence: { field: field.field, start, end: start + text.length, text } };
  }
  return null;
}

/** The earliest payment channel named near a payment word. */
function readPaymentChannel(ctx: FeatureContext): { channel: string; evidence: Evidence } | null {
  const { paymentChannels, paymentContext, channelFilter } = LEXICON();
  for (const field of jobFields(ctx)) {
    const text = field.text;
    let best: { channel: string; start: number; end: number } | null = null;
    paymentChannels.forEachMatch(field, (channel, match) => {
      const start = match.index;
      const end = start + match[0].length;
      if (best !== null && best.start <= start) return true;
      if (channelFilter && !channelFilter(field, start, end)) return true;
      // The channel's own name is left out of its context: "e-wallet" must not vouch for itself.
      const before = text.slice(Math.max(0, start - PAYMENT_CONTEXT_REACH), start);
      const after = text.slice(end, end + PAYMENT_CONTEXT_REACH);
      if (paymentContext.test(before) || paymentContext.test(after)) best = { channel, start, end };
      return true;
    });
    const found = best as { channel: string; start: number; end: number } | null;
    if (found) return { channel: found.channel, evidence: evidenceFor(field, found.start, found.end) };
  }
  return null;
}

/** Reads the fees, debts and penalties stated in the ad. Pure and safe on any input. */
export function extractFees(ctx: FeatureContext): FeesFeature {
  const { patterns, filters } = LEXICON();
  const { values, evidenceByFlag: flagged } = scanFlags(ctx, FEE_FLAGS, patterns, filters);
  const evidenceByFlag: Partial<Record<FeeEvidenceKey, Evidence[]>> = { ...flagged };
  const amount = values.upfrontFee ? readFeeAmount(ctx, flagged.upfrontFee ?? []) : null;
  if (amount) evidenceByFlag.feeAmount = [amount.evidence];
  const channel = readPaymentChannel(ctx);
  if (channel) evidenceByFlag.paymentChannel = [channel.evidence];
  return {
    upfrontFee: values.upfrontFee,
    feeAmount: amount ? amount.amount : null,
    paymentChannel: channel ? channel.channel : null,
    advanceRepaidFromSalary: values.advanceRepaidFromSalary,
    penaltyForLeaving: values.penaltyForLeaving,
    zeroCostClaim: values.zeroCostClaim,
    noFeePolicy: values.noFeePolicy,
    evidenceByFlag,
    evidence: flattenEvidence(evidenceByFlag),
  };
}

/** Lexicon sources, exposed for the data-integrity tests (and left out of the bundle, which never reads them). */
export const FEES_LEXICON_SOURCES: readonly string[] = /* @__PURE__ */ (() => {
  const { data } = LEXICON();
  return [
    ...FEE_FLAGS.flatMap((flag) => entrySources(data.flags[flag])),
    ...Object.values(data.paymentChannels).flatMap((channels) => languageSources(channels)),
    ...languageSources(data.paymentContext),
    ...negationSources(data.negation),
  ];
})();
