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
    // Native and Sheng wording: each indicator as Kenyan, Tanzanian and Ugandan ads write it, with look-alikes that must not fire.
    ["reads Sheng \"kazi iko majuu\" as work abroad", "travel", "KAZI MAJUU: wasee, kazi iko majuu, tuma CV.", ["workAbroad"]],
    ["reads \"ajira ughaibuni\" as work abroad", "travel", "Nafasi za ajira ughaibuni kwa vijana wa Tanzania.", ["workAbroad"]],
    ["reads \"nchi za ng'ambo\" as work abroad", "travel", "Kazi nchi za ng'ambo, mshahara mzuri.", ["workAbroad"]],
    ["does not read the far bank of a river as abroad", "travel", "Nyumba iko ng'ambo ya mto, karibu na soko.", []],
    ["reads recruiters sending youths to the Gulf", "travel", "Tunapeleka vijana Uarabuni na nje ya nchi kila mwezi.", ["workAbroad"]],
    ["reads a flight next week", "travel", "Mtaruka wiki ijayo, kundi la kwanza.", ["urgentDeparture"]],
    ["reads a batch leaving next week", "travel", "Batch ya mwezi huu inaondoka wiki ijayo.", ["urgentDeparture"]],
    ["reads readiness to travel at once", "travel", "Uwe tayari kusafiri mara moja.", ["urgentDeparture"]],
    ["does not read willingness to travel within the region as urgency", "travel", "Uwe tayari kusafiri kikazi ndani ya mkoa.", []],
    ["reads a driver collecting the recruit on arrival", "travel", "Ukishafika Bangkok utachukuliwa na dereva hadi ofisini.", ["airportPickup"]],
    ["reads a pickup at the airport", "travel", "Mtapokelewa na mwakilishi wetu uwanjani.", ["airportPickup"]],
    ["reads a business visa issued on arrival", "travel", "Viza ya biashara itatolewa utakapowasili.", ["touristVisa"]],
    ["reads \"visa\" spelt the English way as not needed", "travel", "Hakuna haja ya visa, unaingia tu.", ["noVisaNeeded"]],
    ["does not read \"without a work visa we cannot send you\" as no visa needed", "travel", "Bila viza ya kazi hatuwezi kukupeleka.", []],
    ["reads a work permit handled after arrival", "travel", "Work permit itashughulikiwa baada ya kuwasili.", ["workPermitAfterArrival"]],
    ["reads \"no need for a work permit\"", "travel", "Hauhitaji kibali cha kazi, tunaanza tu.", ["workPermitAfterArrival"]],
    ["reads coaching to claim tourism and not mention work", "travel", "Uwanja wa ndege sema unaenda utalii, usiseme kazi kabisa.", ["poseAsTourist"]],
    ["reads an order to pass immigration separately", "travel", "Msisafiri pamoja, kila mtu apite peke yake.", ["poseAsTourist"]],
    ["reads \"don't tell your parents\"", "travel", "Usiwaambie wazazi wala marafiki kuhusu safari hii.", ["hideFromFamily"]],
    ["reads smuggling routes across the border", "travel", "Tutawapitisha mpakani kwa njia za panya.", ["borderCrossing"]],
    ["reads a company that pays the ticket", "travel", "Kampuni inagharamia tiketi ya kwenda.", ["flightProvided"]],
    ["reads the Tanzanian spelling \"tikiti\"", "travel", "Tikiti ya ndege ni juu ya kampuni.", ["flightProvided"]],
    ["reads Sheng housing and food for free", "travel", "Keja ni bure na msosi bure.", ["accommodationProvided", "foodProvided"]],
    ["reads a room and three meals given", "travel", "Utapewa chumba na chakula mara 3 kwa siku.", ["accommodationProvided", "foodProvided"]],
    ["reads a hostel inside the compound", "travel", "Hosteli ndani ya compound.", ["accommodationProvided"]],
    ["does not read housing at the worker's own cost", "travel", "Malazi yanapatikana kwa gharama zako.", []],
    ["does not read a ticket and housing on the worker", "travel", "Tiketi ni juu yako, malazi ni juu yako.", []],
    ["reads \"hakuna experience\" and \"utafundishwa\"", "requirements", "Hakuna experience, utafundishwa kazini.", ["noExperience"]],
    ["reads KCSE D+ as enough", "requirements", "KCSE D+ inatosha, hata kama hukusoma sana.", ["noDegree"]],
    ["reads \"degree haihitajiki\"", "requirements", "Degree haihitajiki.", ["noDegree"]],
    ["does not read a Form Four minimum as no degree", "requirements", "Kidato cha nne (C+ na zaidi) au diploma.", []],
    ["reads computer use and a passport as the requirements", "requirements", "Ujue kutumia computer na uwe na passport.", ["computerBasicsOnly", "passportRequired"]],
    ["reads a passport photo requested", "requirements", "Tuma picha ya passport na CV.", ["passportCopyRequested"]],
    ["reads Sheng girls-only and a height limit", "requirements", "Madem tu, warembo, urefu wa angalau 160cm.", ["genderOrAppearance"]],
    ["does not read a shop hiring a hardworking girl as an appearance demand", "requirements", "Tunatafuta dem mchapakazi wa kuuza duka.", []],
    ["reads a typing test in words per minute", "requirements", "Mtihani wa kutype: maneno 40 kwa dakika.", ["typingTest"]],
    ["reads \"skills si lazima\"", "requirements", "Skills si lazima.", ["noSkills"]],
    ["reads a ticket deducted from salary without calling it a fee", "fees", "Pesa ya tiketi itakatwa kwenye mshahara baadaye.", ["advanceRepaidFromSalary"]],
    ["reads a processing fee paid by paybill", "fees", "Ada ya processing KSh 45,000, tuma kwa paybill.", ["upfrontFee"]],
    ["reads Sheng \"toa doh ya usajili\"", "fees", "Toa doh ya usajili kabla ya Ijumaa.", ["upfrontFee"]],
    ["reads a company loan repaid from salary", "fees", "Kampuni itakukopesha nauli na kukata kwenye mshahara.", ["advanceRepaidFromSalary"]],
    ["reads a penalty for running away", "fees", "Ukitoroka kabla ya mkataba kuisha, utalipa gharama zote.", ["penaltyForLeaving"]],
    ["reads \"kila kitu ni bure\"", "fees", "Kila kitu ni bure, hulipi kitu.", ["zeroCostClaim"]],
    ["reads free registration and \"pay no one\" as a no-fee policy", "fees", "Usajili ni bure. Usimlipe mtu yeyote.", ["noFeePolicy"]],
    ["reads \"hatuchaji pesa\" as a no-fee policy", "fees", "Hatuchaji pesa yoyote kwa waombaji.", ["noFeePolicy"]],
    ["does not read costs the employer pays as a fee", "fees", "Gharama za viza na tiketi zinalipwa na mwajiri.", []],
    ["reads the government Kazi Majuu programme", "legitimacy", "Kupitia mpango wa Kazi Majuu wa serikali, madereva 200 wanahitajika.", ["governmentScheme"]],
    ["does not read a bare \"KAZI MAJUU\" headline as the government programme", "legitimacy", "KAZI MAJUU! Dubai, Qatar, tuma CV.", []],
    ["reads an employer handling the work visa before travel", "legitimacy", "Mwajiri atashughulikia viza ya kazi kabla ya kusafiri.", ["workPermitSponsored"]],
    ["does not read a work permit promised on arrival as sponsored", "legitimacy", "Kampuni itashughulikia work permit ukifika.", []],
    ["reads a contract signed before travel and attested by NEA", "legitimacy", "Mkataba utasainiwa ofisini kabla hujasafiri, na kuthibitishwa na NEA.", ["writtenContractBeforeTravel"]],
    ["reads an office floor as an address", "legitimacy", "Ofisi yetu: Jengo la Amani, ghorofa ya 3, Nairobi.", ["streetAddress"]],
  ])("%s", (_name, family, description, expected) => {
    expect(familyFlags(family, description)).toEqual(expected);
  });

  it.each<[string, string, number | null, number | null]>([
    ["reads \"umri miaka 19–28\"", "Umri miaka 19–28, sura nzuri.", 19, 28],
    ["reads \"umri kati ya miaka 18 na 30\"", "Umri kati ya miaka 18 na 30.", 18, 30],
    ["reads an upper age only (\"usiozidi miaka 27\")", "Wasichana wenye umri usiozidi miaka 27.", null, 27],
    ["does not read years of experience as an age", "Uzoefu wa miaka 3 hadi 5 katika uhasibu.", null, null],
  ])("%s", (_name, description, min, max) => {
    const range = extractRequirements(contextFrom({ description })).ageRange;
    expect(range === null ? [null, null] : [range.min, range.max]).toEqual([min, max]);
  });

  it.each<[string, string, RoleFamily]>([
    ["reads a kitchen helper as hospitality", "Msaidizi wa jikoni – mgahawa, Bangkok", "hospitality"],
    ["reads computer typists", "Waandishi wa kompyuta (typists)", "typing"],
    ["reads an office assistant as admin", "Msaidizi wa ofisi", "admin"],
    ["reads Sheng \"kutype\" as typing", "Kazi ya kutype documents", "typing"],
    ["reads chatting with foreigners as chat support", "Kazi ya kuchat na wazungu mtandaoni", "chat-support"],
    ["reads \"mtafsiri\" as translator", "Mtafsiri wa Kichina", "translator"],
  ])("%s", (_name, title, family) => {
    expect(extractRole(contextFrom({ title })).family).toBe(family);
  });
});

