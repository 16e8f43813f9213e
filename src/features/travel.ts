/**
 * Travel and document arrangements (indicators §5) and the coaching that moves recruits past
 * immigration (§4). Free flights and housing are normal in fair recruitment; tourist visas, night
 * crossings and "pretend to be a tourist" are not. The extractor reports what the ad says either way.
 */
import type { Evidence, FeatureContext, NormalizedField } from "../types.js";
import travelFamilyData from "./data/travel.json";
import { mergeLanguagePacks } from "./lexicons/index.js";
import { PROVISION_FLAGS, type ProvisionListCues, provisionListSources } from "./provision-lists.js";
import {
  type LexiconEntry,
  type NegationCues,
  defineLexicon,
  entrySources,
  flagPatterns,
  flattenEvidence,
  negatableFilters,
  negationSources,
  scanFlags,
  warningListFilter,
} from "./roles.js";

/** Travel flags, each backed by evidence when true. */
export type TravelFlag =
  | "flightProvided"
  | "visaProvided"
  | "accommodationProvided"
  | "foodProvided"
  | "touristVisa"
  | "noVisaNeeded"
  | "workPermitAfterArrival"
  | "urgentDeparture"
  | "airportPickup"
  | "borderCrossing"
  | "poseAsTourist"
  | "hideFromFamily"
  | "workAbroad";

/** What the ad says about getting the worker to the job. */
export interface TravelFeature {
  /** The employer pays or books the flight ("free air ticket", "包机票", "libreng plane ticket"). */
  flightProvided: boolean;
  /** The employer arranges or pays for a visa of any kind. */
  visaProvided: boolean;
  /** Housing, dormitory or a housing allowance is provided. */
  accommodationProvided: boolean;
  /** Meals or a meal allowance are provided. */
  foodProvided: boolean;
  /** A tourist or visit visa is mentioned for the trip (negated mentions excluded). */
  touristVisa: boolean;
  /** The ad says no visa is needed. */
  noVisaNeeded: boolean;
  /** The work permit is to be arranged after the worker arrives. */
  workPermitAfterArrival: boolean;
  /**
   * Departure abroad within days ("fly next week", "berangkat minggu depan", "下周出发", "next flight
   * Monday"). Urgent hiring alone ("urgent hiring", "急招", "tuyển gấp", "รับด่วน") does not count: it is
   * common in ordinary local ads and says nothing about travel.
   */
  urgentDeparture: boolean;
  /** Someone will meet the worker at the airport. */
  airportPickup: boolean;
  /** A river or border crossing, at night, by boat or off the official route. */
  borderCrossing: boolean;
  /** Coaching to deceive immigration: pose as a tourist, pretend not to know each other, don't tell officers. */
  poseAsTourist: boolean;
  /** The worker is told to keep the job from family or friends. */
  hideFromFamily: boolean;
  /**
   * The ad says outright that the work is abroad ("work abroad", "kerja ke luar negeri", "出国工作",
   * "해외 취업") without necessarily naming where. Foreign clients, study abroad, overseas shipping and
   * experience gained abroad do not count, nor do negated or warned-against mentions.
   */
  workAbroad: boolean;
  /** Evidence of each true flag. */
  evidenceByFlag: Partial<Record<TravelFlag, Evidence[]>>;
  /** All evidence, de-duplicated. */
  evidence: Evidence[];
}

interface TravelLexiconFile {
  negation: NegationCues;
  flags: Record<TravelFlag, LexiconEntry>;
  provisionLists?: ProvisionListCues;
}


const TRAVEL_FLAGS: readonly TravelFlag[] = [
  "flightProvided",
  "visaProvided",
  "accommodationProvided",
  "foodProvided",
  "touristVisa",
  "noVisaNeeded",
  "workPermitAfterArrival",
  "urgentDeparture",
  "airportPickup",
  "borderCrossing",
  "poseAsTourist",
  "hideFromFamily",
  "workAbroad",
];

const LEXICON = defineLexicon(() => {
  const data = mergeLanguagePacks("travel", travelFamilyData) as unknown as TravelLexiconFile;
  const patterns = flagPatterns(data.flags, TRAVEL_FLAGS);
  // After every flag's own patterns, so that a list adds to what they found and never reorders it.
  const lists = provisionListSources(data.provisionLists);
  for (const flag of PROVISION_FLAGS) patterns.add(flag, lists[flag]);
  return {
    data,
    lists,
    patterns,
    filters: negatableFilters(data.flags, TRAVEL_FLAGS, data.negation, { warningListsEverywhere: true }),
    outsideWarningLists: warningListFilter(data.negation),
  };
});

/**
 * Whether [start, …) of the field lies in a list of warning signs (under "Red flags:", "สัญญาณอันตราย",
 * "이런 광고는 의심하세요"…; see `NegationCues.sectionBefore`). The headers are kept with the travel
 * lexicon; the requirements and the rule engine's markers consult them here, so that an advisory's
 * list of what lures promise is not read as promises.
 */
export function inWarningList(field: NormalizedField, start: number): boolean {
  const { outsideWarningLists } = LEXICON();
  return outsideWarningLists !== null && !outsideWarningLists(field, start, start);
}

/** Reads the travel arrangements stated in the ad. Pure and safe on any input. */
export function extractTravel(ctx: FeatureContext): TravelFeature {
  const { patterns, filters } = LEXICON();
  const { values, evidenceByFlag } = scanFlags(ctx, TRAVEL_FLAGS, patterns, filters);
  return { ...values, evidenceByFlag, evidence: flattenEvidence(evidenceByFlag) };
}

/** Lexicon sources, exposed for the data-integrity tests (and left out of the bundle, which never reads them). */
export const TRAVEL_LEXICON_SOURCES: readonly string[] = /* @__PURE__ */ (() => {
  const { data, lists } = LEXICON();
  return [
    ...TRAVEL_FLAGS.flatMap((flag) => entrySources(data.flags[flag])),
    ...Object.values(lists).flat(),
    ...negationSources(data.negation),
  ];
})();
