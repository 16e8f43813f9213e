import { describe, expect, it } from "vitest";
import { advisoryCues, familyFlags, type Family } from "./lexicons/flags.js";
import { createScreener } from "../../src/index.js";

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
    ["jpn: working on a tourist visa is illegal", "travel", "観光ビザで入国して現地で働くことは違法です", []],
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
    ["jpn: enter on a tourist visa and start work", "travel", "観光ビザで入国して、すぐ働けます", ["touristVisa"]],
  ])("%s", (_name, family, description, expected) => {
    expect(familyFlags(family, description)).toEqual(expected);
  });
});

// Japanese had no advisory cue at all: a police or ministry notice quoting the lures' promises read as
// a lure. Each line below is one cue; a lure that borrows one warning line still reads none (two needed).
describe("Japanese advisory cues (jpn)", () => {
  it.each<[string, string, number]>([
    ["trafficking and a report to the police", "警察に相談してください。人身取引の被害が相次いでいます", 3],
    ["confinement and forced fraud", "現地で監禁され、詐欺に加担させられる事例が発生しています", 3],
    ["a notice header and a warning about suspicious ads", "【注意喚起】不審な求人に注意してください", 2],
    ["the police consultation line and the embassy", "#9110に電話するか、大使館に相談してください", 2],
    ["one borrowed warning line reads nothing", "詐欺に注意してください。当社は正規の会社です", 0],
    ["an address with 110番地 is no hotline", "東京都港区1丁目110番地、警察署の隣", 0],
    ["a lure's denial of being a scam group", "当社は詐欺グループではありません。安心してください", 0],
  ])("%s", (_name, description, cues) => {
    expect(advisoryCues(description)).toBe(cues);
  });

  const screener = createScreener();
  const bandOf = (description: string): string => screener.screen({ description, language: "jpn" }).band;

  it("reads a Japanese advisory that quotes the lures' promises as low", () => {
    const advisory = [
      "【注意喚起】海外での高収入アルバイトに注意してください",
      "最近、SNSで「カンボジアで簡単な仕事、月収100万円、航空券無料、寮完備、未経験OK」などと勧誘され、現地で監禁され詐欺に加担させられる事例が発生しています。",
      "観光ビザで入国して現地で働くことは違法です。パスポートのコピーを求められても送らないでください。",
      "不審な求人を見つけたら警察や外務省に相談してください。",
    ].join("\n");
    expect(bandOf(advisory)).toBe("low");
  });

  it("keeps a lure that borrows one warning line flagged", () => {
    expect(bandOf("詐欺に注意してください。当社は正規の会社です。カンボジアでコールセンター、月収80万円、航空券無料、未経験OK、テレグラム @kh_job")).toBe("high");
  });
});

// Japanese lure wording the lexicon missed: a ticket named between the salary and the deduction, a
// repayment said with 返す, a passport as the whole requirement, light computer work as the only skill.
// The look-alikes: a laptop given back on leaving, a passport that opens business trips.
describe("Japanese fees and requirements (jpn)", () => {
  it.each<[string, Family, string, string[]]>([
    ["the ticket deducted from the salary", "fees", "給料から渡航費を天引きします", ["advanceRepaidFromSalary"]],
    ["the ticket repaid from the salary in instalments", "fees", "航空券代は給料から分割で返済", ["advanceRepaidFromSalary"]],
    ["the ticket given back on leaving early", "fees", "途中で辞めたら航空券代を返してもらいます", ["penaltyForLeaving"]],
    ["a passport is all it takes", "requirements", "パスポートを持っていれば大丈夫です", ["passportRequired"]],
    ["only simple computer work", "requirements", "簡単なパソコン作業だけ", ["computerBasicsOnly"]],
  ])("%s", (_name, family, description, expected) => {
    expect(familyFlags(family, description)).toEqual(expected);
  });

  it.each<[string, Family, string, string[]]>([
    ["a laptop given back on leaving", "fees", "辞めたら貸与PCを返してください", []],
    ["social insurance deducted from the salary", "fees", "給料から社会保険料を控除", []],
    ["a passport that opens business trips", "requirements", "パスポートを持っていれば海外出張あり", []],
    ["computer work experience required", "requirements", "パソコン作業の経験3年以上", ["seniorQualifications"]],
  ])("%s", (_name, family, description, expected) => {
    expect(familyFlags(family, description)).toEqual(expected);
  });
});

// "护照到了以后由公司统一保管": the keeper named after the arrival was not read as the employer.
describe("passport held by the employer (zho)", () => {
  const screener = createScreener();
  const fired = (description: string): boolean =>
    screener.screen({ description, language: "zho" }).signals.some((signal) => signal.id === "passport-held-by-employer");

  it.each<[string, string, boolean]>([
    ["kept by the company after arrival", "护照到了以后由公司统一保管", true],
    ["handed to the boss after arrival", "护照到了之后交给老板保管", true],
    ["submitted by the company for a work visa", "护照需由公司上交移民局办理工作签证", false],
    ["kept by the worker", "护照由本人自行保管", false],
  ])("%s", (_name, description, expected) => {
    expect(fired(description)).toBe(expected);
  });
});

// "พรุ่งนี้เดินทาง" (travel tomorrow): the day before the verb was not read, only after it. Only when
// the phrase ends there ("…ไปเชียงใหม่", a driver's route, and "…ไปสัมภาษณ์" stay quiet).
describe("urgent departure, day first (tha)", () => {
  it.each<[string, string, string[]]>([
    ["travel tomorrow, urgently", "รับคนไปทำงานที่สีหนุ ด่วน!! พรุ่งนี้เดินทาง", ["urgentDeparture"]],
    ["can travel the day after tomorrow", "ทำงานที่ปอยเปต มะรืนนี้เดินทางได้", ["urgentDeparture"]],
    ["a driver travelling to Chiang Mai today", "ขับรถส่งของ วันนี้เดินทางไปเชียงใหม่", []],
    ["travel tomorrow to an interview at the branch", "พรุ่งนี้เดินทางไปสัมภาษณ์ที่สาขา", []],
  ])("%s", (_name, description, expected) => {
    expect(familyFlags("travel", description)).toEqual(expected);
  });
});

// "캄보디아 고수익 알바 절대 가지 마세요" (never go for a high-paying Cambodia job) is the warning, not the
// lure: the patterns already spared "… 사기 주의", not "… 가지 마세요".
describe("light-work-high-pay in a Korean warning (kor)", () => {
  const screener = createScreener();
  const fired = (description: string): boolean =>
    screener.screen({ description, language: "kor" }).signals.some((signal) => signal.id === "light-work-high-pay");

  it.each<[string, string, boolean]>([
    ["never go", "캄보디아 고수익 알바 절대 가지 마세요. 감금 피해가 잇따르고 있습니다.", false],
    ["do not go, with a topic marker", "캄보디아 고수익 알바는 절대 가지 마세요", false],
    ["the offer itself", "캄보디아 고수익 알바 모집 중", true],
    ["the offer with a safety claim", "해외 고수익 알바 모집! 사기 아닙니다, 안전한 회사입니다.", true],
  ])("%s", (_name, description, expected) => {
    expect(fired(description)).toBe(expected);
  });
});
