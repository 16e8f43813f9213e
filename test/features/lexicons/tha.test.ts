import { describe, expect, it } from "vitest";
import { familyFlags, type Family } from "./flags.js";
import { contextFrom } from "../../../src/features/evidence.js";
import { extractRequirements } from "../../../src/features/requirements.js";
import { type RoleFamily, extractRole } from "../../../src/features/roles.js";

// Thai: including letters spaced out to slip past filters ("บิ น ฟ รี") and short forms ("ปสก."), and
// look-alikes from ordinary Thai ads (factory shuttles, truck routes, idioms) that must stay quiet.
describe("Thai lexicon (tha)", () => {
  it.each<[string, Family, string, string[]]>([
    ["reads a free ticket, free room and free rice", "travel", "ตั๋วฟรี ห้องพักฟรี ข้าวฟรี ไม่ต้องจ่ายสักบาท", ["accommodationProvided", "flightProvided", "foodProvided"]],
    ["reads spaced-out free flight, room and food", "travel", "บิ น ฟ รี ห้ อ ง ฟ รี ข้ า ว ฟ รี", ["accommodationProvided", "flightProvided", "foodProvided"]],
    ["reads travelling as a tourist with papers sorted after arrival", "travel", "บินไปแบบนักท่องเที่ยวก่อน ไปถึงแล้วบริษัทจัดการเรื่องเอกสารทำงานให้", ["touristVisa", "workPermitAfterArrival"]],
    ["reads coaching to tell immigration it is a trip", "travel", "ถ้าตม.ถาม ให้บอกว่ามาเที่ยว", ["poseAsTourist"]],
    ["reads a boat crossing with no passport needed", "travel", "ข้ามจากเชียงแสนนั่งเรือแป๊บเดียว ไม่ต้องใช้พาสปอร์ต", ["borderCrossing", "noVisaNeeded"]],
    ["reads a pickup in Mae Sot, a night river crossing and departure this week", "travel", "รถมารับที่แม่สอด ข้ามน้ำคืนเดียวถึง ไปพร้อมกันอาทิตย์นี้", ["airportPickup", "borderCrossing", "urgentDeparture"]],
    ["reads abbreviated no-experience, no-degree and phone skills only", "requirements", "ไม่ต้องมี ปสก. ไม่ต้องมีวุฒิ ขอแค่ใช้มือถือเป็น", ["computerBasicsOnly", "noDegree", "noExperience"]],
    ["reads 'just bring your ID card and passport'", "requirements", "เอาแค่บัตรประชาชนกับพาสปอร์ตมาก็พอ", ["passportRequired"]],
    ["reads a women-only call with height, weight and full-body photos", "requirements", "รับสาวสวย หญิง อายุ 18-25 ส่วนสูง น้ำหนัก และรูปเต็มตัว", ["genderOrAppearance"]],
    ["reads a ticket advanced and clawed back from salary", "fees", "ค่าตั๋วเครื่องบินบริษัทสำรองจ่ายให้ก่อน หักคืนจากเงินเดือน", ["advanceRepaidFromSalary"]],
    ["reads 'no need to pay a single baht'", "fees", "ไม่ต้องจ่ายสักบาท ฟรีทั้งหมด", ["zeroCostClaim"]],
    ["reads a work visa made by the company and two interview rounds", "legitimacy", "บริษัททำวีซ่าทำงานให้ สัมภาษณ์ 2 รอบ", ["multiStageInterview", "workPermitSponsored"]],
    ["reads a provincial employment office announcement", "legitimacy", "สำนักงานจัดหางานจังหวัดเปิดรับสมัคร", ["governmentScheme"]],
    ["does not read the idiom 'across water and sea' as a crossing", "travel", "ข้ามน้ำข้ามทะเลไปทำงานต่างแดนต้องระวัง", []],
    ["does not read a truck route through a border checkpoint as a crossing", "travel", "ขับรถขนส่งสินค้าข้ามด่านสะเดา มีใบขับขี่ ท.2", []],
    ["does not read a factory shuttle as travel provided", "travel", "มีรถรับส่งพนักงาน ไม่ต้องเสียค่ารถ", []],
    ["does not read 'no need for a work visa' as a sponsored permit", "legitimacy", "ไม่ต้องทำวีซ่าทำงาน ใช้พาสปอร์ตอย่างเดียว", []],
    ["does not read 'no passport is fine' as a passport requirement", "requirements", "ไม่มีพาสปอร์ตก็ได้", []],
    ["does not read 'men/women' as a gender restriction", "requirements", "ชาย/หญิง อายุ 20-35 ปี", []],
    ["reads 'fly free, room free' with a seven-meal-free wording", "travel", "บินฟรี ที่พักฟรี ฟรีอาหาร", ["accommodationProvided", "flightProvided", "foodProvided"]],
    ["reads 'go as if on holiday first, switch to a work visa on arrival'", "travel", "ไปแบบเที่ยวก่อน ไปถึงแล้วค่อยเปลี่ยนเป็นวีซ่าทำงาน", ["touristVisa", "workPermitAfterArrival"]],
    ["reads visa on arrival", "travel", "ใช้วีซ่า on arrival เข้าไปได้เลย", ["touristVisa"]],
    ["reads 'no work permit needed'", "travel", "ไม่ต้องมีใบอนุญาตทำงาน ทำงานได้เลย", ["noVisaNeeded"]],
    ["reads flying within three days and someone waiting at the checkpoint", "travel", "บินได้ภายใน 3 วัน มีคนรอรับที่ด่าน", ["airportPickup", "urgentDeparture"]],
    ["reads 'if immigration asks, say you are visiting' and 'don't tell your partner'", "travel", "ถ้าโดนถามให้ตอบว่ามาเที่ยว อย่าบอกแฟนนะ", ["hideFromFamily", "poseAsTourist"]],
    ["reads a job in a foreign land", "travel", "รับสมัครคนไปทำงานต่างแดน รายได้ดี", ["workAbroad"]],
    ["does not read 'we never send anyone abroad' as work abroad", "travel", "ทำงานที่โรงแรมในเชียงแสนเท่านั้น ไม่มีการส่งตัวไปทำงานต่างประเทศ", []],
    ["does not read board and lodging deducted from pay as provided", "travel", "หอพักและอาหารหักจากค่าจ้างตามกฎหมาย", []],
    ["does not read a dorm with its rent deducted as provided", "travel", "มีหอพักให้ หักค่าหอพักเดือนละ 500 บาท", []],
    ["does not read a bus ticket home as a flight", "travel", "บริษัทออกค่าตั๋วรถทัวร์ให้ตอนกลับบ้าน", []],
    ["does not read travel costs to the interview as a flight", "travel", "บริษัทออกค่าเดินทางมาสัมภาษณ์", []],
    ["does not read a footbridge as a border crossing", "travel", "เดินข้ามสะพานลอยมาที่ออฟฟิศ", []],
    ["does not read a warning against tourist visas as a tourist visa", "travel", "ห้ามใช้วีซ่าท่องเที่ยวไปทำงาน", []],
    ["reads a grade-9 education being enough and 'anyone can do it'", "requirements", "จบ ม.3 ก็สมัครได้ งานง่ายใครก็ทำได้", ["noDegree", "noSkills"]],
    ["reads 'no experience, we teach you' and 'just have a phone'", "requirements", "ไม่มีประสบการณ์เราสอน แค่มีมือถือ", ["computerBasicsOnly", "noExperience"]],
    ["reads a typing test and quick typing", "requirements", "มีเทสพิมพ์ พิมพ์ไทยไว", ["typingTest"]],
    ["reads a passport page sent with the ID card", "requirements", "ส่งสำเนาบัตรประชาชนพร้อมหน้าพาสปอร์ตมาทางอีเมล", ["passportCopyRequested"]],
    ["does not read 'bring your real passport, we do not keep it' as a copy request", "requirements", "นำพาสปอร์ตตัวจริงมาแสดง (ไม่ต้องฝากไว้)", []],
    ["reads 'pay back in instalments from salary' and a quit penalty", "fees", "ค่าตั๋วบริษัทออกให้ก่อน ผ่อนจ่ายจากเงินเดือน ลาออกก่อนครบสัญญาต้องจ่ายค่าปรับ", ["advanceRepaidFromSalary", "penaltyForLeaving"]],
    ["reads an entrance fee", "fees", "ค่าแรกเข้า 3,000 บาท โอนก่อนเริ่มงาน", ["upfrontFee"]],
    ["does not read 'not deducted from salary' as a repayment", "fees", "ร้านออกค่าตั๋วเครื่องบินให้ ไม่หักเงินเดือน", []],
    ["does not read 'no queue fee' or fees capped by law as a fee charged", "fees", "ลูกจ้างไม่ต้องเสียค่าหัวคิว ค่าธรรมเนียมตามที่กฎหมายกำหนด", []],
    ["does not read an annual health check benefit as a fee", "fees", "สวัสดิการ: ค่าตรวจสุขภาพประจำปี 4,000 บาท", []],
    ["reads 'no broker' as a no-fee policy", "fees", "สมัครได้ที่สำนักงานจัดหางานจังหวัด ไม่ผ่านนายหน้า", ["noFeePolicy"]],
    ["reads the MOU channel and a work permit applied for by the employer", "legitimacy", "นำเข้าแรงงานเมียนมาตามระบบ MOU นายจ้างดำเนินการขอใบอนุญาตทำงานให้", ["governmentScheme", "workPermitSponsored"]],
    ["reads a work visa and permit done with the Cambodian labour ministry", "legitimacy", "โรงแรมดำเนินการวีซ่าธุรกิจและใบอนุญาตทำงานกับกระทรวงแรงงานกัมพูชา", ["workPermitSponsored"]],
    ["reads registering the departure with the Department of Employment", "legitimacy", "แจ้งการเดินทางที่กรมการจัดหางานทุกคนก่อนบิน", ["governmentScheme"]],
    ["does not read a work visa switched to after arrival as sponsored", "legitimacy", "ไปถึงแล้วค่อยเปลี่ยนเป็นวีซ่าทำงาน", []],
    ["does not read a permit promised after probation as sponsored", "legitimacy", "บริษัทจะดำเนินเรื่องใบอนุญาตทำงานให้หลังผ่านทดลองงาน", []],
  ])("%s", (_name, family, description, expected) => {
    expect(familyFlags(family, description)).toEqual(expected);
  });

  it("reads the age range of a women-only call", () => {
    expect(extractRequirements(contextFrom({ description: "รับสาวสวย หญิง อายุ 18-25" })).ageRange).toEqual({ min: 18, max: 25 });
  });

  it.each<[string, string, string, RoleFamily]>([
    ["reads chat staff as chat support, not translation software as a translator", "พนักงานแชทลูกค้า", "มีโปรแกรมแปลภาษาให้", "chat-support"],
    ["reads a spaced-out game tester", "ง า น เ ท ส ต์ เ ก ม", "ปอยเปต", "game-tester"],
    ["reads an interpreter", "ล่ามภาษาจีน", "ประจำโรงงาน ระยอง", "translator"],
    ["reads a baccarat site as a casino", "พนักงาน CS เว็บบาคาร่า", "ประจำปอยเปต", "casino"],
    ["reads a misspelt call centre", "พนักงานคอลเซนเตอร์", "ประจำสำนักงาน", "customer-service"],
    ["reads online typing work", "งานพิมพ์ข้อความออนไลน์", "รายได้ดี", "typing"],
  ])("%s", (_name, title, description, family) => {
    expect(extractRole(contextFrom({ title, description })).family).toBe(family);
  });
});
