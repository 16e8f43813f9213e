import { describe, expect, it } from "vitest";
import { homeCountriesOfLanguage } from "../../src/features/contacts.js";
import { contextFrom } from "../../src/features/evidence.js";
import { extractTravel } from "../../src/features/travel.js";
import { createScreener } from "../../src/index.js";

/** The words that set `travel.workAbroad`, or null when the flag stays false. */
function workAbroadEvidence(description: string): string[] | null {
  const travel = extractTravel(contextFrom({ description }));
  return travel.workAbroad ? (travel.evidenceByFlag.workAbroad ?? []).map((evidence) => evidence.text) : null;
}

describe("travel.workAbroad", () => {
  it.each<[string, string, string[] | null]>([
    ["eng", "Work abroad as a customer service agent.", ["Work abroad"]],
    ["eng", "Overseas jobs available, apply now.", ["Overseas jobs"]],
    ["eng", "Work overseas, high salary.", ["Work overseas"]],
    ["eng", "A reputed company abroad requires office assistants.", ["A reputed company abroad"]],
    ["ind", "Lowongan kerja luar negeri, tanpa pengalaman.", ["Lowongan kerja luar negeri"]],
    ["ind", "Kerja ke luar negeri, gaji besar.", ["Kerja ke luar negeri"]],
    ["msa", "Peluang kerja di luar negara.", ["Peluang kerja di luar negara"]],
    ["vie", "Tuyển nhân viên đi làm ở nước ngoài, lương cao.", ["đi làm ở nước ngoài"]],
    ["vie", "Xuất khẩu lao động, bay ngay.", ["Xuất khẩu lao động"]],
    ["tha", "รับสมัครคนไปทำงานต่างประเทศ", ["รับสมัครคนไปทำงานต่างประเทศ"]],
    ["zho", "出国工作，月入过万", ["出国工作"]],
    ["zho", "海外工作，包吃住", ["海外工作"]],
    ["jpn", "海外で働きませんか", ["海外で働"]],
    ["kor", "해외 취업 고수익 보장", ["해외 취업"]],
    ["hin", "विदेश में नौकरी, अच्छी सैलरी", ["विदेश में नौकरी"]],
    ["ben", "বিদেশে চাকরি, বেতন ভালো", ["বিদেশে চাকরি"]],
    ["nep", "विदेशमा काम गर्न इच्छुक", ["विदेशमा काम"]],
    ["nep", "बिदेशमा रोजगारी", ["बिदेशमा रोजगारी"]],
    ["tgl", "Trabaho sa ibang bansa, libre lahat.", ["Trabaho sa ibang bansa"]],
    ["tgl", "Sino gusto mag-abroad?", ["mag-abroad"]],
    ["spa", "Trabajo en el extranjero, sin experiencia.", ["Trabajo en el extranjero"]],
    ["spa", "Oportunidad para trabajar en el exterior.", ["trabajar en el exterior"]],
    ["por", "Vagas no exterior para atendimento.", ["Vagas no exterior"]],
    ["rus", "Работа за границей, оплата высокая.", ["Работа за границей"]],
    ["rus", "Вакансии за рубежом.", ["Вакансии за рубежом"]],
    ["tur", "Yurt dışında çalışmak ister misiniz?", ["Yurt dışında çalışmak"]],
    ["swa", "Nafasi za kazi nje ya nchi.", ["Nafasi za kazi nje ya nchi"]],
    ["ara", "فرص العمل في الخارج", ["العمل في الخارج"]],
    ["ara", "وظائف بالخارج", ["وظائف بالخارج"]],
    ["urd", "بیرون ملک ملازمت کا موقع", ["بیرون ملک ملازمت"]],
    ["tam", "வெளிநாட்டு வேலை வாய்ப்பு", ["வெளிநாட்டு வேலை"]],
    ["sin", "විදේශ රැකියා අවස්ථා", ["විදේශ රැකියා"]],
    // Must not fire: clients, study, shipping, experience and warnings abroad are not work abroad.
    ["eng", "We serve our overseas clients from Manila.", null],
    ["eng", "Study abroad alumni welcome.", null],
    ["eng", "Overseas shipping within 5 days.", null],
    ["eng", "Remote from anywhere.", null],
    ["eng", "Abroad experience preferred.", null],
    ["eng", "Overseas work experience is a plus.", null],
    ["eng", "Experience working abroad preferred.", null],
    ["eng", "Occasional travel abroad.", null],
    ["eng", "This is not an overseas job.", null],
    ["eng", "Beware of fake jobs abroad.", null],
    ["eng", "Never travel on a tourist visa to work abroad.", null],
    ["por", "Nunca viaje com visto de turista para trabalhar no exterior.", null],
    ["spa", "Nunca viaje con visa de turista para trabajar en el extranjero.", null],
    ["ind", "Jangan berangkat dengan visa turis untuk bekerja di luar negeri.", null],
    ["tha", "ระวังแก๊งหลอกไปทำงานต่างประเทศ", null],
    ["zho", "谨防以高薪为诱饵的出国工作骗局", null],
    ["ind", "Melayani klien luar negeri; pengiriman luar negeri.", null],
    ["ind", "Pengalaman kerja di luar negeri diutamakan.", null],
    ["vie", "Làm CSKH cho công ty nước ngoài, khách hàng nước ngoài.", null],
    ["vie", "Có kinh nghiệm làm việc ở nước ngoài là lợi thế.", null],
    ["tha", "ประสานงานต่างประเทศ ดูแลลูกค้าต่างประเทศ", null],
    ["tha", "มีประสบการณ์ทำงานต่างประเทศจะพิจารณาเป็นพิเศษ", null],
    ["tha", "สวัสดิการ: ดูงานต่างประเทศ", null],
    ["zho", "有海外工作经验者优先", null],
    ["zho", "负责海外客户、海外市场和海外仓", null],
    ["jpn", "海外勤務経験者歓迎、海外営業", null],
    ["kor", "해외 영업, 해외 출장, 해외 근무 경험 우대", null],
    ["hin", "विदेशी ग्राहक, विदेश मंत्रालय की सलाह", null],
    ["ben", "বিদেশি ক্রেতা; বিদেশে কাজের অভিজ্ঞতা", null],
    ["spa", "Clientes en el extranjero; comercio exterior; experiencia de trabajo en el extranjero.", null],
    ["spa", "Pintura, trabajo en el exterior de edificios.", null],
    ["por", "Clientes no exterior, comércio exterior.", null],
    ["rus", "Опыт работы за рубежом, клиенты за рубежом.", null],
    ["tur", "Yurt dışı satış, yurt dışı müşteri, yurt dışı iş deneyimi.", null],
    ["swa", "Wateja nje ya nchi; uzoefu wa kazi nje ya nchi.", null],
    ["ara", "وزارة الخارجية، خبرة عمل في الخارج", null],
    ["tam", "வெளிநாட்டு வாடிக்கையாளர்", null],
  ])("%s: %s", (_lang, description, expected) => {
    expect(workAbroadEvidence(description)).toEqual(expected);
  });
});

