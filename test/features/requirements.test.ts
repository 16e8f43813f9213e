import { describe, expect, it } from "vitest";
import { contextFrom } from "../../src/features/evidence.js";
import { extractRequirements } from "../../src/features/requirements.js";
import { NO_REQUIREMENTS, type RequirementValues, requirementValues } from "./extractor-values.js";


describe("extractRequirements", () => {
  it.each<[string, string, Partial<RequirementValues>]>([
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
    expect(requirementValues(description)).toEqual({ ...NO_REQUIREMENTS, ...expected });
  });

  it("gives evidence for each true flag, pointing at the original text", () => {
    const feature = extractRequirements(contextFrom({ description: "Không cần kinh nghiệm, gửi ảnh hộ chiếu." }));
    expect(feature.evidenceByFlag.noExperience?.map((item) => item.text)).toEqual(["Không cần kinh nghiệm"]);
    expect(feature.evidenceByFlag.passportCopyRequested?.map((item) => item.text)).toEqual(["gửi ảnh hộ chiếu"]);
    expect(feature.evidence).toHaveLength(2);
  });

  it.each<[string, string, boolean]>([
    ["does not read the items under 'Red flags:'", "Red flags:\n• no experience needed\n• send your passport copy first", false],
    ["reads the same items under 'Requirements:'", "Requirements:\n• no experience needed\n• send your passport copy first", true],
  ])("warning lists: %s", (_name, description, expected) => {
    const feature = extractRequirements(contextFrom({ description }));
    expect([feature.noExperience, feature.passportCopyRequested]).toEqual([expected, expected]);
  });

  it("returns nothing for an empty context", () => {
    expect(requirementValues("")).toEqual(NO_REQUIREMENTS);
  });
});

