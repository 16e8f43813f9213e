import { describe, expect, it } from "vitest";
import { contextFrom } from "../../src/features/evidence.js";
import { type LegitimacyFlag, type LicenceAuthority, extractLegitimacy } from "../../src/features/legitimacy.js";

function read(description: string, company?: string): { licences: [LicenceAuthority, string][]; flags: LegitimacyFlag[] } {
  const { evidence: _evidence, evidenceByFlag: _byFlag, licences, ...flags } = extractLegitimacy(contextFrom({ description, company }));
  return {
    licences: licences.map((licence) => [licence.authority, licence.number]),
    flags: (Object.entries(flags) as [LegitimacyFlag, unknown][]).filter(([, value]) => value === true).map(([flag]) => flag).sort(),
  };
}

describe("extractLegitimacy", () => {
  it.each<[string, string, [LicenceAuthority, string][]]>([
    ["reads a DMW licence number", "ABC Manpower Services, DMW License No. DMW-123-LB-03232021-R.", [["PH-DMW", "DMW-123-LB-03232021-R"]]],
    ["reads a POEA licence number", "POEA-123-LB-031519-R", [["PH-POEA", "POEA-123-LB-031519-R"]]],
    ["reads a POEA 'Lic. No.' line", "POEA Lic. No. 098-LB-061518-R", [["PH-POEA", "098-LB-061518-R"]]],
    ["reads an Indian RA registration certificate", "RC No. B-1234/DEL/PER/1000+/5/9876/2020", [["IN-MEA-RA", "B-1234/DEL/PER/1000+/5/9876/2020"]]],
    ["reads an Indonesian P3MI licence despite the folded digit", "PT Maju Jaya, SIP3MI No. 123/2020", [["ID-P3MI", "123/2020"]]],
    ["reads an SLBFE licence", "SLBFE Licence No. 1234", [["LK-SLBFE", "1234"]]],
    ["reads a Kenyan NEA registration", "Registered with NEA/REG/1234", [["KE-NEA", "NEA/REG/1234"]]],
    ["reads a Thai DoE recruitment licence", "ใบอนุญาตจัดหางานเลขที่ น.1234/2560", [["TH-DOE", "น.1234/2560"]]],
    ["reads a Thai licence after a recruitment company's name", "บริษัท จัดหางานสยามเวิร์ค จำกัด ใบอนุญาตเลขที่ 2211/2564", [["TH-DOE", "2211/2564"]]],
    ["reads a Thai licence granted by the Department of Employment", "ได้รับอนุญาตจากกรมการจัดหางาน ใบอนุญาตเลขที่ น.0123/2562", [["TH-DOE", "น.0123/2562"]]],
    ["does not read a Thai business licence without recruitment", "ร้านอาหาร ใบอนุญาตประกอบกิจการ 15/2565", []],
    ["reads a Nepali DoFE licence in Bikram Sambat years", "Lic. No. 123/067/68 (DoFE)", [["NP-DOFE", "123/067/68"]]],
    ["reads a Nepali DoFE licence written 'इजाजत पत्र नं.'", "वैदेशिक रोजगार विभागबाट इजाजत पत्र नं. 987/075/76", [["NP-DOFE", "987/075/76"]]],
    ["reads a Nepali DoFE licence written 'लाइसेन्स नं.' in Nepali digits", "लाइसेन्स नं. ४५६/०७२/७३", [["NP-DOFE", "४५६/०७२/७३"]]],
    ["does not read a Nepali driving licence without a DoFE number", "सवारी चालक लाइसेन्स अनिवार्य", []],
    ["reads a Bangladeshi RL number", "Govt. Lic. RL-1234", [["BD-BMET", "RL-1234"]]],
    ["reads a Colombian agency's authorisation by the public employment service", "Agencia autorizada por la Unidad del Servicio Público de Empleo, Resolución N° 0412 de 2021", [["CO-SPE", "0412 de 2021"]]],
    ["does not read an unrelated Spanish resolution number", "Según la resolución 1234 de 2020 del municipio", []],
    ["reads a Bangladeshi RL number written in Bengali", "সরকার অনুমোদিত রিক্রুটিং এজেন্সি (আরএল-১২০৬)", [["BD-BMET", "আরএল-১২০৬"]]],
    ["reads a Bengali RL number written with dots", "লাইসেন্স: আর.এল. নং ১২৩৪", [["BD-BMET", "আর.এল. নং ১২৩৪"]]],
    ["does not read 'আর এল' (more came) before a number as an RL number", "গত মাসে আর এল ৫০ জন নতুন কর্মী", []],
    ["reads a Vietnamese DOLAB licence", "Giấy phép số 123/LĐTBXH-GP", [["VN-DOLAB", "123/LĐTBXH-GP"]]],
    ["reads a Malaysian JTKSM licence", "Lesen JTKSM 252C", [["MY-JTK", "JTKSM 252C"]]],
    ["reads a Sabah JTKSB licence", "Agensi berlesen (JTKSB No. 0412)", [["MY-JTK", "JTKSB No. 0412"]]],
    ["reads a Singapore EA licence as 'other'", "EA Licence No. 12C3456", [["other", "12C3456"]]],
    ["does not read 'licensed to operate machinery' as a licence", "Licensed to operate heavy machinery.", []],
    ["does not read a random licence number as a licence", "Call 1234 5678, licence no. 12345", []],
  ])("%s", (_name, description, licences) => {
    expect(read(description).licences).toEqual(licences);
  });

  it.each<[string, string, LegitimacyFlag[]]>([
    ["reads a street address", "Office: 12 Ayala Avenue, Makati City.", ["streetAddress"]],
    ["reads a Phnom Penh street number before the house number", "Street 271, #45, Phnom Penh", ["streetAddress"]],
    ["does not read a country as an address", "Location: Thailand.", []],
    ["reads a contract signed before departure", "You will sign the employment contract in English before departure.", ["writtenContractBeforeTravel"]],
    ["does not read a contract signed after arrival", "Contract will be signed after you arrive.", []],
    ["reads a panel and a final interview", "Selection: online test, panel interview and final interview with the hiring manager.", ["multiStageInterview"]],
    ["does not read hiring on the spot as a selection process", "Hired on the spot.", []],
    ["reads a company with a registration number", "Mekong Garments Co., Ltd. (Company Registration No. 00012345) is hiring.", ["legalEntity", "registrationNumber"]],
    ["does not read 'a foreign company' as a legal entity", "A foreign company is hiring.", []],
    ["reads a sponsored employment visa and permit", "We sponsor your employment visa and work permit before you travel.", ["workPermitSponsored"]],
    ["does not read 'arrange their own visa' as sponsorship", "Applicants must arrange their own visa.", []],
    ["does not read a permit promised after arrival as sponsorship", "Work permit arranged after you arrive.", []],
    ["does not read 'no visa sponsorship' as sponsorship", "No visa sponsorship is available for this role.", []],
    ["reads EPS-TOPIK as a government scheme", "Apply for Korea EPS-TOPIK through the Ministry of Labour; selection by official exam.", ["governmentScheme"]],
    ["does not read 'government jobs' as a scheme", "Government jobs are not advertised here.", []],
    // A lure must not borrow a scheme from any word that happens to hold its acronym (a review found all of these).
    ["reads JICA, KOICA, K-Move, TITP and DHSC standing alone as schemes", "Placement through JICA, KOICA, K-Move, TITP or DHSC.", ["governmentScheme"]],
    ["does not read 'jica' inside a word", "Email: hr@ninjica-jobs.com. Paciente con lesión tetrapléjica.", []],
    ["does not read 'koica' inside a word", "Lunch at the Koicafe next door.", []],
    ["does not read 'kmove' inside a word", "Ask for QuickMove relocation support.", []],
    ["does not read 'titp' inside a word", "Visit entitpro.com for details.", []],
    ["does not read 'dhsc' inside a word", "Ref: xdhsc9 at the front desk.", []],
    ["does not read 'eps-topik' inside a word", "Code steps-topikal is unrelated.", []],
    ["reads Non-B and work permit", "Non-B visa and work permit provided by the company.", ["workPermitSponsored"]],
    ["does not read 'limited experience' as a company", "Candidates with limited experience may apply.", []],
    ["reads a capitalised 'Limited' company", "Acme Trading Limited is hiring drivers.", ["legalEntity"]],
    ["does not read a part-time 'PT job' as an Indonesian company", "PT job available on weekends.", []],
    ["reads 有限公司, บริษัท … จำกัด and 주식회사", "深圳市腾讯计算机系统有限公司 / บริษัท เอบีซี จำกัด / 주식회사 삼성", ["legalEntity"]],
    ["reads a Chinese street address", "工作地点：上海市浦东新区世纪大道100号", ["streetAddress"]],
    ["reads Vietnamese labour-export wording and a tax code", "Công ty TNHH ABC, mã số thuế: 0101234567, làm visa lao động chính ngạch.", ["legalEntity", "registrationNumber", "workPermitSponsored"]],
    ["reads Spanish selection stages", "Proceso de selección incluye entrevista psicolaboral y entrevista técnica.", ["multiStageInterview"]],
    ["reads 特定技能 as a government scheme", "特定技能ビザでの採用", ["governmentScheme"]],
    ["reads Philippine SSS, PhilHealth and Pag-IBIG as statutory insurance", "Benefits: SSS, PhilHealth and Pag-IBIG from day one.", ["statutoryBenefits"]],
    ["reads Mexican IMSS and prestaciones de ley", "Prestaciones de ley, alta en el IMSS desde el primer día.", ["statutoryBenefits"]],
    ["reads Indonesian BPJS", "Gaji UMR, BPJS Kesehatan dan Ketenagakerjaan.", ["statutoryBenefits"]],
    ["reads Vietnamese BHXH", "Được đóng BHXH, BHYT đầy đủ.", ["statutoryBenefits"]],
    ["reads Thai ประกันสังคม", "มีประกันสังคม โบนัสประจำปี", ["statutoryBenefits"]],
    ["reads Chinese 五险一金", "五险一金，双休", ["statutoryBenefits"]],
    ["reads Korean 4대보험", "4대보험 가입, 퇴직금 지급", ["statutoryBenefits"]],
    ["reads Indian PF and ESI", "PF & ESIC as per rules.", ["statutoryBenefits"]],
    ["does not read social insurance the ad says it does not pay", "Không đóng BHXH, lương cao.", []],
    ["does not read a bare 'benefits' line as statutory insurance", "Attractive benefits and free housing.", []],
  ])("%s", (_name, description, flags) => {
    expect(read(description).flags).toEqual(flags);
  });

  it.each<[string, string, number]>([
    ["counts the separate cues of an advisory", "PUBLIC ADVISORY: human trafficking syndicates lure job seekers into scam compounds in Cambodia and Myanmar, where victims are held against their will. Verify every overseas job offer with the DMW before you pay anything. Report illegal recruiters to the police or call the hotline.", 7],
    ["counts a lure's two borrowed lines as two", "Beware of fake agents using our name! Human trafficking is a crime. Tourist visa, free ticket.", 2],
    ["gives 0 for a single cue, which sets no flag", "Report illegal recruiters to the police.", 0],
    ["gives 0 for an ordinary ad", "Customer service in Manila, salary PHP 25,000, apply at careers@example.ph.", 0],
  ])("advisoryCues: %s", (_name, description, expected) => {
    expect(extractLegitimacy(contextFrom({ description })).advisoryCues).toBe(expected);
  });

  it("widens legal-entity evidence back over the capitalised company name", () => {
    const feature = extractLegitimacy(contextFrom({ description: "Apply to Mekong Garments Co., Ltd. today." }));
    expect(feature.evidenceByFlag.legalEntity?.map((item) => item.text)).toEqual(["Mekong Garments Co., Ltd."]);
  });

  it("reads the company field too", () => {
    expect(read("We are hiring.", "Siam Recruitment Co., Ltd.").flags).toEqual(["legalEntity"]);
  });

  it("gives each licence the evidence of its whole mention", () => {
    const feature = extractLegitimacy(contextFrom({ description: "Licensed by POEA. POEA-123-LB-031519-R" }));
    expect(feature.licences).toEqual([
      {
        authority: "PH-POEA",
        number: "POEA-123-LB-031519-R",
        evidence: [{ field: "description", start: 18, end: 38, text: "POEA-123-LB-031519-R" }],
      },
    ]);
  });
});

