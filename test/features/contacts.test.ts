import { describe, expect, it } from "vitest";
import { CONTACT_CUE_PATTERNS, extractContacts, findStreetAddresses, homeCountryOfLanguage } from "../../src/features/contacts.js";
import { redosVerdict } from "../redos-verdict.js";
import { contextFrom } from "../../src/features/evidence.js";
import type { FieldName, LanguageResult } from "../../src/types.js";
import { screen } from "../../src/index.js";

type Fields = Partial<Record<FieldName, string>>;

function language(code: string): LanguageResult {
  return { code, confidence: 1, present: [code], method: "hint" };
}

function contacts(fields: Fields | string, lang?: string) {
  const input = typeof fields === "string" ? { description: fields } : fields;
  return extractContacts(contextFrom(input, lang ? language(lang) : undefined));
}

/** Channels as `kind=value` (or the bare kind), the shape most cases assert on. */
function channels(fields: Fields | string, lang?: string): string[] {
  return contacts(fields, lang).channels.map((c) => (c.value === undefined ? c.kind : `${c.kind}=${c.value}`));
}

interface Case {
  name: string;
  text: string;
  lang?: string;
  channels: string[];
  apps?: string[];
  messagingOnly?: boolean;
}

const cases: Case[] = [
  // Telegram.
  { name: "reads a t.me link as Telegram", text: "Apply: t.me/jobs_kh", channels: ["telegram=t.me/jobs_kh"], apps: ["telegram"], messagingOnly: true },
  { name: "reads 'Telegram: @handle' with its handle", text: "Telegram: @hr_manager88", channels: ["telegram=@hr_manager88"] },
  { name: "reads 飞机 (paper plane) with a handle as Telegram", text: "飞机：@abc_recruit 微信：abc12345", lang: "cmn", channels: ["telegram=@abc_recruit", "wechat=abc12345"], apps: ["telegram", "wechat"] },
  { name: "does not read 飞机票 (plane ticket) as Telegram", text: "包飞机票，包吃住", lang: "cmn", channels: [], apps: [], messagingOnly: false },
  { name: "reads ✈️ before a handle as a Telegram marker", text: "Interested? ✈️ @kh_jobs", channels: ["telegram=@kh_jobs"] },
  { name: "reads Thai เทเลแกรม with a handle", text: "ติดต่อเทเลแกรม @thjob", lang: "tha", channels: ["telegram=@thjob"] },
  { name: "reads Korean 텔레그램 but not 텔레비전 (television)", text: "텔레그램 문의 환영, 텔레비전 광고", lang: "kor", channels: ["telegram"] },
  { name: "does not read telesales as Telegram", text: "Tele sales agents via tele marketing campaigns", channels: [] },
  // WhatsApp.
  {
    name: "reads a wa.me link as WhatsApp and its number as a Cambodian phone",
    text: "wa.me/85512345678",
    channels: ["whatsapp=85512345678", "phone=+85512345678"],
    apps: ["whatsapp"],
  },
  {
    name: "reads Indonesian 'Hubungi WA 0812…' as WhatsApp with an Indonesian number",
    text: "Hubungi WA 0812-3456-7890",
    lang: "ind",
    channels: ["whatsapp=+6281234567890", "phone=+6281234567890"],
    messagingOnly: true,
  },
  { name: "does not read 'Seattle, WA 98101' as WhatsApp", text: "Office in Seattle, WA 98101", channels: [], apps: [] },
  { name: "reads Bengali হোয়াটসঅ্যাপ as WhatsApp", text: "যোগাযোগ হোয়াটসঅ্যাপ", lang: "ben", channels: ["whatsapp"] },
  { name: "reads Hindi व्हाट्सएप as WhatsApp", text: "व्हाट्सएप करें", lang: "hin", channels: ["whatsapp"] },
  { name: "reads Bengali হোয়াটসাপ as WhatsApp and মেসেঞ্জার as Messenger", text: "হোয়াটসাপ অথবা মেসেঞ্জারে নক করুন", lang: "ben", channels: ["whatsapp", "messenger"] },
  { name: "reads Hindi वट्सएप (short vowel) as WhatsApp", text: "वट्सएप पर संपर्क करें", lang: "hin", channels: ["whatsapp"] },
  { name: "reads Nepali वाट्सअप and टेलेग्राम", text: "थप जानकारीका लागि वाट्सअप वा टेलेग्राममा सम्पर्क गर्नुहोस्", lang: "nep", channels: ["whatsapp", "telegram"] },
  { name: "reads Bengali ইমো as imo", text: "ইমো নাম্বারে যোগাযোগ করুন", lang: "ben", channels: ["imo"] },
  { name: "reads imo listed with WhatsApp", text: "Contact on WhatsApp/IMO for details", lang: "eng", channels: ["whatsapp", "imo"] },
  { name: "does not read 'imo' meaning 'in my opinion'", text: "IMO this is the best team to work with", lang: "eng", channels: [] },
  { name: "reads Bengali হোয়াটসএপ as WhatsApp", text: "হোয়াটসএপ করুন", lang: "ben", channels: ["whatsapp"] },
  { name: "reads Spanish 'guasap' as WhatsApp", text: "Escríbenos al guasap para más info", lang: "spa", channels: ["whatsapp"] },
  { name: "reads the Korean shortening 텔그 as Telegram", text: "자세한 건 텔그로 문의", lang: "kor", channels: ["telegram"] },
  { name: "reads the mixed-script 'tele그램' as Telegram", text: "문의는 tele그램 @abc_hr", lang: "kor", channels: ["telegram=@abc_hr"] },
  { name: "reads Hindi वॉट्सऐप as WhatsApp", text: "डिटेल्स के लिए वॉट्सऐप करें", lang: "hin", channels: ["whatsapp"] },
  { name: "reads Nepali भाईबर as Viber", text: "भाईबरमा मेसेज गर्नुस्", lang: "nep", channels: ["viber"] },
  { name: "reads Russian ватсап as WhatsApp", text: "пишите в ватсап", channels: ["whatsapp"] },
  { name: "reads Russian slang 'в телегу' as Telegram", text: "Пиши в телегу @hr_kambo", channels: ["telegram=@hr_kambo"] },
  { name: "does not read a Russian cart (телега) as Telegram", text: "Телега сломалась на дороге", channels: [] },
  { name: "reads Brazilian zapzap as WhatsApp", text: "chama no zapzap", channels: ["whatsapp"] },
  { name: "reads Urdu ٹیلی گرام as Telegram", text: "ٹیلی گرام پر رابطہ کریں", channels: ["telegram"] },
  { name: "reads Amharic ቴሌግራም with its attached preposition as Telegram", text: "በቴሌግራም ያግኙን", channels: ["telegram"] },
  { name: "reads the misspelling 'watsap' as WhatsApp", text: "contact watsap only", channels: ["whatsapp"] },
  // Latin-American shorthand "wsp" / "whats"; WSP is also an engineering firm and "whats" an English "what's".
  { name: "reads 'wsp 0412…' as WhatsApp with its number", text: "wsp 0412 555 1234", channels: ["whatsapp=0412 555 1234", "phone=0412 555 1234"], apps: ["whatsapp"] },
  { name: "reads 'wsp: +58…' as WhatsApp with its number", text: "wsp: +58 412 555 1234", channels: ["whatsapp=+584125551234", "phone=+584125551234"], apps: ["whatsapp"] },
  { name: "reads 'Whats: 55…' as WhatsApp with its number", text: "Whats: 55 1234 5678", channels: ["whatsapp=55 1234 5678", "phone=55 1234 5678"], apps: ["whatsapp"] },
  { name: "reads 'whats 55…' as WhatsApp with its number", text: "whats 55 1234 5678", channels: ["whatsapp=55 1234 5678", "phone=55 1234 5678"], apps: ["whatsapp"] },
  { name: "reads 'Escríbenos al wsp' as WhatsApp", text: "Escríbenos al wsp", channels: ["whatsapp"], apps: ["whatsapp"] },
  { name: "does not read 'wsp' inside a word", text: "kwsp 0412 555 1234", channels: ["phone=0412 555 1234"], apps: [] },
  { name: "does not read the engineering firm WSP as WhatsApp", text: "Proyecto ejecutado por WSP Chile en 2024", channels: [], apps: [] },
  { name: "does not read an unpunctuated 'whats new' as WhatsApp", text: "Whats new at Acme: 55 new hires", channels: [], apps: [] },
  // Signal.
  { name: "reads 'message us on Signal' as the Signal app", text: "Message us on Signal", channels: ["signal"], apps: ["signal"] },
  { name: "does not read 'a strong signal' or 'signal processing' as Signal", text: "A strong signal of intent. Focus on signal processing.", channels: [] },
  { name: "reads Signal listed after other apps", text: "TG: @kh_admin / WhatsApp / Signal", channels: ["telegram=@kh_admin", "whatsapp", "signal"] },
  // Line.
  { name: "reads 'Line ID:' with its id", text: "Line ID: kh_job99", channels: ["line=kh_job99"], apps: ["line"] },
  { name: "does not read 'online' or 'line manager' as Line", text: "Work online with your line manager on the production line.", channels: [] },
  { name: "does not read Zalo listed with social networks as a job's tools as a contact", text: "Biết sử dụng mạng xã hội (Zalo, Facebook, TikTok), quản lý tin nhắn fanpage/Zalo", lang: "vie", channels: ["facebook", "tiktok"], apps: [], messagingOnly: false },
  { name: "still reads Zalo in such a list after a contact cue", text: "Liên hệ qua Zalo, Facebook để biết thêm", lang: "vie", channels: ["zalo", "facebook"], apps: ["zalo"] },
  { name: "does not read 微信 listed with 抖音 as a contact", text: "熟悉抖音、微信等平台运营", lang: "zho", channels: ["tiktok"], apps: [] },
  // Warnings name the apps recruiters must not be answered on.
  { name: "does not read an app named in an English warning as the contact", text: "Beware of fake recruiters who contact you only on WhatsApp. Walk in at our office with your CV.", channels: [], apps: [], messagingOnly: false },
  { name: "does not read an app in a Korean warning", text: "텔레그램으로만 연락하는 곳은 피하세요. 지원은 방문 접수만 받습니다.", lang: "kor", channels: [], apps: [] },
  { name: "does not read an app in a Thai warning", text: "ระวังมิจฉาชีพที่ติดต่อทางไลน์หรือเทเลแกรม", lang: "tha", channels: [], apps: [] },
  { name: "does not read an app in a Nepali warning", text: "सावधान! टेलिग्राममा मात्र सम्पर्क गर्ने एजेन्टलाई पैसा नदिनुहोस्।", lang: "nep", channels: [], apps: [] },
  { name: "does not read an app in an Indonesian warning", text: "Waspada penipuan yang menghubungi lewat Telegram. Lamaran dikirim ke kantor.", lang: "ind", channels: [], apps: [] },
  { name: "does not read an app after an English exclamation heading a warning", text: "WARNING! Fake agents contact job seekers on Telegram.", channels: [], apps: [] },
  // Advisories say where lures circulate; a lure that says so too still gives its handle.
  { name: "does not read apps named where job scams are said to spread", text: "Job scams are spreading on Telegram and WhatsApp. Apply only through the official portal.", channels: [], apps: [] },
  { name: "does not read a Korean app named where lure posts are said to be increasing", text: "인스타그램·스레드·오픈채팅 등에서 고수익 알바를 권유하는 게시물이 늘고 있습니다.", lang: "kor", channels: ["instagram"], apps: [] },
  { name: "still reads the handle after a lure's 'scams are rampant, but we are real'", text: "Job scams are rampant but we are real. Contact Telegram @kh_real now.", channels: ["telegram=@kh_real"], apps: ["telegram"] },
  { name: "reads an app offered before a warning that names it again", text: "Message us on Telegram. Beware of fake agents on Telegram.", channels: ["telegram"], apps: ["telegram"] },
  { name: "does not take a long sentence before an exclamation for a warning's head", text: "Applicants coming for the interview should be careful! Contact us on WhatsApp for the interview.", channels: ["whatsapp"], apps: ["whatsapp"] },
  { name: "still reads the app a warning's next sentence offers", text: "Beware of fake agents. Contact us on WhatsApp for the interview.", channels: ["whatsapp"], apps: ["whatsapp"] },
  { name: "still reads the app beside a lure's own 'not a scam'", text: "Not a scam!! 100% legit. Message us on Telegram for details", channels: ["telegram"], apps: ["telegram"] },
  { name: "still reads the app after 'to avoid delays'", text: "To avoid delays, message us on WhatsApp", channels: ["whatsapp"], apps: ["whatsapp"] },
  { name: "still reads an app with its handle in a warning-like line", text: "Warning: contact only Telegram @kh_hr_official", channels: ["telegram=@kh_hr_official"], apps: ["telegram"] },
  { name: "reads Korean ㅌㄹ before 문의, 텔레그람 and 위챗", text: "ㅌㄹ 문의 또는 텔레그람, 위챗 가능", lang: "kor", channels: ["telegram", "wechat"] },
  { name: "reads Korean 라인 아이디 as Line but not a production 라인", text: "생산 라인 관리자 모집. 문의는 라인 아이디 hr_kr", lang: "kor", channels: ["line"] },
  { name: "does not read a Korean production line (라인) as Line", text: "자동차 부품 생산 라인 근무, 주야 2교대", lang: "kor", channels: [] },
  { name: "does not read Thai ออนไลน์ (online), ออฟไลน์, แอร์ไลน์ or ไทม์ไลน์ as Line", text: "รับสมัครแอดมินการตลาดออนไลน์ ทำงานออฟไลน์ที่สาขา บริษัทแอร์ไลน์ ตามไทม์ไลน์", lang: "tha", channels: [] },
  { name: "does not read a Bengali office messenger (অফিস মেসেঞ্জার) post as Messenger", text: "অফিস মেসেঞ্জার পদে নিয়োগ, বেতন ১২ হাজার", lang: "ben", channels: [] },
  { name: "still reads Thai ไลน์ alone as Line", text: "สนใจทักไลน์ได้เลย", lang: "tha", channels: ["line"] },
  { name: "reads Thai เทเล before a handle as Telegram and วอทแอป as WhatsApp", text: "ติดต่อ เทเล @jobs_admin88 หรือ วอทแอป", lang: "tha", channels: ["telegram", "whatsapp"] },
  { name: "reads Korean 'ㅌㄹ 주셈 @id' (message me on Telegram)", text: "관심있으면 ㅌㄹ 주셈 @laos_job77", lang: "kor", channels: ["telegram"] },
  { name: "reads the Korean chat initials ㅌㄹ before 문의 on their own", text: "ㅌㄹ 문의", lang: "kor", channels: ["telegram"] },
  { name: "does not read ㅌㄹ before a request with no handle", text: "ㅌㄹ 주셈 ㅋㅋ", lang: "kor", channels: [] },
  { name: "reads the Bengali spelling আইএমও as imo", text: "যোগাযোগ: আইএমও ০১৭১২৩৪৫৬৭৮", lang: "ben", channels: ["imo=+8801712345678", "phone=+8801712345678"] },
  { name: "reads 'vvhatsapp' (w written as two v's) as WhatsApp", text: "Message me on vvhatsapp for details", channels: ["whatsapp"] },
  { name: "reads Vietnamese 'tê lê' after a contact cue as Telegram and 'zl' before a number as Zalo", text: "Ib qua tê lê hoặc zl 0912 345 678", lang: "vie", channels: ["telegram", "zalo=+84912345678", "phone=+84912345678"] },
  { name: "reads 'kb zl' (add on Zalo) as Zalo", text: "Ai quan tâm kb zl nhé", lang: "vie", channels: ["zalo"] },
  { name: "does not read the syllables 'tê lê' or the initials 'zl' elsewhere as apps", text: "Tê lê thê, mã ZL-200 của kho hàng", lang: "vie", channels: [] },
  { name: "does not read Spanish 'te' before 'le' as Telegram", text: "te le explicamos todo en la entrevista", lang: "spa", channels: [] },
  { name: "reads Thai แอดไลน์ (add Line) with its handle", text: "แอดไลน์ @abcjob", lang: "tha", channels: ["line=@abcjob"] },
  // WeChat, QQ, Zalo, Viber, KakaoTalk, Messenger.
  { name: "reads 加vx (add WeChat) with its id", text: "加vx：kh2024job", lang: "cmn", channels: ["wechat=kh2024job"] },
  { name: "does not read 微信公众号 (a WeChat official account) as a contact", text: "敬请关注微信公众号“京东招聘”", lang: "cmn", channels: [] },
  { name: "reads a QQ group number", text: "QQ群：123456789", lang: "cmn", channels: ["qq=123456789"] },
  { name: "reads a qq.com address as free e-mail, not as QQ", text: "Email 12345678@qq.com", channels: ["email=12345678@qq.com"], apps: [] },
  {
    name: "reads Vietnamese 'Liên hệ Zalo 0912…' with a Vietnamese number",
    text: "Liên hệ Zalo 0912 345 678",
    lang: "vie",
    channels: ["zalo=+84912345678", "phone=+84912345678"],
  },
  { name: "reads Viber with a Nepali number", text: "Viber +977 980-1234567", channels: ["viber=+9779801234567", "phone=+9779801234567"] },
  { name: "reads Korean 카톡 아이디 (KakaoTalk id)", text: "카톡 아이디: abc123", lang: "kor", channels: ["kakaotalk=abc123"] },
  { name: "reads Korean 오픈채팅 (open chat) as KakaoTalk", text: "오픈채팅으로 문의", lang: "kor", channels: ["kakaotalk"] },
  { name: "reads an m.me link and 'PM us on Messenger' as Messenger", text: "m.me/jobpage or PM us on Messenger", channels: ["messenger=m.me/jobpage"] },
  { name: "does not read an office messenger job as Messenger", text: "Office messenger needed, must have motorbike", channels: [] },
  // Social networks.
  {
    name: "reads Facebook, TikTok and IG as social channels, not messaging apps",
    text: "Follow us on Facebook, TikTok and IG @brand_kh",
    channels: ["facebook", "tiktok", "instagram"],
    apps: [],
    messagingOnly: false,
  },
  // E-mail and websites.
  { name: "reads an e-mail written '[at] … [dot]'", text: "jobs [at] acme [dot] com", channels: ["email=jobs [at] acme [dot] com"] },
  { name: "reads a link to the employer's site as a website", text: "Details: https://acme.com.kh/careers.", channels: ["website=https://acme.com.kh/careers"] },
  { name: "does not read 'salary.In addition' (a missing space) as a domain", text: "Good salary.In addition we offer lunch.", channels: [] },
  { name: "does not read a link shortener as the employer's website", text: "Apply: bit.ly/xyz123", channels: [] },
  // Warnings in legitimate ads.
  { name: "does not count apps named in a scam warning", text: "We will never contact you via Telegram or WhatsApp.", channels: [], messagingOnly: false },
  { name: "does not count apps after 'beware of scammers'", text: "Beware of scammers using Line or Zalo.", channels: [] },
  { name: "does not count an app after 'don't reply to recruiters'", text: "Don't reply to recruiters on Telegram.", channels: [] },
  // A lure's urgency denies nothing about the channel after it.
  { name: "reads Telegram after 'Don't miss this chance,'", text: "Don't miss this chance, message us on Telegram @fastjobs88", channels: ["telegram=@fastjobs88"], messagingOnly: true },
  { name: "reads WhatsApp and its number after 'Don't wait,'", text: "Don't wait, contact HR on WhatsApp +855 12 345 678", channels: ["whatsapp=+85512345678", "phone=+85512345678"], messagingOnly: true },
  { name: "reads Telegram after 'Don't worry about the visa,'", text: "Don't worry about the visa, our HR will explain on Telegram @hrdesk", channels: ["telegram=@hrdesk"] },
  { name: "reads a channel link after 'Never miss an update'", text: "Never miss an update: join our Telegram channel t.me/jobs_kh", channels: ["telegram=t.me/jobs_kh"] },
];