describe("homeCountriesOfLanguage", () => {
  it.each<[string | undefined, string[] | undefined]>([
    ["tha", ["TH"]],
    ["swa", ["KE", "TZ", "UG", "RW", "CD"]],
    ["por", ["BR", "PT", "AO", "MZ", "CV", "GW", "ST", "TL"]],
    ["rus", ["RU", "BY", "KZ", "KG", "UZ", "TJ", "UA", "MD"]],
    ["ben", ["BD", "IN"]],
    ["zho", ["CN", "TW", "HK", "MO"]],
    ["eng", undefined],
    [undefined, undefined],
  ])("%s", (code, expected) => {
    const homes = homeCountriesOfLanguage(code);
    expect(homes === undefined ? undefined : [...homes]).toEqual(expected);
  });

  it("keeps the UAE out of Arabic's home countries and Spain, Mexico and Chile in Spanish's", () => {
    const arabic = homeCountriesOfLanguage("ara")!;
    const spanish = homeCountriesOfLanguage("spa")!;
    expect([arabic.has("AE"), arabic.has("EG"), arabic.has("SA"), spanish.has("ES"), spanish.has("MX"), spanish.has("CL"), spanish.has("US")]).toEqual([
      false, true, true, true, true, true, false,
    ]);
  });
});

