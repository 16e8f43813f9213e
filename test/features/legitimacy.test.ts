import { describe, expect, it } from "vitest";
import { contextFrom } from "../../src/features/evidence.js";
import { type LegitimacyFlag, type LicenceAuthority, extractLegitimacy } from "../../src/features/legitimacy.js";

function read(description: string, company?: string): { licences: [LicenceAuthority, string][]; flags: LegitimacyFlag[] } {
  const { evidence: _evidence, evidenceByFlag: _byFlag, licences, ...flags } = extractLegitimacy(contextFrom({ description, company }));
  return {
    licences: licences.map((licence) => [licence.authority, licence.number]),
    flags: (Object.entries(flags) as [LegitimacyFlag, boolean][]).filter(([, value]) => value).map(([flag]) => flag).sort(),
  };
}

describe("extractLegitimacy", () => {
  it.each<[string, string, [LicenceAuthority, string][]]>([
    ["reads a DMW licence number", "ABC Manpower Services, DMW License No. DMW-123-LB-03232021-R.", [["PH-DMW", "DMW-123-LB-03232021-R"]]],
    ["reads a POEA licence number", "POEA-123-LB-031519-R", [["PH-POEA", "POEA-123-LB-031519-R"]]],
    ["reads a POEA 'Lic. No.' line", "POEA Lic. No. 098-LB-061518-R", [["PH-POEA", "098-LB-061518-R"]]],
    ["reads an Indian RA registration certificate", "RC No. B-1234/DEL/PER/1000+/5/9876/2020", [["IN-MEA-RA", "B-1234/DEL/PER/1000+/5/9876/2020"]]],
    ["reads an Indonesian P3MI licence despite the folded digit", "PT Maju Jaya, SIP3MI No. 123/2020", [["ID-P3MI", "123/2020"]]],
    ["reads an SLBFE licence", "SLBFE Licence No. 1234", [["LK-SLBFE", "1234"]]],
    ["reads a Kenyan NEA registration", "Registered with NEA/REG/1234", [["KE-NEA", "NEA/REG/1234"]]],
    ["reads a Thai DoE recruitment licence", "ใบอนุญาตจัดหางานเลขที่ น.1234/2560", [["TH-DOE", "น.1234/2560"]]],
    ["reads a Nepali DoFE licence in Bikram Sambat years", "Lic. No. 123/067/68 (DoFE)", [["NP-DOFE", "123/067/68"]]],
    ["reads a Bangladeshi RL number", "Govt. Lic. RL-1234", [["BD-BMET", "RL-1234"]]],
    ["reads a Vietnamese DOLAB licence", "Giấy phép số 123/LĐTBXH-GP", [["VN-DOLAB", "123/LĐTBXH-GP"]]],
    ["reads a Malaysian JTKSM licence", "Lesen JTKSM 252C", [["MY-JTK", "JTKSM 252C"]]],
    ["reads a Singapore EA licence as 'other'", "EA Licence No. 12C3456", [["other", "12C3456"]]],
    ["does not read 'licensed to operate machinery' as a licence", "Licensed to operate heavy machinery.", []],
    ["does not read a random licence number as a licence", "Call 1234 5678, licence no. 12345", []],
  ])("%s", (_name, description, licences) => {
    expect(read(description).licences).toEqual(licences);
  });

  it.each<[string, string, LegitimacyFlag[]]>([
    ["reads a street address", "Office: 12 Ayala Avenue, Makati City.", ["streetAddress"]],
    ["does not read a country as an address", "Location: Thailand.", []],
    ["reads a contract signed before departure", "You will sign the employment contract in English before departure.", ["writtenContractBeforeTravel"]],
    ["does not read a contract signed after arrival", "Contract will be signed after you arrive.", []],
    ["reads a panel and a final interview", "Selection: online test, panel interview and final interview with the hiring manager.", ["multiStageInterview"]],
    ["does not read hiring on the spot as a selection process", "Hired on the spot.", []],
    ["reads a company with a registration number", "Mekong Garments Co., Ltd. (Company Registration No. 00012345) is hiring.", ["legalEntity", "registrationNumber"]],
    ["does not read 'a foreign company' as a legal entity", "A foreign company is hiring.", []],
    ["reads a sponsored employment visa and permit", "We sponsor your employment visa and work permit before you travel.", ["workPermitSponsored"]],
    ["does not read 'arrange their own visa' as sponsorship", "Applicants must arrange their own visa.", []],
    ["does not read a permit promised after arrival as sponsorship", "Work permit arranged after you arrive.", []],
    ["does not read 'no visa sponsorship' as sponsorship", "No visa sponsorship is available for this role.", []],
    ["reads EPS-TOPIK as a government scheme", "Apply for Korea EPS-TOPIK through the Ministry of Labour; selection by official exam.", ["governmentScheme"]],
    ["does not read 'government jobs' as a scheme", "Government jobs are not advertised here.", []],
    ["reads Non-B and work permit", "Non-B visa and work permit provided by the company.", ["workPermitSponsored"]],
    ["does not read 'limited experience' as a company", "Candidates with limited experience may apply.", []],
    ["reads a capitalised 'Limited' company", "Acme Trading Limited is hiring drivers.", ["legalEntity"]],
    ["does not read a part-time 'PT job' as an Indonesian company", "PT job available on weekends.", []],
    ["reads 有限公司, บริษัท … จำกัด and 주식회사", "深圳市腾讯计算机系统有限公司 / บริษัท เอบีซี จำกัด / 주식회사 삼성", ["legalEntity"]],
    ["reads a Chinese street address", "工作地点：上海市浦东新区世纪大道100号", ["streetAddress"]],
    ["reads Vietnamese labour-export wording and a tax code", "Công ty TNHH ABC, mã số thuế: 0101234567, làm visa lao động chính ngạch.", ["legalEntity", "registrationNumber", "workPermitSponsored"]],
    ["reads Spanish selection stages", "Proceso de selección incluye entrevista psicolaboral y entrevista técnica.", ["multiStageInterview"]],
    ["reads 特定技能 as a government scheme", "特定技能ビザでの採用", ["governmentScheme"]],
  ])("%s", (_name, description, flags) => {
    expect(read(description).flags).toEqual(flags);
  });

  it("widens legal-entity evidence back over the capitalised company name", () => {
    const feature = extractLegitimacy(contextFrom({ description: "Apply to Mekong Garments Co., Ltd. today." }));
    expect(feature.evidenceByFlag.legalEntity?.map((item) => item.text)).toEqual(["Mekong Garments Co., Ltd."]);
  });

  it("reads the company field too", () => {
    expect(read("We are hiring.", "Siam Recruitment Co., Ltd.").flags).toEqual(["legalEntity"]);
  });

  it("gives each licence the evidence of its whole mention", () => {
    const feature = extractLegitimacy(contextFrom({ description: "Licensed by POEA. POEA-123-LB-031519-R" }));
    expect(feature.licences).toEqual([
      {
        authority: "PH-POEA",
        number: "POEA-123-LB-031519-R",
        evidence: [{ field: "description", start: 18, end: 38, text: "POEA-123-LB-031519-R" }],
      },
    ]);
  });
});