describe("extractContacts", () => {
  for (const c of cases) {
    it(c.name, () => {
      const result = contacts(c.text, c.lang);
      expect(result.channels.map((ch) => (ch.value === undefined ? ch.kind : `${ch.kind}=${ch.value}`))).toEqual(c.channels);
      if (c.apps !== undefined) expect(result.messagingApps).toEqual(c.apps);
      if (c.messagingOnly !== undefined) expect(result.messagingOnly).toBe(c.messagingOnly);
    });
  }

  it("keeps messagingOnly false in a corporate ad that gives a phone and a corporate e-mail", () => {
    const result = contacts("Contact HR on WhatsApp +66 81 234 5678 or email careers@siamtech.co.th");
    expect(result.messagingApps).toEqual(["whatsapp"]);
    expect(result.emails).toEqual([
      {
        domain: "siamtech.co.th",
        free: false,
        evidence: { field: "description", start: 48, end: 70, text: "careers@siamtech.co.th" },
      },
    ]);
    expect(result.hasCorporateEmail).toBe(true);
    expect(result.messagingOnly).toBe(false);
  });

  it("sets messagingOnly when the only other contact is a free webmail address", () => {
    const result = contacts("Send CV to kh.jobs2024@gmail.com or WhatsApp +855 12 345 678");
    expect(result.emails.map((e) => [e.domain, e.free])).toEqual([["gmail.com", true]]);
    expect(result.hasCorporateEmail).toBe(false);
    expect(result.messagingOnly).toBe(true);
  });

  it.each([
    ["a Bangkok landline", "ติดต่อ 02-123-3188 / LINE @siamglobalwellness", "tha", true],
    ["a Manila landline", "Call (02) 8123 4567 or Viber 0917 123 4567", "tgl", true],
    ["a Thai mobile only", "โทร 081-234-5678 / LINE @siamjobs", "tha", false],
    ["a Philippine mobile only", "Viber 0917 123 4567", "tgl", false],
  ])("reads %s: a landline clears messagingOnly", (_name, text, lang, landline) => {
    const result = contacts({ description: text }, lang);
    expect(result.hasLandline).toBe(landline);
    expect(result.messagingOnly).toBe(!landline);
    expect(result.phones.some((phone) => phone.landline === true)).toBe(landline);
  });

  it("reads every warning of a long posting, each within its own sentence", () => {
    expect(contacts("텔레그램으로만 연락하는 곳은 피하세요. ".repeat(3000)).messagingApps).toEqual([]);
    expect(contacts(`${"텔레그램으로만 연락하는 곳은 피하세요. ".repeat(3000)}면접은 텔레그램으로 진행합니다.`).messagingApps).toEqual(["telegram"]);
  });

  it("keeps messagingOnly false when a street address is given", () => {
    const result = contacts("WhatsApp 0812345678. Office: Jl. Sudirman No. 5, Jakarta", "ind");
    expect(result.hasStreetAddress).toBe(true);
    expect(result.messagingOnly).toBe(false);
  });

  it("keeps messagingOnly false when the employer's website is given", () => {
    const result = contacts({ description: "Line: @siamjobs", url: "https://careers.siamtech.co.th/jobs/123" }, "tha");
    expect(result.hasWebsite).toBe(true);
    expect(result.messagingOnly).toBe(false);
  });

  it("does not take a job-board link in the url field for the employer's website", () => {
    const result = contacts({ description: "Telegram @hr_kh", url: "https://www.linkedin.com/jobs/view/123" });
    expect(result.hasWebsite).toBe(false);
    expect(result.messagingOnly).toBe(true);
  });
});

