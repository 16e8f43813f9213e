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
    // Native and Taglish wording beyond the train ads: spelling variants, chat register, FB-group phrasing.
    ["reads 'libre pasahe', 'free bahay' and 'pakain'", "travel", "Libre pasahe at free bahay, may pakain pa.", ["accommodationProvided", "flightProvided", "foodProvided"]],
    ["reads a ticket bought for the applicant and a visa the company pays", "travel", "Bibilhan ka namin ng plane ticket, sagot din namin ang visa.", ["flightProvided", "visaProvided"]],
    ["reads 'free pamasahe' with the visa paid by us", "travel", "Free pamasahe papuntang Dubai, sagot namin ang visa.", ["flightProvided", "visaProvided"]],
    ["reads 'the company handles all the papers' as visa arranged", "travel", "Kami na ang bahala sa lahat ng papeles.", ["visaProvided"]],
    ["reads meals three times a day written after the noun, and the lodging the free list opens with", "travel", "Lahat libre: tuluyan, pagkain 3x a day.", ["accommodationProvided", "foodProvided"]],
    ["reads 'naka-tourist visa' with the visa converted on arrival", "travel", "Naka-tourist visa lang kayo papasok, i-coconvert ang visa pagdating.", ["touristVisa", "workPermitAfterArrival"]],
    ["reads 'turista muna' and leaving 'as tourist'", "travel", "Turista muna tayo, labas natin as tourist.", ["touristVisa"]],
    ["reads a bare 'tourist lang' at the end of a clause", "travel", "Walang OEC, walang DMW, tourist lang.", ["touristVisa"]],
    ["reads 'hindi na kailangan mag-visa'", "travel", "Hindi na kailangan mag-visa papuntang Bangkok.", ["noVisaNeeded"]],
    ["reads a working visa sorted once there", "travel", "Working visa pag nakarating na, doon na lang aayusin.", ["workPermitAfterArrival"]],
    ["reads 'next week na agad ang alis' and '3 days lang lipad na'", "travel", "Next week na agad ang alis, 3 days lang lipad na.", ["urgentDeparture"]],
    ["reads a rush departure this week", "travel", "Rush alis ngayong linggo, kumpleto na ang papeles.", ["urgentDeparture"]],
    ["reads someone waiting at the airport", "travel", "Pagdating sa airport may sasalubong sa inyo.", ["airportPickup"]],
    ["reads a pick-up at the border", "travel", "I-pickup kayo namin sa border pagbaba ng bus.", ["airportPickup"]],
    ["reads the southern backdoor route", "travel", "Dadaan sa Zamboanga papuntang Sabah via backdoor.", ["borderCrossing"]],
    ["reads coaching for the immigration officer's question", "travel", "Kung tanungin ka ng IO, bakasyon lang ang sabihin.", ["poseAsTourist"]],
    ["reads show money and a dummy ticket for immigration", "travel", "May show money at dummy ticket kami, pang-IO lang.", ["poseAsTourist"]],
    ["reads 'don't tell the IO you will work'", "travel", "Huwag mong sabihin sa IO na magtatrabaho ka.", ["poseAsTourist"]],
    ["reads 'tell no one, just between us'", "travel", "Wag mong ipaalam kahit kanino, atin-atin lang ito.", ["hideFromFamily"]],
    ["reads work outside the country", "travel", "Hiring ng trabaho sa labas ng bansa, papuntang abroad agad.", ["workAbroad"]],
    ["does not read a shuttle between Manila offices as travel", "travel", "Shuttle service mula sa Cubao papuntang opisina sa Ortigas.", []],
    ["does not read a ticket the applicant pays as a free flight", "travel", "Ang ticket ay bayad ng aplikante.", []],
    ["does not read housing with rent as free housing", "travel", "Tirahan: hindi libre, may renta na ₱3,000.", []],
    ["does not read tourists as clients of a tour guide as a tourist visa", "travel", "Hiring ng tour guide sa Palawan, tourist lang ang kliyente namin.", []],
    ["does not read a ticket advanced and repaid from salary as a free flight", "travel", "Ang company na ang bahala sa ticket mo, babayaran mo na lang paunti-unti.", []],
    ["reads 'hindi kailangan ng experience', 'kahit fresh grad' and 'newbie welcome'", "requirements", "Hindi kailangan ng experience, kahit fresh grad pwede. Newbie welcome.", ["noExperience"]],
    ["reads 'kahit 2nd year college' and 'kahit walang natapos'", "requirements", "Kahit 2nd year college pwede, kahit walang natapos.", ["noDegree"]],
    ["reads 'kahit hindi nakatapos' and a high-school graduate accepted", "requirements", "Kahit high school graduate pwede, kahit hindi nakatapos.", ["noDegree"]],
    ["reads 'kahit sino kaya' and no skills needed", "requirements", "Kahit sino kaya ito, hindi kailangan ng skills.", ["noSkills"]],
    ["reads a phone and internet as the only tools", "requirements", "Basta may cellphone at internet, marunong mag-facebook.", ["computerBasicsOnly"]],
    ["reads 'female lang', looks and a whole-body picture", "requirements", "Female lang, dapat maganda at sexy, send ng whole body pic.", ["genderOrAppearance"]],
    ["reads 'passport lang ang kailangan'", "requirements", "Passport lang ang kailangan, basta may passport ka.", ["passportRequired"]],
    ["reads 'pasend' of a passport picture and a selfie holding it", "requirements", "Pasend ng picture ng passport mo at selfie hawak ang passport.", ["passportCopyRequested"]],
    ["does not read a criminal-background clearance as 'no experience'", "requirements", "Kailangan walang criminal background.", []],
    ["does not read a college graduate with call-center experience as minimal requirements", "requirements", "Kailangan ng may experience sa call center, college graduate.", []],
    ["reads a peso reservation and a downpayment", "fees", "Magbayad muna ng ₱5,000 reservation, may downpayment na ₱3,000.", ["upfrontFee"]],
    ["reads ticket and visa deducted from salary", "fees", "Ang ticket at visa ay ikakaltas sa sahod mo buwan-buwan.", ["advanceRepaidFromSalary"]],
    ["reads a balance deducted from the first months' salary", "fees", "Ang balance ay ikakaltas sa sahod sa unang 3 buwan.", ["advanceRepaidFromSalary"]],
    ["reads a back-out that makes the worker repay costs", "fees", "Kapag nag-backout ka, babayaran mo ang lahat ng gastos.", ["penaltyForLeaving"]],
    ["reads 'no cash out' and 'kahit piso'", "fees", "No cash out! Wala kang ilalabas kahit piso.", ["zeroCostClaim"]],
    ["reads 'walang sinisingil' and free application", "fees", "Walang sinisingil na anumang bayad, libre ang pag-apply.", ["noFeePolicy"]],
    ["reads a processing fee the employer pays as no fee charged", "fees", "Sagot ng employer ang processing fee. Walang placement fee.", ["noFeePolicy"]],
    ["does not read government contributions deducted from pay as a debt", "fees", "Ang SSS, PhilHealth at Pag-IBIG ay ikakaltas sa sahod.", []],
    ["does not read a daily wage paid to the worker as a fee", "fees", "Babayaran ka ng ₱800 kada araw, tuwing Sabado ang sahod.", []],
    ["reads papers processed through the DMW", "legitimacy", "Ipoproseso sa DMW ang papeles ng mga napili.", ["workPermitSponsored"]],
    ["reads a contract verified by the labour office before deployment", "legitimacy", "Verified ng POLO ang kontrata, pipirmahan bago ma-deploy.", ["writtenContractBeforeTravel"]],
    ["reads a DMW job order and a PESO job fair", "legitimacy", "May job order sa DMW; interview sa PESO job fair ng Quezon City.", ["governmentScheme"]],
    ["does not read 'no OEC' as emigration clearance", "legitimacy", "Walang OEC na kailangan, direct hire.", []],
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
    ["reads online cockfighting as casino work", "Online sabong agent", "Sa Pampanga", "casino"],
    ["reads a 'taga-chat' as chat support", "Taga-chat", "Sumagot sa mga customer", "chat-support"],
    ["reads a 'taga-type' as typing work", "Taga-type", "Work from home", "typing"],
  ])("%s", (_name, title, description, family) => {
    expect(extractRole(contextFrom({ title, description })).family).toBe(family);
  });
});

