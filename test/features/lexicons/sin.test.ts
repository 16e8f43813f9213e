import { describe, expect, it } from "vitest";
import { flagValues } from "./flags.js";
import { contextFrom } from "../../../src/features/evidence.js";
import { type RoleFamily, extractRole } from "../../../src/features/roles.js";

// Sinhala, including the English loanwords Sri Lankan ads mix in ("Visit Visa එකෙන්", "company එකෙන්").
describe("Sinhala lexicon", () => {
  it.each<[string, string, Record<string, boolean>]>([
    ["reads the ticket given by the company", "ගුවන් ටිකට් එක අපි අරන් දෙනවා.", { "travel.flightProvided": true }],
    ["does not read a ticket the worker pays for", "ගුවන් ටිකට් ඔබම දැරිය යුතුයි.", { "travel.flightProvided": false }],
    ["reads rooms and meals inside the compound", "Compound එක ඇතුළේ කාමර, කෑම.", { "travel.accommodationProvided": true, "travel.foodProvided": true }],
    ["reads a visit visa and a permit after getting there", "Visit Visa එකෙන් එන්න, එහෙට ගියාට පස්සේ work permit එක හදනවා.", { "travel.touristVisa": true, "travel.workPermitAfterArrival": true }],
    ["reads being picked up at the airport", "ගුවන්තොටුපළේ සිට අපි රැගෙන යනවා.", { "travel.airportPickup": true }],
    ["reads coaching to say it is a trip", "Airport එකේදී වැඩට යනවා කියන්න එපා, නිවාඩුවට යනවා කියන්න.", { "travel.poseAsTourist": true }],
    ["reads keeping it from the family", "ගෙදර අයට කියන්න එපා.", { "travel.hideFromFamily": true }],
    ["reads 'no experience needed' with පළපුරුද්ද", "පළපුරුද්ද අවශ්‍ය නැත, පුහුණුව ලබා දේ.", { "requirements.noExperience": true }],
    ["reads 'those without experience too'", "අත්දැකීම් නොමැති අයටද අයදුම් කළ හැක.", { "requirements.noExperience": true }],
    ["reads three years in words as senior", "වසර තුනක පළපුරුද්ද අවශ්‍යයි.", { "requirements.seniorQualifications": true }],
    ["reads a female-marked receptionist title as a gender requirement", "පිළිගැනීමේ නිලධාරිනියන් අවශ්‍යයි.", { "requirements.genderOrAppearance": true }],
    ["reads a passport copy", "Passport එකේ copy එක WhatsApp කරන්න.", { "requirements.passportCopyRequested": true }],
    ["reads an advance payment", "අත්තිකාරම් රු. 50,000ක් ගෙවිය යුතුයි.", { "fees.upfrontFee": true }],
    ["reads salary deductions", "ටිකට් මුදල පඩියෙන් කපා ගන්නවා.", { "fees.advanceRepaidFromSalary": true }],
    ["reads a penalty for breaking the contract", "කොන්ත්‍රාත්තුව කඩ කළොත් වන්දි ගෙවිය යුතුයි.", { "fees.penaltyForLeaving": true }],
    ["reads 'not a cent to pay'", "සතයක්වත් ගෙවන්න ඕනෙ නෑ.", { "fees.zeroCostClaim": true }],
    ["reads a no-fee policy", "කිසිදු බඳවා ගැනීමේ ගාස්තුවක් අය නොකෙරේ.", { "fees.noFeePolicy": true, "fees.upfrontFee": false }],
    ["reads a street address and a written test", "කාර්යාලය: ගාලු පාර, කොළඹ 03. ලිඛිත පරීක්ෂණයක් ඇත.", { "legitimacy.streetAddress": true, "legitimacy.multiStageInterview": true }],
    ["does not read 'this time' (මේ පාර) as a street", "මේ පාර කණ්ඩායමට අවස්ථාව.", { "legitimacy.streetAddress": false }],
  ])("%s", (_name, description, expected) => {
    const actual = flagValues(description);
    for (const [flag, value] of Object.entries(expected)) expect(actual[flag], flag).toBe(value);
  });

  it.each<[string, string, string, RoleFamily]>([
    ["reads a casino title", "කැසිනෝ පිළිගැනීමේ නිලධාරිනියන්", "", "casino"],
    ["reads a nurse", "හෙද නිලධාරිනියන් අවශ්‍යයි", "", "nursing"],
    ["reads customer service", "පාරිභෝගික සේවා නියෝජිත", "", "customer-service"],
    ["reads chat support in the body", "", "පාරිභෝගිකයින් සමඟ චැට් කිරීම.", "chat-support"],
    ["reads a computer operator as data entry", "පරිගණක ක්‍රියාකරු", "", "data-entry"],
  ])("%s", (_name, title, description, family) => {
    expect(extractRole(contextFrom({ title: title || undefined, description })).family).toBe(family);
  });
});