describe("phone numbers", () => {
  it("reads the country codes of destination countries", () => {
    const result = contacts(
      "+855 12 345 678 / +95 9 450 123 456 / +856 20 5555 1234 / +66 81 234 5678 / +971 50 123 4567 / +63 917 123 4567 / +84 912 345 678",
    );
    expect(result.phones.map((p) => `${p.e164} ${p.country}`)).toEqual([
      "+85512345678 KH",
      "+959450123456 MM",
      "+8562055551234 LA",
      "+66812345678 TH",
      "+971501234567 AE",
      "+639171234567 PH",
      "+84912345678 VN",
    ]);
  });

  it("reads the country codes of the countries victims are recruited from", () => {
    const result = contacts("+62 812 3456 7890, +60 12 345 6789, +91 98765 43210, +977 980 1234567, +880 1712 345678, +94 77 123 4567, +254 712 345678");
    expect(result.phones.map((p) => `${p.e164} ${p.country}`)).toEqual([
      "+6281234567890 ID",
      "+60123456789 MY",
      "+919876543210 IN",
      "+9779801234567 NP",
      "+8801712345678 BD",
      "+94771234567 LK",
      "+254712345678 KE",
    ]);
  });

  it("parses at most eight distinct numbers, keeping the evidence of the rest", () => {
    const list = Array.from({ length: 10 }, (_, i) => `+66 81 234 56${10 + i}`).join(", ");
    const phones = contacts(list).phones;
    expect(phones.length).toBe(10);
    expect(phones.filter((p) => p.e164 !== undefined).length).toBe(8);
    expect(phones[9]).toEqual({ evidence: { field: "description", start: 153, end: 168, text: "+66 81 234 5619" } });
  });

  it("reads a local number in the country of the posting's language", () => {
    expect(contacts("Call 081-234-5678", "tha").phones).toEqual([
      { e164: "+66812345678", country: "TH", evidence: { field: "description", start: 5, end: 17, text: "081-234-5678" } },
    ]);
  });

  it("keeps a local number without a country when none can be guessed", () => {
    expect(contacts("Call 081-234-5678").phones).toEqual([
      { evidence: { field: "description", start: 5, end: 17, text: "081-234-5678" } },
    ]);
  });

  it("reads local numbers in the country of an international number in the same posting", () => {
    const result = contacts("Office +855 23 123 456, mobile 012 345 678");
    expect(result.phones.map((p) => `${p.e164} ${p.country}`)).toEqual(["+85523123456 KH", "+85512345678 KH"]);
  });

  it("reads Thai digits", () => {
    expect(contacts("โทร ๐๘๑-๒๓๔-๕๖๗๘", "tha").phones.map((p) => p.e164)).toEqual(["+66812345678"]);
  });

  it("does not read amounts, dates or year ranges as phone numbers", () => {
    expect(contacts("Lương 15.000.000 VND, gọi 0912345678", "vie").phones.map((p) => p.e164)).toEqual(["+84912345678"]);
    expect(contacts("Contract 2024-2025, start 01/02/2024, salary 25000000 VND").phones).toEqual([]);
  });

  it("reads a number glued to its label in the original text", () => {
    expect(contacts("WA0812-3456-7890", "ind").phones.map((p) => p.e164)).toEqual(["+6281234567890"]);
  });
});

