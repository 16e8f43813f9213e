import { describe, expect, it } from "vitest";
import { allFlags } from "./flags.js";
import { contextFrom } from "../../../src/features/evidence.js";
import { extractRequirements } from "../../../src/features/requirements.js";
import { type RoleFamily, extractRole } from "../../../src/features/roles.js";

// Lure sentences must set exactly the listed flags; hard negatives (legitimate wording that shares
// words with lures: negated offers, licensed recruitment, local jobs) must set only what is listed.
describe("Khmer lexicon (khm)", () => {
  it.each<[string, string[]]>([
    ["កន្លែងស្នាក់នៅ និងអាហារ ឥតគិតថ្លៃ សំបុត្រយន្តហោះក្រុមហ៊ុនចេញ", ["travel.accommodationProvided", "travel.flightProvided", "travel.foodProvided"]],
    ["🍚🏠✈️ ហ្វ្រី ទាំងអស់", ["fees.zeroCostClaim", "travel.accommodationProvided", "travel.flightProvided", "travel.foodProvided"]],
    ["មិនត្រូវការបទពិសោធន៍ មិនត្រូវការសញ្ញាបត្រ ចេះប្រើកុំព្យូទ័របានហើយ", ["requirements.computerBasicsOnly", "requirements.noDegree", "requirements.noExperience"]],
    ["ធ្វើដំណើរដោយទិដ្ឋាការទេសចរណ៍ ទៅដល់ហើយក្រុមហ៊ុនប្តូរជាទិដ្ឋាការការងារ", ["travel.touristVisa", "travel.workPermitAfterArrival"]],
    ["ក្រុមហ៊ុនរៀបចំការឆ្លងព្រំដែនជូន មានឡានមកទទួលពីអាកាសយានដ្ឋាន", ["travel.airportPickup", "travel.borderCrossing"]],
    ["ថ្លៃធ្វើដំណើរក្រុមហ៊ុនចេញមុន ហើយកាត់ពីប្រាក់ខែ", ["fees.advanceRepaidFromSalary", "travel.flightProvided"]],
    ["កុំប្រាប់គ្រួសារ ផ្ញើរូបលិខិតឆ្លងដែនមកតាម Telegram", ["requirements.passportCopyRequested", "travel.hideFromFamily"]],
    ["ឈប់មុនកិច្ចសន្យាត្រូវសងថ្លៃសំបុត្រ", ["fees.penaltyForLeaving"]],
    ["រោងចក្រមិនយកលុយពីអ្នកដាក់ពាក្យទេ", ["fees.noFeePolicy"]],
    ["ថ្លៃសេវាតាមបទប្បញ្ញត្តិ មានវិក្កយបត្រ", []],
    ["កិច្ចសន្យាការងារជាភាសាខ្មែរ ចុះហត្ថលេខាមុនចេញដំណើរ", ["legitimacy.writtenContractBeforeTravel"]],
    ["ការិយាល័យ៖ ផ្លូវ ២៧១ ភ្នំពេញ ប្រឡងសរសេរ → សម្ភាសន៍ ២ ជុំ", ["legitimacy.multiStageInterview", "legitimacy.streetAddress"]],
    ["ទិដ្ឋាការការងារពេលក្រោយ សំបុត្រយន្តហោះក្រុមហ៊ុនចេញ", ["travel.flightProvided", "travel.workPermitAfterArrival"]],
    ["អាយុ ១៨ ដល់ ៣៥ ឆ្នាំ កម្ពស់ ១៦០ ស.ម ឡើង រូបរាងស្អាត", ["requirements.genderOrAppearance"]],
    ["លិខិតឆ្លងដែនស្ថិតនៅក្នុងដៃពលករផ្ទាល់", []],
  ])("flags %s", (description, expected) => {
    expect(allFlags(description)).toEqual(expected);
  });

  it.each<[string, RoleFamily]>([
    ["ត្រូវការបុគ្គលិកឆ្លើយសារអតិថិជន", "chat-support"],
    ["អ្នកទទួលភ្ញៀវកាស៊ីណូ", "casino"],
    ["បុគ្គលិកបញ្ចូលទិន្នន័យ", "data-entry"],
    ["គ្រូបង្រៀនភាសាអង់គ្លេស", "teacher"],
  ])("reads the role of the title %s", (title, family) => {
    expect(extractRole(contextFrom({ title })).family).toBe(family);
  });

  it("reads an age range", () => {
    expect(extractRequirements(contextFrom({ description: "អាយុ ១៨ ដល់ ៣៥ ឆ្នាំ" })).ageRange).toMatchObject({ min: 18, max: 35 });
  });
});

// Third pass: fee wording negated or refused by the employer, typing-only work, the Japanese intern
// programme as a government scheme.
describe("Khmer lexicon (khm), third pass", () => {
  it.each<[string, string[]]>([
    ["មិនមានថ្លៃសេវាផ្សេងទៀតទេ", ["fees.noFeePolicy"]],
    ["ធនាគារមិនដែលយកថ្លៃពីបេក្ខជនទេ", ["fees.noFeePolicy"]],
    ["គ្មានថ្លៃសេវា", ["fees.noFeePolicy"]],
    ["ត្រូវបង់ថ្លៃសេវា ៥០០ ដុល្លារ", ["fees.upfrontFee"]],
    ["គ្រាន់តែវាយអក្សរលើកុំព្យូទ័រ", ["requirements.computerBasicsOnly"]],
    ["កម្មវិធីបណ្តុះបណ្តាលបច្ចេកទេសនៅប្រទេសជប៉ុន", ["legitimacy.governmentScheme"]],
  ])("flags %s", (description, expected) => {
    expect(allFlags(description)).toEqual(expected);
  });
});

describe("Khmer lexicon (khm), basic vocabulary", () => {
  it("reads a company buying the air ticket", () => {
    expect(allFlags("ក្រុមហ៊ុនបង់ថ្លៃសំបុត្រយន្តហោះ")).toEqual(["travel.flightProvided"]);
  });

  it.each<[string, RoleFamily]>([
    ["អ្នកសាកល្បងហ្គេម", "game-tester"],
    ["ផ្នែកបម្រើអតិថិជន", "customer-service"],
    ["លក់តាមអនឡាញ", "sales"],
  ])("reads the role of %s", (description, family) => {
    expect(extractRole(contextFrom({ description })).family).toBe(family);
  });
});