// NEA / ministry public notices; a lure's 'jihadhari na matapeli' line or 'hakuna shida na polisi' must not supply two cues.
describe("Swahili lexicon: warnings to job seekers", () => {
  it.each<[string, string, string[]]>([
    ["reads a public notice naming trafficking victims and a report to NEA or the police", "Tahadhari kwa umma: vijana wengi wamekuwa waathiriwa wa biashara ya binadamu. Ripoti wakala yeyote anayeomba pesa kwa NEA au kituo cha polisi.", ["warnsJobSeekers"]],
    ["reads forced scam work, confiscated passports and a check with the embassy", "Walilazimishwa kufanya kazi ya utapeli mtandaoni na kunyang'anywa pasipoti. Thibitisha ofa yoyote na Ubalozi kabla ya kusafiri.", ["warnsJobSeekers"]],
    ["reads a Sheng warning against fake agents and against travelling on a tourist visa", "Wasee, jihadharini na mawakala feki wa kazi majuu! Usisafiri kwa visa ya utalii kwenda kufanya kazi.", ["warnsJobSeekers"]],
    ["does not read a lure's borrowed 'beware of con men using our name' line as an advisory", "Jihadhari na matapeli wanaotumia jina letu! Kazi Thailand, tiketi bure, visa ya utalii, tuma pasipoti WhatsApp.", []],
    ["does not read a lure's reassurances (no trouble with the police, not a scam company)", "Kazi si halali kabisa lakini ni salama, hakuna shida na polisi. Hii si kampuni ya utapeli.", []],
    ["does not read one mention of trafficking as an advisory", "Tunapinga biashara ya binadamu. Mshahara USD 1,500, tiketi bure.", []],
    ["does not count two patterns over one phrase twice", "Waathiriwa wa biashara ya binadamu.", []],
  ])("%s", (_name, description, expected) => {
    expect(familyFlags("legitimacy", description)).toEqual(expected);
  });
});
