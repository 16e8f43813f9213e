/**
 * What the lexicon extractors read in one sentence, in the three shapes the per-language tables
 * assert on. One place, so every language's table reads the extractors the same way.
 */
import { contextFrom } from "../../../src/features/evidence.js";
import { extractFees } from "../../../src/features/fees.js";
import { extractLegitimacy } from "../../../src/features/legitimacy.js";
import { extractRequirements } from "../../../src/features/requirements.js";
import { extractTravel } from "../../../src/features/travel.js";

export type Family = "travel" | "requirements" | "fees" | "legitimacy";

const EXTRACTORS = { travel: extractTravel, requirements: extractRequirements, fees: extractFees, legitimacy: extractLegitimacy };
const FAMILIES = Object.keys(EXTRACTORS) as Family[];

function valuesOf(family: Family, description: string): Record<string, unknown> {
  return EXTRACTORS[family](contextFrom({ description })) as unknown as Record<string, unknown>;
}

/** The boolean flags one family sets on a description, sorted. */
export function familyFlags(family: Family, description: string): string[] {
  return Object.entries(valuesOf(family, description))
    .filter(([, value]) => value === true)
    .map(([flag]) => flag)
    .sort();
}

/** Every flag any family sets, as "family.flag", sorted. */
export function allFlags(description: string): string[] {
  return FAMILIES.flatMap((family) => familyFlags(family, description).map((flag) => `${family}.${flag}`)).sort();
}

/** Every boolean flag of every family, set or not, keyed "family.flag". */
export function flagValues(description: string): Record<string, boolean> {
  const out: Record<string, boolean> = {};
  for (const family of FAMILIES) {
    for (const [key, value] of Object.entries(valuesOf(family, description))) if (typeof value === "boolean") out[`${family}.${key}`] = value;
  }
  return out;
}

/** Advisory cues one description reads (`legitimacy.advisoryCues`). */
export function advisoryCues(description: string): number {
  return extractLegitimacy(contextFrom({ description })).advisoryCues;
}

/**
 * Two advisory cues each language's lexicon already reads: a line under test is added to its
 * language's anchor, so that one more cue shows in the count (3) and none leaves it at 2.
 */
export const ADVISORY_ANCHORS = {
  eng: "Human trafficking is a crime. Report to the police.",
  tha: "เตือนภัยคนหางาน แจ้งเบาะแสได้ที่สายด่วนกรมการจัดหางาน 1694",
  kor: "[취업사기 주의 안내] 최근 저희 회사를 사칭하는 연락이 있습니다\n경찰(112) 또는 외교부 영사콜센터에 신고하세요.",
  hin: "मानव तस्करी से सावधान रहें। दूतावास से संपर्क करें।",
  nep: "मानव बेचबिखनबाट सावधान। प्रहरीलाई खबर गर्नुहोस्।",
  // Trafficking named, and a call to tell the police (sin, khm) or the embassy (mya).
  sin: "මිනිස් ජාවාරම බරපතළ අපරාධයකි. සැක සහිත දැන්වීම් ගැන ළඟම පොලිස් ස්ථානයට දන්වන්න.",
  mya: "လူကုန်ကူးမှုကို သတိပြုကြပါ။\nအခက်အခဲရှိရင် သံရုံးသို့ ဆက်သွယ်ပါ။",
  khm: "ការជួញដូរមនុស្សគឺជាបទល្មើសធ្ងន់ធ្ងរ។\nសូមរាយការណ៍ទៅនគរបាលភ្លាម។",
} as const;