describe("pay.ratioToBenchmark for work abroad", () => {
  const screener = createScreener();
  const ratio = (description: string) => screener.screen({ description, language: "tha" }).features.pay.ratioToBenchmark;
  it("judges a Thai interpreter posted to India against Thai pay", () => {
    expect(ratio("รับสมัครล่ามภาษาจีน ประจำโรงงานที่ India เงินเดือน 40,000 บาท")).toBeLessThan(2);
  });
  it("still judges Thai customer service in Cambodia against Cambodian pay, as the reported lures pay", () => {
    expect(ratio("รับสมัครพนักงานแอดมินตอบแชท ทำงานที่กัมพูชา เงินเดือน 40,000 บาท")).toBeGreaterThan(3);
  });
});

describe("places.abroad", () => {
  const screener = createScreener();
  it.each<[string, string, string, boolean]>([
    ["swa", "a job in Nairobi is home for a Swahili ad", "Kazi ya huduma kwa wateja jijini Nairobi, Kenya. Mshahara KSh 40,000 kwa mwezi.", false],
    ["swa", "a job in Dar es Salaam is home too", "Tunatafuta wahudumu wa hoteli jijini Dar es Salaam, Tanzania. Mshahara TSh 650,000 kwa mwezi.", false],
    ["swa", "pay in Tanzanian shillings is home pay", "Wahudumu wa kituo cha simu wanahitajika. Mshahara TSh 650,000 kwa mwezi.", false],
    ["swa", "a job in Dubai is abroad", "Kazi ya huduma kwa wateja Dubai. Mshahara AED 5,000 kwa mwezi.", true],
    ["swa", "the words 'kazi nje ya nchi' alone are abroad", "Nafasi za kazi nje ya nchi kwa wahudumu. Wasiliana nasi.", true],
    ["eng", "'work abroad' alone is abroad", "Customer service, work abroad, salary 1,000 a month.", true],
    ["eng", "overseas clients are not", "Customer service for our overseas clients, office in Manila.", false],
    ["ind", "'kerja ke luar negeri' alone is abroad", "Dibutuhkan admin, kerja ke luar negeri, gaji 12 juta.", true],
    ["ind", "an Indonesian job in Jakarta is home", "Dibutuhkan admin di Jakarta, gaji Rp 5 juta, melayani klien luar negeri.", false],
    ["vie", "'đi làm ở nước ngoài' alone is abroad", "Tuyển nhân viên CSKH đi làm ở nước ngoài, lương 20 triệu.", true],
    ["vie", "a foreign company in Hanoi is home", "Tuyển nhân viên CSKH cho công ty nước ngoài tại Hà Nội, lương 10 triệu.", false],
    ["tha", "'ไปทำงานต่างประเทศ' alone is abroad", "รับสมัครพนักงาน ไปทำงานต่างประเทศ เงินเดือนดี", true],
    ["zho", "'出国工作' alone is abroad", "招聘客服，出国工作，月薪一万五", true],
    ["zho", "overseas work experience is not", "招聘客服，有海外工作经验者优先，工作地点上海", false],
    ["spa", "'trabajo en el extranjero' alone is abroad", "Atención al cliente, trabajo en el extranjero, sueldo atractivo.", true],
    ["spa", "a Santiago job that names China in passing is home", "Ejecutivo de ventas en Santiago, Chile, para empresa que importa productos de China.", false],
    ["spa", "a dollar salary says nothing in Spanish", "Asistente administrativo, sueldo USD 800 mensuales, Quito.", false],
    ["por", "a job in Lisbon is home for a Portuguese ad", "Operador de call center em Lisboa, Portugal. Salário 900 € por mês.", false],
    ["rus", "'работа за границей' alone is abroad", "Оператор чата, работа за границей, зарплата высокая.", true],
    ["tgl", "'trabaho sa ibang bansa' alone is abroad", "Chat support, trabaho sa ibang bansa, malaking sahod.", true],
    ["tha", "a company's branch office in Myanmar is not the job's place", "บริษัทมีสำนักงานสาขาที่พม่า เปิดเมื่อปี 2557 รับสมัครพนักงานขาย เงินเดือน 20,000 บาท", false],
    ["tha", "work at the Myanmar branch is abroad", "รับสมัครพนักงานขาย ไปทำงานที่สาขาพม่า เงินเดือน 20,000 บาท", true],
    ["eng", "a head office in Dubai is not the job's place", "Sales executive in our Manila team; our head office in Dubai sets the targets.", false],
    ["eng", "a Cambodian hotel that needs Cambodian ID hires at home", "Front desk agent at our hotel in Siem Reap, Cambodia. You need Cambodian ID. Salary USD 350, staff meals and accommodation.", false],
    ["eng", "a Phnom Penh call centre open to Cambodian nationals only hires at home", "Call centre agents in Phnom Penh. Open to Cambodian nationals only. USD 400 per month.", false],
    ["eng", "'local staff only' makes a Chiang Mai job a local one", "Receptionist at our Chiang Mai clinic, Thailand. Local staff only. THB 18,000 a month.", false],
    ["eng", "'local staff only' does not make a transit city anyone's home", "Receptionist at our Bangkok clinic, Thailand. Local staff only. THB 18,000 a month.", true],
    ["eng", "'open to local and foreign applicants' is not a local hire", "Receptionist at our Chiang Mai clinic, Thailand. Open to local and foreign applicants.", true],
    ["eng", "'not only local staff' is not a local hire", "Receptionist at our Chiang Mai clinic, Thailand. We hire not only local staff but also foreigners.", true],
    ["eng", "a free flight is abroad whatever the ad says of local staff", "Customer service in Phnom Penh, Cambodia. Local staff only. Free flight ticket and accommodation.", true],
    ["eng", "Filipino applicants for a Phnom Penh job go abroad", "Customer service in Phnom Penh, Cambodia. Filipino applicants only. USD 1,200, free flight.", true],
    ["eng", "applicants from two countries, one of them the destination, still go abroad", "Chat support in Phnom Penh, Cambodia. Cambodian and Filipino applicants welcome. USD 1,000.", true],
    ["eng", "'local staff only' does not make a compound town anyone's home", "Typing staff in Myawaddy. Local staff only. USD 900.", true],
    ["eng", "a visa provided is abroad whatever the ad says of locals", "Customer service in Bangkok, Thailand. Locals only. Visa and flight provided.", true],
    ["tha", "a flight to a home-country job (Phuket) is a domestic flight", "ทำงานโรงแรมที่ภูเก็ต บินฟรี มีที่พัก", false],
    ["tha", "a flight with no place named still means abroad", "รับพนักงานแอดมิน บินฟรี มีที่พัก", true],
    ["tha", "a flight to Cambodia is abroad", "รับพนักงานแอดมินที่กัมพูชา บินฟรี", true],
    // Lures fly people to a transit town at home and take them on from there.
    ["tha", "a flight to a home-country transit town (Bangkok) still means abroad", "ทำงานที่กรุงเทพ บินฟรี เงินเดือน 50,000 บาท", true],
  ])("%s: %s", (language, _name, description, expected) => {
    expect(screener.screen({ description, language }).features.places.abroad).toBe(expected);
  });

  it("reads the flight in the domestic-flight cases, so they test the exception", () => {
    for (const description of ["ทำงานโรงแรมที่ภูเก็ต บินฟรี มีที่พัก", "ทำงานที่กรุงเทพ บินฟรี เงินเดือน 50,000 บาท"]) {
      expect(screener.screen({ description, language: "tha" }).features.travel.flightProvided).toBe(true);
    }
  });

  it("points job-abroad at the words that say the work is abroad", () => {
    const result = screener.screen({ description: "Customer service, work abroad, salary 1,000 a month.", language: "eng" });
    const signal = result.signals.find((s) => s.id === "job-abroad");
    expect(signal?.evidence.map((e) => e.text)).toEqual(["work abroad"]);
  });
});

