import { describe, expect, it } from "vitest";
import { familyFlags, type Family } from "./flags.js";
import { contextFrom } from "../../../src/features/evidence.js";
import { extractRequirements } from "../../../src/features/requirements.js";
import { type RoleFamily, extractRole } from "../../../src/features/roles.js";

// Turkish: each lure wording next to a look-alike from legitimate ads (meal cards and "yemekli"
// local jobs, sponsored work permits, fee-free agencies, warnings against tourist visas).
describe("Turkish lexicon", () => {
  it.each<[string, Family, string, string[]]>([
    ["reads a ticket the company buys and deductions from salary", "travel", "Bileti şirket alıyor, maaştan azar azar kesiliyor.", ["flightProvided"]],
    ["reads a permit arranged on arrival and a tourist visa", "travel", "Çalışma izni oraya gelince ayarlanır, turist vizesiyle gel.", ["touristVisa", "workPermitAfterArrival"]],
    ["reads \"vizeye gerek yok\" and visa at the gate", "travel", "Vizeye gerek yok, kapıda vize alınır.", ["noVisaNeeded", "touristVisa"]],
    ["reads an airport welcome with a driver", "travel", "Havalimanında sizi şoförümüz bekleyecek.", ["airportPickup"]],
    ["reads coaching to say \"tatile geldim\"", "travel", "Havalimanında \"tatile geldim\" de, iş lafı etme.", ["poseAsTourist"]],
    ["reads company lodging and three meals", "travel", "Şirket lojmanı ve üç öğün yemek bizden.", ["accommodationProvided", "foodProvided"]],
    ["does not read a warning against tourist visas", "travel", "Asla turist vizesiyle çalışmaya gitmeyin.", []],
    ["reads \"deneyimsiz\" and \"eğitim şartı yok\"", "requirements", "Deneyimsiz adaylar, eğitim şartı yok.", ["noDegree", "noExperience"]],
    ["reads \"sadece pasaportun olması yeterli\"", "requirements", "Sadece pasaportun olması yeterli.", ["passportRequired"]],
    ["keeps a licence degree senior", "requirements", "Lisans diploması ve en az 3 yıl deneyim şarttır.", ["seniorQualifications"]],
    ["reads a service fee and a deposit", "fees", "Hizmet bedeli 500 $, kapora alınır.", ["upfrontFee"]],
    ["does not read a fee-free policy as a fee", "fees", "Adaylardan hiçbir ücret talep edilmez, başvuru tamamen ücretsizdir.", ["noFeePolicy"]],
    ["reads a ticket repaid from the first salaries and a penalty for leaving", "fees", "Uçak bileti ilk maaştan kesilir. Erken ayrılırsan bilet parasını iade edersin.", ["advanceRepaidFromSalary", "penaltyForLeaving"]],
    ["reads \"cebinden bir kuruş çıkmaz\"", "fees", "Cebinden bir kuruş çıkmaz, tüm masraflar bizden.", ["zeroCostClaim"]],
    ["reads staged interviews", "legitimacy", "İK ön görüşmesi, dil testi ve takım lideri mülakatı.", ["multiStageInterview"]],
    ["does not read a permit promised there as sponsored", "legitimacy", "Çalışma izni orada şirket tarafından çıkarılır.", []],
  ])("%s", (_name, family, description, expected) => {
    expect(familyFlags(family, description)).toEqual(expected);
  });

  it.each<[string, string, number | null, number | null]>([
    ["reads \"18–35 yaş\"", "18–35 yaş arası adaylar.", 18, 35],
  ])("%s", (_name, description, min, max) => {
    const range = extractRequirements(contextFrom({ description })).ageRange;
    expect(range === null ? [null, null] : [range.min, range.max]).toEqual([min, max]);
  });

  it.each<[string, string, RoleFamily]>([
    ["reads a forex portfolio manager as sales", "Forex portföy yöneticisi", "sales"],
    ["reads an office worker as admin", "Ofis elemanı", "admin"],
    ["reads IT support", "BT destek personeli", "it-support"],
  ])("%s", (_name, title, family) => {
    expect(extractRole(contextFrom({ title })).family).toBe(family);
  });
});
