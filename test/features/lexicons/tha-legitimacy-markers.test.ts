import { beforeAll, describe, expect, it } from "vitest";
import { advisoryCueTable } from "./advisory-cue-table.js";
import { ADVISORY_ANCHORS, allFlags, familyFlags, type Family } from "./flags.js";

// Lawful Thai ads about work abroad say what a worker can check in their own words: the Department of
// Employment's permission to recruit and its schemes (TIC Israel, Taiwan's direct-hiring centre,
// seasonal-worker programmes, the Overseas Job-seekers' Fund), the employer's work permit or visa
// before the flight (COE, CCVI, Z visa, entry permit), a stated sequence of tests and interviews, a
// contract signed, copied or approved before departure, a juristic registration number, a postcode, and
// "we take no money; report anyone asking money in our name". Lures copy the vague claims ("100% legal,
// government approved") and promise the opposite ("work permit after you arrive", "contract on
// arrival"); none of those sets a marker. Stories and news about victims (a son out of contact, victims
// handed over and returned safely) read as advisory cues; a lure's
// "nobody is locked up here" does not.

type Row = [name: string, family: Family, flag: string, text: string];

describe("Thai legitimacy markers in the wording of lawful overseas recruitment", () => {
  // The first Thai text compiles the Thai patterns; do it once here rather than inside the first row.
  beforeAll(() => {
    allFlags(ADVISORY_ANCHORS.tha);
  }, 60_000);

  it.each<Row>([
    // governmentScheme
    ["workers sent by the Department of Employment", "legitimacy", "governmentScheme", "จัดส่งโดยกรมการจัดหางาน กระทรวงแรงงาน"],
    ["a demand letter certified by the Thai labour office abroad", "legitimacy", "governmentScheme", "หนังสือเรียกแรงงาน (Demand Letter) ผ่านการรับรองจากสำนักงานแรงงานไทยในไต้หวัน"],
    ["permission to recruit job seekers", "legitimacy", "governmentScheme", "ได้รับอนุญาตให้รับสมัครคนหางานตามหนังสืออนุญาตของกรมการจัดหางาน"],
    ["membership of the Overseas Job-seekers' Fund", "legitimacy", "governmentScheme", "คนหางานต้องเป็นสมาชิกกองทุนเพื่อช่วยเหลือคนหางานไปทำงานในต่างประเทศ"],
    ["the Thailand-Israel cooperation (TIC) programme", "legitimacy", "governmentScheme", "โครงการความร่วมมือไทย-อิสราเอล ด้านการเกษตร"],
    ["Taiwan's direct hiring service centre", "legitimacy", "governmentScheme", "สมัครผ่านศูนย์บริการจ้างงานตรงไต้หวัน"],
    ["an employer taking its own employees to train abroad", "legitimacy", "governmentScheme", "นายจ้างพาลูกจ้างไปฝึกงานในต่างประเทศ โดยแจ้งกรมฯ ล่วงหน้า"],
    ["a seasonal-worker programme", "legitimacy", "governmentScheme", "โครงการแรงงานภาคเกษตรตามฤดูกาล (E-8) กับเทศบาลในเกาหลี"],
    ["registering one's wish to work abroad", "legitimacy", "governmentScheme", "ลงทะเบียนแสดงความจำนงไปทำงานต่างประเทศได้ที่สำนักงานใกล้บ้าน"],
    // workPermitSponsored
    ["a Work Permit applied for by the company (spaced English)", "legitimacy", "workPermitSponsored", "บริษัทดำเนินการขอ Work Permit ให้พนักงานและผู้ติดตาม"],
    ["a work visa in hand before boarding", "legitimacy", "workPermitSponsored", "ทุกคนจะมีวีซ่าทำงานเรียบร้อยก่อนขึ้นเครื่อง"],
    ["a work visa received before departure", "legitimacy", "workPermitSponsored", "ทุกคนได้รับวีซ่าทำงานก่อนเดินทาง"],
    ["a Japanese certificate of eligibility (COE)", "legitimacy", "workPermitSponsored", "นายจ้างญี่ปุ่นยื่นขอ COE ให้ผู้ผ่านการคัดเลือก"],
    ["a Korean employment permit and CCVI", "legitimacy", "workPermitSponsored", "นายจ้างยื่นขอใบอนุญาตจ้างงานและ CCVI ให้"],
    ["a Chinese Z visa", "legitimacy", "workPermitSponsored", "โรงเรียนสปอนเซอร์วีซ่า Z ให้ครูทุกคน"],
    ["a UAE entry permit issued by the employer", "legitimacy", "workPermitSponsored", "โรงแรมออก entry permit ให้ก่อนเดินทาง"],
    ["a temporary residence card arranged for the worker", "legitimacy", "workPermitSponsored", "HR ทำบัตรผู้พำนักชั่วคราว (TRC) ให้"],
    // multiStageInterview
    ["a first interview round", "legitimacy", "multiStageInterview", "สัมภาษณ์รอบแรกทางวิดีโอคอลกับฝ่ายบุคคล"],
    ["an arrow-separated sequence of test, interview and medical", "legitimacy", "multiStageInterview", "ขั้นตอน: ทดสอบออนไลน์ → สัมภาษณ์ → ตรวจสุขภาพ"],
    ["a panel interview", "legitimacy", "multiStageInterview", "สัมภาษณ์โดยคณะกรรมการของโรงพยาบาล"],
    ["the employer coming to Thailand to select workers", "legitimacy", "multiStageInterview", "นายจ้างเดินทางมาคัดเลือกด้วยตนเองที่ประเทศไทย"],
    ["a demonstration lesson for teachers", "legitimacy", "multiStageInterview", "ผู้สมัครต้องสอนสาธิต 20 นาที"],
    ["a language test followed by an interview", "legitimacy", "multiStageInterview", "ทดสอบภาษาอังกฤษและสัมภาษณ์กับผู้จัดการแผนก"],
    ["an interview followed by a trade test", "legitimacy", "multiStageInterview", "ผ่านการสัมภาษณ์แล้วจะนัดทดสอบฝีมือ"],
    // writtenContractBeforeTravel
    ["a contract certified by the Thai labour office", "legitimacy", "writtenContractBeforeTravel", "สัญญาจ้างผ่านการรับรองจากสำนักงานแรงงานไทยในต่างประเทศ"],
    ["a contract signed before an employment official", "legitimacy", "writtenContractBeforeTravel", "ลงนามในสัญญาจ้างต่อหน้าเจ้าหน้าที่สำนักงานจัดหางาน"],
    ["a contract signed before the flight", "legitimacy", "writtenContractBeforeTravel", "เซ็นสัญญาจ้างที่สำนักงานก่อนบิน"],
    ["a copy of the contract kept before departure", "legitimacy", "writtenContractBeforeTravel", "มอบสำเนาสัญญาจ้างให้แรงงานเก็บไว้ก่อนเดินทาง"],
    ["a contract approved by the Department of Employment", "legitimacy", "writtenContractBeforeTravel", "สัญญาจ้างภาษาไทย-ญี่ปุ่น อนุมัติโดยกรมการจัดหางาน"],
    // registrationNumber
    ["a juristic registration number", "legitimacy", "registrationNumber", "ทะเบียนนิติบุคคลเลขที่ 0105561234567"],
    ["a commercial registration number", "legitimacy", "registrationNumber", "ทะเบียนพาณิชย์เลขที่ 3100500123456"],
    // streetAddress
    ["a province with its postcode", "legitimacy", "streetAddress", "ส่งใบสมัครมาที่ อ.เมือง จ.ขอนแก่น 40000"],
    ["Bangkok with its postcode", "legitimacy", "streetAddress", "สำนักงานใหญ่ เขตบางรัก กรุงเทพฯ 10500"],
    ["a village number and subdistrict", "legitimacy", "streetAddress", "โรงงานตั้งอยู่ ม.3 ต.หนองปรือ"],
    // noFeePolicy
    ["'the shop takes no money for applying'", "fees", "noFeePolicy", "ร้านไม่เก็บเงินค่าสมัคร ค่าอบรม หรือค่าชุด"],
    ["'no policy of collecting money'", "fees", "noFeePolicy", "บริษัทไม่มีนโยบายเรียกเก็บเงินจากผู้สมัคร"],
    ["a service fee capped at one month's wage", "fees", "noFeePolicy", "ค่าบริการไม่เกินค่าจ้างเดือนแรกตามกฎหมาย"],
    ["a receipt issued every time", "fees", "noFeePolicy", "ออกใบเสร็จรับเงินให้ทุกครั้ง"],
    ["the employer paying the recruitment cost", "fees", "noFeePolicy", "นายจ้างเป็นผู้รับผิดชอบค่าบริการจัดหางาน"],
    ["a warning about anyone asking money in the company's name", "fees", "noFeePolicy", "หากมีผู้แอบอ้างชื่อบริษัทเรียกเก็บเงิน โปรดแจ้งเรา"],
  ])("reads %s", (_name, family, flag, text) => {
    expect(familyFlags(family, text)).toContain(flag);
  });

  it.each<Row>([
    ["a vague 'government approved, 100% legal' claim as a scheme", "legitimacy", "governmentScheme", "ถูกกฎหมาย 100% รัฐบาลรับรอง"],
    ["'direct hire, no broker' as Taiwan's direct-hiring centre", "legitimacy", "governmentScheme", "นายจ้างจ้างตรง ไม่ผ่านนายหน้า"],
    ["seasonal fruit picking without a programme as a scheme", "legitimacy", "governmentScheme", "งานเก็บผลไม้ตามฤดูกาลที่ฟินแลนด์ รายได้ดี"],
    ["a Work Permit promised after arrival as sponsored", "legitimacy", "workPermitSponsored", "ไปถึงแล้วค่อยทำ Work Permit"],
    ["'no need to wait for a work visa before flying' as sponsored", "legitimacy", "workPermitSponsored", "ไม่ต้องรอวีซ่าทำงานก่อนบิน ใช้วีซ่าท่องเที่ยวได้เลย"],
    ["a free visa and ticket as sponsored", "legitimacy", "workPermitSponsored", "ตั๋วเครื่องบินฟรี วีซ่าฟรี"],
    ["a single chat interview as a selection process", "legitimacy", "multiStageInterview", "สัมภาษณ์ครั้งเดียวทางไลน์ ผ่านแน่นอน"],
    ["an interview followed by booking a ticket as a selection process", "legitimacy", "multiStageInterview", "สัมภาษณ์ → จองตั๋ว → บินได้เลย"],
    ["a language test and an interview on LINE as a selection process", "legitimacy", "multiStageInterview", "ทดสอบภาษาไทยแล้วสัมภาษณ์ทางไลน์"],
    ["a contract signed on arrival", "legitimacy", "writtenContractBeforeTravel", "สัญญาจ้างเซ็นตอนไปถึง"],
    ["a contract promised over Telegram before the flight", "legitimacy", "writtenContractBeforeTravel", "สัญญาจะส่งให้ทาง Telegram ก่อนบิน"],
    ["'a registered company' without a number", "legitimacy", "registrationNumber", "บริษัทจดทะเบียนถูกต้อง มีใบอนุญาต"],
    ["a city office without a street", "legitimacy", "streetAddress", "ออฟฟิศอยู่ใจกลางเมืองสีหนุวิลล์"],
    ["a school grade as a village number", "legitimacy", "streetAddress", "วุฒิ ม.3 ขึ้นไป ไม่จำกัดเพศ"],
    ["'no money up front, pay from salary' as a no-fee policy", "fees", "noFeePolicy", "ไม่เก็บเงินล่วงหน้า ค่อยหักจากเงินเดือน"],
    ["'everything free' as a no-fee policy", "fees", "noFeePolicy", "ฟรีค่าใช้จ่ายทั้งหมด บินฟรี ที่พักฟรี"],
    ["'beware of impostors, we are real' as a no-fee policy", "fees", "noFeePolicy", "ระวังมิจฉาชีพแอบอ้าง เราเป็นบริษัทจริง"],
  ])("does not read %s", (_name, family, flag, text) => {
    expect(familyFlags(family, text)).not.toContain(flag);
  });
});

