import { beforeAll, describe, expect, it } from "vitest";
import { contextFrom } from "../../src/features/evidence.js";
import { extractLegitimacy } from "../../src/features/legitimacy.js";
import { ADVISORY_ANCHORS, advisoryCues, allFlags } from "./lexicons/flags.js";

// A job seeker asking whether an offer is genuine ("is this legit?", "จริงหรือหลอก", "사기인가요?",
// "असली है या फ़र्ज़ी?", "साँचो हो कि ठगी?") writes about an offer, not one: each such question is one
// advisory cue. A lure answering its own question ("Is it legit? Yes, 100%", "사기인가요? 아닙니다!")
// or stating that it is trustworthy is not one.
const legitimacy = (description: string) => extractLegitimacy(contextFrom({ description }));

const ANCHORS: Record<string, string> = ADVISORY_ANCHORS;

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
    ["tha", "เจ้าหน้าที่แนะนำให้เก็บหลักฐานแชทไว้แจ้งความ"],
    ["tha", "กว่าจะได้พาสปอร์ตคืนก็หลายเดือน"],
    ["tha", "เจ้าหน้าที่บอกว่าไม่มีบริษัทชื่อนี้ในระบบ"],
    ["nep", "झुट बोलेको हो भने कहाँ उजुरी गर्ने?"],
    ["nep", "पैसा पठाएर छुटाउने प्रयास नगर्नुस्, त्यसले झन् बेचबिखन बढाउँछ।"],
    ["nep", "यस्तो अफर त सिधै जाल हो।"],
    ["kor", "절대 여권 사본 보내지 마시고 상담받으세요."],
    ["tha", "พี่สาวไปขอความช่วยเหลือจากมูลนิธิที่ช่วยเหลือคนถูกหลอก"],
    ["tha", "ทางการส่งตัวพวกเรากลับมาที่แม่สอด"],
    ["tha", "ขอแชร์ไว้เป็นอุทาหรณ์"],
    ["tha", "ถ้าเป็นมิจฉาชีพจริง อยากให้คนอื่นเห็น จะได้ไม่ติดกับ"],
    ["hin", "उन्होंने सिहानूकविल में ऑनलाइन ठगी करवाई।"],
    ["hin", "चैट का स्क्रीनशॉट 1930 पर रिपोर्ट कर देते हैं।"],
    ["hin", "पिछले महीने दो लड़कों की FIR दर्ज हुई थी।"],
    ["nep", "पहिलो दिन नै पासपोर्ट र फोन जम्मा गरियो।"],
    ["nep", "गेटमा बन्दुकधारी गार्ड थिए।"],
    ["nep", "दूतावासको सहयोगमा काठमाडौं फर्कियौं।"],
    ["kor", "가족이 경찰과 영사콜센터에 신고해 나올 수 있었습니다."],
    ["kor", "갚기 전엔 못 나간다는 말을 들었습니다."],
    ["kor", "국경 넘어 미얀마 쪽으로 데려간 사례들 있어."],
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
    ["hin", "हम ठगी नहीं करवाते, सब लीगल है।"],
    ["tha", "ที่นี่ไม่โดนยึดพาสปอร์ต ทำงานสบาย"],
    ["kor", "여권 사본은 저희 외에는 절대 보내지 마세요."],
    ["nep", "यो जाल होइन, साँचो काम हो।"],
    ["hin", "कोई FIR दर्ज नहीं हुई, सब सुरक्षित हैं।"],
    ["kor", "경찰에 신고해도 소용없어요, 다들 잘 지내요."],
  ])("%s: does not read '%s'", (lang, line) => {
    expect(advisoryCues(`${line}\n${ANCHORS[lang]}`)).toBe(2);
  });
});

