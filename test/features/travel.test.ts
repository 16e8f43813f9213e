import { describe, expect, it } from "vitest";
import { contextFrom } from "../../src/features/evidence.js";
import { type TravelFlag, extractTravel } from "../../src/features/travel.js";

function trueFlags(description: string): TravelFlag[] {
  const { evidence: _evidence, evidenceByFlag: _byFlag, ...flags } = extractTravel(contextFrom({ description }));
  return (Object.entries(flags) as [TravelFlag, boolean][]).filter(([, value]) => value).map(([flag]) => flag).sort();
}

describe("extractTravel", () => {
  it.each<[string, string, TravelFlag[]]>([
    // Hinglish "tak ka" (as far as) is no Malay or Indonesian "tak" (not).
    ["reads a free ticket 'Dubai tak ka' (as far as Dubai)", "Dubai tak ka ticket company degi", ["flightProvided"]],
    ["still reads Malay 'Tak ada tiket percuma' as no free ticket", "Tak ada tiket percuma", []],
    ["reads a departure next week and a free ticket", "Customer service in Cambodia, depart next week! Free ticket.", ["flightProvided", "urgentDeparture"]],
    ["does not read a start date after a permit as urgent", "Start date: 1 March 2027, after your work permit is approved.", []],
    ["reads free accommodation and meals", "Free accommodation and meals provided.", ["accommodationProvided", "foodProvided"]],
    ["does not read an allowance that is not included", "Accommodation allowance is not included.", []],
    ["reads free meals three times a day", "Free meals three times a day.", ["foodProvided"]],
    ["does not read 'lunch is not provided'", "Lunch is not provided.", []],
    ["reads visa processing handled by the company", "Visa processing handled by the company.", ["visaProvided"]],
    ["does not read the right to work as a visa", "Applicants must already hold the right to work in Singapore.", []],
    ["reads an airport pickup and a river crossing", "We will pick you up at the airport and take you across the river to the office.", ["airportPickup", "borderCrossing"]],
    ["does not read a truck route across named borders", "Our trucks cross the Malaysia-Thailand border daily; drivers need a clean licence.", []],
    ["reads 'no visa needed'", "Customer service in Cambodia, no visa needed, free ticket.", ["flightProvided", "noVisaNeeded"]],
    ["reads a visa processed by the employer without calling it unneeded", "Visa and work permit will be processed by the employer before deployment.", ["visaProvided"]],
    ["reads a pickup at a named airport", "Our staff will pick you up at Suvarnabhumi airport.", ["airportPickup"]],
    ["does not read airport parking as a pickup", "Parking at the airport office is free for staff.", []],
    ["reads a tourist visa and a permit after arrival", "You will travel on a tourist visa and the work permit is done after arrival.", ["touristVisa", "workPermitAfterArrival"]],
    ["reads a sponsored employment visa as a visa, not a tourist visa", "We sponsor your employment visa and work permit before you travel.", ["visaProvided"]],
    ["reads a free air ticket", "Free air ticket to Thailand for all selected applicants.", ["flightProvided"]],
    ["does not read flight operations experience as a flight", "Experience in flight operations is an advantage.", []],
    ["reads a permit arranged after arrival", "Kitchen staff for my restaurant in Thailand. Work permit arranged after you arrive.", ["workPermitAfterArrival"]],
    ["does not read a permit approved before departure", "Your work permit is approved before departure; bring the approval letter.", []],
    ["reads travelling as a tourist and hiding the work from immigration", "Travel as a tourist and do not tell immigration you are going to work.", ["poseAsTourist", "touristVisa"]],
    ["does not read declaring employment at immigration", "Your employer will obtain a work visa; declare your employment at immigration.", []],
    ["reads hiding the job from family", "Do not tell your family about this job until you arrive.", ["hideFromFamily"]],
    ["does not read client confidentiality as secrecy", "Please keep client data confidential.", []],
    ["does not read a warning against tourist visas", "Never travel on a tourist visa for work.", []],
    ["keeps a free-accommodation offer after an unpunctuated 'no experience'", "No experience needed free accommodation", ["accommodationProvided"]],
    ["reads the Philippine BPO lure", "FREE board and lodging. Travel as a tourist via Hong Kong; we will brief you before immigration.", ["accommodationProvided", "foodProvided", "poseAsTourist", "touristVisa"]],
    ["reads bao ăn ở in Vietnamese", "Tuyển nhân viên CSKH làm tại Campuchia, bao ăn ở, không cần kinh nghiệm.", ["accommodationProvided", "foodProvided"]],
    ["reads the Chinese package of visa, ticket and board", "包吃包住,公司在马来西亚,签证机票公司全包", ["accommodationProvided", "flightProvided", "foodProvided", "visaProvided"]],
    ["reads the Korean resort lure", "리조트 알바 – 비자 없이 가능! 숙소·항공 제공", ["accommodationProvided", "flightProvided", "noVisaNeeded"]],
    ["reads the Thai admin lure's board", "แอดมินออนไลน์ ตอบแชทลูกค้า มีที่พักและอาหารให้", ["accommodationProvided", "foodProvided"]],
    ["reads the Indonesian lure", "Tiket pesawat & mess GRATIS. Berangkat pakai visa turis, proses cepat.", ["accommodationProvided", "flightProvided", "touristVisa", "urgentDeparture"]],
    ["does not read 'no visa sponsorship' as a visa or as no visa needed", "No visa sponsorship available.", []],
    ["reads libreng plane ticket and no visa in Tagalog", "Libreng plane ticket, hindi na kailangan ng Visa!", ["flightProvided", "noVisaNeeded"]],
    ["reads a night crossing by boat in Malay", "Jumpa di Sungai Golok, naik bot menyeberang sungai waktu malam.", ["borderCrossing"]],
    ["reads 接机 in Chinese without reading 急招 (urgent hiring) as urgent departure", "急招！到了机场有人接机", ["airportPickup"]],
    ["reads a tourist visa in Nepali", "पर्यटक भिसामा आउनुहोस्", ["touristVisa"]],
    ["reads a job that is said to be abroad", "Chat support job abroad, free flight.", ["flightProvided", "workAbroad"]],
    ["does not read overseas clients or study abroad as work abroad", "Serve overseas clients; study abroad alumni welcome; overseas shipping.", []],
    ["does not read a denied overseas job as work abroad", "This is not an overseas job; no overseas travel.", []],
  ])("%s", (_name, description, expected) => {
    expect(trueFlags(description)).toEqual(expected);
  });

  // One lure and one look-alike per language: the look-alikes are warnings, sponsored work visas and
  // urgent local hiring, which share the words but are not travel markers.
  it.each<[string, string, string, TravelFlag[]]>([
    ["por", "reads a Portuguese tourist-visa trip with coached airport answers and a departure next week", "Viagem por Bangkok com visto de turista; se perguntarem no aeroporto, é só dizer que veio passear. Embarque na semana que vem.", ["poseAsTourist", "touristVisa", "urgentDeparture"]],
    ["por", "does not read a Portuguese work-visa offer that warns against tourist visas", "Para candidatos de fora da UE tratamos do visto de trabalho junto do consulado. Nunca viaje com visto de turista para trabalhar.", ["visaProvided"]],
    ["rus", "reads a Russian tourist entry with the work visa 'made on the spot' and an airport meeting", "Прилетаешь как турист, рабочую визу сделаем на месте. Встречаем в аэропорту, вылет в течение недели.", ["airportPickup", "touristVisa", "urgentDeparture", "visaProvided", "workPermitAfterArrival"]],
    ["rus", "does not read a Russian work visa issued before the job that warns against tourist visas", "Рабочая виза и разрешение на работу оформляются до начала работы. Не работайте по туристической визе.", []],
    ["tur", "reads a Turkish tourist-visa route with the permit arranged there and a flight within a week", "Önce Dubai'ye turist vizesiyle geliyorsunuz, çalışma izni orada ayarlanıyor. Onaylanırsan 1 hafta içinde uçuyorsun.", ["touristVisa", "urgentDeparture", "workPermitAfterArrival"]],
    ["tur", "does not read a Turkish work visa that says tourist visas cannot be used for work", "Çalışma vizesi ve oturum kartı firmaya aittir; turist vizesi ile çalışılmaz.", []],
    ["ara", "reads an Arabic visit-visa route with the work permit issued there and travel within two weeks", "هتيجي دبي بفيزا زيارة والشركة هتطلعلك تصريح الشغل هناك. السفر خلال أسبوعين.", ["touristVisa", "urgentDeparture", "workPermitAfterArrival"]],
    ["ara", "does not read an Arabic hotel work visa that warns against tourist visas", "تأشيرة عمل وإقامة على حساب الفندق. لا تسافر بتأشيرة سياحية للعمل.", ["visaProvided"]],
    ["urd", "reads an Urdu tourist visa, silence at the airport and next week's flight", "ٹورسٹ ویزا پر آنا ہے، ایئرپورٹ پر کسی کو مت بتانا کہ کام کے لیے جا رہے ہو۔ اگلے ہفتے کی فلائٹ ہے۔", ["poseAsTourist", "touristVisa", "urgentDeparture"]],
    ["urd", "reads an Urdu employer visa and ticket without reading the refused visit visa", "ایمپلائمنٹ ویزا اور ٹکٹ کمپنی کی طرف سے۔ وزٹ ویزا پر کام نہیں۔", ["flightProvided", "visaProvided"]],
    ["hin", "reads a Hindi tourist visa with the work permit after arrival and a flight next Monday", "टूरिस्ट वीज़ा पर आना है, वर्क परमिट आने के बाद कंपनी बनवाएगी। फ्लाइट अगले सोमवार।", ["touristVisa", "urgentDeparture", "workPermitAfterArrival"]],
    ["hin", "does not read a Hindi Non-B visa offer that refuses tourist-visa work", "हम Non-Immigrant B वीज़ा और वर्क परमिट करवाते हैं – टूरिस्ट वीज़ा पर काम नहीं।", []],
    ["ben", "reads a Bengali visit visa converted after arrival and coached immigration answers", "প্রথমে ভিজিট ভিসায় আসবেন, দুবাই পৌঁছানোর পর কোম্পানি কাজের ভিসা করে দেবে। ইমিগ্রেশনে জিজ্ঞেস করলে বলবেন বেড়াতে যাচ্ছেন।", ["poseAsTourist", "touristVisa", "workPermitAfterArrival"]],
    ["ben", "does not read a Bengali employer work visa that warns against tourist visas", "কাজের ভিসা নিয়োগকর্তা করবেন। টুরিস্ট ভিসায় কাজে যাবেন না।", []],
    ["nep", "reads a Nepali tourist visa with the permit after arrival and a flight next week", "वर्क परमिट आएपछि बनाइदिन्छु, अहिले टुरिस्ट भिसामै आऊ। अर्को हप्ता उडान छ।", ["touristVisa", "urgentDeparture", "workPermitAfterArrival"]],
    ["nep", "does not read a Nepali advisory against tourist or visit visas for jobs", "टुरिस्ट वा भिजिट भिसामा रोजगारीका लागि नजानुहोस्।", []],
    ["sin", "reads a Sinhala tourist visa, silence at the airport and next week's group", "Tourist Visa එකෙන් එන්න, Airport එකේදී වැඩට යනවා කියන්න එපා. ලබන සතියේ අන්තිම group එක යනවා.", ["poseAsTourist", "touristVisa", "urgentDeparture"]],
    ["sin", "does not read a Sinhala employer work visa and air ticket as irregular", "රැකියා වීසා සහ ගුවන් ටිකට් සේවායෝජකයාගෙන්.", ["flightProvided", "visaProvided"]],
    ["tam", "reads a Tamil tourist visa, silence at the airport and Monday's flight", "டூரிஸ்ட் விசால தான் வரணும், ஏர்போர்ட்ல வேலைக்குப் போறேன்னு சொல்லாதே. அடுத்த விமானம் திங்கள்.", ["poseAsTourist", "touristVisa", "urgentDeparture"]],
    ["tam", "does not read a Tamil hospital-sponsored work visa as irregular", "வேலை விசா மற்றும் விமானக் கட்டணம் மருத்துவமனை பொறுப்பு.", []],
    ["swa", "reads a Swahili tourist visa with the permit handled on arrival and a departing group", "Utasafiri kwa viza ya utalii, kibali cha kazi kitashughulikiwa ukifika huko. Kundi linaloondoka mwezi huu.", ["touristVisa", "urgentDeparture", "workPermitAfterArrival"]],
    ["swa", "does not read a Swahili warning against tourist and visit visas", "Usisafiri kwa viza ya utalii au ya kutembelea kwa ajili ya kazi.", []],
    ["amh", "reads an Amharic tourist visa, silence at the airport and the next flight", "በቱሪስት ቪዛ ነው የምትመጣው፤ ኤርፖርት ላይ ለሥራ እንደመጣህ አትናገር። ቀጣዩ በረራ ሰኞ።", ["poseAsTourist", "touristVisa", "urgentDeparture"]],
    ["amh", "does not read an Amharic hotel-sponsored work visa as irregular", "የሥራ ቪዛ እና የሠራተኛ ካርድ በሆቴሉ።", ["visaProvided"]],
    ["mya", "reads a Burmese tourist visa, permit after arrival and a border crossing", "ခရီးသွားဗီဇာဖြင့် သွားရောက်ပြီး ရောက်မှ အလုပ်ပါမစ် လုပ်ပေးမည်။ နယ်စပ်ကို ကျွန်တော်တို့ ဖြတ်ပို့ပေးပါမယ်။", ["borderCrossing", "touristVisa", "workPermitAfterArrival"]],
    ["mya", "does not read a Burmese legal work-visa application as irregular", "ဂျပန် အလုပ်ဗီဇာ တရားဝင် လျှောက်ထားပေးမည်။", ["visaProvided"]],
    ["khm", "reads a Khmer 'no work visa, enter as a tourist, converted later'", "មិនចាំបាច់មានទិដ្ឋាការការងារ ចូលជាទេសចរសិន ក្រុមហ៊ុនប្តូរជាទិដ្ឋាការការងារពេលក្រោយ។", ["noVisaNeeded", "touristVisa", "workPermitAfterArrival"]],
    ["khm", "does not read a Khmer contract signed before departure as a travel marker", "កិច្ចសន្យាការងារជាភាសាខ្មែរ ចុះហត្ថលេខាមុនចេញដំណើរ។", []],
    ["lao", "reads a Lao tourist entry with work papers processed later", "ເຂົ້າປະເທດໄທແບບທ່ອງທ່ຽວກ່ອນ, ເອກະສານເຮັດວຽກບໍລິສັດຈະດຳເນີນການໃຫ້ພາຍຫຼັງ.", ["touristVisa", "workPermitAfterArrival"]],
    ["lao", "does not read a Lao legal work visa and permit as irregular", "ວີຊາເຮັດວຽກ ແລະ ໃບອະນຸຍາດເຮັດວຽກຖືກຕ້ອງຕາມກົດໝາຍ, ສັນຍາເຊັນກ່ອນເດີນທາງ.", []],
    ["eng", "reads an English visit visa converted after joining and people sent next week", "Visit visa 3 months, company will convert after joining. Sending 15 people next week.", ["touristVisa", "urgentDeparture", "workPermitAfterArrival"]],
    ["eng", "does not read an English warning against visit visas", "Do not travel to the UAE on a visit visa to look for this job; the employer issues the employment visa.", []],
    ["eng", "does not read English urgent hiring as urgent departure", "Urgent hiring: cashiers for our Makati branch, start immediately.", []],
    ["tgl", "reads Taglish 'tourist lang muna' and a flight this month", "Work in Cambodia, tourist lang muna, fly this month!", ["touristVisa", "urgentDeparture"]],
    ["tgl", "does not read a Tagalog ban on tourist or visit visa deployment", "Bawal ang tourist/visit visa deployment.", []],
    ["ind", "reads an Indonesian work visa processed after arrival and immediate relocation", "Visa kerja akan diproses perusahaan setelah kandidat tiba di Thailand. Siap relokasi segera.", ["urgentDeparture", "workPermitAfterArrival"]],
    ["ind", "does not read Indonesian 'dibutuhkan segera' as urgent departure", "Dibutuhkan segera kasir untuk toko kami di Bandung.", []],
    ["msa", "reads a Malay departure within ten days", "Calon terpilih dijangka berlepas dalam masa 10 hari.", ["urgentDeparture"]],
    ["msa", "does not read Malay 'kekosongan segera' as urgent departure", "KEKOSONGAN SEGERA: pembantu kedai di Shah Alam.", []],
    ["vie", "reads Vietnamese lodging, ticket support and a flight within ten days", "Bao chỗ ở, hỗ trợ vé máy bay. Bay trong vòng 10 ngày sau phỏng vấn.", ["accommodationProvided", "flightProvided", "urgentDeparture"]],
    ["vie", "does not read Vietnamese 'tuyển gấp' as urgent departure", "Tuyển gấp nhân viên bán hàng tại Quận 1, đi làm ngay.", []],
    ["zho", "reads a Chinese departure within two weeks with lodging and return tickets", "提供住宿、來回機票，錄取後兩週內出發。", ["accommodationProvided", "flightProvided", "urgentDeparture"]],
    ["zho", "does not read 急招 as urgent departure", "急招客服，坐标深圳南山，双休。", []],
    ["zho", "does not read 'not leaving on a tourist visa' as a tourist visa", "雇主申请工作准证，不以旅游签证出境。", []],
    ["kor", "reads Korean company-paid ticket and lodging and quick departure (출국: leaving the country, so work abroad)", "항공권·숙소 회사 부담, 빠른 출국 가능자 우대", ["accommodationProvided", "flightProvided", "urgentDeparture", "workAbroad"]],
    ["kor", "does not read 급구 as urgent departure", "급구! 강남 카페 바리스타 모집", []],
    ["jpn", "does not read 'work on a tourist visa is not allowed' in Japanese", "Non-Bビザ・ワークパーミットは会社が取得（観光ビザでの就労は不可）", []],
    ["jpn", "does not read 急募 as urgent departure", "急募！都内の倉庫スタッフ", []],
    ["tha", "reads a Thai work permit done after arrival", "เจ้าของร้านออกค่าตั๋วเครื่องบินให้ เรื่องใบอนุญาตทำงานจะทำให้หลังไปถึง", ["flightProvided", "workPermitAfterArrival"]],
    ["tha", "does not read Thai 'รับด่วน' as urgent departure", "รับด่วน พนักงานขายประจำสาขาบางนา", []],
    ["tha", "does not read a Thai warning that tourist-visa work is illegal", "ไปเกาหลีด้วยวีซ่าท่องเที่ยวแล้วลักลอบทำงาน ผิดกฎหมาย", []],
    ["spa", "reads Spanish school-paid housing and a reimbursed ticket", "Vivienda a cargo del colegio. El pasaje se reembolsa al incorporarse.", ["accommodationProvided", "flightProvided"]],
    ["spa", "does not read Spanish 'se necesita urgente' as urgent departure", "Se necesita urgente vendedora para tienda en Providencia.", []],

  ])("%s: %s", (_language, _name, description, expected) => {
    expect(trueFlags(description)).toEqual(expected);
  });

  it("gives evidence for each true flag in the original characters", () => {
    const feature = extractTravel(contextFrom({ description: "Vé máy bay miễn phí, bao ăn ở." }));
    expect(feature.evidenceByFlag.flightProvided?.map((item) => item.text)).toEqual(["Vé máy bay miễn phí"]);
    expect(feature.evidenceByFlag.accommodationProvided?.map((item) => item.text)).toEqual(["bao ăn ở"]);
  });

  // Flags whose own wording carries a negation take no negation cues, but an item under a list of
  // warning signs is quoted, whatever it says.
  it.each<[string, string, TravelFlag[]]>([
    ["does not read the items under 'Red flags:'", "Red flags:\n• no visa needed, just come\n• work permit done after arrival\n• fly next week", []],
    ["reads the same items under 'Benefits:'", "Benefits:\n• no visa needed\n• work permit done after arrival\n• fly next week", ["noVisaNeeded", "urgentDeparture", "workPermitAfterArrival"]],
    ["does not read items on the header's own line", "Walk away if: no visa needed, work permit after arrival", []],
    ["reads the lure's own sentence after a borrowed header sentence", "Walk away if anyone asks a fee! We process the work permit after arrival.", ["workPermitAfterArrival"]],
    // A lure sets its own offer right under rivals' red flags: a line in its own voice ends the list.
    ["reads an offer after a line in the ad's own voice under the list", "Red flags:\n• advance fees\n• no interview\nWe are different. No visa needed, work permit after arrival.", ["noVisaNeeded", "workPermitAfterArrival"]],
    ["reads a plain line under a bulleted list as past its end", "Red flags:\n• advance fees\n• no interview\nJoin us: work permit after arrival, fly next week.", ["urgentDeparture", "workPermitAfterArrival"]],
    ["does not end the list at a bullet's indented second line", "Red flags:\n• advance fees taken from your salary,\n  work permit done after arrival\n• fly next week", []],
    ["does not end the list at its own header said in the first person", "We have seen these red flags:\n• no visa needed, just come\n• work permit done after arrival", []],
  ])("warning lists: %s", (_name, description, expected) => {
    expect(trueFlags(description)).toEqual(expected);
  });
});
