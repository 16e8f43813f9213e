import { describe, expect, it } from "vitest";
import { familyFlags, type Family } from "./flags.js";
import { contextFrom } from "../../../src/features/evidence.js";
import { extractRequirements } from "../../../src/features/requirements.js";
import { type RoleFamily, extractRole } from "../../../src/features/roles.js";

// Swahili (Kenya, Tanzania, Uganda): each lure wording next to a look-alike from legitimate ads (NEA-licensed
// agencies, Gulf jobs with board and lodging, housing at the worker's cost, written tests that are real interviews).
describe("Swahili lexicon", () => {
  it.each<[string, Family, string, string[]]>([
    ["reads a check-mark package that costs nothing", "travel", "malazi ✔ chakula ✔ tiketi ✔ = 0", ["accommodationProvided", "flightProvided", "foodProvided"]],
    ["reads board, lodging and an airfare the employer pays", "travel", "Malazi na chakula ni juu yangu. Nauli ya ndege nitakulipia.", ["accommodationProvided", "flightProvided", "foodProvided"]],
    ["does not read staff housing at the worker's cost", "travel", "Malazi ya wafanyakazi yanapatikana kwa gharama ndogo.", []],
    ["reads a work permit after arrival and departure next week", "travel", "Kibali cha kazi tutakishughulikia ukishafika huku, safari ni wiki ijayo.", ["urgentDeparture", "workPermitAfterArrival"]],
    ["reads a visit visa and travel as tourists", "travel", "Mtasafiri kama watalii kwa viza ya kutembelea.", ["touristVisa"]],
    ["reads an airport pickup", "travel", "Tutakupokea kwenye uwanja wa ndege wa Bangkok.", ["airportPickup"]],
    ["reads coaching at immigration", "travel", "Ukiulizwa uwanjani, sema umekuja likizo.", ["poseAsTourist"]],
    ["reads work said to be abroad", "travel", "Kazi nje ya nchi, mshahara mzuri.", ["workAbroad"]],
    ["does not read clients abroad as work abroad", "travel", "Tunahudumia wateja nje ya nchi kutoka Nairobi.", []],
    ["reads \"uzoefu si lazima\" and \"elimu yoyote\"", "requirements", "Uzoefu si lazima, elimu yoyote inakubalika.", ["noDegree", "noExperience"]],
    ["reads fast typing and a passport as the requirements", "requirements", "Sharti kuu: uwe unaandika haraka kwenye kompyuta na uwe na pasipoti.", ["passportRequired", "typingTest"]],
    ["keeps a degree requirement senior", "requirements", "Shahada ya uhasibu na uzoefu wa miaka 3.", ["seniorQualifications"]],
    ["reads half the fee paid now", "fees", "Ada kamili ni KSh 350,000. Nusu ilipwe sasa, nusu kabla ya kusafiri.", ["upfrontFee"]],
    ["does not read a no-fee statement as a fee", "fees", "Hatutozi ada ya kukuajiri; usimlipe mtu yeyote kwa jina letu.", ["noFeePolicy"]],
    ["reads an airfare repaid little by little from the salary", "fees", "Utanirudishia kidogo kidogo kutoka mshahara.", ["advanceRepaidFromSalary"]],
    ["reads a fine for leaving", "fees", "Ukiacha kazi kabla ya mwaka, utalipa faini ya USD 1,000.", ["penaltyForLeaving"]],
    ["reads a work visa the employer pays before travel", "legitimacy", "Viza ya kazi, tiketi na uchunguzi wa afya ni juu ya mwajiri.", ["workPermitSponsored"]],
    ["does not read a permit promised on arrival as sponsored", "legitimacy", "Kibali cha kazi kitatolewa ukifika.", []],
    ["reads a Tanzanian TIN and a plot number", "legitimacy", "TIN 123-456-789, ofisi Plot No. 45 Kijitonyama.", ["registrationNumber", "streetAddress"]],
  ])("%s", (_name, family, description, expected) => {
    expect(familyFlags(family, description)).toEqual(expected);
  });

  it.each<[string, string, number | null, number | null]>([
    ["reads \"umri miaka 19–28\"", "Umri miaka 19–28, sura nzuri.", 19, 28],
  ])("%s", (_name, description, min, max) => {
    const range = extractRequirements(contextFrom({ description })).ageRange;
    expect(range === null ? [null, null] : [range.min, range.max]).toEqual([min, max]);
  });

  it.each<[string, string, RoleFamily]>([
    ["reads a kitchen helper as hospitality", "Msaidizi wa jikoni – mgahawa, Bangkok", "hospitality"],
    ["reads computer typists", "Waandishi wa kompyuta (typists)", "typing"],
    ["reads an office assistant as admin", "Msaidizi wa ofisi", "admin"],
  ])("%s", (_name, title, family) => {
    expect(extractRole(contextFrom({ title })).family).toBe(family);
  });
});