// A discussion thread (a question and its replies) stands for two advisory cues: it still needs two of
// its own to read as an advisory, so a lure that fakes a comment section gains little.
describe("discussion threads", () => {

  it.each<[string, string, number]>([
    ["Thai numbered comments", "ลูกได้งานที่กัมพูชา ควรให้ไปไหมคะ\nความคิดเห็นที่ 1\nอย่าไปครับ\nความคิดเห็นที่ 2\nเช็กกับจัดหางานก่อน\nเจ้าของกระทู้\nขอบคุณค่ะ", 3],
    ["Korean replies (ㄴ name:)", "아들이 받은 메시지예요\n댓글\nㄴ 튼튼맘: 전형적인 수법이에요\nㄴ 서연이네: 무비자로는 일 못 해요\nㄴ 작성자: 감사해요", 3],
    ["Reddit-style replies", "Got this offer, legit?\n↳ u/dev_one: run\n↳ u/hr_didi: ask for the registered name\n↳ OP: thanks, blocked", 3],
    ["Nepali replies (💬 name:)", "के गर्ने?\n💬 हरि पौडेल: यो ठीक होइन\n💬 सरिता भट्ट: विभागमा बुझ्नुहोस्\n💬 कमला अधिकारी: धन्यवाद", 3],
    ["Nepali replies under a news story (↳ name — date)", "समाचारमुनिका प्रतिक्रिया\n  ↳ सम्पादक मण्डल — २ दिन अगाडि\n  धन्यवाद।\n  ↳ हरि पौडेल — २ दिन अगाडि\n  दूतावासमा सोध्नुहोस्।\n  ↳ सम्पादक मण्डल — १ दिन अगाडि\n  हो।", 3],
    ["Hindi numbered answers", "प्रश्न: क्या ऐसा होता है?\nउत्तर 1 (सुनीता): जी नहीं\nउत्तर 2 (मोहित): मत जाइए\nउत्तर 3 (अनुराधा): दूतावास से पूछें", 3],
    ["a Nepali forum's labelled posts (जवाफ — name:)", "प्रश्न — सुदीप_केसी:\nटुरिस्ट भिसामा आउन भन्छ, के गर्ने?\n\nजवाफ — pravin_np:\nनजाऊ।\n\nजवाफ — म्यानपावरमा_१०_वर्ष:\nदूतावासलाई इमेल गर।", 3],
    ["a forum's answers signed in brackets (A (name):)", "Q (amit_k_94): Telegram pe offer aaya, legit hai?\n\nA (RoamingRavi): Bilkul mat jaana.\n\nA (neha_hr_blr): RC number check karo.\n\nA (amit_k_94): Thanks, block kar diya.", 4],
    ["a news programme's transcript (एंकर:)", "एंकर: नमस्कार, हमारे साथ हैं विक्रम।\nविक्रम: जी।\nएंकर: आप पहुँचे कहाँ?\nविक्रम: लाओस।\nएंकर: दर्शकों से क्या कहेंगे?", 3],
    ["a comment section's handles (@name:)", "@suraj_dhakal: dai kun company le lagyo?\n  ↳ @returnee_bikram: manpower haina bhai\n@kamala.magar55: mero bhai pani Myawaddy tira cha\n@rojan_xd: aba najane", 4],
    ["a Korean Q&A board's bracketed question and answers", "[질문]\n호치민 CS 월 650 제안 받았는데 괜찮은 건가요?\n\n[답변 1 – 채택됨]\n절대 가지 마세요.\n\n[답변 2]\n저도 비슷한 DM 받았어요.", 3],
  ])("counts the replies of %s", (_name, description, replies) => {
    expect(legitimacy(description).discussionReplies).toBe(replies);
  });

  it.each<[string, string]>([
    ["an ad's list of perks with colons", "Salary: USD 1,500\nVisa: provided\nContact: Telegram"],
    ["an FAQ without commenters", "Q: Is it legal?\nA: Yes\nQ: Is there a fee?\nA: No"],
    ["a single quoted reply", "> Salary: 1,500 USD\nApply now on Telegram"],
    ["an ad's own bracketed headers", "[질문 환영]\n[모집 요강]\n월 650, 숙소 제공\n[답변은 텔레그램으로]"],
    ["a 질문 header with text on its line", "[질문] 경력 없어도 되나요?\n[답변] 네, 누구나 가능합니다!"],
    ["a lure's contact lines with handles", "Telegram: @thai_jobs_hr\nWhatsApp: @hr.nisha\nLine: @cs_team"],
    ["an email address at a line's start", "hr@company.com: send your CV\ncv@company.com: or here"],
    ["a lure's FAQ labelled with a dash and no name", "प्रश्न – अनुभव चाहिन्छ?\nउत्तर – चाहिँदैन।\nप्रश्न – भिसा?\nउत्तर – कम्पनीले।"],
  ])("reads no thread in %s", (_name, description) => {
    expect(legitimacy(description).discussionReplies).toBeLessThan(3);
  });

  it("counts a thread as two cues beside one of its own, and two of its own make an advisory", () => {
    const thread = "Got this offer\n↳ u/a: no\n↳ u/b: no\n↳ OP: thanks";
    expect(legitimacy(thread).advisoryCues).toBe(0);
    expect(legitimacy(`${thread}\nReport it to the police.`).advisoryCues).toBe(3);
    expect(legitimacy(`${thread}\nHuman trafficking is a crime. Report to the police.`).advisoryCues).toBe(4);
  });

  it("gives nothing to a recruiter answering questions in a comment section", () => {
    const comments = [
      "@anjali_xx: दिदी कुन देश हो यो?",
      "  ↳ @sunny.jobs: कम्बोडिया बहिनी, Model चाहिएको छ, DM गर्नुस्",
      "@pooja22: के काम गर्नुपर्छ?",
      "  ↳ @sunny.jobs: अनुभव चाहिँदैन, कम्पनीले सिकाउँछ",
      "@bhawana_t: भिसा कसरी हुन्छ?",
      "  ↳ @sunny.jobs: घुम्न जाने भिसामै हो, टिकट होटल सबै हामी",
    ].join("\n");
    const reading = legitimacy(comments);
    expect(reading.discussionReplies).toBeGreaterThanOrEqual(3);
    expect(reading.warnsJobSeekers).toBe(false);
    expect(reading.advisoryCues).toBe(0);
  });
});

