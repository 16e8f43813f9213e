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
    // A company's own rule, not a deposit it takes.
    ["zho: the company never asks staff for any deposit", "fees", "公司不会要求员工交任何押金", []],
    ["zho: we never make applicants pay", "fees", "我们从不让求职者付钱", []],
    // The ad says working on a tourist visa is illegal.
    ["zho: tourist visa work is illegal", "travel", "持旅游签证工作属于非法务工，请务必办理工作签证", []],
    ["zho: tourist visa work is against the law", "travel", "旅游签证工作是违法的", []],
    ["zho: a warning not to believe a free ticket", "travel", "不要相信包机票的境外高薪招聘", []],
  ])("%s", (_name, family, description, expected) => {
    expect(familyFlags(family, description)).toEqual(expected);
  });

  it.each<[string, Family, string, string[]]>([
    ["kor: visa cost borne by the company", "travel", "비자 비용 회사 부담", ["visaProvided"]],
    ["kor: visa cost supported", "travel", "비자 비용 지원", ["visaProvided"]],
    ["kor: visa fee fully supported", "travel", "비자 발급비 전액 지원", ["visaProvided"]],
    ["kor: ticket borne by the worker", "travel", "항공권은 근로자 부담", []],
    ["zho: a deposit charged before starting", "fees", "入职前需交押金500元", ["upfrontFee"]],
    ["zho: no deposit, but a training fee", "fees", "不会收取押金，但需交培训费", ["upfrontFee"]],
    ["zho: tourist visa is 'not illegal'", "travel", "旅游签证过去不是违法的，放心", ["touristVisa"]],
    ["zho: tourist visa, 'does not break the law'", "travel", "旅游签过去就行，不违法", ["touristVisa"]],
    ["zho: 'don't believe others', then a free ticket", "travel", "不要相信别人说的，我们包机票", ["flightProvided"]],
  ])("%s", (_name, family, description, expected) => {
    expect(familyFlags(family, description)).toEqual(expected);
  });
});
