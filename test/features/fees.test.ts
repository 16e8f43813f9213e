import { describe, expect, it } from "vitest";
import { contextFrom } from "../../src/features/evidence.js";
import { redosVerdict } from "../redos-verdict.js";
import { FEE_AMOUNT_PATTERN, extractFees } from "../../src/features/fees.js";
import { type FeeValues, NO_FEES, feeValues } from "./extractor-values.js";


describe("extractFees", () => {
  it.each<[string, string, Partial<FeeValues>]>([
    ["reads 'we never charge placement fees' as a no-fee policy", "We never charge placement fees to applicants.", { noFeePolicy: true }],
    ["reads a placement fee and its amount", "Placement fee: USD 500.", { upfrontFee: true, feeAmount: "USD 500" }],
    ["reads a fee to be paid in USDT", "Send the placement fee in USDT to secure your slot.", { upfrontFee: true, paymentChannel: "crypto" }],
    ["does not read a salary paid to a bank account as a channel", "Salary is credited monthly to your bank account.", {}],
    ["reads a ticket deducted from salary", "The company pays your ticket first; it will be deducted from your salary.", { advanceRepaidFromSalary: true }],
    ["does not read 'never deducted' as a deduction", "Flights are paid by the employer and never deducted.", {}],
    ["reads 'you don't pay a single cent'", "You don't pay a single cent, everything is covered.", { zeroCostClaim: true }],
    ["does not read a course fee as zero cost", "The course fee is USD 200.", {}],
    ["reads the Kenyan processing and visa fee with its amount", "Processing and visa fee KSh 200,000 payable to our agent before departure.", { upfrontFee: true, feeAmount: "KSh 200,000" }],
    ["reads 'we never charge applicants any fee'", "We never charge applicants any fee.", { noFeePolicy: true }],
    ["reads compensation for resigning early", "If you resign before 12 months you must pay compensation of USD 3,000.", { penaltyForLeaving: true }],
    ["does not read a notice period as a penalty", "You may resign with one month's notice.", {}],
    ["reads a visa fee paid by the employer as policy, not as a fee", "Visa fee is paid by the employer.", { noFeePolicy: true }],
    ["does not read 'no placement fee' as a fee", "No placement fee. Employer pays all costs.", { noFeePolicy: true }],
    ["reads an Indonesian registration fee to a personal account", "Bayar biaya pendaftaran Rp 5 juta ke rekening pribadi saya", { upfrontFee: true, feeAmount: "Rp 5 juta", paymentChannel: "personal-account" }],
    ["reads a Vietnamese exit fee and an advance", "Phí xuất cảnh 2.700 USD, ứng trước tiền vé", { upfrontFee: true, feeAmount: "2.700 USD", advanceRepaidFromSalary: true }],
    ["reads a Chinese deposit and breach penalty", "先交押金5000元，违约金3万", { upfrontFee: true, feeAmount: "5000元", penaltyForLeaving: true }],
    ["does not read a Western Union teller vacancy as a payment channel", "Western Union teller needed for our branch", {}],
    ["reads a reservation fee via GCash", "Pay the reservation fee via GCash", { upfrontFee: true, paymentChannel: "gcash" }],
    ["reads a Thai recruitment fee in baht", "ค่าหัวคิว 50,000 บาท", { upfrontFee: true, feeAmount: "50,000 บาท" }],
    ["reads the Malaysian zero-cost bait", "Work in Cambodia, up to RM15,000/month. You don't pay a single sen.", { zeroCostClaim: true }],
    ["reads a Korean lump fee for visa and lodging", "비자·숙소·보험 일괄 대행비 선입금", { upfrontFee: true }],
    ["reads the Chinese 'company pays everything'", "所有费用公司承担，一分钱不用花", { zeroCostClaim: true }],
    ["reads a Tagalog no-fee policy", "Walang placement fee! Hindi kami naniningil ng bayad.", { noFeePolicy: true }],
    ["reads a Spanish advance repaid from salary", "El pasaje se descontará de tu sueldo.", { advanceRepaidFromSalary: true }],
    ["does not read a Thai medical check the company pays as a fee", "บริษัทออกค่าตรวจสุขภาพให้", {}],
    ["reads Indonesian 'tidak dipungut biaya' as a no-fee policy", "Proses rekrutmen tidak dipungut biaya apapun.", { noFeePolicy: true }],
    ["reads a Korean breach penalty", "중도 퇴사 시 위약금 500만 원", { penaltyForLeaving: true }],
    // A prohibition governs its whole clause (clauseBefore), channels named in it included.
    ["does not read a warning never to send money by GCash as a payment channel", "Never, ever send money to any recruiter or agent through GCash for this job.", {}],
    ["does not read a GCash transfer listed under a warning header", "Red flags:\n• a fee sent via GCash to a personal account", {}],
    ["still reads a GCash instruction after a warning's sentence has ended", "Never trust fake pages. Send the reservation fee via GCash today.", { upfrontFee: true, paymentChannel: "gcash" }],
  ])("%s", (_name, description, expected) => {
    expect(feeValues(description)).toEqual({ ...NO_FEES, ...expected });
  });

  // One marker and one look-alike per language: legal, receipted fees, no-fee policies and pay
  // components ("+ service charge") share the words but are not fees charged to the worker.
  it.each<[string, string, string, Partial<FeeValues>]>([
    ["por", "reads a Portuguese processing fee paid by Multicaixa Express and a ticket repaid from salary", "Custos de processamento (visto e bilhete): 450.000 Kz, pagos antes da viagem por Multicaixa Express. Passagem devolvida em 4 parcelas no salário.", { upfrontFee: true, paymentChannel: "e-wallet", advanceRepaidFromSalary: true }],
    ["por", "reads a Portuguese no-fee policy", "Não cobramos qualquer valor aos candidatos.", { noFeePolicy: true }],
    ["rus", "reads a Russian visa fee in USDT, 'the rest at the company's expense' and a salary deduction", "Оформление визы и трансфер — 300$, оплата в USDT, остальное за счёт компании. Билет потом вычтут из зарплаты.", { upfrontFee: true, paymentChannel: "crypto", advanceRepaidFromSalary: true, zeroCostClaim: true }],
    ["rus", "reads a Russian no-fee policy", "Отель не берёт плату с кандидатов.", { noFeePolicy: true }],
    ["tur", "reads a Turkish advance payment and a ticket taken from the first salaries", "Vize, bilet ve evrak masrafı için 25.000 TL ön ödeme alınıyor. Bilet ilk 3 maaştan kesilir.", { upfrontFee: true, feeAmount: "25.000 TL", advanceRepaidFromSalary: true }],
    ["tur", "reads a Turkish no-fee policy", "Adaylardan hiçbir ücret alınmaz.", { noFeePolicy: true }],
    ["ara", "reads an Arabic registration fee in USDT and a ticket deducted from salary", "رسوم التسجيل والتوصيل 500$ تُدفع USDT، والتذكرة تنخصم من الراتب.", { upfrontFee: true, feeAmount: "500$", paymentChannel: "crypto", advanceRepaidFromSalary: true }],
    ["ara", "reads a negated Arabic recruitment fee as a no-fee policy", "الوكالة لا تحصّل أي رسوم توظيف.", { noFeePolicy: true }],
    ["urd", "reads an Urdu agent fee and a ticket deducted from salary", "ایجنٹ فیس صرف 2 لاکھ روپے، ٹکٹ بعد میں تنخواہ سے کٹ جائے گا۔", { upfrontFee: true, feeAmount: "2 لاکھ روپے", advanceRepaidFromSalary: true }],
    ["urd", "reads an Urdu no-fee policy", "کمپنی کوئی فیس نہیں لیتی۔", { noFeePolicy: true }],
    ["urd", "does not read an Urdu criminal record as a penalty", "کوئی مجرمانہ ریکارڈ نہ ہو۔", {}],
    ["hin", "reads a Hindi travel and visa charge and a ticket deducted from salary", "यात्रा और वीज़ा खर्च ₹1,20,000 देना होगा, टिकट का पैसा पहली सैलरी से कटेगा।", { upfrontFee: true, advanceRepaidFromSalary: true }],
    ["hin", "does not read a receipted, capped Hindi service fee as an upfront fee", "सेवा शुल्क सरकारी सीमा के भीतर, रसीद के साथ।", {}],
    ["ben", "reads a Bengali visa-processing fee sent by bKash with the rest deducted from salary", "\"ভিসা প্রসেসিং\" বাবদ ২৫,০০০ টাকা বিকাশে পাঠাতে হবে, বাকি ২ লাখ বেতন থেকে কিস্তিতে কাটা হবে।", { upfrontFee: true, paymentChannel: "e-wallet", advanceRepaidFromSalary: true }],
    ["ben", "reads a Bengali 'no registration fee' as a no-fee policy, and weekly pay by bKash as no fee", "কোনো রেজিস্ট্রেশন ফি নেই। সাপ্তাহিক পেমেন্ট বিকাশে।", { noFeePolicy: true }],
    ["nep", "reads a Nepali processing fee with the rest taken from salary", "प्रोसेसिङ शुल्क रु. २ लाख ५० हजार – एक लाख अहिले, बाँकी तलबबाट।", { upfrontFee: true, advanceRepaidFromSalary: true }],
    ["nep", "does not read a receipted, capped Nepali service fee as an upfront fee", "सेवा शुल्क सरकारले तोकेको सीमाभित्र, रसिदसहित।", {}],
    ["sin", "reads a Sinhala processing fee in USDT and a ticket cut from pay", "Processing ගාස්තුව USD 400 (USDT වලින්). ටිකට් එක company එකෙන් ගන්නවා, පස්සෙ පඩියෙන් ටික ටික කපනවා.", { upfrontFee: true, feeAmount: "USD 400", paymentChannel: "crypto", advanceRepaidFromSalary: true }],
    ["sin", "reads a Sinhala no-fee policy", "කිසිදු බඳවා ගැනීමේ ගාස්තුවක් අය නොකෙරේ.", { noFeePolicy: true }],
    ["tam", "reads a Tamil registration and visa fee in USDT and a ticket cut from salary", "பதிவு + விசா கட்டணம் $350 (USDT). டிக்கெட் கம்பெனி எடுக்கும், அப்புறம் சம்பளத்துல கொஞ்சம் கொஞ்சமா பிடிப்பாங்க.", { upfrontFee: true, feeAmount: "$350", paymentChannel: "crypto", advanceRepaidFromSalary: true }],
    ["tam", "reads a Tamil no-fee policy", "நாங்கள் எந்தக் கட்டணமும் வசூலிப்பதில்லை.", { noFeePolicy: true }],
    ["swa", "reads a Swahili full fee and a ticket deducted from salary", "Ada kamili ni KSh 350,000. Gharama ya tiketi itakatwa kwenye mishahara ya kwanza.", { upfrontFee: true, feeAmount: "KSh 350,000", advanceRepaidFromSalary: true }],
    ["swa", "reads a Swahili no-fee policy without reading weekly M-Pesa pay as a fee channel", "Hatutozi ada ya maombi. Malipo kila Ijumaa kwa M-Pesa.", { paymentChannel: "m-pesa", noFeePolicy: true }],
    ["amh", "reads an Amharic recruitment fee sent in USDT", "የማስቀጠሪያ ክፍያ 800 ዶላር ብቻ በUSDT ትልካለህ።", { upfrontFee: true, paymentChannel: "crypto" }],
    ["amh", "reads an Amharic no-fee policy", "ኤጀንሲው ከሠራተኛው ምንም ክፍያ አይቀበልም።", { noFeePolicy: true }],
    ["mya", "reads a Burmese travel cost advanced and taken back from salary", "လမ်းစရိတ်ကို ကုမ္ပဏီက အရင်စိုက်ပေးပြီး လစာထဲက ပြန်ဖြတ်ပါမယ်။", { advanceRepaidFromSalary: true }],
    ["mya", "does not read a legal, receipted Burmese service fee as an upfront fee", "ဝန်ဆောင်ခ ဥပဒေသတ်မှတ်ချက်အတိုင်းသာ၊ ပြေစာ ထုတ်ပေးမည်။", {}],
    ["khm", "reads a Khmer ticket advanced and cut from salary", "សំបុត្រយន្តហោះក្រុមហ៊ុនចេញមុន កាត់ពីប្រាក់ខែ ៣ ខែដំបូង", { advanceRepaidFromSalary: true }],
    ["khm", "does not read a regulated, invoiced Khmer service fee as an upfront fee", "ថ្លៃសេវាតាមបទប្បញ្ញត្តិ មានវិក្កយបត្រ", {}],
    ["lao", "reads a Lao document fee in USDT and travel costs deducted from salary", "ຄ່າດຳເນີນເອກະສານ 200 ໂດລາ ຈ່າຍເປັນ USDT, ຄ່າເດີນທາງບໍລິສັດອອກ ຫັກຄືນຈາກເງິນເດືອນ", { upfrontFee: true, paymentChannel: "crypto", advanceRepaidFromSalary: true }],
    ["lao", "reads a Lao no-fee policy without reading the regulated fee", "ຄ່າທຳນຽມຕາມທີ່ກະຊວງກຳນົດ ມີໃບຮັບເງິນ. ບໍລິສັດບໍ່ເກັບຄ່າທຳນຽມໃດໆ.", { noFeePolicy: true }],
    ["eng", "reads an English agent fee and 'company settle all'", "Agent fee only ₹50,000, company settle all.", { upfrontFee: true, feeAmount: "₹50,000", zeroCostClaim: true }],
    ["eng", "does not read 'never charges candidates any visa or processing fee' as a fee", "Gulfstar never charges candidates any visa or processing fee.", {}],
    ["eng", "does not read a hotel service charge as a fee", "Waiter: AED 1,800 + service charge.", {}],
    ["eng", "does not read an e-wallet company as a payment channel", "e-Wallet company in KL Sentral hiring Mandarin/English customer service.", {}],
    ["ind", "does not read a refused transfer to a personal account as a channel", "Kami tidak pernah meminta transfer ke rekening pribadi staf.", { noFeePolicy: true }],
    ["jpn", "reads a Japanese no-fee policy without reading the fee", "求職者からの紹介手数料は一切いただきません。", { noFeePolicy: true }],
    ["kor", "reads a Korean 'no registration fee is ever asked' as a no-fee policy, not a fee", "등록비·프로필 촬영비 등 비용 요구 절대 없습니다.", { noFeePolicy: true }],
    ["zho", "does not read Chinese fees the company never collects", "公司不会以任何名义收取培训费、押金。", {}],
    ["zho", "does not read a Chinese service-charge share as a fee", "月薪4,000-5,500元 + 服务费分成", {}],
    ["zho", "does not read Chinese 付费 (paying customers) as a fee", "负责付费商家的运营指导。", {}],
    ["vie", "does not read a Vietnamese service charge on top of pay as a fee", "Lương 7–9 triệu + phí dịch vụ.", {}],
    ["tha", "does not read a free Thai health check as a zero-cost offer", "ตรวจสุขภาพไม่เสียค่าใช้จ่าย", {}],
    ["tha", "reads a Thai 'no cost at all' offer", "มีที่พักในบริษัท อาหารฟรี ไม่มีค่าใช้จ่ายใดๆ", { zeroCostClaim: true }],
    ["tgl", "does not read a banned Tagalog placement fee as a fee", "Bawal ang placement fee sa mga papuntang Taiwan.", {}],

  ])("%s: %s", (_language, _name, description, expected) => {
    expect(feeValues(description)).toEqual({ ...NO_FEES, ...expected });
  });

  // The amount next to a fee, in each currency the fee reader knows, written before and after.
  it.each<[string, string, string | null]>([
    ["a Brazilian fee with R$ first", "Processing fee R$ 3.500 antes da viagem", "R$ 3.500"],
    ["a Brazilian fee in reais", "Taxa de processamento: 3.500 reais", "3.500 reais"],
    ["a Turkish fee with TL after", "Vize masrafı 25.000 TL", "25.000 TL"],
    ["a Turkish fee with ₺ first", "İşlem ücreti ₺25.000", "₺25.000"],
    ["a Kenyan fee with Kshs first", "Processing fee Kshs 150,000", "Kshs 150,000"],
    ["a Kenyan fee with Kshs after", "Processing fee 150,000 Kshs", "150,000 Kshs"],
    ["an Ethiopian fee in birr", "processing fee 20,000 birr", "20,000 birr"],
    ["an Ethiopian fee with ETB first", "processing fee ETB 20,000", "ETB 20,000"],
    ["an Ethiopian fee in ብር", "የማስቀጠሪያ ክፍያ 5000 ብር", "5000 ብር"],
    ["a Russian fee in space-grouped roubles", "оплата за визу 30 000 ₽", "30 000 ₽"],
    ["a Russian fee in рублей", "оплата за визу 30000 рублей", "30000 рублей"],
    ["a dollar sign after the amount", "Visa fee 300$ before departure", "300$"],
    ["an Urdu fee in lakh rupees with Arabic-Indic digits", "ایجنٹ فیس ۲ لاکھ روپے", "۲ لاکھ روپے"],
    ["an Urdu fee in rupees", "ایجنٹ فیس 50000 روپے", "50000 روپے"],
    ["no amount when the number after the fee names no currency", "Processing fee: call 0300 1234567", null],
    ["no amount when tl ends a word", "Processing fee paid at the Seattl 500 office", null],
  ])("reads the fee amount of %s", (_name, description, feeAmount) => {
    const feature = extractFees(contextFrom({ description }));
    expect(feature.upfrontFee).toBe(true);
    expect(feature.feeAmount).toBe(feeAmount);
  });

  it("points the fee amount evidence at the amount as typed", () => {
    const feature = extractFees(contextFrom({ description: "Reservation fee ₱50,000 via GCash." }));
    expect(feature.feeAmount).toBe("₱50,000");
    expect(feature.evidenceByFlag.feeAmount).toEqual([{ field: "description", start: 16, end: 23, text: "₱50,000" }]);
    expect(feature.evidenceByFlag.paymentChannel?.map((item) => item.text)).toEqual(["GCash"]);
  });
});

describe("the fee amount pattern", () => {
  it("has no catastrophic backtracking", () => {
    expect(redosVerdict(FEE_AMOUNT_PATTERN.source, FEE_AMOUNT_PATTERN.flags).detail).toBe("safe");
  }, 30_000);

  it("reads a fee amount after 100,000 characters of digits and separators in well under a second", () => {
    const started = performance.now();
    const feature = extractFees(contextFrom({ description: `${"1,0 0".repeat(20_000)} placement fee USD 500` }));
    expect(feature.feeAmount).toBe("USD 500");
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
