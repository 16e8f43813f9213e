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
  ])("%s", (_name, title, description, family) => {
    expect(extractRole(contextFrom({ title, description })).family).toBe(family);
  });
});
