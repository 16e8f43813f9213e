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

// Third pass: phrasings no corpus ad uses (travel costs "carried" by the company, "0 yen" lists,
// chat-register coaching to pose as a tourist, pick-up by staff at the airport).
describe("Japanese lexicon (jpn), third pass", () => {
  it.each<[string, string[]]>([
    ["渡航にかかる費用は当社で持ちます", ["travel.flightProvided"]],
    ["飛行機代・宿泊費0円", ["travel.accommodationProvided", "travel.flightProvided"]],
    ["航空券代はゼロ円、家賃も無料", ["travel.accommodationProvided", "travel.flightProvided"]],
    ["ビザはこっちで何とかするから大丈夫", ["travel.visaProvided"]],
    ["最初は旅行って感じで来てくれればOK", ["travel.poseAsTourist"]],
    ["入国の時は遊びに来たって言えば大丈夫", ["travel.poseAsTourist"]],
    ["現地空港にスタッフがお迎えにあがります", ["travel.airportPickup"]],
    ["空港では担当者が出迎えます", ["travel.airportPickup"]],
    ["パソコン触れれば誰でもできる", ["requirements.computerBasicsOnly", "requirements.noSkills"]],
    ["スマホ使えたらOK", ["requirements.computerBasicsOnly"]],
    // Costs the worker pays, a company trip and a refused pick-up are not offers.
    ["航空券代は自己負担です", []],
    ["宿泊費は自己負担となります", []],
    ["旅行が好きな方歓迎、年2回の社員旅行あり", []],
    ["空港でのお迎えはありません", []],
  ])("flags %s", (description, expected) => {
    expect(allFlags(description)).toEqual(expected);
  });

  it.each<[string, RoleFamily]>([
    ["データ打ち込み作業", "data-entry"],
    ["打ち込みスタッフ募集", "data-entry"],
  ])("reads the role of the title %s", (title, family) => {
    expect(extractRole(contextFrom({ title })).family).toBe(family);
  });

  it("does not read devotion to work as typing", () => {
    expect(extractRole(contextFrom({ title: "仕事に打ち込める方" })).family).toBe("other");
  });
});
