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
