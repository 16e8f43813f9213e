import { describe, expect, it } from "vitest";
import { familyFlags, type Family } from "./flags.js";
import { contextFrom } from "../../../src/features/evidence.js";
import { extractRequirements } from "../../../src/features/requirements.js";
import { type RoleFamily, extractRole } from "../../../src/features/roles.js";

// Tagalog and Taglish: the English words posters mix in ("no exp ok", "tourist ka muna") and look-alikes
// from DMW-licensed and local ads that must stay quiet.
describe("Tagalog lexicon (tgl)", () => {
  it.each<[string, Family, string, string[]]>([
    ["reads a free flight, condo and meals", "travel", "Libreng flight at condo, may libreng pagkain pa.", ["accommodationProvided", "flightProvided", "foodProvided"]],
    ["reads ticket, visa and housing paid by the company", "travel", "Sagot ang ticket, visa at tirahan ng kumpanya.", ["accommodationProvided", "flightProvided", "visaProvided"]],
    ["reads a tourist entry with the working visa fixed on arrival", "travel", "Tourist ka lang muna papasok, ang working visa ay aayusin pagdating.", ["touristVisa", "workPermitAfterArrival"]],
    ["reads a briefing on what to tell immigration", "travel", "Ibi-brief namin kayo kung ano ang sasabihin sa immigration.", ["poseAsTourist"]],
    ["reads a Saturday departure and a pickup on arrival", "travel", "Aalis sa Sabado, doon na kayo susunduin sa Bangkok.", ["airportPickup", "urgentDeparture"]],
    ["reads Taglish no-experience, no-diploma and typing-only requirements", "requirements", "No exp ok, walang diploma, basta marunong mag-type.", ["computerBasicsOnly", "noDegree", "noExperience"]],
    ["reads a request to send a passport photo now", "requirements", "I-send mo na ngayon ang litrato ng passport mo.", ["passportCopyRequested"]],
    ["reads a women-only call with looks and full-body photos", "requirements", "Mga babaeng 18-25, maayos ang itsura, magpadala ng full body pics.", ["genderOrAppearance"]],
    ["reads a cost repaid little by little from salary", "fees", "Babayaran mo na lang paunti-unti pag sumasahod ka na.", ["advanceRepaidFromSalary"]],
    ["reads a fine for going home before the contract ends", "fees", "May multa kapag umuwi ka bago matapos ang kontrata.", ["penaltyForLeaving"]],
    ["reads 'the company pays for everything'", "fees", "Wala kang babayaran, sagot ng company lahat.", ["zeroCostClaim"]],
    ["reads a promise never to ask applicants for money", "fees", "Hindi kami kailanman hihingi ng pera sa aplikante.", ["noFeePolicy"]],
    ["reads an employer-paid employment visa and a contract before departure", "legitimacy", "Employment visa at ticket ay sagot ng employer, may employment contract bago umalis.", ["workPermitSponsored", "writtenContractBeforeTravel"]],
    ["reads a floor of a building as an address", "legitimacy", "12/F Cyber Tower, Eastwood City, Quezon City", ["streetAddress"]],
    ["does not read 'no free housing, you pay the fare' as an offer", "travel", "Walang libreng tirahan, sariling gastos ang pamasahe.", []],
    ["does not read 'not stay-in' with a shuttle as housing", "travel", "Hindi stay-in; may shuttle mula Cubao.", []],
    ["does not read the payday schedule as a salary deduction", "fees", "Ang sahod ay babayaran tuwing 15 at 30.", []],
    ["reads a GCash warning beside a no-placement-fee statement as a no-fee policy, not a fee", "fees", "Walang placement fee. Mag-ingat sa mga humihingi ng bayad sa GCash.", ["noFeePolicy"]],
  ])("%s", (_name, family, description, expected) => {
    expect(familyFlags(family, description)).toEqual(expected);
  });

  it("reads an age range given in years old", () => {
    expect(extractRequirements(contextFrom({ description: "Basta 18-35 years old at may passport." })).ageRange).toEqual({ min: 18, max: 35 });
  });

  it.each<[string, string, string, RoleFamily]>([
    ["reads an encoder as data entry", "Taga-encode ng orders", "Online shop sa Pasig", "data-entry"],
    ["reads online gambling as casino work", "Online sugal CSR", "Sa Pampanga", "casino"],
    ["reads a cook as hospitality", "Kusinero", "Restaurant sa Makati", "hospitality"],
  ])("%s", (_name, title, description, family) => {
    expect(extractRole(contextFrom({ title, description })).family).toBe(family);
  });
});
