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
    ["nep", "यो ठीक हो कि होइन?"],
    ["hin", "क्या यह भरोसे लायक है?"],
    ["kor", "태국은 괜찮은 건가요?"],
    ["kor", "이상한 점 있는지 봐 주세요"],
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
    ["hin", "क्या यह भरोसे लायक है? हाँ, 100%"],
    ["kor", "괜찮은 건가요? 네, 정식 회사입니다"],
    // A lure's FAQ: the question asked of the poster, then answered by it.
    ["eng", "Q: Is this a scam?\nA: Not at all, we are registered."],
    ["hin", "\"क्या ये असली है?\" – यही सवाल रोज़ लोग मुझसे पूछते हैं, तो जवाब यहाँ है"],
    ["nep", "धेरैले सोध्नुहुन्छ: \"यो साँचो हो? ठगी त होइन?\" 🙈\nमेरो जवाफ: १००% साँचो!"],
    ["nep", "❓ के यो ठगी हो?\n✅ होइन! हामी दर्ता भएको कम्पनी हौं"],
    ["tha", "หลายคนถามเข้ามาว่า งานนี้หลอกหรือเปล่า ขอตอบเลยว่าจริง 100%"],
  ])("%s: does not read '%s'", (lang, line) => {
    expect(advisoryCues(`${line}\n${ANCHORS[lang]}`)).toBe(2);
  });
});

// Replies to a question tell the asker how to check and where to complain, in words the notices use
// less: each is one cue, and a lure dismissing the same authorities is not.
describe("replies that send the asker to the authorities", () => {
  beforeAll(() => {
    allFlags("");
  }, 60_000);

  it.each<[string, string, number]>([
    ["hin", "भारत की सरकारें चेतावनी दे चुकी हैं", 3],
    ["hin", "ईमेल बैंकॉक में भारतीय दूतावास को फ़ॉरवर्ड करके पूछ ले", 3],
    ["hin", "सरकार की चेतावनी से मत डरो", 2],
    ["nep", "सरकारले पनि यस्तोबारे धेरैपटक चेतावनी दिएको छ", 3],
    ["nep", "उजुरी गर्नुपरे नजिकको प्रहरी कार्यालयमा जानुहोस्", 3],
    ["kor", "경찰에 신고할 필요 없습니다", 2],
  ])("%s: '%s' reads %i cues with the anchor", (lang, line, cues) => {
    expect(advisoryCues(`${line}\n${ANCHORS[lang]}`)).toBe(cues);
  });
});

// Warnings in the words of notices, cards and replies: each is one cue. The lure forms beside them
// (a borrowed "no red flags", a dismissal, "send it to us only") are not.
describe("warnings in the notices' and replies' own words", () => {
  beforeAll(() => {
    allFlags("");
  }, 60_000);

  it.each<[string, string]>([
    ["hin", "बिना अनुभव के कई गुना वेतन – तीनों खतरे के संकेत हैं।"],
    ["hin", "दक्षिण-पूर्व एशिया में नौकरी के फर्ज़ी प्रस्तावों से सावधान रहें।"],
    ["hin", "MADAD पोर्टल पर शिकायत दर्ज करें।"],
    ["hin", "उनसे ऑनलाइन धोखाधड़ी का काम ज़बरदस्ती कराया गया।"],
    ["hin", "साइबर अपराध के लिए 1930 पर कॉल करें।"],
    ["hin", "जल्दबाज़ी कराना दबाव की तकनीक है।"],
    ["nep", "पुगेपछि फेसबुकमा मान्छे ठग्न लगाए।"],
    ["nep", "म आफैं भुक्तभोगी हुँ।"],
    ["kor", "급하게 재촉하는 것 자체가 경고 신호입니다."],
    ["kor", "인도 사람들 피해 사례랑 똑같아요."],
    ["kor", "뉴스 검색해 보세요."],
    ["tha", "ไม่ต้องมีประสบการณ์แต่เงินเดือนสูงเป็นสัญญาณอันตราย"],
    ["tha", "หลอกคนไปทำงานในแหล่งฉ้อโกงออนไลน์ตามแนวชายแดน"],
    ["tha", "ลักษณะดังกล่าวตรงกับรูปแบบที่หน่วยงานรัฐเตือนไว้"],
    ["tha", "ขอให้อย่าส่งเอกสารส่วนตัวให้ผู้ที่ไม่รู้จัก"],
  ])("%s: reads '%s' as one more cue", (lang, line) => {
    expect(advisoryCues(`${line}\n${ANCHORS[lang]}`)).toBe(3);
  });

  it.each<[string, string]>([
    ["hin", "कोई खतरे का संकेत नहीं, 100% लीगल।"],
    ["nep", "कुनै भुक्तभोगी छैन, सबै खुसी छन्।"],
    ["kor", "위험 신호 없습니다, 정식 회사예요."],
    ["kor", "피해 사례 없습니다."],
    ["tha", "ไม่มีสัญญาณอันตราย บริษัทจริง"],
    ["tha", "เราไม่ใช่แหล่งฉ้อโกง"],
    ["tha", "อย่าส่งเอกสารให้คนอื่น ส่งให้เราเท่านั้น"],
    ["tha", "ตำรวจเตือนเรื่องแก๊ง แต่เราไม่เกี่ยว"],
  ])("%s: does not read '%s'", (lang, line) => {
    expect(advisoryCues(`${line}\n${ANCHORS[lang]}`)).toBe(2);
  });
});

