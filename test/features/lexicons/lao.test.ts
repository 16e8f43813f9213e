import { describe, expect, it } from "vitest";
import { allFlags } from "./flags.js";
import { contextFrom } from "../../../src/features/evidence.js";
import { extractRequirements } from "../../../src/features/requirements.js";
import { type RoleFamily, extractRole } from "../../../src/features/roles.js";

// Lure sentences must set exactly the listed flags; hard negatives (legitimate wording that shares
// words with lures: negated offers, licensed recruitment, local jobs) must set only what is listed.
describe("Lao lexicon (lao)", () => {
  it.each<[string, string[]]>([
    ["ມີທີ່ພັກ ແລະ ອາຫານ 3 ຄາບ ຟຣີ, ປີ້ຍົນບໍລິສັດອອກໃຫ້", ["travel.accommodationProvided", "travel.flightProvided", "travel.foodProvided"]],
    ["ຄ່າເດີນທາງ + ທີ່ພັກ + ອາຫານ ຟຣີໝົດ", ["fees.zeroCostClaim", "travel.accommodationProvided", "travel.flightProvided", "travel.foodProvided"]],
    ["ບໍ່ຕ້ອງມີປະສົບການ, ບໍ່ຕ້ອງຈົບສູງ, ໃຊ້ຄອມພິວເຕີເປັນກໍ່ພໍ", ["requirements.computerBasicsOnly", "requirements.noDegree", "requirements.noExperience"]],
    ["ເຂົ້າໄທໃນນາມນັກທ່ອງທ່ຽວ, ໄປຮອດແລ້ວບໍລິສັດຈະເຮັດເອກະສານໃຫ້", ["travel.touristVisa", "travel.workPermitAfterArrival"]],
    ["ມີລົດຮັບຈາກວຽງຈັນ, ເດີນທາງອາທິດໜ້າ", ["travel.airportPickup", "travel.urgentDeparture"]],
    ["ຄ່າເດີນທາງບໍລິສັດອອກໃຫ້ກ່ອນ ຫັກຄືນຈາກເງິນເດືອນ", ["fees.advanceRepaidFromSalary", "travel.flightProvided"]],
    ["ຢ່າບອກພໍ່ແມ່, ສົ່ງຮູບບັດປະຈຳຕົວ ທາງ WhatsApp", ["requirements.passportCopyRequested", "travel.hideFromFamily"]],
    ["ຄ່າດຳເນີນເອກະສານ 200 ໂດລາ", ["fees.upfrontFee"]],
    ["ບໍລິສັດບໍ່ເກັບຄ່າທຳນຽມໃດໆ", ["fees.noFeePolicy"]],
    ["ຄ່າທຳນຽມຕາມທີ່ກະຊວງກຳນົດ ມີໃບຮັບເງິນ", []],
    ["ສັນຍາແຮງງານ ເປັນພາສາລາວ ເຊັນກ່ອນເດີນທາງ", ["legitimacy.writtenContractBeforeTravel"]],
    ["ທົດສອບການສື່ສານ → ສຳພາດ HR → ສຳພາດຫົວໜ້າພະແນກ", ["legitimacy.multiStageInterview"]],
    ["ອາຍຸ 18 – 30 ປີ, ໜ້າຕາດີ, ບຸກຄະລິກດີ", ["requirements.genderOrAppearance"]],
    ["ມີລົດຮັບສົ່ງພະນັກງານ, ເຮັດວຽກວັນຈັນ – ວັນສຸກ", []],
    ["ພະນັກງານພັກຢູ່ເຮືອນຂອງຕົນເອງ", []],
  ])("flags %s", (description, expected) => {
    expect(allFlags(description)).toEqual(expected);
  });

  it.each<[string, RoleFamily]>([
    ["ພະນັກງານບໍລິການລູກຄ້າ", "customer-service"],
    ["ພະນັກງານຕອບແຊັດ ອອນລາຍ", "chat-support"],
    ["ພະນັກງານປ້ອນຂໍ້ມູນ", "data-entry"],
    ["ພະຍາບານ ຄລີນິກ", "nursing"],
  ])("reads the role of the title %s", (title, family) => {
    expect(extractRole(contextFrom({ title })).family).toBe(family);
  });

  it("reads an age range", () => {
    expect(extractRequirements(contextFrom({ description: "ອາຍຸ 18 – 30 ປີ" })).ageRange).toMatchObject({ min: 18, max: 30 });
  });
});
