import { describe, expect, it } from "vitest";
import { allFlags } from "./flags.js";
import { contextFrom } from "../../../src/features/evidence.js";
import { extractRequirements } from "../../../src/features/requirements.js";
import { type RoleFamily, extractRole } from "../../../src/features/roles.js";

// Lure sentences must set exactly the listed flags; hard negatives (legitimate wording that shares
// words with lures: negated offers, licensed recruitment, local jobs) must set only what is listed.
describe("Chinese (simplified and traditional) lexicon (zho)", () => {
  it.each<[string, string[]]>([
    ["公司在柬埔寨，包吃包住，来回机票公司报销，落地有专人接机。", ["travel.accommodationProvided", "travel.airportPickup", "travel.flightProvided", "travel.foodProvided"]],
    ["吃住全包，机票到岗后报销，下周统一出发。", ["travel.accommodationProvided", "travel.flightProvided", "travel.foodProvided", "travel.urgentDeparture"]],
    ["无需经验，不看学历，会用电脑打字就行，小白也可以。", ["requirements.computerBasicsOnly", "requirements.noDegree", "requirements.noExperience"]],
    ["先办旅游签过去，到了以后再转工作签，机票钱从工资里慢慢扣。", ["fees.advanceRepaidFromSalary", "travel.touristVisa", "travel.workPermitAfterArrival"]],
    ["不要告诉家人，过海关时就说是去旅游的。", ["travel.hideFromFamily", "travel.poseAsTourist"]],
    ["今天把护照首页拍照发我，这两天就能走。", ["requirements.passportCopyRequested", "travel.urgentDeparture"]],
    ["一分钱都不用花，所有费用公司承担，不收任何中介费。", ["fees.noFeePolicy", "fees.zeroCostClaim"]],
    ["合同期内不能离开，提前走人要赔机票钱。", ["fees.penaltyForLeaving"]],
    ["包 吃 住 ✈ 机 票 报 销 🚫 无 经 验 也 可", ["requirements.noExperience", "travel.accommodationProvided", "travel.flightProvided", "travel.foodProvided"]],
    ["住宿自理，机票不报销。", []],
    ["面包食品有限公司诚聘普工，男女不限，18-45岁。", ["legitimacy.legalEntity"]],
    ["本公司为员工申请工作准证，出国前签订劳务合同，面试流程：笔试 → 两轮技术面 → 主管面。", ["legitimacy.multiStageInterview", "legitimacy.workPermitSponsored", "legitimacy.writtenContractBeforeTravel"]],
    ["雇主提供宿舍，按国家规定收取服务费并开具发票。", ["travel.accommodationProvided"]],
    ["不以旅游签证出境，严禁中介私自收费。", ["fees.noFeePolicy"]],
    ["到了以后公司再办理工作签证。", ["travel.workPermitAfterArrival"]],
  ])("flags %s", (description, expected) => {
    expect(allFlags(description)).toEqual(expected);
  });

  it.each<[string, RoleFamily]>([
    ["东南亚网络客服 月薪2万", "customer-service"],
    ["菠菜平台 客服", "casino"],
    ["资料录入员（居家）", "data-entry"],
    ["酒店前台接待", "hospitality"],
    ["油漆工 钢筋工 急招", "construction"],
  ])("reads the role of the title %s", (title, family) => {
    expect(extractRole(contextFrom({ title })).family).toBe(family);
  });

  it("reads an age range", () => {
    expect(extractRequirements(contextFrom({ description: "男女不限，18-45岁，包吃住" })).ageRange).toMatchObject({ min: 18, max: 45 });
  });
});