describe("places.abroad points at what made the job read as abroad", () => {
  const screener = createScreener();
  it.each<[string, { title?: string; description: string; language?: string }, string[]]>([
    ["the pay in a foreign currency, when no place is named", { description: "재택 아님, 현지 근무. 월급 USD 2,500, 숙소 제공.", language: "kor" }, ["USD 2,500"]],
    ["the travel arrangement", { description: "Customer service job, come on a tourist visa, we fix the rest.", language: "eng" }, ["tourist visa"]],
    ["the destination's mentions", { description: "Customer service in Sihanoukville, Cambodia, salary 1,200 a month.", language: "eng" }, ["Sihanoukville"]],
  ])("%s", (_name, posting, expected) => {
    const result = screener.screen(posting);
    expect(result.features.places.abroad).toBe(true);
    const texts = result.features.places.abroadEvidence.map((e) => e.text);
    for (const text of expected) expect(texts.some((t) => t.includes(text))).toBe(true);
    const signal = result.signals.find((s) => s.id === "job-abroad");
    expect(signal?.evidence.length).toBeGreaterThan(0);
  });

  it("has no evidence when the job is at home", () => {
    const result = screener.screen({ description: "Customer service in Manila, salary PHP 22,000, apply on our website.", language: "tgl" });
    expect(result.features.places.abroad).toBe(false);
    expect(result.features.places.abroadEvidence).toEqual([]);
  });
});