// DMW/IACAT-style advisories in Tagalog and Taglish; a lure's 'mag-ingat sa pekeng agent' line or its reassurances must not
// supply two cues.
describe("Tagalog lexicon (tgl): warnings to job seekers", () => {
  it.each<[string, string, string[]]>([
    ["reads a public warning naming trafficking victims and the IACAT 1343 Actionline", "BABALA sa publiko: maraming Pilipino ang naging biktima ng human trafficking sa Cambodia. I-report agad sa IACAT 1343 Actionline o sa pinakamalapit na DMW office.", ["warnsJobSeekers"]],
    ["reads a Taglish warning against illegal recruiters and a check on dmw.gov.ph", "Mag-ingat sa mga illegal recruiter na nag-ooffer ng tourist visa. I-verify muna sa dmw.gov.ph ang agency bago mag-apply.", ["warnsJobSeekers"]],
    ["reads forced work and detention", "Pinilit silang magtrabaho nang 16 oras sa scam at ikinulong kapag tumanggi.", ["warnsJobSeekers"]],
    ["reads an unlicensed 'colorum' agency and a report to the police", "Colorum na agency ang nag-alok sa kanila ng trabaho sa Myanmar; isumbong sa pulis ang ganitong recruiter.", ["warnsJobSeekers"]],
    ["does not read a lure's borrowed 'beware of fake agents using our name' line as an advisory", "Mag-ingat sa mga pekeng agent na gumagamit ng pangalan namin! Libreng ticket, tourist visa lang, PM sa Telegram.", []],
    ["does not read a lure's reassurances or 'no need to go through the DMW' as cues", "100% legal ang company, may permit. Hindi kami ilegal na recruiter, hindi na kailangan dumaan sa DMW, mas mabilis!", []],
    ["does not read one mention of illegal recruitment as an advisory", "Biktima ng illegal recruitment ang kapatid ko kaya ako na ang nagre-recruit. Sagot ang ticket.", []],
    ["does not count three patterns over one hotline phrase twice", "Tumawag sa DMW hotline 1348.", []],
  ])("%s", (_name, description, expected) => {
    expect(familyFlags("legitimacy", description)).toEqual(expected);
  });
});