// A discussion thread (a question and its replies) stands for two advisory cues: it still needs two of
// its own to read as an advisory, so a lure that fakes a comment section gains little.
describe("discussion threads", () => {
  const legitimacy = (description: string) => extractLegitimacy(contextFrom({ description }));

  it.each<[string, string, number]>([
    ["Thai numbered comments", "ลูกได้งานที่กัมพูชา ควรให้ไปไหมคะ\nความคิดเห็นที่ 1\nอย่าไปครับ\nความคิดเห็นที่ 2\nเช็กกับจัดหางานก่อน\nเจ้าของกระทู้\nขอบคุณค่ะ", 3],
    ["Korean replies (ㄴ name:)", "아들이 받은 메시지예요\n댓글\nㄴ 튼튼맘: 전형적인 수법이에요\nㄴ 서연이네: 무비자로는 일 못 해요\nㄴ 작성자: 감사해요", 3],
    ["Reddit-style replies", "Got this offer, legit?\n↳ u/dev_one: run\n↳ u/hr_didi: ask for the registered name\n↳ OP: thanks, blocked", 3],
    ["Nepali replies (💬 name:)", "के गर्ने?\n💬 हरि पौडेल: यो ठीक होइन\n💬 सरिता भट्ट: विभागमा बुझ्नुहोस्\n💬 कमला अधिकारी: धन्यवाद", 3],
    ["Hindi numbered answers", "प्रश्न: क्या ऐसा होता है?\nउत्तर 1 (सुनीता): जी नहीं\nउत्तर 2 (मोहित): मत जाइए\nउत्तर 3 (अनुराधा): दूतावास से पूछें", 3],
  ])("counts the replies of %s", (_name, description, replies) => {
    expect(legitimacy(description).discussionReplies).toBe(replies);
  });

  it.each<[string, string]>([
    ["an ad's list of perks with colons", "Salary: USD 1,500\nVisa: provided\nContact: Telegram"],
    ["an FAQ without commenters", "Q: Is it legal?\nA: Yes\nQ: Is there a fee?\nA: No"],
    ["a single quoted reply", "> Salary: 1,500 USD\nApply now on Telegram"],
  ])("reads no thread in %s", (_name, description) => {
    expect(legitimacy(description).discussionReplies).toBeLessThan(3);
  });

  it("counts a thread as two cues, and two more of its own make an advisory", () => {
    const thread = "Got this offer\n↳ u/a: no\n↳ u/b: no\n↳ OP: thanks";
    expect(legitimacy(thread).advisoryCues).toBe(2);
    expect(legitimacy(`${thread}\nHuman trafficking is a crime. Report to the police.`).advisoryCues).toBe(4);
  });
});

