import { describe, expect, it } from "vitest";
import { familyFlags, type Family } from "./flags.js";
import { contextFrom } from "../../../src/features/evidence.js";
import { extractRequirements } from "../../../src/features/requirements.js";
import { type RoleFamily, extractRole } from "../../../src/features/roles.js";

// Amharic: each lure wording next to a look-alike from legitimate ads (licensed agencies registered with the
// ministry, Telegram job channels, school-bus jobs, grade levels written with ክፍል).
describe("Amharic lexicon", () => {
  it.each<[string, Family, string, string[]]>([
    ["reads a ticket, visa, house and food that are all free", "travel", "ትኬት + ቪዛ + ቤት + ምግብ = ሁሉም ነፃ", ["accommodationProvided", "flightProvided", "foodProvided", "visaProvided"]],
    ["reads a room inside the compound and food", "travel", "በግቢው ውስጥ ክፍል፣ ጂም፣ ምግብ", ["accommodationProvided", "foodProvided"]],
    ["does not read a school bus or a grade level as housing", "travel", "ለትምህርት ቤት ሰርቪስ ሹፌር፣ 10ኛ ክፍል ያጠናቀቀ።", []],
    ["reads a tourist visa and a permit made there", "travel", "በቱሪስት ቪዛ ትመጣላችሁ፤ የሥራ ፈቃዱ እዚያ ይሠራል።", ["touristVisa", "workPermitAfterArrival"]],
    ["reads an airport welcome and a flight next week", "travel", "በሚቀጥለው ሳምንት ትበራላችሁ፤ ኤርፖርት ላይ እንቀበላችኋለን።", ["airportPickup", "urgentDeparture"]],
    ["reads coaching not to say the trip is for work", "travel", "ኤርፖርት ላይ ለሥራ እንደመጣህ አትናገር።", ["poseAsTourist"]],
    ["reads \"no experience needed\" and \"no degree needed\"", "requirements", "ልምድ አያስፈልግም፣ ዲግሪ አያስፈልግም።", ["noDegree", "noExperience"]],
    ["reads basic computer use", "requirements", "መሠረታዊ የኮምፒውተር ችሎታ በቂ ነው።", ["computerBasicsOnly"]],
    ["keeps a BA degree senior", "requirements", "BA ዲግሪ በአካውንቲንግ፣ ቢያንስ 3 ዓመት ልምድ።", ["seniorQualifications"]],
    ["reads a registration fee paid in advance", "fees", "የምዝገባ ክፍያ 5,000 ብር ቅድሚያ ትከፍላላችሁ።", ["upfrontFee"]],
    ["does not read \"no fee is asked\" as a fee", "fees", "ለቅጥር ምንም ክፍያ አንጠይቅም።", ["noFeePolicy"]],
    ["reads a ticket deducted from the salary", "fees", "የትኬቱ ወጪ ከደመወዝ ይቆረጣል።", ["advanceRepaidFromSalary"]],
    ["reads a penalty for breaking the contract", "fees", "ውሉን ካቋረጥክ ቅጣት ትከፍላለህ።", ["penaltyForLeaving"]],
    ["reads \"ሁሉም ወጪ በኩባንያው\"", "fees", "ሁሉም ወጪ በኩባንያው ይሸፈናል።", ["zeroCostClaim"]],
    ["reads a written test before the interview", "legitimacy", "የጽሑፍ ፈተና → ቃለ መጠይቅ → HR።", ["multiStageInterview"]],
    ["reads a work visa the employer covers", "legitimacy", "የሥራ ቪዛ እና መኖሪያ በአሠሪው።", ["workPermitSponsored"]],
  ])("%s", (_name, family, description, expected) => {
    expect(familyFlags(family, description)).toEqual(expected);
  });

  it.each<[string, string, number | null, number | null]>([
    ["reads \"ዕድሜ 20 – 35\"", "ዕድሜ 20 – 35", 20, 35],
  ])("%s", (_name, description, min, max) => {
    const range = extractRequirements(contextFrom({ description })).ageRange;
    expect(range === null ? [null, null] : [range.min, range.max]).toEqual([min, max]);
  });

  it.each<[string, string, RoleFamily]>([
    ["reads a call centre as customer service", "የጥሪ ማእከል ሠራተኞች", "customer-service"],
    ["reads office work as admin", "የኦንላይን የቢሮ ሥራ", "admin"],
    ["reads a casino", "የሆቴል እና ካሲኖ እንግዳ ተቀባዮች", "casino"],
  ])("%s", (_name, title, family) => {
    expect(extractRole(contextFrom({ title })).family).toBe(family);
  });
});
