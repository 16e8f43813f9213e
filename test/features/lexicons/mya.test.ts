import { describe, expect, it } from "vitest";
import { allFlags } from "./flags.js";
import { contextFrom } from "../../../src/features/evidence.js";
import { extractRequirements } from "../../../src/features/requirements.js";
import { type RoleFamily, extractRole } from "../../../src/features/roles.js";

// Lure sentences must set exactly the listed flags; hard negatives (legitimate wording that shares
// words with lures: negated offers, licensed recruitment, local jobs) must set only what is listed.
describe("Burmese lexicon (mya)", () => {
  it.each<[string, string[]]>([
    ["နေစရာ၊ စားစရာ အခမဲ့၊ လေယာဉ်လက်မှတ် ကုမ္ပဏီက ကျခံ", ["travel.accommodationProvided", "travel.flightProvided", "travel.foodProvided"]],
    ["🏠🍚✈️ အခမဲ့", ["travel.accommodationProvided", "travel.flightProvided", "travel.foodProvided"]],
    ["အတွေ့အကြုံ မလိုပါ၊ ဘွဲ့ မလို၊ ကွန်ပျူတာ အခြေခံ သိရုံဖြင့် ရပါသည်", ["requirements.computerBasicsOnly", "requirements.noDegree", "requirements.noExperience"]],
    ["ခရီးသွားဗီဇာဖြင့် သွားပြီး ရောက်မှ အလုပ်ပါမစ် လုပ်ပေးမည်", ["travel.touristVisa", "travel.workPermitAfterArrival"]],
    ["ဗီဇာ မလို၊ ပတ်စပို့ မလို၊ နယ်စပ်ကို ဖြတ်ပို့ပေးမယ်", ["travel.borderCrossing", "travel.noVisaNeeded"]],
    ["လမ်းစရိတ်ကို ကုမ္ပဏီက စိုက်ပေးပြီး လစာထဲက ပြန်ဖြတ်မယ်", ["fees.advanceRepaidFromSalary"]],
    ["မိသားစုကို မပြောပါနဲ့၊ မှတ်ပုံတင် ဓာတ်ပုံ Viber ကနေ ပို့ပါ", ["requirements.passportCopyRequested", "travel.hideFromFamily"]],
    ["စာချုပ် မပြည့်ခင် ထွက်ရင် ဒဏ်ငွေ ပေးရမည်", ["fees.penaltyForLeaving"]],
    ["အလုပ်လျှောက်ခ မည်သည့်ငွေမျှ မတောင်းပါ", ["fees.noFeePolicy"]],
    ["ဝန်ဆောင်ခ ဥပဒေသတ်မှတ်ချက်အတိုင်းသာ၊ ပြေစာ ထုတ်ပေးမည်", []],
    ["အလုပ်စာချုပ်ကို မြန်မာဘာသာဖြင့် ထွက်ခွာမီ ဖတ်ရှုလက်မှတ်ထိုးရမည်", ["legitimacy.writtenContractBeforeTravel"]],
    ["online test → အင်တာဗျူး → HR interview", ["legitimacy.multiStageInterview"]],
    ["အသက် ၁၈-၂၅၊ ရုပ်ရည် သန့်ပြန့်သူ", ["requirements.genderOrAppearance"]],
    ["ခရီးထွက်ရမည်၊ ခရီးစရိတ်နှင့် နေ့တွက်ငွေ ပေးမည်", []],
    ["ရန်ကုန်ရုံးသို့ ကိုယ်တိုင်လာရောက်လျှောက်ထားပါ", []],
  ])("flags %s", (description, expected) => {
    expect(allFlags(description)).toEqual(expected);
  });

  it.each<[string, RoleFamily]>([
    ["Customer Service ဝန်ထမ်း", "customer-service"],
    ["ကာစီနို ဧည့်ကြိုဝန်ထမ်း", "casino"],
    ["ကွန်ပျူတာ အော်ပရေတာ", "data-entry"],
    ["စာရင်းကိုင် ခေါ်ယူမည်", "professional"],
  ])("reads the role of the title %s", (title, family) => {
    expect(extractRole(contextFrom({ title })).family).toBe(family);
  });

  it("reads an age range", () => {
    expect(extractRequirements(contextFrom({ description: "အသက် ၁၈ နှစ်မှ ၃၅ နှစ်" })).ageRange).toMatchObject({ min: 18, max: 35 });
  });
});