advisoryCueTable("Thai advisory cues in the wording of victims' stories and news", "tha", {
  counted: [
    ["a son out of contact after going to Cambodia", "ลูกชายไปทำงานที่กัมพูชาแล้วขาดการติดต่อไปสามเดือน"],
    ["a relative reporting a son missing", "ญาติแจ้งว่าลูกชายหายตัวไปหลังเดินทางไปสีหนุวิลล์"],
    ["victims sent back home through the border", "ทางการกัมพูชาส่งตัวคนไทย 40 คนกลับทางด่านปอยเปต"],
    ["a family raising ransom money", "ครอบครัวต้องหาเงินค่าไถ่ตัว 3 แสน"],
    ["soldiers receiving Thais at the river", "ทหารพรานรับตัวคนไทย 12 คนที่ริมแม่น้ำเมย"],
    ["returning home safely", "คนไทยเดินทางกลับถึงประเทศไทยอย่างปลอดภัยแล้ว"],
    ["forced to type scams to Thais", "เขาบังคับให้พิมพ์หลอกคนไทยวันละหลายร้อยข้อความ"],
    ["asking for help to get out", "น้องแอบส่งข้อความมาขอความช่วยเหลือให้พาออกมา"],
    ["a building one cannot leave", "ไปอยู่ในตึกที่ออกไม่ได้"],
    ["Thais stranded", "ยังมีคนไทยอีกหลายร้อยคนตกค้างอยู่ในเมียวดี"],
  ],
  notCounted: [
    ["'not a building you cannot leave like in the news'", "ไม่ใช่ตึกที่ออกไม่ได้แบบในข่าว ออกไปเที่ยวได้ทุกวันหยุด"],
    ["'nobody is forced to scam people'", "ไม่มีการบังคับให้หลอกคน งานขายถูกกฎหมาย"],
    ["a lure's buy-out penalty in Mae Sot", "ทำงานที่แม่สอด ถ้าออกก่อนครบสัญญาต้องจ่ายค่าไถ่ตัว"],
    ["a friend's success story", "เพื่อนผมไปทำที่กัมพูชาแล้วได้เงินเยอะมาก"],
  ],
});
