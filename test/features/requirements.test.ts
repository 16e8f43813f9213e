import { describe, expect, it } from "vitest";
import { contextFrom } from "../../src/features/evidence.js";
import { type RequirementsFeature, extractRequirements } from "../../src/features/requirements.js";

type Values = Omit<RequirementsFeature, "evidence" | "evidenceByFlag">;

const NOTHING: Values = {
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

function values(description: string): Values {
  const { evidence: _evidence, evidenceByFlag: _byFlag, ...rest } = extractRequirements(contextFrom({ description }));
  return rest;
}

describe("extractRequirements", () => {
  it.each<[string, string, Partial<Values>]>([
    ["reads 'no experience needed'", "No experience needed, training provided.", { noExperience: true }],
    ["reads years of payroll experience as senior", "At least 3 years of experience in payroll.", { seniorQualifications: true }],
    ["reads a nurse's years and PRC licence as senior", "Minimum 5 years of experience as a registered nurse; PRC licence required.", { seniorQualifications: true }],
    ["does not read one year of experience as senior", "1 year of experience in retail is enough.", {}],
    ["reads 'only basic computer knowledge'", "Only basic computer knowledge required.", { computerBasicsOnly: true }],
    ["does not call basic computer skills 'only' next to a degree", "Bachelor's degree and basic computer skills.", { seniorQualifications: true }],
    ["does not read SAP expertise as basic computer use", "Advanced knowledge of SAP FICO required.", {}],
    ["reads gender, looks and height", "Female only, good looking, height 160 cm and above.", { genderOrAppearance: true }],
    ["does not read 'all genders welcome' as a restriction", "All genders welcome.", {}],
    ["reads two required languages in order", "Must speak fluent English and basic Chinese.", { languagesRequired: ["eng", "zho"] }],
    ["does not read a language named without a requirement cue", "No language requirement beyond Thai.", {}],
    ["reads a language list after one cue", "Fluent in English, Chinese and Thai.", { languagesRequired: ["eng", "zho", "tha"] }],
    ["reads 18-35 years old as an age range", "Age 18-35 years old.", { ageRange: { min: 18, max: 35 } }],
    ["finds no age range in 'open to all ages'", "Open to all ages.", {}],
    ["reads an upper age bound alone", "Applicants must be under 30 years old.", { ageRange: { min: null, max: 30 } }],
    ["reads 'no skills needed'", "No skills needed, we train you.", { noSkills: true }],
    ["does not read 'Excel skills are needed' as no skills", "Strong Excel skills are needed.", {}],
    ["reads 'must have a valid passport'", "Requirements: must have a valid passport.", { passportRequired: true }],
    ["does not read a driving licence as a passport", "Requirements: valid driving licence.", {}],
    ["reads 'no degree required'", "No degree required, anyone can apply.", { noDegree: true }],
    ["reads a nursing degree as senior, not as no degree", "Bachelor's degree in nursing required.", { seniorQualifications: true }],
    ["reads a typing speed in wpm", "Requirements: typing speed 30 wpm, basic English.", { typingSpeed: 30, typingTest: true, languagesRequired: ["eng"] }],
    ["finds no typing test in an accounting ad", "Requirements: degree in accounting, 3 years of audit experience.", { seniorQualifications: true }],
    ["reads a passport photo sent today", "Send your passport photo today so we can book your ticket.", { passportCopyRequested: true }],
    ["does not read passport details asked after an offer as a copy request", "Passport details will be requested by HR after you accept the written offer.", {}],
    ["reads the Chinese lure requirements", "学历、工作经验不是问题,只要你会用电脑就能操作,18-35岁", { noExperience: true, noDegree: true, computerBasicsOnly: true, ageRange: { min: 18, max: 35 } }],
    ["reads Indonesian typing speed, passport and age", "Cukup tunjukkan kecepatan mengetik dan mempunyai paspor, usia 18-30 tahun", { typingTest: true, passportRequired: true, ageRange: { min: 18, max: 30 } }],
    ["reads Vietnamese age, no experience and English", "tuổi từ 18 đến 30, không cần kinh nghiệm, tiếng Anh giao tiếp", { noExperience: true, ageRange: { min: 18, max: 30 }, languagesRequired: ["eng"] }],
    ["reads Korean age and passport copy but not 'no English needed'", "18~35세, 경력 무관, 영어 몰라도 OK, 오늘 여권 사본 보내주세요", { noExperience: true, ageRange: { min: 18, max: 35 }, passportCopyRequested: true }],
    ["reads Thai age, no skills and English", "อายุ 18-35 ปี ไม่ต้องใช้ทักษะ ภาษาอังกฤษได้", { noSkills: true, ageRange: { min: 18, max: 35 }, languagesRequired: ["eng"] }],
    ["reads Thai digits in an age range", "อายุ ๑๘-๓๕ ปี", { ageRange: { min: 18, max: 35 } }],
    ["does not read Spanish 'inglés no excluyente' as required", "Inglés no excluyente, buena presencia, sin experiencia", { noExperience: true, genderOrAppearance: true }],
    ["converts Korean keystrokes per minute to words per minute", "분당 300타 이상", { typingSpeed: 60, typingTest: true }],
    ["reads Chinese languages joined by 、", "英语、日语流利", { languagesRequired: ["eng", "jpn"] }],
    ["reads a Tagalog no-experience line", "Kahit walang experience, pwede mag-apply!", { noExperience: true }],
    ["reads Chinese years of experience with a CJK numeral", "三年以上相关工作经验", { seniorQualifications: true }],
    ["reads Hindi no-experience wording", "अनुभव की आवश्यकता नहीं", { noExperience: true }],
    ["does not read 'Japanese is a plus' as required", "Japanese is a plus.", {}],
  ])("%s", (_name, description, expected) => {
    expect(values(description)).toEqual({ ...NOTHING, ...expected });
  });

  it("gives evidence for each true flag, pointing at the original text", () => {
    const feature = extractRequirements(contextFrom({ description: "Không cần kinh nghiệm, gửi ảnh hộ chiếu." }));
    expect(feature.evidenceByFlag.noExperience?.map((item) => item.text)).toEqual(["Không cần kinh nghiệm"]);
    expect(feature.evidenceByFlag.passportCopyRequested?.map((item) => item.text)).toEqual(["gửi ảnh hộ chiếu"]);
    expect(feature.evidence).toHaveLength(2);
  });

  it("returns nothing for an empty context", () => {
    expect(values("")).toEqual(NOTHING);
  });
});