// Headers over an advisory's list of warning signs (`sectionBefore`): the items are what to refuse.
describe("Tagalog lexicon (tgl): warning-list headers", () => {
  it.each<[string, Family, string, string[]]>([
    ["does not read a tourist entry listed under 'mga palatandaan ng illegal recruitment'", "travel", "Mga palatandaan ng illegal recruitment:\n• Tourist visa lang ang gagamitin papasok", []],
    ["does not read a free flight listed under 'mag-ingat kung'", "travel", "⚠️ Mag-ingat kung:\n• Libreng flight at condo", []],
    ["does not read a tourist entry listed under 'huwag tumuloy kapag'", "travel", "Huwag tumuloy kapag:\n- Tourist ka lang muna papasok", []],
    ["does not read a free flight listed under 'paano malalaman kung scam ang job offer?'", "travel", "Paano malalaman kung scam ang job offer?\n- Libreng flight at condo", []],
    ["does not read a reservation fee listed under 'scam yan kapag'", "fees", "Scam yan kapag:\n• Magbayad muna ng ₱5,000 reservation", []],
    ["still reads a tourist entry listed under 'requirements'", "travel", "Requirements:\n• Tourist visa lang ang gagamitin papasok", ["touristVisa"]],
    ["still reads a free flight listed under 'benefits'", "travel", "Benefits:\n• Libreng flight at condo", ["accommodationProvided", "flightProvided"]],
    ["still reads a free flight after a header line that goes on into a sentence", "travel", "Palatandaan ng scam ang paniningil, pero legit kami.\nLibreng flight", ["flightProvided"]],
    ["reads a reservation fee again after a blank line", "fees", "Scam yan kapag:\n• Magbayad muna ng ₱5,000 reservation\n\nMagbayad muna ng ₱5,000 reservation", ["upfrontFee"]],
    ["still reads a free flight after 'huwag mag-apply kung hindi seryoso'", "travel", "Huwag mag-apply kung hindi seryoso. Libreng flight at condo.", ["accommodationProvided", "flightProvided"]],
  ])("%s", (_name, family, description, expected) => {
    expect(familyFlags(family, description)).toEqual(expected);
  });
});
