import { describe, expect, it } from "vitest";
import { flagValues } from "./flags.js";
import { contextFrom } from "../../../src/features/evidence.js";
import { extractRequirements } from "../../../src/features/requirements.js";
import { type RoleFamily, extractRole } from "../../../src/features/roles.js";

// Tamil as written in Tamil Nadu and Sri Lanka, with the colloquial forms of social-media referrals.
describe("Tamil lexicon", () => {
  it.each<[string, string, Record<string, boolean>]>([
    ["reads a list of ticket, visa, room and food 'all free'", "டிக்கெட் + விசா + ரூம் + சாப்பாடு எல்லாம் FREE", { "travel.flightProvided": true, "travel.visaProvided": true, "travel.accommodationProvided": true, "travel.foodProvided": true }],
    ["reads a ticket up to Bangkok", "பாங்காக் வரை டிக்கெட், அங்கிருந்து எங்கள் வாகனம்.", { "travel.flightProvided": true, "travel.airportPickup": true }],
    ["does not read a ticket at the worker's own cost", "விமான டிக்கெட் சொந்த செலவில்.", { "travel.flightProvided": false }],
    ["reads room and food inside the company", "நிறுவனத்துக்குள் ரூம், சாப்பாடு.", { "travel.accommodationProvided": true, "travel.foodProvided": true }],
    ["reads a visa taken at the border as a visa on arrival", "விசா தேவையில்லை, எல்லையில் எடுத்துக்கொள்ளலாம்.", { "travel.noVisaNeeded": true, "travel.touristVisa": true }],
    ["does not read a warning against working without a visa", "விசா இல்லாமல் வேலை செய்யாதீர்கள்.", { "travel.noVisaNeeded": false }],
    ["reads a visit visa converted into a work visa", "விசிட் விசாவில் வந்து பிறகு வேலை விசாவாக மாற்றலாம்.", { "travel.touristVisa": true, "travel.workPermitAfterArrival": true }],
    ["reads keeping the job from the family", "வீட்டில் சொல்ல வேண்டாம்.", { "travel.hideFromFamily": true }],
    ["does not read an OTP warning as secrecy", "OTP யாரிடமும் சொல்ல வேண்டாம்.", { "travel.hideFromFamily": false }],
    ["reads 'even without experience'", "அனுபவம் இல்லாதவர்களும் விண்ணப்பிக்கலாம்.", { "requirements.noExperience": true }],
    ["reads 'no degree needed' and 'typing is enough'", "டிகிரி தேவை இல்லை, டைப் செய்யத் தெரிந்தால் போதும்.", { "requirements.noDegree": true, "requirements.computerBasicsOnly": true }],
    ["reads three years in words as senior", "மூன்று வருட அனுபவம் அவசியம்.", { "requirements.seniorQualifications": true }],
    ["reads an advance payment", "அட்வான்ஸ் பணம் ₹50,000 கட்ட வேண்டும்.", { "fees.upfrontFee": true }],
    ["does not read a government-capped receipted fee", "சேவைக் கட்டணம் அரசு நிர்ணயித்த வரம்புக்குள், ரசீதுடன்.", { "fees.upfrontFee": false }],
    ["reads a salary deduction", "டிக்கெட் பணம் சம்பளத்தில் பிடித்தம் செய்யப்படும்.", { "fees.advanceRepaidFromSalary": true }],
    ["reads a penalty for leaving half-way", "பாதியில் விட்டால் அபராதம் கட்ட வேண்டும்.", { "fees.penaltyForLeaving": true }],
    ["reads a no-fee policy and written test plus interview", "எந்தக் கட்டணமும் வசூலிப்பதில்லை. எழுத்துத் தேர்வும் நேர்காணலும் நடைபெறும்.", { "fees.noFeePolicy": true, "legitimacy.multiStageInterview": true }],
  ])("%s", (_name, description, expected) => {
    const actual = flagValues(description);
    for (const [flag, value] of Object.entries(expected)) expect(actual[flag], flag).toBe(value);
  });

  it("reads an age range written as 'from 18 to 30'", () => {
    expect(extractRequirements(contextFrom({ description: "வயது 18 முதல் 30 வரை." })).ageRange).toEqual({ min: 18, max: 30 });
  });

  it.each<[string, string, string, RoleFamily]>([
    ["reads a casino title", "காசினோ வேலை – கம்போடியா", "", "casino"],
    ["reads customer service", "வாடிக்கையாளர் சேவை – தாய்லாந்து", "", "customer-service"],
    ["reads a data entry operator", "டேட்டா என்ட்ரி ஆபரேட்டர்", "", "data-entry"],
    ["reads chatting with players as chat support", "", "வீரர்களுடன் சாட் செய்யும் வேலை.", "chat-support"],
    ["reads a nurse", "செவிலியர் தேவை", "", "nursing"],
  ])("%s", (_name, title, description, family) => {
    expect(extractRole(contextFrom({ title: title || undefined, description })).family).toBe(family);
  });
});

// Third pass: chat-register offers (the company "books" the ticket, pick-up at the airport, "typing
// is enough"), a sponsored work permit, and a warning against tourist visas that must not read as one.
describe("Tamil lexicon (tam), third pass", () => {
  it.each<[string, string[]]>([
    ["சுற்றுலா விசாவில் வேலைக்கு செல்ல வேண்டாம், அது சட்டவிரோதம்.", []],
    ["சுற்றுலா விசாவில் வரலாம்.", ["travel.touristVisa"]],
    ["டிக்கெட் கம்பெனியே போடும்.", ["travel.flightProvided"]],
    ["ஏர்போர்ட்ல வந்து கூட்டிட்டு போவாங்க.", ["travel.airportPickup"]],
    ["கம்ப்யூட்டர்ல டைப் பண்ணா போதும்.", ["requirements.computerBasicsOnly"]],
    ["Work Permit நிறுவனம் விண்ணப்பிக்கும்.", ["legitimacy.workPermitSponsored"]],
  ])("flags %s", (description, expected) => {
    const actual = flagValues(description);
    expect(Object.keys(actual).filter((flag) => actual[flag]).sort()).toEqual(expected);
  });

  it.each<[string, RoleFamily]>([
    ["கம்ப்யூட்டர்ல டைப் பண்ணா போதும்.", "typing"],
    ["டைப் பண்ற வேலை, வீட்டிலிருந்தே.", "typing"],
  ])("reads the typing role in %s", (description, family) => {
    expect(extractRole(contextFrom({ description })).family).toBe(family);
  });
});

describe("Tamil lexicon (tam), basic vocabulary", () => {
  it("reads online sales as a sales role", () => {
    expect(extractRole(contextFrom({ description: "ஆன்லைன் விற்பனை" })).family).toBe("sales");
  });
});
