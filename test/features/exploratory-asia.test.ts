import { describe, expect, it } from "vitest";
import { familyFlags, type Family } from "./lexicons/flags.js";

// Lines from exploratory testing of the Thai, Chinese, Korean and Japanese lexicons, written for these
// tests. The first table holds lines that were misread; the second, look-alikes that must keep their
// reading (lures stay flagged, and the fixes do not reach past the words they are about).
describe("exploratory misreadings (zho, kor, jpn)", () => {
  it.each<[string, Family, string, string[]]>([
    // The worker pays the visa: nothing is provided ("부담" was read as the company's).
    ["kor: visa cost borne by the individual", "travel", "비자 비용 개인 부담", []],
    ["kor: visa cost borne by the worker himself", "travel", "비자 비용 본인 부담", []],
    ["kor: visa fee borne by the applicant", "travel", "비자 발급비는 지원자 부담입니다", []],
  ])("%s", (_name, family, description, expected) => {
    expect(familyFlags(family, description)).toEqual(expected);
  });

  it.each<[string, Family, string, string[]]>([
    ["kor: visa cost borne by the company", "travel", "비자 비용 회사 부담", ["visaProvided"]],
    ["kor: visa cost supported", "travel", "비자 비용 지원", ["visaProvided"]],
    ["kor: visa fee fully supported", "travel", "비자 발급비 전액 지원", ["visaProvided"]],
    ["kor: ticket borne by the worker", "travel", "항공권은 근로자 부담", []],
  ])("%s", (_name, family, description, expected) => {
    expect(familyFlags(family, description)).toEqual(expected);
  });
});
