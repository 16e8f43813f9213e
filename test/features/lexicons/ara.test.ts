import { describe, expect, it } from "vitest";
import { familyFlags, type Family } from "./flags.js";
import { contextFrom } from "../../../src/features/evidence.js";
import { extractRequirements } from "../../../src/features/requirements.js";
import { type RoleFamily, extractRole } from "../../../src/features/roles.js";

// Arabic (MSA, Egyptian, Gulf and Levantine usage): each lure wording next to a look-alike from legitimate
// Gulf recruitment (residence permits, annual tickets, service charges, fee-free agencies, housing at the worker's cost).
describe("Arabic lexicon", () => {
  it.each<[string, Family, string, string[]]>([
    ["reads an apartment, food and tickets on the agency", "travel", "شقة وأكل وتذاكر على الوكالة.", ["accommodationProvided", "flightProvided", "foodProvided"]],
    ["reads housing inside the company plus food", "travel", "سكن داخل الشركة + أكل", ["accommodationProvided", "foodProvided"]],
    ["does not read housing at the worker's own cost", "travel", "بيئة عمل جميلة وسكن قريب من العمل على حسابك", []],
    ["does not read a residence permit (إقامة) as housing", "travel", "الشركة توفر الدراجة والتأمين والإقامة للمقيمين داخل الدولة", []],
    ["reads entry as a tourist and a work visa after arrival", "travel", "ادخل كسائح وبعد الوصول نطلعلك فيزا عمل", ["touristVisa", "visaProvided", "workPermitAfterArrival"]],
    ["reads an airport pickup and travel next week", "travel", "نستقبلك في المطار والسفر الأسبوع الجاي", ["airportPickup", "urgentDeparture"]],
    ["does not read a warning against tourist visas", "travel", "لا تسافر بتأشيرة سياحية للعمل أبداً", []],
    ["reads coaching at the airport", "travel", "في المطار لا تقول إنك جاي تشتغل، قول جاي سياحة.", ["poseAsTourist"]],
    ["reads no experience and fresh graduates", "requirements", "ما يحتاج خبرة، وحديثي التخرج مرحب بهم.", ["noExperience"]],
    ["reads \"just a passport\"", "requirements", "يكفي جواز سفر ساري.", ["passportRequired"]],
    ["reads a reservation fee to pay before travel", "fees", "لازم تدفع 500 دولار رسوم حجز قبل السفر", ["upfrontFee"]],
    ["does not read a hotel service charge as a fee", "fees", "الراتب 3,800 درهم + رسوم خدمة", []],
    ["does not read a no-fee statement as a fee", "fees", "لا تتقاضى جهة العمل أي رسوم من المتقدمين", ["noFeePolicy"]],
    ["reads a ticket deducted from the salary", "fees", "التذكرة الشركة تدفعها وبعدين تنخصم من الراتب", ["advanceRepaidFromSalary"]],
    ["reads a penalty for leaving the job", "fees", "لو تركت الشغل قبل سنة تدفع غرامة 2000 دولار", ["penaltyForLeaving"]],
    ["reads a commercial registration number and sponsorship", "legitimacy", "سجل تجاري رقم 1010123456، الإقامة على كفالة الشركة.", ["registrationNumber", "workPermitSponsored"]],
  ])("%s", (_name, family, description, expected) => {
    expect(familyFlags(family, description)).toEqual(expected);
  });

  it.each<[string, string, number | null, number | null]>([
    ["reads \"من 20 إلى 35 سنة\"", "العمر من 20 إلى 35 سنة", 20, 35],
    ["reads a maximum age without reading years of experience", "خبرة لا تقل عن 5 سنوات والعمر لا يزيد عن 35 سنة", null, 35],
  ])("%s", (_name, description, min, max) => {
    const range = extractRequirements(contextFrom({ description })).ageRange;
    expect(range === null ? [null, null] : [range.min, range.max]).toEqual([min, max]);
  });

  it.each<[string, string, RoleFamily]>([
    ["reads a page admin", "أدمن صفحات فيسبوك", "admin"],
    ["reads investment advisers as sales", "مستشارين استثمار للعمل أونلاين", "sales"],
    ["reads data entry", "مدخلي بيانات", "data-entry"],
  ])("%s", (_name, title, family) => {
    expect(extractRole(contextFrom({ title })).family).toBe(family);
  });
});