describe("findStreetAddresses", () => {
  const cases: [string, string, string[]][] = [
    ["reads an English house number and street", "Office: 12 Norodom Blvd, Phnom Penh", ["12 Norodom Blvd"]],
    ["reads Indonesian 'Jl. … No.'", "Kantor: Jl. Sudirman No. 5, Jakarta", ["Jl. Sudirman No. 5"]],
    ["reads a Phnom Penh street number", "Near St. 271, Toul Kork", ["St. 271"]],
    ["reads a Vietnamese address with its ward", "Địa chỉ: 123 Lê Lợi, P. Bến Thành, Q.1", ["123 Lê Lợi, P. B"]],
    ["reads a Thai address", "เลขที่ 99/12 ถนนสุขุมวิท แขวงคลองเตย เขตคลองเตย", ["เลขที่ 99/12", "ถนนสุขุมวิท", "แขวงคลองเตย เขต"]],
    ["reads a Chinese road and number", "地址：北京市朝阳区建国路88号", ["路88号"]],
    ["reads a Korean road address", "서울 강남구 테헤란로 123", ["123"]],
    ["reads a Spanish street", "Oficina en Calle Serrano 45, Madrid", ["Calle Serrano 45"]],
    ["reads a P.O. box", "P.O. Box 12345, Dubai", ["P.O. Box 12345"]],
    ["reads a city with its postal code", "Silom, Bangkok 10500", ["Bangkok 10500"]],
    ["does not read '2 days on the road' as an address", "Expect 2 days on the road each month", []],
    ["does not read a salary as an address", "Salary 1500 USD, 6 days a week", []],
  ];
  for (const [name, text, expected] of cases) {
    it(name, () => {
      expect(findStreetAddresses(contextFrom({ description: text })).map((e) => e.text)).toEqual(expected);
    });
  }
});

