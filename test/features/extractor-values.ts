/**
 * The requirements and fees features without their evidence, and their all-false values: the shape
 * the table-driven tests of those extractors assert on, in English and in the per-language tables.
 */
import { contextFrom } from "../../src/features/evidence.js";
import { type FeesFeature, extractFees } from "../../src/features/fees.js";
import { type RequirementsFeature, extractRequirements } from "../../src/features/requirements.js";

export type RequirementValues = Omit<RequirementsFeature, "evidence" | "evidenceByFlag">;
export type FeeValues = Omit<FeesFeature, "evidence" | "evidenceByFlag">;

export const NO_REQUIREMENTS: RequirementValues = {
  noExperience: false,
  noDegree: false,
  noSkills: false,
  computerBasicsOnly: false,
  seniorQualifications: false,
  ageRange: null,
  genderOrAppearance: false,
  typingSpeed: null,
  typingTest: false,
  languagesRequired: [],
  passportRequired: false,
  passportCopyRequested: false,
};

export const NO_FEES: FeeValues = {
  upfrontFee: false,
  feeAmount: null,
  paymentChannel: null,
  advanceRepaidFromSalary: false,
  penaltyForLeaving: false,
  zeroCostClaim: false,
  noFeePolicy: false,
};

export function requirementValues(description: string): RequirementValues {
  const { evidence: _evidence, evidenceByFlag: _byFlag, ...rest } = extractRequirements(contextFrom({ description }));
  return rest;
}

export function feeValues(description: string): FeeValues {
  const { evidence: _evidence, evidenceByFlag: _byFlag, ...rest } = extractFees(contextFrom({ description }));
  return rest;
}