describe("extractRequirements in every language", () => {
  // For each language and flag family: wording that fires and wording that must not.
  it.each<[string, string, string, Partial<RequirementValues>]>([
    ["por", "reads no experience, basic computer use, an age range and a passport photo", "Não precisa de experiência, só saber mexer no computador. Idade: 20 a 35 anos. Mande a foto do passaporte.", { noExperience: true, computerBasicsOnly: true, ageRange: { min: 20, max: 35 }, passportCopyRequested: true }],
    ["por", "reads a degree and years of experience as senior, and fluent English", "Licenciatura em Contabilidade, 5 anos de experiência, inglês fluente.", { seniorQualifications: true, languagesRequired: ["eng"] }],
    ["por", "does not read experience that is only a plus as senior", "Experiência de 2 anos em vendas será um diferencial.", {}],
    ["rus", "reads no experience, basic PC use, an age range and a passport scan", "Опыт не нужен, уверенный пользователь ПК. Возраст 18–35. Пришлите скан паспорта.", { noExperience: true, computerBasicsOnly: true, ageRange: { min: 18, max: 35 }, passportCopyRequested: true }],
    ["rus", "reads higher education and years of experience as senior", "Высшее техническое образование, опыт работы от 3 лет.", { seniorQualifications: true }],
    ["rus", "does not read experience that is welcome but optional as no experience or senior", "Опыт от 2 лет будет плюсом.", {}],
    ["tur", "reads no experience, no degree, typing speed and a passport photo", "Tecrübe şartı yok, diploma yok, sadece klavye hızın önemli. Pasaport fotoğrafını gönder.", { noExperience: true, noDegree: true, typingTest: true, passportCopyRequested: true }],
    ["tur", "reads a degree, years of experience and an age range", "Lisans diploması, en az 3 yıl tecrübe, 22–40 yaş arası.", { seniorQualifications: true, ageRange: { min: 22, max: 40 } }],
    ["tur", "does not read experience that is not required as senior", "2 yıl tecrübe tercih sebebidir, şart değil.", { noExperience: true }],
    ["ara", "reads no experience or degree, computer use, an age range and a passport photo", "لا تشترط الخبرة ولا الشهادة الجامعية، يكفي استخدام الحاسوب. العمر من 20 إلى 35 سنة. أرسل صورة جواز السفر.", { noExperience: true, noDegree: true, computerBasicsOnly: true, ageRange: { min: 20, max: 35 }, passportCopyRequested: true }],
    ["ara", "reads a bachelor's degree and years of experience, and Eastern Arabic digits", "بكالوريوس محاسبة، خبرة 5 سنوات. العمر ٢٢-٤٠ سنة.", { seniorQualifications: true, ageRange: { min: 22, max: 40 } }],
    ["ara", "does not read experience called an extra advantage as senior", "خبرة 3 سنوات ميزة إضافية.", {}],
    ["urd", "reads no experience, computer basics, an age range and a passport photo", "تجربہ ضروری نہیں، صرف کمپیوٹر چلانا آنا چاہیے۔ عمر 20 سے 35 سال۔ پاسپورٹ کی تصویر بھیجیں۔", { noExperience: true, computerBasicsOnly: true, ageRange: { min: 20, max: 35 }, passportCopyRequested: true }],
    ["urd", "reads years of experience as senior", "کم از کم 2 سال کا تجربہ، ایم ایس سی فزکس۔", { seniorQualifications: true }],
    ["urd", "finds nothing in a plain call to apply", "سی وی اسکول کے دفتر میں جمع کرائیں۔", {}],
    ["sin", "reads no experience, no degree and a passport copy", "අත්දැකීම් අවශ්‍ය නැත, Degree නෑ. Passport පිටපත WhatsApp කරන්න.", { noExperience: true, noDegree: true, passportCopyRequested: true }],
    ["sin", "reads years of experience and an age range", "අවු. 3ක අත්දැකීම්, වයස 20–35.", { seniorQualifications: true, ageRange: { min: 20, max: 35 } }],
    ["sin", "finds nothing in a plain salary line", "වැටුප රු. 85,000 – 105,000", {}],
    ["tam", "reads no experience, typing and a passport copy", "அனுபவம் தேவையில்லை, டைப்பிங் தெரிந்தால் போதும். கடவுச்சீட்டு பிரதியை அனுப்பவும்.", { noExperience: true, computerBasicsOnly: true, passportCopyRequested: true }],
    ["tam", "reads years of experience and an age range", "3 வருட அனுபவம், வயது 18 – 35.", { seniorQualifications: true, ageRange: { min: 18, max: 35 } }],
    ["tam", "finds nothing in a plain salary line", "மாதம் ₹20,000 – ₹26,000", {}],
    ["amh", "reads no experience, computer use, an age range and a passport photo", "የሥራ ልምድ አያስፈልግም፤ ኮምፒውተር መጠቀም በቂ ነው። ዕድሜ 20 – 35። የፓስፖርት ፎቶ ላኩ።", { noExperience: true, computerBasicsOnly: true, ageRange: { min: 20, max: 35 }, passportCopyRequested: true }],
    ["amh", "reads years of experience and a typing test", "ቢያንስ 3 ዓመት ልምድ። የመተየብ ፈተና አለ።", { seniorQualifications: true, typingTest: true }],
    ["amh", "finds nothing in a plain salary line", "ደመወዝ 12,000 ብር።", {}],
    ["lao", "reads no experience, computer use, fast typing and an age range", "ບໍ່ຕ້ອງມີປະສົບການ, ໃຊ້ຄອມພິວເຕີເປັນ ແລະ ພິມໄວ, ອາຍຸ 18 – 30 ປີ", { noExperience: true, computerBasicsOnly: true, ageRange: { min: 18, max: 30 }, typingTest: true }],
    ["lao", "reads a bachelor's degree and years of experience, and Lao digits", "ຈົບປະລິນຍາຕີ, ປະສົບການ ໒ ປີ", { seniorQualifications: true }],
    ["lao", "does not read a language that is only an advantage", "ຮູ້ພາສາຈີນ ຈະພິຈາລະນາເປັນພິເສດ", {}],
    ["mya", "reads no experience, basic computer use and an age range", "အတွေ့အကြုံ မလိုပါ၊ ကွန်ပျူတာ အခြေခံ သိရုံဖြင့် ရပါသည်။ အသက် ၁၈ နှစ်မှ ၃၅ နှစ်", { noExperience: true, computerBasicsOnly: true, ageRange: { min: 18, max: 35 } }],
    ["mya", "reads years of experience and a female-only restriction", "အတွေ့အကြုံ ၃ နှစ်၊ ဧည့်ကြိုဝန်ထမ်း (အမျိုးသမီး)", { seniorQualifications: true, genderOrAppearance: true }],
    ["mya", "finds nothing in a plain salary line", "လစာ ကျပ် ၃ သိန်း + ကော်မရှင်", {}],
    ["khm", "reads no experience or degree and basic computer use", "មិនត្រូវការបទពិសោធន៍ មិនត្រូវការសញ្ញាបត្រ ចេះប្រើកុំព្យូទ័របានហើយ", { noExperience: true, noDegree: true, computerBasicsOnly: true }],
    ["khm", "reads a bachelor's degree, years of experience and a typing test", "បរិញ្ញាបត្រគណនេយ្យ បទពិសោធន៍ ២ ឆ្នាំ (មានតេស្តវាយអក្សរ)", { seniorQualifications: true, typingTest: true }],
    ["khm", "finds nothing in a plain salary line", "ប្រាក់ខែ ៣៥០ ដុល្លារ", {}],
    ["swa", "reads no experience, basic computer skills, an age range and a passport copy", "Uzoefu hauhitajiki, ujuzi wa kawaida wa kompyuta, umri miaka 21–35. Tuma picha ya pasipoti.", { noExperience: true, computerBasicsOnly: true, ageRange: { min: 21, max: 35 }, passportCopyRequested: true }],
    ["swa", "reads years of experience and a language list", "Uzoefu wa miaka 3, Kiswahili na Kiingereza vizuri.", { seniorQualifications: true, languagesRequired: ["swa", "eng"] }],
    ["swa", "does not read a language that is only an advantage", "Kiitaliano au Kijerumani ni faida.", {}],
    ["eng", "does not read years of experience that are a plus but not required as senior", "2 years of experience is a plus but not required.", {}],
    ["eng", "does not read a degree preferred but not required as senior", "Bachelor's degree preferred but not required.", {}],
    ["eng", "still reads a plainly preferred degree as senior", "Bachelor's degree preferred.", { seniorQualifications: true }],
    ["spa", "does not read a degree marked 'no excluyente' as senior", "Título profesional (no excluyente).", {}],
    ["eng", "does not read a typing speed of at least 40 wpm as an age", "Typing speed of at least 40 wpm.", { typingSpeed: 40, typingTest: true }],
    ["eng", "reads 'must be at least 18' as a minimum age, not as experience", "You must be at least 18 years old.", { ageRange: { min: 18, max: null } }],
    ["ben", "reads 'no skills needed'", "কোনো দক্ষতার প্রয়োজন নেই।", { noSkills: true }],
    ["ben", "finds nothing in a plain salary line", "বেতন ২০,০০০ টাকা।", {}],
    ["nep", "reads 'no skills needed'", "कुनै सीप आवश्यक छैन।", { noSkills: true }],
    ["nep", "finds nothing in a plain salary line", "तलब मासिक ३०,००० रुपैयाँ।", {}],
    ["hin", "reads an upper age bound", "उम्मीदवार की आयु 35 वर्ष से कम हो।", { ageRange: { min: null, max: 35 } }],
    ["hin", "finds nothing in a plain salary line", "वेतन 20,000 रुपये प्रति माह।", {}],
    ["jpn", "reads upper and lower age bounds", "18歳以上、35歳以下の方。", { ageRange: { min: 18, max: 35 } }],
    ["jpn", "finds nothing in a plain salary line", "月給25万円。", {}],
    ["msa", "reads a maximum age", "Umur maksimum 30 tahun.", { ageRange: { min: null, max: 30 } }],
    ["msa", "finds nothing in a plain salary line", "Gaji RM2,200 sebulan.", {}],
    ["tgl", "reads a maximum age", "Hanggang 35 taong gulang lamang.", { ageRange: { min: null, max: 35 } }],
    ["tgl", "finds nothing in a plain salary line", "Sahod ₱18,000 kada buwan.", {}],
  ])("%s: %s", (_language, _name, description, expected) => {
    expect(requirementValues(description)).toEqual({ ...NO_REQUIREMENTS, ...expected });
  });
});