describe("edge cases", () => {
  it("returns an empty feature for an empty posting", () => {
    expect(contacts({})).toEqual({
      channels: [],
      messagingApps: [],
      phones: [],
      emails: [],
      hasCorporateEmail: false,
      hasWebsite: false,
      hasStreetAddress: false,
      hasLandline: false,
      messagingOnly: false,
      evidence: [],
    });
  });

  it("lists an app mentioned twice once, keeping the mention with a value", () => {
    expect(channels("Join our Telegram! Telegram: @kh_hr. More on Telegram.")).toEqual(["telegram=@kh_hr"]);
  });

  it("points evidence at the original characters", () => {
    const result = contacts("Liên hệ ZALO: 0912 345 678", "vie");
    expect(result.evidence).toEqual([
      { field: "description", start: 8, end: 12, text: "ZALO" },
      { field: "description", start: 14, end: 26, text: "0912 345 678" },
    ]);
  });

  it("does not throw on odd Unicode and long input", () => {
    const odd = "\u0000\ud800 ✈️ @ t.me/ wa.me/ +\u202e ".repeat(200) + "9".repeat(5000);
    expect(() => contacts(odd)).not.toThrow();
  });

  it("maps languages to the country their local numbers belong to", () => {
    expect([homeCountryOfLanguage("tha"), homeCountryOfLanguage("vie"), homeCountryOfLanguage("eng"), homeCountryOfLanguage(undefined)]).toEqual([
      "TH",
      "VN",
      undefined,
      undefined,
    ]);
  });
});

describe("the contact-cue regular expressions", () => {
  it.each(CONTACT_CUE_PATTERNS.map((pattern) => ({ source: pattern.source.slice(0, 60), pattern })))(
    "has no catastrophic backtracking: $source",
    ({ pattern }) => {
      expect(redosVerdict(pattern.source, pattern.flags.replace(/[gy]/g, "")).detail).toBe("safe");
    },
  );
});

// The screen's contacts take the addresses the legitimacy lexicons read as well: an app beside a
// street address is not the only way to find the recruiter.
describe("messagingOnly in the screen's features", () => {
  it.each<[string, string, boolean]>([
    ["a Korean street number beside KakaoTalk", "프놈펜 BKK1, 57번 도로 사무실. 문의는 카카오톡 mekong_hr", false],
    ["a Thai soi beside Line", "สมัครได้ที่ 45/2 ซอยสุขุมวิท 31 หรือแอดไลน์ @shopjob", false],
    ["KakaoTalk alone", "문의는 카카오톡 mekong_hr 으로만 받습니다", true],
  ])("%s", (_name, description, messagingOnly) => {
    expect(screen({ description }).features.contacts.messagingOnly).toBe(messagingOnly);
  });
});