// A Q&A card that quotes, in its questions, the offers its readers received stands for two advisory cues,
// as a thread does; a lure's own FAQ asks in the applicant's words and quotes nothing.
describe("Q&A cards that quote offers", () => {
  const legitimacy = (description: string) => extractLegitimacy(contextFrom({ description }));

  it.each<[string, string, number]>([
    ["a Korean card (Q1. … A.)", 'Q1. 텔레그램으로 "캄보디아 CS 업무, 월 600" 제안을 받았어요.\nA. 지원하지 마세요.\nQ2. "관광비자로 먼저 들어가면 된다"고 하는데요?\nA. 불법 취업입니다.', 2],
    ["a Nepali card (प्रश्न १: … उत्तर:)", 'प्रश्न १: "थाइल्याण्डमा आईटी सपोर्ट, अनुभव नचाहिने" भन्ने अफर आयो।\nउत्तर: सावधान हुनुहोस्।\nप्रश्न २: "टुरिस्ट भिसामा आउनू" भन्छ।\nउत्तर: होइन।\nप्रश्न ३: कसरी जाँच्ने?\nउत्तर: विभागमा।', 2],
    ["a Hindi card (प्र. 1: … उ.:)", 'प्र. 1: किसी ने लिखा "फ्री टिकट और होटल"।\nउ.: यह जाल है।\nप्र. 2: उन्होंने कहा "टूरिस्ट वीज़ा पर आ जाओ"।\nउ.: अवैध है।', 2],
    ["a Thai card (ถาม: … ตอบ:)", 'ถาม: มีคนทักมาว่า "บินฟรี ที่พักฟรี"\nตอบ: ระวัง\nถาม: เขาบอกให้ใช้ "วีซ่าท่องเที่ยว"\nตอบ: ผิดกฎหมาย', 2],
  ])("counts the quoting questions of %s", (_name, description, questions) => {
    expect(legitimacy(description).quotingQuestions).toBe(questions);
  });

  it.each<[string, string]>([
    ["a lure's FAQ in the applicant's words", "Q. 경력 없어도 되나요?\nA. 네, 교육해 드립니다.\nQ. 비자는요?\nA. 관광으로 들어오시면 됩니다."],
    ["quoted questions with no answer lines", 'Q1. "Free flight"?\nQ2. "Tourist visa"?'],
    ["one quoting question only", 'Q1. They said "free flight, free room".\nA. Careful.\nQ2. Is there a fee?\nA. No.'],
  ])("reads no card in %s", (_name, description) => {
    const result = legitimacy(description);
    expect(result.quotingQuestions < 2 || result.advisoryCues === 0).toBe(true);
  });

  it("gives two cues to a card, which needs two of its own to read as an advisory", () => {
    const card = 'Q1. They wrote "free flight, free room".\nA. Careful.\nQ2. They wrote "tourist visa is fine".\nA. It is not.';
    expect(legitimacy(card).advisoryCues).toBe(2);
    expect(legitimacy(`${card}\nHuman trafficking is a crime. Report to the police.`).advisoryCues).toBe(4);
  });

  it("reads a long line of unclosed quotation marks in linear time", () => {
    const hostile = `Q1. ${"«".repeat(50_000)}\nA. x\nQ2. ${"«".repeat(50_000)}\nA. y`;
    const started = performance.now();
    expect(legitimacy(hostile).quotingQuestions).toBe(0);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

// The other lexicons' questions, read without an anchor: two different open questions are two cues,
// and a question its poster answers leaves one, which is no advisory count at all.
describe("questions whether an offer is genuine, in the other lexicons", () => {
  beforeAll(() => {
    allFlags("");
  }, 60_000);

  it.each<[string, string, string]>([
    ["tgl", "Legit po ba ito?", "Totoo ba yung sahod na 80k?"],
    ["ind", "Ini asli atau penipuan?", "Lowongan ini penipuan bukan?"],
    ["vie", "Công ty này có lừa đảo không?", "Việc làm này có thật không?"],
    ["zho", "这个工作是真的吗？", "这家公司靠谱吗？"],
    ["ben", "এটা আসল না ভুয়া?", "এই অফার প্রতারণা কিনা বুঝতে পারছি না।"],
  ])("%s: reads two open questions as two cues", (_lang, first, second) => {
    expect(advisoryCues(`${first}\n${second}`)).toBe(2);
  });

  it.each<[string, string, string]>([
    ["tgl", "Legit ba? Oo, legit na legit!", "Totoo ba yung sahod na 80k?"],
    ["ind", "Penipuan bukan? Bukan! Kami resmi.", "Ini asli atau penipuan?"],
    ["vie", "Có lừa đảo không? Không! Công ty uy tín.", "Việc làm này có thật không?"],
    ["zho", "是骗子吗？不是！我们是正规公司。", "这家公司靠谱吗？"],
    ["ben", "আমরা আসল কোম্পানি, ভুয়া নই।", "এটা আসল না ভুয়া?"],
  ])("%s: does not read a lure answering itself (or stating it is genuine)", (_lang, answered, open) => {
    expect(advisoryCues(`${answered}\n${open}`)).toBe(0);
  });
});