describe("extractLegitimacy in every language", () => {
  // Permits promised after arrival, "there" or "later" are the lure's version of sponsorship and must not count.
  it.each<[string, string, string, [LicenceAuthority, string][], LegitimacyFlag[]]>([
    ["por", "reads a work visa handled by the employer, a selection process and an offer before travel", "Tratamos do visto de trabalho junto do consulado. Processo: triagem telefónica, prova de inglês, entrevista com a chefia e proposta escrita antes de qualquer viagem.", [], ["multiStageInterview", "workPermitSponsored", "writtenContractBeforeTravel"]],
    ["por", "reads a CNPJ and a street address", "Maré Alta Recrutamento Ltda. (CNPJ 12.345.678/0001-47), Rua das Flores, 120.", [], ["legalEntity", "registrationNumber", "streetAddress"]],
    ["por", "does not read a visit visa handled by the recruiter as a work permit", "1ª fase: entrevista presencial no Dubai (o visto de visita é tratado por nós).", [], []],
    ["rus", "reads a permit arranged by the employer, two interview stages and a contract before departure", "Разрешение на работу оформляет отель до начала работы. Собеседование в два этапа. Подписание контракта до выезда.", [], ["multiStageInterview", "workPermitSponsored", "writtenContractBeforeTravel"]],
    ["rus", "reads a Russian legal entity and tax number", "ТОО «Алатау Логистик», БИН 123456789012.", [], ["legalEntity", "registrationNumber"]],
    ["rus", "does not read a work visa promised after probation as sponsorship", "Первый въезд по туристической визе, рабочая виза оформляется после испытательного срока.", [], []],
    ["tur", "reads a work visa paid by the firm and a contract signed before departure", "Çalışma vizesi ve oturum kartı firmaya aittir. Sözleşme yola çıkmadan önce imzalanır.", [], ["workPermitSponsored", "writtenContractBeforeTravel"]],
    ["tur", "reads a Turkish company and a technical interview", "Bosfor Çağrı Hizmetleri A.Ş. — süreç: İK görüşmesi, teknik mülakat.", [], ["legalEntity", "multiStageInterview"]],
    ["tur", "does not read a work permit arranged there as sponsorship", "Mülakatı geçenler Bangkok'a uçuyor, çalışma izni orada ayarlanıyor.", [], []],
    ["ara", "reads a work visa and residence, a street and a contract signed before travel", "المزايا: تأشيرة عمل وإقامة. العقد يتم توقيعه في القاهرة قبل السفر. مقرنا في شارع جامعة الدول العربية.", [], ["streetAddress", "workPermitSponsored", "writtenContractBeforeTravel"]],
    ["ara", "reads a two-stage interview and a commercial registration number", "المقابلة مرحلتان. سجل تجاري 1010123456.", [], ["multiStageInterview", "registrationNumber"]],
    ["ara", "does not read a work permit issued there as sponsorship", "الشركة هتطلعلك تصريح العمل هناك.", [], []],
    ["urd", "reads an employment visa, interview stages and an offer letter before the visa", "ایمپلائمنٹ ویزا اور ایمریٹس آئی ڈی۔ مرحلے: ریکروٹر کال، ٹیکنیکل انٹرویو۔ تحریری آفر لیٹر ویزا کے عمل سے پہلے۔", [], ["multiStageInterview", "workPermitSponsored", "writtenContractBeforeTravel"]],
    ["urd", "reads a Pakistani overseas employment promoter licence", "OEP License No. 3456/RWP", [["PK-BEOE", "3456/RWP"]], []],
    ["urd", "does not read a work permit made there as sponsorship", "ورک پرمٹ وہاں بنے گا۔", [], []],
    ["sin", "reads a work visa from the employer and a contract before travel", "රැකියා වීසා, ගුවන් ටිකට් සහ නවාතැන් සේවායෝජකයාගෙන්. කොන්ත්‍රාත්තුව ගමනට පෙර අත්සන් කෙරේ.", [], ["workPermitSponsored", "writtenContractBeforeTravel"]],
    ["sin", "reads an SLBFE licence written in Sinhala", "SLBFE බලපත්‍ර අංක 2451", [["LK-SLBFE", "2451"]], []],
    ["sin", "finds nothing in a tourist-visa route", "Tourist Visa එකෙන් බැංකොක් වලට එන්න.", [], []],
    ["tam", "reads a permit obtained by the company and a contract before travel", "Work Permit நிறுவனம் பெற்றுத் தரும். ஒப்பந்தம் தமிழில், பயணத்துக்கு முன் கையெழுத்து.", [], ["workPermitSponsored", "writtenContractBeforeTravel"]],
    ["tam", "reads a written test", "எழுத்துத் தேர்வும் நேர்காணலும் நடைபெறும்.", [], ["multiStageInterview"]],
    ["tam", "finds nothing in a tourist-visa route", "சுற்றுலா விசாவில் டுபாய் வரவேண்டும்.", [], []],
    ["amh", "reads a work visa from the employer and a contract signed before travel", "የሥራ ቪዛ፣ ትኬት እና መኖሪያ በአሠሪው። ውሉ በአማርኛ ከጉዞ በፊት ይፈረማል።", [], ["workPermitSponsored", "writtenContractBeforeTravel"]],
    ["amh", "reads an Ethiopian agency licence and a legal form", "ሸዋ ትሬዲንግ ኃ.የተ.የግ.ማ. (ፈቃድ ቁጥር 123/2015)", [["ET-MOLS", "123/2015"]], ["legalEntity"]],
    ["amh", "does not read a work permit made there as sponsorship", "የሥራ ፈቃዱ እዚያ ይሠራል።", [], []],
    ["lao", "reads an MOU scheme, a lawful work permit and a contract signed before travel", "ຕາມ MOU ລາວ-ໄທ. ໃບອະນຸຍາດເຮັດວຽກ (Work Permit) ຖືກຕ້ອງຕາມກົດໝາຍ. ສັນຍາແຮງງານ ເຊັນກ່ອນເດີນທາງ.", [], ["governmentScheme", "workPermitSponsored", "writtenContractBeforeTravel"]],
    ["lao", "reads a Lao company with a legal form and a written exam", "ບໍລິສັດ ລາວໂທລະຄົມ ດິຈິຕອນ ຈຳກັດ. ຂັ້ນຕອນ: ສອບເສັງຂຽນ.", [], ["legalEntity", "multiStageInterview"]],
    ["lao", "does not read work papers promised later as sponsorship", "ເອກະສານເຮັດວຽກບໍລິສັດຈະດຳເນີນການໃຫ້ພາຍຫຼັງ.", [], []],
    ["mya", "reads an MOU scheme, a lawful permit and a contract before departure", "MOU စနစ်ဖြင့် ခေါ်ယူခြင်း။ အလုပ်ပါမစ် တရားဝင် ဆောင်ရွက်ပေးမည်။ အလုပ်စာချုပ်ကို ထွက်ခွာမီ လက်မှတ်ထိုးရမည်။", [], ["governmentScheme", "workPermitSponsored", "writtenContractBeforeTravel"]],
    ["mya", "reads a Burmese agency licence number", "လိုင်စင်အမှတ် ၁၂၃/၂၀၁၉", [["MM-MOLIP", "၁၂၃/၂၀၁၉"]], []],
    ["mya", "does not read a permit made after arrival as sponsorship", "ခရီးသွားဗီဇာဖြင့် သွားရောက်ပြီး ရောက်မှ အလုပ်ပါမစ် လုပ်ပေးမည်", [], []],
    ["khm", "reads a contract signed before departure, a boulevard and a written exam", "កិច្ចសន្យាការងារជាភាសាខ្មែរ ចុះហត្ថលេខាមុនចេញដំណើរ។ ការិយាល័យ៖ មហាវិថីព្រះមុនីវង្ស។ ប្រឡងសរសេរ និងសម្ភាសន៍។", [], ["multiStageInterview", "streetAddress", "writtenContractBeforeTravel"]],
    ["khm", "reads a Khmer MoLVT licence number", "អាជ្ញាប័ណ្ណ MoLVT លេខ ០៨៧", [["KH-MOLVT", "០៨៧"]], []],
    ["khm", "does not read a work visa that is not needed as sponsorship", "មិនចាំបាច់មានទិដ្ឋាការការងារ ចូលជាទេសចរសិន", [], []],
    ["swa", "reads a work visa paid by the employer and a contract approved before travel", "Viza ya kazi na tiketi ya ndege zinalipwa na mwajiri. Mkataba umeidhinishwa na Wizara ya Kazi kabla ya safari.", [], ["workPermitSponsored", "writtenContractBeforeTravel"]],
    ["swa", "reads a Tanzanian government employment agency", "Jisajili kwenye mfumo wa TaESA.", [], ["governmentScheme"]],
    ["swa", "does not read a work permit handled on arrival as sponsorship", "Kibali cha kazi kitatolewa ukifika huko.", [], []],
    ["ben", "reads a contract signed before travel", "চুক্তিপত্র বিদেশ যাওয়ার আগে স্বাক্ষর হবে।", [], ["writtenContractBeforeTravel"]],
    ["ben", "finds nothing in a plain call to apply", "আবেদন করতে সিভি পাঠান।", [], []],
    ["nep", "reads a contract before departure and the EPS scheme", "सम्झौता प्रस्थान अघि हस्ताक्षर हुन्छ। रोजगार अनुमति प्रणाली मार्फत।", [], ["governmentScheme", "writtenContractBeforeTravel"]],
    ["nep", "finds nothing in a plain call to apply", "सिभी पठाउनुहोस्।", [], []],
    ["hin", "reads emigration clearance as a sponsored permit", "ई-माइग्रेट के माध्यम से उत्प्रवास मंजूरी।", [], ["workPermitSponsored"]],
    ["hin", "finds nothing in a plain call to apply", "अपना बायोडाटा भेजें।", [], []],
  ])("%s: %s", (_language, _name, description, licences, flags) => {
    expect(read(description)).toEqual({ licences, flags });
  });
});
