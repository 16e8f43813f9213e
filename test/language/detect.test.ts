import { describe, expect, it } from "vitest";
import { detectLanguage } from "../../src/language/detect.js";

describe("detectLanguage", () => {
  it.each([
    ["Customer service representatives needed for our office, good salary and benefits, apply today", "eng", "franc"],
    ["Tuyển nhân viên chăm sóc khách hàng làm việc tại văn phòng, lương cứng cao", "vie", "franc"],
    ["Dibutuhkan segera staf administrasi untuk kantor kami di Jakarta, gaji menarik", "ind", "franc"],
    ["招聘客服，月薪两万，包吃包住", "zho", "script"],
    ["リゾートでのアルバイト募集、未経験歓迎", "jpn", "script"],
    ["리조트 알바 모집, 경력 무관", "kor", "script"],
    ["รับสมัครแอดมินออนไลน์ ตอบแชทลูกค้า", "tha", "script"],
    ["ជ្រើសរើសបុគ្គលិកផ្នែកបម្រើអតិថិជន", "khm", "script"],
    ["ဝန်ထမ်းခေါ်ယူမည် လစာကောင်း", "mya", "script"],
    ["কম্পিউটার অপারেটর নিয়োগ বিজ্ঞপ্তি", "ben", "script"],
  ])("detects %j as %s", (text, code, method) => {
    const result = detectLanguage([text]);
    expect(result.code).toBe(code);
    expect(result.method).toBe(method);
    expect(result.confidence).toBeGreaterThan(0.3);
  });

  it("reports both languages of a Chinese title over an English body", () => {
    const result = detectLanguage(["招聘客服 高薪", "We are hiring customer service agents for our team in Manila, apply now with your CV"]);
    expect(result.present).toContain("zho");
    expect(result.present).toContain("eng");
  });

  it("reads a Thai ad that opens with a long English block as Thai, with English present", () => {
    const english = "Company profile: we are a leading logistics provider with offices across Asia. Benefits include insurance and bonus. ".repeat(4);
    const thai = "รับสมัครพนักงานประสานงานขนส่ง ทำงานที่สำนักงานใหญ่ บางนา มีประกันสังคม โบนัสประจำปี ".repeat(16);
    const result = detectLanguage([`${english}\n${thai}`]);
    expect(english.length).toBeGreaterThan(400);
    expect(result.code).toBe("tha");
    expect(result.present).toContain("eng");
  });

  it.each([
    "Bidesh jete chaile jogajog korun, kono tension nai, sob kaj amra kore dibo",
    "Kaam sajilo cha, talab ramro huncha, visa hamile garnus",
    "Ghar baithe kamai karo, salary acchi milegi, details ke liye DM karein",
  ])("reads romanised Bengali, Nepali and Hindi as English, whose rule lines cover them: %s", (text) => {
    expect(detectLanguage([text]).code).toBe("eng");
  });

  it.each([
    ["Bidesh jete chaile jogajog korun, kono tension nai, sob kaj amra kore dibo", "ben"],
    ["Kaam sajilo cha, talab ramro huncha, visa hamile garnus, tapai ko passport chha", "nep"],
    ["Ghar baithe kamai karo, salary acchi milegi, details ke liye DM karein", "hin"],
    // A hostel notice franc had read as Swahili: its past and plural forms (bhayo, haru, thiyo) are Nepali.
    ["Hostel ka bidyarthi haru lai jankari: Telegram ma ek jana lai offer aayo, tara tyo thagi thiyo bhanne thaha bhayo", "nep"],
  ])("marks the language of romanised text present beside English, so its own rule lines run: %s", (text, code) => {
    const result = detectLanguage([text]);
    expect(result.code).toBe("eng");
    expect(result.present).toEqual(["eng", code]);
  });

  it.each([
    "Apply now, send your CV and we will call you back",
    "Hai, we are hiring; apply with your CV",
  ])("marks no romanised language present on one function word alone: %s", (text) => {
    expect(detectLanguage([text]).present).toEqual(["eng"]);
  });

  it("reads a short Latin title only when the body names no Latin-script language", () => {
    const body = "We are hiring customer service agents for our team in Manila, apply now with your CV and we will call you";
    // franc alone calls this title Portuguese; with an English body it is not read at all.
    expect(detectLanguage(["Customer Service Representative"]).code).not.toBe("eng");
    expect(detectLanguage(["Customer Service Representative", body]).present).toEqual(["eng"]);
    // Beside a body in another script, the title is read as before, even with a few English words in that body.
    expect(detectLanguage(["Lowongan kerja admin kantor, gaji 900 dolar", "招聘客服，月薪两万，包吃包住，欢迎咨询 Customer Service Admin, WhatsApp only"]).code).toBe("ind");
    expect([...detectLanguage(["Lowongan kerja admin kantor di Jakarta", "招聘客服，月薪两万，包吃包住，欢迎咨询"]).present].sort()).toEqual(["ind", "zho"]);
  });

  it.each([
    ["Trabajo facil, excelente sueldo en Japon", ["eng", "spa"]],
    ["Kerja senang gaji tinggi di Jepun", ["eng", "ind", "msa"]],
    ["Kolay iş, yüksek maaş, Almanya", ["eng", "tur"]],
    ["Madaling trabaho, malaking sahod sa Dubai", ["eng", "tgl"]],
  ])("keeps the language a short title's function words show beside an English body: %s", (title, present) => {
    const body = "We are hiring restaurant staff for a hotel abroad. Apply now with your CV and passport copy and we will call you back soon.";
    expect(detectLanguage([title, body])).toMatchObject({ code: "eng", present });
  });

  it("keeps the method of the field that decided the language when a romanised field adds a token weight", () => {
    const bengali = "কম্পিউটার অপারেটর নিয়োগ বিজ্ঞপ্তি, বেতন ভালো, অভিজ্ঞতা লাগবে না, আজই যোগাযোগ করুন";
    expect(detectLanguage([bengali, "Bidesh jete chaile jogajog korun"])).toMatchObject({ code: "ben", method: "script" });
  });

  it.each([
    ["Kedai makan kat Shah Alam perlukan pembantu dapur. Gaji RM1,800, makan percuma. Berminat sila WhatsApp.", "msa"],
    ["Agensi berlesen JTKSM mengambil jururawat untuk hospital kerajaan di Riyadh. Gaji asas RM9,000.", "msa"],
    ["Dibutuhkan staf admin untuk kantor kami di Bekasi. Gaji Rp 5 juta, pelamar fresh graduate diutamakan.", "ind"],
  ])("tells Malaysian Malay from Indonesian: %s", (text, code) => {
    expect(detectLanguage([text]).code).toBe(code);
  });

  it.each([
    ["कतारको एक होटलमा वेटर र कुक – २० जना। तलब QAR 1,400। बस्ने र खाना कम्पनीको। म्यानपावर: हिमाल ह्युमन रिसोर्स, इजाजत नं. ७१२/०७५।", "nep"],
    ["काठमाडौंमा अफिस सहायक चाहियो, अनुभव नभए पनि हुन्छ, तलब रु. २०,००० छ। इच्छुक भए सम्पर्क गर्नुहोस्।", "nep"],
    ["आपको कंपनी की ओर से ट्रेनिंग दी जाएगी, सैलरी ₹18,000 है और काम दिल्ली में है। उनको भी बताइए जिनको नौकरी चाहिए।", "hin"],
    ["पुणे में डिलीवरी बॉय की ज़रूरत है। बाइक और लाइसेंस ज़रूरी। सैलरी ₹20,000 + पेट्रोल। अभी कॉल करें।", "hin"],
    ["पुण्यात ऑफिस असिस्टंट पदासाठी भरती आहे. पगार २०,००० रुपये आणि अनुभव आवश्यक नाही. इच्छुकांनी अर्ज करा.", "mar"],
    ["सऊदी अरब के लिए ड्राइवर चाहिए। मेडिकल करा लें, पासपोर्ट जमा करा दें। रहना व खाना फ्री। इनबॉक्स करें।", "hin"],
    ["दुबई कंपनीको हेल्पर चाहिए। उम्मीदवारको अनुभव की ज़रूरत नहीं है। रहना और खाना कंपनीको, टिकट भी कंपनीको।", "hin"],
    ["सिलाई कारीगर, धुलाई व प्रेस स्टाफ, ढलाई हेल्पर चाहिए। सप्लाई चेन में काम। अभी अप्लाई करें।", "hin"],
  ])("tells Nepali, Hindi and Marathi apart by their function words: %s", (text, code) => {
    expect(detectLanguage([text]).code).toBe(code);
  });

  it("keeps the other Devanagari languages present when function words decide, so their rule lines still run", () => {
    const result = detectLanguage(["काठमाडौंमा अफिस सहायक चाहियो, अनुभव नभए पनि हुन्छ, तलब रु. २०,००० छ। इच्छुक भए सम्पर्क गर्नुहोस्।"]);
    expect(result.code).toBe("nep");
    expect(result.present).toEqual(expect.arrayContaining(["nep", "hin", "mar"]));
  });

  it("returns und for text with no letters, never throwing", () => {
    expect(detectLanguage(["12345 !!!"])).toEqual({ code: "und", confidence: 0, present: [], method: "none" });
    expect(detectLanguage([""])).toEqual({ code: "und", confidence: 0, present: [], method: "none" });
  });

  it("marks every Latin-script language present when the text is too short to tell", () => {
    const result = detectLanguage(["Hi there"]);
    expect(result.code).toBe("und");
    expect(result.present).toEqual(expect.arrayContaining(["eng", "ind", "vie", "tgl", "spa"]));
  });

  it("trusts a valid ISO 639-3 hint and keeps detected languages present", () => {
    const result = detectLanguage(["招聘客服 高薪"], "yue");
    expect(result).toMatchObject({ code: "yue", confidence: 1, method: "hint" });
    expect(result.present).toEqual(["yue", "zho"]);
  });
});