describe("a Nepali ad for work in Nepal", () => {
  const screener = createScreener();
  it("is read as Nepali, paid in Nepali rupees at home, with no language hint", () => {
    // Read as Hindi, its rupees were a foreign currency and the job abroad.
    const result = screener.screen({
      title: "ग्राहक सेवा कर्मचारी चाहियो – पोखरा",
      description: "हाम्रो पसलका लागि ग्राहक सेवा कर्मचारी चाहियो। अनुभव नभए पनि हुन्छ, हामी सिकाउँछौँ। तलब: रु. १८,००० – २२,०००। सम्पर्क Viber मा।",
    });
    expect(result.language.code).toBe("nep");
    expect(result.features.pay.statements[0]?.currency).toBe("NPR");
    expect(result.features.places.abroad).toBe(false);
    expect(result.signals.map((s) => s.id)).not.toContain("job-abroad");
  });
});

describe("pay quoted in a list of warning signs", () => {
  const screener = createScreener();
  it.each<[string, string, string[]]>([
    ["is not the ad's pay under 'Red flags:'", "Red flags:\n• USD 2,000 a month for simple typing, no experience\n• tourist visa", []],
    ["is the ad's pay under 'Benefits:'", "Benefits:\n• USD 2,000 a month for simple typing, no experience\n• tourist visa", ["USD 2,000 a month"]],
    ["is the ad's pay before a 'Red flags' mention in the sentence after", "Salary USD 2,000 a month. Red flags: none", ["Salary USD 2,000 a month"]],
  ])("%s", (_name, description, expected) => {
    const pay = screener.screen({ description }).features.pay;
    expect(pay.statements.map((statement) => statement.evidence.text)).toEqual(expected);
    expect(pay.found).toBe(expected.length > 0);
  });
});