// A Q&A card that quotes, in its questions, the offers its readers received stands for two advisory cues,
// as a thread does; a lure's own FAQ asks in the applicant's words and quotes nothing.
describe("Q&A cards that quote offers", () => {

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

  it("gives two cues to a card beside one of its own, which needs two of its own to read as an advisory", () => {
    const card = 'Q1. They wrote "free flight, free room".\nA. Careful.\nQ2. They wrote "tourist visa is fine".\nA. It is not.';
    expect(legitimacy(card).advisoryCues).toBe(0);
    expect(legitimacy(`${card}\nReport it to the police.`).advisoryCues).toBe(3);
    expect(legitimacy(`${card}\nHuman trafficking is a crime. Report to the police.`).advisoryCues).toBe(4);
  });

  it("reads a long line of unclosed quotation marks in linear time", () => {
    const hostile = `Q1. ${"«".repeat(50_000)}\nA. x\nQ2. ${"«".repeat(50_000)}\nA. y`;
    const started = performance.now();
    expect(legitimacy(hostile).quotingQuestions).toBe(0);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

// A chat transcript (three or more speakers, three of them speaking twice, turns that do not cycle) and
// numbered comments stand for two cues like a thread; an ad's "key: value" lines are no conversation.
describe("chat transcripts and numbered comments", () => {
  const chat = [
    "[가족 단톡방]",
    "엄마: 얘들아 이거 좀 봐줘. 지호가 받은 메시지래",
    "아빠: 요즘 해외 취업 많이 하던데 좋은 거 아니냐?",
    "누나: 연봉 8천에 경력 없는 애를 타자 테스트만 보고 뽑는다고요? 이상해요",
    "지호: 아 누나 나 컴공이잖아. IT 회사면 뽑을 수도 있지",
    "누나: 그럼 회사 이름이 뭔데? 홈페이지 있어? 담당자 이름은?",
    "아빠: 그럼 어떻게 확인하냐, 대사관에 물어봐야 하나",
    "지호: 응 차단함. 아깝긴 한데 다른 공고 찾아볼게",
  ].join("\n");

  it("reads a family chat as a transcript", () => {
    expect(legitimacy(chat).chatTurns).toBe(7);
    // The chat's turns alone are no warning; beside one of its own they stand for two cues.
    expect(legitimacy(chat).advisoryCues).toBe(0);
    expect(legitimacy(`${chat}\nReport it to the police.`).advisoryCues).toBe(3);
  });

  it("reads numbered comments with names", () => {
    const comments = [
      "प्रतिक्रियाहरू:",
      "१. रमेश के.सी.: दाइ, यो ठ्याक्कै त्यही ढाँचा हो जसबारे मन्त्रालयले सूचना निकालेको छ।",
      "२. सुनिता गुरुङ: भिजिट भिसामा काम गर्न पाइँदैन, थाइल्याण्डमा होस् या दुबईमा।",
      "३. विकास थापा: कम्पनीको नाम, ठेगाना र विभागको पूर्व स्वीकृति नम्बर माग्नुस्।",
    ].join("\n");
    expect(legitimacy(comments).chatTurns).toBe(3);
  });

  it("reads a hostile run of turns in bounded time and evidence", () => {
    const hostile = Array.from({ length: 50_000 }, (_, i) => `${["엄마", "아빠", "누나"][i % 3]}: ${"가".repeat(30)} ${i}`).join("\n");
    const started = performance.now();
    expect(legitimacy(hostile).chatTurns).toBeLessThanOrEqual(12);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it.each<[string, string]>([
    ["an ad's key-value lines", "Position: Customer support\nSalary: USD 1,500 per month plus bonus\nVisa: provided by the company\nContact: Telegram @hr_desk"],
    ["an ad that repeats its keys for each position, in the same order", Array.from({ length: 4 }, (_, i) => `Puesto: auxiliar de aseo turno ${i}\nHorario: lunes a viernes de 8 a 17 horas\nSueldo: 550.000 líquidos más bonos`).join("\n")],
    ["a two-party recruiter chat", "HR: Hello, we have a job for you in Cambodia, very good pay\nMe: What is the salary exactly?\nHR: USD 1,500 and free room, come on a tourist visa\nMe: Is it legal to work like that?\nHR: Yes, everyone does it, send your passport today"],
    ["a numbered list of terms", "1. Salary: USD 1,500\n2. Visa: free\n3. Ticket: free\n4. Contact: Telegram"],
  ])("reads no transcript in %s", (_name, description) => {
    expect(legitimacy(description).chatTurns).toBe(0);
  });
});

// A Korean, Hindi or Nepali story told in the past (a survivor's account, a news report) stands for two
// cues like a thread: the corpus's lures in those languages tell almost nothing in the past tense.
describe("stories told in the past", () => {

  it("reads a survivor's account in Korean", () => {
    const story = [
      "회사를 그만두고 쉬던 중에 텔레그램 채널에서 번역 알바 글을 봤습니다.",
      "담당자는 한국 이름을 썼고 말투가 아주 친절했습니다.",
      "출국 날짜는 연락 온 지 엿새 만이었습니다.",
      "프놈펜에 내리니 기사가 제 이름이 적힌 종이를 들고 있었어요.",
      "들어가자마자 여권을 맡기라고 했고 휴대폰은 가져갔습니다.",
      "번역 일은 없었습니다.",
      "실적을 못 채운 날엔 밥을 못 먹거나 벌을 받았어요.",
      "넉 달쯤 지나 가족에게 연락했고 단속 때 나올 수 있었습니다.",
    ].join(" ");
    expect(legitimacy(story).narrativeSentences).toBeGreaterThanOrEqual(7);
  });

  it("reads a Hindi account told in the past", () => {
    const story = "2023 में किसी ने WhatsApp किया था। इंटरव्यू अजीब था। टिकट उन्होंने ही भेजा। बैंकॉक पहुँचा तो एक ड्राइवर खड़ा था। रात में नदी किनारे उतारा गया। पहले ही दिन पासपोर्ट जमा कर लिया। मुझे चैट करने का काम दिया गया। तीन महीने बाद हम लौटे।";
    expect(legitimacy(story).narrativeSentences).toBeGreaterThanOrEqual(5);
  });

  it("reads a Hindi survivor's post whose verbs end in मिला, कराई, बोला and रखा", () => {
    const story = "पिछले साल Instagram पर एक एजेंट मिला। बोला थाईलैंड में नौकरी है। इंटरव्यू में बस typing test हुआ। रात में नदी नाव से पार कराई। सुबह एक कैंप में रखा। वहाँ फ़र्ज़ी प्रोफ़ाइल चलाने का काम मिला। घर जाने की बात की तो मैनेजर बोला। पाँच महीने बाद हम लौटे।";
    expect(legitimacy(story).narrativeSentences).toBeGreaterThanOrEqual(6);
  });

  it("reads a Nepali account whose verbs end in आयो, खोसियो and फर्केँ", () => {
    const story = "गत वर्ष फेसबुकमा एउटा म्यासेज आयो। बैंककमा एक जना दाइ भेटियो। गाडीमा लामो बाटो हिँड्यौं भन्ने थाहा भयो। पुगेपछि पासपोर्ट खोसियो। फोन पनि राखियो। दिनभर ठगीको काम गर्न लगियो। छ महिनापछि दूतावासको सहयोगमा छुट्यो। म घर फर्केँ।";
    expect(legitimacy(story).narrativeSentences).toBeGreaterThanOrEqual(6);
  });

  it("reads a relative's Nepali account told in the mirative past (खोसेछन्, पुगेछ)", () => {
    const story = "भाइलाई फेसबुकमा एउटा अफर आएछ। उ दिल्ली हुँदै बैंकक पुगेछ। त्यहाँबाट गाडीमा लगेछन्। डुंगामा खोला पार गराएछन्। पुगेपछि पासपोर्ट र फोन खोसेछन्। दिनभर ठगीको काम गराएछन्। पैसा मागेपछि कुटेछन्। अन्तमा दूतावासको सहयोगमा छुटेछ।";
    expect(legitimacy(story).narrativeSentences).toBeGreaterThanOrEqual(7);
  });

  it("reads no story in a Nepali ad's promises in the future (-नेछ)", () => {
    const ad = "थाइल्याण्डमा कम्प्युटरको काम। तलब मासिक डेढ लाख दिइनेछ। टिकट कम्पनीले दिनेछ। बस्ने र खाने व्यवस्था हुनेछ। अनुभव चाहिँदैन। टाइपिङ टेस्ट हुनेछ। भिसा उतै बन्नेछ। भाइबरमा सम्पर्क गर्नुहोला। सिट सीमित छ।";
    expect(legitimacy(ad).narrativeSentences).toBe(0);
  });

  it("reads a hostile run of past-tense sentences in bounded time and evidence", () => {
    const hostile = "번역 일은 없었습니다. ".repeat(100_000);
    const started = performance.now();
    expect(legitimacy(hostile).narrativeSentences).toBe(12);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it.each<[string, string]>([
    ["a Korean ad in the present", "캄보디아 CS 상담원 모집합니다. 월 600만 원 보장합니다. 숙소와 식사를 제공합니다. 항공권은 회사가 부담합니다. 경력은 필요 없습니다. 타자만 빠르면 됩니다. 텔레그램으로 연락 주세요. 여권 사본을 보내 주세요. 이번 주 출국 가능합니다."],
    ["a Korean testimonial with a call to act", "저도 작년에 형 통해서 들어왔습니다. 지금 팀장 하고 있어요. 월급은 800 보장입니다. 숙소는 회사 건물 안에 있어요. 밥 3끼 다 나옵니다. 항공권은 회사에서 먼저 보내드려요. 여권 사본 주시면 바로 잡아드려요. 카톡 주세요. 자리 두 개 남았어요."],
    ["a short Hindi story", "मैं गया था। वापस आया।"],
    ["a Hindi ad whose perks end in मिलेगा and रखें", "थाईलैंड में कस्टमर सर्विस की नौकरी। सैलरी 90 हज़ार महीना मिलेगा। टिकट और होटल फ्री मिलेगा। अनुभव की ज़रूरत नहीं है। बस typing test होगा। पासपोर्ट तैयार रखें। WhatsApp पर संपर्क करें। अगले हफ़्ते flight है। सीटें सीमित हैं।"],
  ])("reads no story in %s", (_name, description) => {
    expect(legitimacy(description).narrativeSentences).toBe(0);
  });
});

// Warnings in quotation marks count only beside a warning in the text's own words: a lure quotes the
// warnings it goes on to dismiss.
describe("quoted warnings", () => {

  it("does not count warnings a lure quotes and dismisses", () => {
    const lure = 'โพสต์เตือนเยอะมาก ทั้ง "อย่าไปทำงานกัมพูชา โดนยึดพาสปอร์ต" "ระวังถูกหลอกไปทำงานต่างประเทศ" ผมทำงานอยู่ปอยเปตมาปีนึงแล้ว ไม่มีอะไรน่ากลัว ทักไลน์มาได้เลย';
    expect(legitimacy(lure).advisoryCues).toBe(0);
  });

  it("counts a quoted warning beside one of the text's own", () => {
    const notice = 'ตำรวจเตือน "ระวังถูกหลอกไปทำงานต่างประเทศ" หากพบเบาะแสแจ้งสายด่วน 1300 ได้ทันที';
    expect(legitimacy(notice).advisoryCues).toBe(2);
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

// Nepali comment sections report to the authorities in the perfect ("दूतावासमा निवेदन दिएका छौं"), pass
// screenshots to the police and repeat the ministry's request not to go on visit visas: each is one
// cue. A lure's own instructions to hand things to its office, or "even if you don't go on a visit
// visa", are not.
describe("Nepali reports and requests in comment sections", () => {
  beforeAll(() => {
    allFlags("");
  }, 60_000);

  it.each<[string]>([
    ["दूतावासमा निवेदन दिएका छौं।"],
    ["त्यस्ता सन्देशको स्क्रिनसट प्रहरीलाई दिनुहोस्।"],
    ["मन्त्रालयले भिजिट भिसामा नजान बारम्बार आग्रह गरेको छ।"],
  ])("reads '%s'", (line) => {
    expect(advisoryCues(`${line}\n${ANCHORS.nep}`)).toBe(3);
  });

  it.each<[string]>([
    ["पासपोर्टको फोटो हाम्रो अफिसलाई पठाउनुहोस्।"],
    ["भिजिट भिसामा नजाने हो भने पनि हामी वर्क भिसा मिलाउँछौं।"],
    ["कम्पनीमा निवेदन दिएका छौं भने छिटो हुन्छ।"],
  ])("does not read '%s'", (line) => {
    expect(advisoryCues(`${line}\n${ANCHORS.nep}`)).toBe(2);
  });
});
