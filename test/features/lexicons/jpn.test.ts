import { describe, expect, it } from "vitest";
import { allFlags } from "./flags.js";
import { contextFrom } from "../../../src/features/evidence.js";
import { extractRequirements } from "../../../src/features/requirements.js";
import { type RoleFamily, extractRole } from "../../../src/features/roles.js";

// Lure sentences must set exactly the listed flags; hard negatives (legitimate wording that shares
// words with lures: negated offers, licensed recruitment, local jobs) must set only what is listed.
describe("Japanese lexicon (jpn)", () => {
  it.each<[string, string[]]>([
    ["寮・食事・航空券すべて無料、渡航費は会社負担", ["fees.zeroCostClaim", "travel.accommodationProvided", "travel.flightProvided", "travel.foodProvided"]],
    ["ビザ不要、観光で入国OK、最短来週出発", ["travel.noVisaNeeded", "travel.touristVisa", "travel.urgentDeparture"]],
    ["就労ビザは入国後に現地で手続きします", ["travel.workPermitAfterArrival"]],
    ["未経験・学歴不問、パソコンが使えれば誰でもOK", ["requirements.computerBasicsOnly", "requirements.noDegree", "requirements.noExperience", "requirements.noSkills"]],
    ["パスポートの顔写真ページの画像を送ってください", ["requirements.passportCopyRequested"]],
    ["空港まで迎えに行きます、到着後は送迎車あり", ["travel.airportPickup"]],
    ["家族には内緒で、入国審査では観光と答えてください", ["travel.hideFromFamily", "travel.poseAsTourist"]],
    ["航空券は先に立て替えて、給料から天引きします", ["fees.advanceRepaidFromSalary"]],
    ["途中で辞めた場合は渡航費を返済していただきます", ["fees.penaltyForLeaving"]],
    ["求職者からの手数料は一切いただきません", ["fees.noFeePolicy"]],
    ["航空券は支給されません、寮はありません", []],
    ["就労ビザは入社前に会社が取得、選考：書類→一次面接→最終面接", ["legitimacy.multiStageInterview", "legitimacy.workPermitSponsored"]],
    ["雇用契約書は渡航前に締結します", ["legitimacy.writtenContractBeforeTravel"]],
    ["往復交通費支給、重大工程の設計", []],
    ["18〜35歳、1分間80文字以上のタイピングテストあり", ["requirements.typingTest"]],
    ["身長・体重の条件あり", ["requirements.genderOrAppearance"]],
    // The same characters in a Chinese ad: "height and weight do not matter".
    ["身高体重不限", []],
  ])("flags %s", (description, expected) => {
    expect(allFlags(description)).toEqual(expected);
  });

  it.each<[string, RoleFamily]>([
    ["日本語カスタマーサポート（海外）", "customer-service"],
    ["チャットオペレーター募集", "chat-support"],
    ["データ入力スタッフ", "data-entry"],
    ["大工・型枠大工", "construction"],
    ["ゲームデバッガー", "game-tester"],
  ])("reads the role of the title %s", (title, family) => {
    expect(extractRole(contextFrom({ title })).family).toBe(family);
  });

  it("reads an age range", () => {
    expect(extractRequirements(contextFrom({ description: "18〜35歳の方、寮完備" })).ageRange).toMatchObject({ min: 18, max: 35 });
  });
});
