import { beforeAll, describe, expect, it } from "vitest";
import { contextFrom } from "../../src/features/evidence.js";
import { extractLegitimacy } from "../../src/features/legitimacy.js";
import { allFlags } from "./lexicons/flags.js";

// A job seeker asking whether an offer is genuine ("is this legit?", "จริงหรือหลอก", "사기인가요?",
// "असली है या फ़र्ज़ी?", "साँचो हो कि ठगी?") writes about an offer, not one: each such question is one
// advisory cue. A lure answering its own question ("Is it legit? Yes, 100%", "사기인가요? 아닙니다!")
// or stating that it is trustworthy is not one.
const advisoryCues = (description: string) => extractLegitimacy(contextFrom({ description })).advisoryCues;

// Two cues each language's lexicon already reads, so that one more shows in the count.
const ANCHORS: Record<string, string> = {
  eng: "Human trafficking is a crime. Report to the police.",
  tha: "เตือนภัยคนหางาน แจ้งเบาะแสได้ที่สายด่วนกรมการจัดหางาน 1694",
  kor: "[취업사기 주의 안내] 최근 저희 회사를 사칭하는 연락이 있습니다\n경찰(112) 또는 외교부 영사콜센터에 신고하세요.",
  hin: "मानव तस्करी से सावधान रहें। दूतावास से संपर्क करें।",
  nep: "मानव बेचबिखनबाट सावधान। प्रहरीलाई खबर गर्नुहोस्।",
};

describe("questions whether an offer is genuine", () => {
  beforeAll(() => {
    allFlags("");
  }, 60_000);

  it.each(Object.entries(ANCHORS))("the %s anchor alone reads two cues", (_lang, anchor) => {
    expect(advisoryCues(anchor)).toBe(2);
  });

  it.each<[string, string]>([
    ["eng", "Is this legit or a scam?"],
    ["eng", "Has anyone heard of this agency before?"],
    ["eng", "Should I trust an agent who wants 20,000 upfront?"],
    ["tha", "งานนี้จริงไหมครับ หรือหลอก"],
    ["tha", "แบบนี้หลอกหรือเปล่าคะ"],
    ["tha", "บริษัทนี้เชื่อถือได้ไหมคะ"],
    ["tha", "ใครเคยสมัครกับบริษัทนี้บ้าง"],
    ["kor", "이거 사기인가요?"],
    ["kor", "이 회사 믿어도 되나요?"],
    ["kor", "캄보디아 가 보신 분 계신가요?"],
    ["hin", "यह ऑफर असली है या फ़र्ज़ी?"],
    ["hin", "कहीं यह फ्रॉड तो नहीं?"],
    ["hin", "क्या यह एजेंसी सही है?"],
    ["nep", "यो अफर साँचो हो कि ठगी?"],
    ["nep", "के यो म्यानपावर भरपर्दो छ?"],
    ["nep", "यसलाई विश्वास गर्न मिल्छ?"],
  ])("%s: reads '%s' as one more cue", (lang, question) => {
    expect(advisoryCues(`${question}\n${ANCHORS[lang]}`)).toBe(3);
  });

  it.each<[string, string]>([
    ["eng", "Is it legit? Yes, 100%!"],
    ["eng", "We are a legit company, not a scam."],
    ["tha", "กลัวโดนหลอกไหม? ไม่ต้องกลัวค่ะ"],
    ["tha", "หลอกไหม? ไม่หลอกแน่นอน"],
    ["tha", "บริษัทเชื่อถือได้ 100%"],
    ["kor", "사기인가요? 아닙니다! 정식 회사입니다"],
    ["kor", "믿어도 됩니다, 정식 법인입니다"],
    ["hin", "फ्रॉड है क्या? बिल्कुल नहीं"],
    ["hin", "हम असली कंपनी हैं, फ्रॉड नहीं"],
    ["nep", "ठगी हो? होइन, पक्का काम"],
    ["nep", "हामी साँचो कम्पनी हौं"],
  ])("%s: does not read '%s'", (lang, line) => {
    expect(advisoryCues(`${line}\n${ANCHORS[lang]}`)).toBe(2);
  });
});
