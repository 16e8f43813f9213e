import { describe, expect, it } from "vitest";
import { screen } from "../src/index.js";

const ids = (posting: Parameters<typeof screen>[0]): string[] => screen(posting).signals.map((s) => s.id);

function expectExactEvidence(text: string): void {
  for (const signal of screen(text).signals) {
    for (const evidence of signal.evidence) expect(text.slice(evidence.start, evidence.end)).toBe(evidence.text);
  }
}

describe("obfuscation and script tricks", () => {
  it("reads full-width letters", () => {
    const text = "Ｃｕｓｔｏｍｅｒ ｓｅｒｖｉｃｅ in Sihanoukville, 1,500 USD per month, no experience. Interview on ＴＥＬＥＧＲＡＭ only.";
    expect(ids(text)).toEqual(expect.arrayContaining(["compound-hub-destination", "interview-on-messaging-app"]));
    expectExactEvidence(text);
  });

  it("reads Latin words spelt with Cyrillic and Greek look-alikes", () => {
    const text = "Customer service in Cambodia. Travel as a tоurist (tell immigrаtion you are on holiday). Interview on Теlеgrаm only.";
    expect(ids(text)).toEqual(expect.arrayContaining(["tourist-visa-for-work", "interview-on-messaging-app"]));
    expectExactEvidence(text);
  });

  it("reads leetspeak and letters spaced or dotted apart", () => {
    const text = "Cu$tomer $ervice in Kamb0dia, fr33 fl1ght and h0using, no experience, apply on T.E.L.E.G.R.A.M @kh_hr";
    const fired = ids(text);
    expect(fired).toEqual(expect.arrayContaining(["free-flight-offered", "job-abroad"]));
    expect(screen(text).signals.flatMap((s) => s.evidence).some((e) => e.text.includes("T.E.L.E.G.R.A.M"))).toBe(true);
    expectExactEvidence(text);
  });

  it("reads Vietnamese typed without tones exactly like Vietnamese with tones", () => {
    const withTones = { title: "Tuyển nhân viên CSKH làm tại Campuchia", description: "Việc nhẹ lương cao, bao ăn ở, không cần kinh nghiệm." };
    const withoutTones = { title: "Tuyen nhan vien CSKH lam tai Campuchia", description: "Viec nhe luong cao, bao an o, khong can kinh nghiem." };
    expect(ids(withoutTones)).toEqual(ids(withTones));
    expect(ids(withTones)).toContain("light-work-high-pay");
  });

  it("reads Thai written without spaces between words", () => {
    const text = "รับสมัครแอดมินออนไลน์ทำงานที่กัมพูชางานสบายรายได้สูงมีที่พักและอาหารให้";
    expect(ids(text)).toEqual(expect.arrayContaining(["light-work-high-pay", "job-abroad"]));
    expectExactEvidence(text);
  });

  it("reads Chinese with emoji and slang for Telegram", () => {
    const text = "西港招聘客服，月薪2万，包吃包住，无需经验，联系✈️ @xg_hr888";
    const result = screen(text);
    expect(result.features.contacts.messagingApps).toContain("telegram");
    expect(result.signals.map((s) => s.id)).toContain("compound-hub-destination");
    expectExactEvidence(text);
  });

  it.each([
    ["Thai", "รับสมัครแอดมินทำงานที่กัมพูชา ง า น ส บ า ย ร า ย ไ ด้ สู ง มีที่พักให้ ติดต่อ เ ท เ ล แ ก ร ม", ["light-work-high-pay", "messaging-app-only-contact"]],
    ["Chinese", "招聘客服 工作地点 柬 埔 寨 西 港 月薪2万 包吃包住", ["compound-hub-destination", "job-abroad"]],
    ["Korean", "캄 보 디 아 고 수 익 사 무 직 월 천 숙 소 무 료 항 공 무 료 텔 레 그 램 문의", ["interview-on-messaging-app", "entry-level-lure-role"]],
  ])("reads %s letters spaced apart", (_script, text, expected) => {
    expect(ids(text)).toEqual(expect.arrayContaining(expected));
    expectExactEvidence(text);
  });

  it("reads @ and ! written for letters, and keeps e-mail addresses and handles as typed", () => {
    const text = "Customer service job in C@mbodia, salary 1500 USD, free fl!ght and housing, no experience. Email hr@company.com or Telegram @kh_hr4u";
    const result = screen(text);
    expect(result.signals.map((s) => s.id)).toEqual(expect.arrayContaining(["free-flight-offered", "job-abroad"]));
    expect(result.features.contacts.channels.map((c) => [c.kind, c.value])).toEqual(
      expect.arrayContaining([
        ["email", "hr@company.com"],
        ["telegram", "@kh_hr4u"],
      ]),
    );
    expectExactEvidence(text);
  });

  it.each([
    ["Infotech Solutions Pvt Ltd, CIN No U74999DL2015PTC123456. Data entry in Mumbai.", "CIN No U74999DL2015PTC123456"],
    ["Registration no: RA1345710. Welders for Riyadh.", "Registration no: RA1345710"],
  ])("reads the registration number in %j without folding its digits", (text, evidence) => {
    const legitimacy = screen(text).features.legitimacy;
    expect(legitimacy.registrationNumber).toBe(true);
    expect(legitimacy.evidenceByFlag.registrationNumber?.map((e) => e.text)).toContain(evidence);
  });

  it("reads zero-width characters hidden inside words", () => {
    const text = "Customer service in Sihanouk\u200bville, free fl\u200cight, interview on Tele\u200dgram only.";
    expect(ids(text)).toEqual(expect.arrayContaining(["compound-hub-destination", "interview-on-messaging-app"]));
    expectExactEvidence(text);
  });
});
