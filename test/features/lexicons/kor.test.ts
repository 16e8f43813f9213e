import { describe, expect, it } from "vitest";
import { allFlags } from "./flags.js";
import { contextFrom } from "../../../src/features/evidence.js";
import { extractRequirements } from "../../../src/features/requirements.js";
import { type RoleFamily, extractRole } from "../../../src/features/roles.js";

// Lure sentences must set exactly the listed flags; hard negatives (legitimate wording that shares
// words with lures: negated offers, licensed recruitment, local jobs) must set only what is listed.
describe("Korean lexicon (kor)", () => {
  it.each<[string, string[]]>([
    ["항공권·숙소 전부 회사 부담, 삼시세끼 무료 제공", ["travel.accommodationProvided", "travel.flightProvided", "travel.foodProvided"]],
    ["비자 없이 바로 출국 가능, 이번 주 출국 일정 잡아드립니다", ["travel.noVisaNeeded", "travel.urgentDeparture"]],
    ["관광비자로 입국해서 현지에서 워크퍼밋 전환해 드려요", ["travel.touristVisa", "travel.workPermitAfterArrival"]],
    ["경력·학력 X, 컴퓨터만 할 줄 알면 누구나 OK", ["requirements.computerBasicsOnly", "requirements.noDegree", "requirements.noExperience", "requirements.noSkills"]],
    ["여권 사진 먼저 카톡으로 보내주세요", ["requirements.passportCopyRequested"]],
    ["공항 도착하면 직원이 마중 나갑니다", ["travel.airportPickup"]],
    ["부모님께는 비밀로 하세요, 입국 심사에서는 여행 왔다고 말하면 됩니다", ["travel.hideFromFamily", "travel.poseAsTourist"]],
    ["항공료는 회사가 먼저 내고 첫 달 월급에서 공제합니다", ["fees.advanceRepaidFromSalary", "travel.flightProvided"]],
    ["중도 퇴사 시 항공료와 위약금을 물어야 합니다", ["fees.penaltyForLeaving"]],
    ["출국 전 비용 일절 없음, 돈 한 푼 안 들어요", ["fees.zeroCostClaim"]],
    ["회사는 교육비·장비비 등 어떠한 비용도 받지 않습니다.", ["fees.noFeePolicy"]],
    ["항공료는 본인 부담이며 숙소는 제공하지 않습니다.", []],
    ["회사가 취업비자와 워크퍼밋 발급, 서류 → 1차 면접 → 2차 임원 면접 → 최종 합격", ["legitimacy.multiStageInterview", "legitimacy.workPermitSponsored"]],
    ["입국 후 회사에서 취업비자 발급", ["travel.visaProvided", "travel.workPermitAfterArrival"]],
    ["서울 강남구 테헤란로 123, 외국어로 30초 자기소개", ["legitimacy.streetAddress"]],
  ])("flags %s", (description, expected) => {
    expect(allFlags(description)).toEqual(expected);
  });

  it.each<[string, RoleFamily]>([
    ["해외 CS 상담원 (한국어)", "customer-service"],
    ["온라인 카지노 바카라 딜러", "casino"],
    ["엑셀 입력 알바", "data-entry"],
    ["호텔리어 모집", "hospitality"],
    ["방송 피팅 모델 모집", "model"],
  ])("reads the role of the title %s", (title, family) => {
    expect(extractRole(contextFrom({ title })).family).toBe(family);
  });

  it("reads an age range", () => {
    expect(extractRequirements(contextFrom({ description: "나이 20~35, 숙소 제공" })).ageRange).toMatchObject({ min: 20, max: 35 });
  });
});
