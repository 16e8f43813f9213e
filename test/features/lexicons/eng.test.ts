import { describe, expect, it } from "vitest";
import { contextFrom } from "../../../src/features/evidence.js";
import { type LegitimacyFlag, extractLegitimacy } from "../../../src/features/legitimacy.js";
import { type FeeValues, NO_FEES, NO_REQUIREMENTS, type RequirementValues, feeValues, requirementValues } from "../extractor-values.js";
import { ENTRY_LEVEL_FAMILIES, type RoleFamily, extractRole } from "../../../src/features/roles.js";
import { type TravelFlag, extractTravel } from "../../../src/features/travel.js";
import { createScreener } from "../../../src/index.js";
import { familyFlags } from "./flags.js";

// The English lexicon in its regional forms (Indian, Pakistani, Nigerian, Kenyan, Ugandan, Filipino,
// Malaysian, Sri Lankan English and the English parts of Taglish and Hinglish ads). Each table pairs the
// ways posters state an indicator with the legitimate ads that share its words.

function travelFlags(description: string): TravelFlag[] {
  const { evidence: _evidence, evidenceByFlag: _byFlag, ...flags } = extractTravel(contextFrom({ description }));
  return (Object.entries(flags) as [TravelFlag, boolean][]).filter(([, value]) => value).map(([flag]) => flag).sort();
}


function legitimacyFlags(description: string): LegitimacyFlag[] {
  const { evidence: _evidence, evidenceByFlag: _byFlag, licences: _licences, ...flags } = extractLegitimacy(contextFrom({ description }));
  return (Object.entries(flags) as [LegitimacyFlag, unknown][]).filter(([, value]) => value === true).map(([flag]) => flag).sort();
}

describe("eng travel lexicon", () => {
  it.each<[string, string, TravelFlag[]]>([
    ["does not read the items of an advisory's list of warning signs", "❌ WALK AWAY IF:\n• You are told to travel on a tourist or visit visa and papers will be sorted there.", []],
    ["still reads a lure's list of requirements", "Requirements:\n• Travel on a tourist visa\n• Work permit after arrival", ["touristVisa", "workPermitAfterArrival"]],
    ["reads what follows an advisory's list of warning signs", "Red flags:\n• A tourist visa for work\n✅ Real jobs:\n• Free flight provided, tourist visa never.\n• Visit visa only for the interview trip.", ["flightProvided", "touristVisa"]],
    ["reads the South Asian package of visa, ticket and room 'free'", "Visa free, ticket free, room free. Up and down ticket by company.", ["accommodationProvided", "flightProvided", "visaProvided"]],
    ["does not read 'visa free' in a package list as visa-exempt entry", "Visa free + ticket free for selected candidates.", ["flightProvided", "visaProvided"]],
    ["reads Malaysian English 'no need visa'", "No need visa for Malaysians, just bring passport and IC.", ["noVisaNeeded"]],
    ["reads Nigerian 'accommodation + feeding' and a ticket sent by the recruiter", "Accommodation + feeding free. I will send you ticket.", ["accommodationProvided", "flightProvided", "foodProvided"]],
    ["reads boarding and lodging and a hostel", "Boarding and lodging provided, hostel near the office.", ["accommodationProvided", "foodProvided"]],
    ["reads 'food/room ok' shorthand", "Basic $1.2k, food/room ok.", ["accommodationProvided", "foodProvided"]],
    ["reads going 'on visit' to Dubai first", "You go to Dubai first on visit, then the company sends you onward.", ["touristVisa"]],
    ["reads entering as a normal visitor and a visiting visa", "Enter as a normal visitor; visiting visa is enough.", ["touristVisa"]],
    ["does not read a client visit as a visit visa", "Travel on a visit to our clients in Dubai twice a year.", []],
    ["does not read a visa-free entry for EU citizens as 'no visa needed' for the job", "We may sponsor visas; if you are from an EU country, you don't need a visa.", []],
    ["reads 'you don't need a visa' as no visa needed", "You don't need a visa, just come with your passport.", ["noVisaNeeded"]],
    ["reads work on a visit visa basis", "You will work on visit visa basis for the first three months.", ["touristVisa"]],
    ["does not read paid 'on a per visit basis' as a visa", "Home-care nurses are paid on a per visit basis.", []],
    ["reads a permit that is not needed at the start", "No work permit needed at start, company will manage.", ["workPermitAfterArrival"]],
    ["reads a visit-to-work visa change", "Visit to work visa change inside, no problem.", ["workPermitAfterArrival"]],
    ["reads coaching for immigration: visiting a cousin, show money, airport escort", "Tell immigration you are visiting your cousin. We give show money and airport escort.", ["poseAsTourist"]],
    ["reads 'don't tell many people'", "Don't tell many people, only serious ones.", ["hideFromFamily"]],
    ["reads a departure within two weeks", "Flight within 2 weeks of selection.", ["urgentDeparture"]],
    ["does not read event tickets as a flight", "We will send you tickets for the event after registration.", []],
    ["does not read a hotel's guest rooms as staff housing", "Hotel with accommodation for 200 guests needs front desk agents.", []],
    ["reads an up-down ticket and a pidgin 'company go pay una ticket'", "Up-down ticket. Company go pay una ticket.", ["flightProvided"]],
    ["reads Taglish 'sagot ng company ang ticket' and 'libre kain'", "Sagot ng company ang ticket, libre kain.", ["flightProvided", "foodProvided"]],
    ["reads South Asian 'fooding and lodging'", "Fooding and lodging by company.", ["accommodationProvided", "foodProvided"]],
    ["reads pidgin 'accommodation dey free'", "Accommodation dey free for everybody.", ["accommodationProvided"]],
    ["reads a Malaysian 'work permit no need'", "Work permit no need lah, come first.", ["workPermitAfterArrival"]],
    ["reads visa on arrival written VOA and 'tourist muna'", "Enter on VOA, as tourist muna.", ["touristVisa"]],
    ["reads pidgin 'travel sharp sharp' and 'flight don ready'", "Flight don ready, una go travel sharp sharp.", ["urgentDeparture"]],
    ["reads Taglish 'alis agad'", "Pasado ka na, alis agad.", ["urgentDeparture"]],
    ["reads an agent waiting at the airport and a pidgin pick-up", "Our man go carry you for airport. Driver will wait at the airport.", ["airportPickup"]],
    ["reads pidgin 'no tell immigration' and hiding it from your people", "No tell immigration anything, no tell your people.", ["hideFromFamily", "poseAsTourist"]],
    ["reads Taglish 'sabihin mo bakasyon' and Hinglish 'tourist ban ke jana'", "Sabihin mo bakasyon lang. Tourist ban ke jana hai.", ["poseAsTourist"]],
    ["reads Kenyan 'jobs majuu' and Hinglish 'videsh mein naukri'", "Jobs majuu! Videsh mein naukri.", ["workAbroad"]],
    ["does not read a flight attendant on the company's own planes as a free ticket", "Cabin crew on our company planes, ticketing counter staff.", []],
    ["does not read a tour guide's tourists as posing as one", "Tour guide needed to show tourists around Kampala.", []],
    ["does not read 'sharp' skills as urgency", "Sharp sharp mind needed for accounting.", []],
    ["reads a ticket and lodging the company handles, with a hotel for the first months", "Company will handle your air ticket and hotel accommodation for the first three months.", ["accommodationProvided", "flightProvided"]],
    ["reads chat-register 'they book ur flight'", "they book ur flight and sort everything", ["flightProvided"]],
    ["reads 'free' spread over a list that ends with the air ticket", "Free accommodation + meals + air ticket", ["accommodationProvided", "flightProvided", "foodProvided"]],
    ["reads 'flight+stay on company'", "flight+stay on company", ["accommodationProvided", "flightProvided"]],
    ["reads an air ticket listed in the package", "Package: RM8,000 per month, medical cover, air ticket to Lima.", ["flightProvided"]],
    ["does not read an air ticket the candidate buys as part of the package", "Benefits: medical insurance; candidates buy their own air ticket.", []],
    ["reads a ticket issued after the test", "One round typing test, then ticket issued.", ["flightProvided"]],
    ["does not read support tickets issued by users as a flight", "Resolve support tickets issued by users within SLA.", []],
    ["reads a provider verb over a list of flight, hotel and visa", "Company provides flight, hotel and visa.", ["accommodationProvided", "flightProvided", "visaProvided"]],
    ["reads room and food supplied by the company", "Room and food supplied by company.", ["accommodationProvided"]],
    ["does not read a hotel that sells accommodation to guests", "Hotel accommodation and conference packages for corporate guests.", []],
    ["reads a departure planned within two weeks and a flight within ten days", "Departure is planned within two weeks. Flight goes out within 10 days.", ["urgentDeparture"]],
    ["reads a reporting date within seven days", "Reporting date: within 7 days after confirmation.", ["urgentDeparture"]],
    ["does not read a joining date within thirty days as urgent", "Joining within 30 days; departure scheduled in 6 weeks.", []],
    ["reads a permit sorted once you land", "The team sorts the permit once you land.", ["workPermitAfterArrival"]],
    ["reads a pick-up at the border crossing", "Our driver collects you at the border crossing.", ["borderCrossing"]],
    ["reads a rep meeting you at arrivals", "Our rep will meet you at arrivals.", ["airportPickup"]],
    ["reads chat-register 'dont tell airport people u r going for work'", "Dont tell airport people u r going for work ok.", ["poseAsTourist"]],
    ["reads an all-expense paid trip", "All-expense paid trip to Bangkok.", ["flightProvided"]],
    ["reads a return airfare and housing that are on us", "Return airfare and staff accommodation are on us.", ["accommodationProvided", "flightProvided"]],
    ["reads flights and lodging paid by us", "Flights and lodging paid by us.", ["accommodationProvided", "flightProvided"]],
    ["reads 'ticket and room covered'", "Ticket and room covered.", ["accommodationProvided", "flightProvided"]],
    ["reads a list after 'covers everything:'", "Company covers everything: ticket, visa, housing.", ["accommodationProvided", "flightProvided", "visaProvided"]],
    ["does not read an office equipment list after 'everything:'", "Everything: laptop, desk, chair provided.", []],
    ["reads the rest arranged once you are there", "The company arranges the rest once you are there.", ["workPermitAfterArrival"]],
    ["reads a pick-up at a named airport", "Our staff will meet you at Suvarnabhumi.", ["airportPickup"]],
    ["reads 'do not discuss with relatives'", "Do not discuss with relatives until you arrive.", ["hideFromFamily"]],
    ["does not read a privacy promise as hiding from family", "We never discuss your application with anyone.", []],
    ["reads a boat crossing and no entry stamp", "Boat crossing same night, no stamp needed.", ["borderCrossing"]],
    ["reads a pick-up at a named border town", "We pick you at Mae Sot, then the van.", ["borderCrossing"]],
    ["reads a crossing through the natural border", "Cross with our guide through the natural border.", ["borderCrossing"]],
    ["does not read a customs broker handling border clearance", "We handle the border clearance for your shipments.", []],
    ["does not read a bridge project over a river crossing", "River crossing bridge project needs site engineers.", []],
    ["reads entering a named country as a tourist and a tourist stamp", "You will enter Thailand as a tourist on a 30 day tourist stamp.", ["touristVisa"]],
    ["reads chat-register 'go with tourist' and a visa run", "You go with tourist first, then visa run every month.", ["touristVisa"]],
    ["reads travel on an e-visa or visa on arrival", "Candidates travel on e-visa/VOA.", ["touristVisa"]],
    ["does not read a hotel's guests who come as tourists", "Hotel guests come to Bangkok as tourists from all over the world.", []],
    ["does not read a refusal to send workers on tourist or visit visas", "We never ask applicants to travel on a tourist or visit visa.", []],
    ["reads a visa waiver as no visa needed", "Enter on a 30-day visa waiver.", ["noVisaNeeded"]],
    ["reads a ticket and visa the company bears", "Company bears the ticket and visa cost.", ["flightProvided", "visaProvided"]],
    ["reads flight and visa that are on the company", "Flight and visa are on the company.", ["flightProvided", "visaProvided"]],
    ["reads a provider verb over dorm, food and visa (the item beside the verb is left to the flag patterns)", "Company provides dorm, food and visa.", ["foodProvided", "visaProvided"]],
    ["reads flying out on a named weekday and a ticket booked within 48 hours", "We fly out on Friday; ticket booked within 48 hours.", ["urgentDeparture"]],
    ["reads departure by the end of the month and quick deployment", "Quick deployment, fly by end of the month.", ["urgentDeparture"]],
    ["does not read a start date within 30 days as urgent", "Start date within 30 days of offer.", []],
    ["reads a lie to tell the family about the job", "Tell your family it is a call centre job in Bangkok.", ["hideFromFamily"]],
    ["reads the location kept from everyone until arrival", "Keep it confidential until you arrive. Don't share the location with anyone.", ["hideFromFamily"]],
    ["does not read an offer-letter confidentiality note", "Please keep this offer confidential. Do not share your OTP with anyone.", []],
    ["does not read a refusal to deploy anyone on a tourist visa", "We don't deploy anyone on a tourist visa.", []],
    ["does not read 'no candidate will be sent on a visit visa'", "No candidate will be sent on a visit visa.", []],
    ["does not read 'nobody travels on a tourist visa'", "Nobody travels on a tourist visa with us.", []],
    ["does not read a warning against agents who offer visit visas", "Beware of agents offering jobs on visit visas.", []],
    ["does not read a tourist visa that is said to be illegal for work", "Working on a tourist visa is illegal. Visit visa offers are illegal.", []],
    ["does not read 'it is illegal to work on a visit visa'", "It is illegal to work on a visit visa.", []],
    ["does not read advice to avoid recruiters who use tourist visas", "Avoid recruiters who send people on tourist visas.", []],
    ["still reads a tourist visa after 'don't worry,'", "Don't worry, you travel on tourist visa.", ["touristVisa"]],
    ["still reads a visit visa after a negation about something else", "Not a problem if you have no degree, we send you on visit visa.", ["touristVisa"]],
    ["reads a status a local partner regularises", "Our local partner regularises your status.", ["workPermitAfterArrival"]],
    ["reads the paperwork arranged after you settle in", "HR arranges the paperwork after you settle in.", ["workPermitAfterArrival"]],
    ["does not read onboarding documents completed once you join", "HR completes your onboarding documents once you join.", []],
    ["reads an overseas work location", "Work location: overseas branch.", ["workAbroad"]],
    ["does not read a company's overseas offices as the job's place", "We have overseas offices in London.", []],
  ])("%s", (_name, description, expected) => {
    expect(travelFlags(description)).toEqual(expected);
  });
});

describe("eng requirements lexicon", () => {
  it.each<[string, string, Partial<RequirementValues>]>([
    ["reads 'No exp, no degree' and 'just English + typing'", "No exp, no degree, just English + typing.", { noExperience: true, noDegree: true, noSkills: true }],
    ["reads Indian 'freshers ok' and a school-level pass that is enough", "Freshers ok. 12th pass can apply.", { noExperience: true, noDegree: true }],
    ["reads 'with or without experience' and 'experience not a must'", "With or without experience. Experience not a must.", { noExperience: true }],
    ["does not read a rejection of applicants without experience", "Applicants with no experience will not be considered.", {}],
    ["does not read a rejection of candidates without a degree", "We cannot consider candidates with no degree.", {}],
    ["reads 'need boys who know computer' and a bare 'basic computer'", "Need boys who know computer and English. Education: SSC, basic computer.", { computerBasicsOnly: true, genderOrAppearance: true }],
    ["does not read basic computer science as basic computer use", "Basic computer science concepts are useful.", {}],
    ["reads height in feet and inches and a full-body photo", "Girls only, height 5'4\" and above, send full body photo.", { genderOrAppearance: true }],
    ["reads an age range written in years on both sides", "Age: 18 yrs to 35 yrs.", { ageRange: { min: 18, max: 35 } }],
    ["reads 'below 30' as a maximum age but not 'weight under 60kg'", "Age below 30, weight under 60kg.", { ageRange: { min: null, max: 30 } }],
    ["does not read a weight limit as a maximum age", "Models: weight below 55 kg, waist under 70 cm.", {}],
    ["reads the Nigerian 'international passport' photo request", "Send a clear photo of your international passport.", { passportRequired: true, passportCopyRequested: true }],
    ["reads 'passport must be ready'", "Passport must be ready, we process fast.", { passportRequired: true }],
    ["does not read passport-size ID photos as a passport copy", "Attach your CV and 2 recent passport photos.", {}],
    ["does not read citizenship as the passport requirement", "EU-Passport holders only.", {}],
    ["reads 'typing fast' as a typing requirement", "New ppl also ok if typing fast.", { noExperience: true, typingTest: true }],
    ["reads a 'Requirements: N years' line as senior", "Requirements: 5 years garment QC.", { seniorQualifications: true }],
    ["reads pidgin 'no experience, no wahala' and 'anybody fit do am'", "No experience, no wahala. Anybody fit do am.", { noExperience: true, noSkills: true }],
    ["reads Malaysian 'no experience also can' and 'certificate no need'", "No experience also can, certificate no need.", { noExperience: true, noDegree: true }],
    ["reads Hinglish 'experience ki zarurat nahi' and 'education no bar'", "Experience ki zarurat nahi, education no bar.", { noExperience: true, noDegree: true }],
    ["reads Taglish 'kahit walang experience' and 'marunong mag-computer'", "Kahit walang experience, basta marunong mag-computer.", { noExperience: true, computerBasicsOnly: true }],
    ["reads 'if you can use phone'", "If you can use phone you fit do this job.", { computerBasicsOnly: true }],
    ["reads 'fine girls'", "Need fine girls for the front desk.", { genderOrAppearance: true }],
    ["reads Hinglish 'sirf passport chahiye' and Taglish 'basta may passport'", "Sirf passport chahiye. Basta may passport ka.", { passportRequired: true }],
    ["does not read a single-parent benefit as an appearance requirement", "We support single parents with flexible hours.", {}],
    ["does not read 'computer basics of programming' as basic use", "Teach computer basics of programming to grade 9.", {}],
    ["reads 'graduates not required' and 'no education bar'", "Graduates not required, no education bar.", { noDegree: true }],
    ["does not read graduates who need not pay as no degree", "Graduates are not required to pay any fee.", {}],
    ["reads 'keep your passport handy'", "Keep your passport handy.", { passportRequired: true }],
    ["reads 'no background needed'", "No background needed, we train you.", { noExperience: true }],
    ["reads 'attractive young ladies'", "Attractive young ladies for hotel reception.", { genderOrAppearance: true }],
    ["reads inexperienced applicants welcome and freshers who may also apply", "Inexperienced applicants are welcome. Freshers may also apply.", { noExperience: true }],
    ["reads no prior knowledge and training from zero", "No prior knowledge required, we train you from zero.", { noExperience: true }],
    ["reads no minimum education and college level ok", "No minimum education, college level ok.", { noDegree: true }],
    ["does not read no minimum qualifications listed by a data-science employer", "There are no minimum qualifications listed for this internship.", {}],
    ["reads basic typing only and a smartphone as the only requirement", "Basic typing skills only. Only requirement: a smartphone.", { computerBasicsOnly: true }],
    ["reads basic English that is enough", "Basic English is enough.", { noSkills: true, languagesRequired: ["eng"] }],
    ["reads 'must be tall and pretty'", "Must be tall and pretty.", { genderOrAppearance: true }],
    ["does not read a guard who must be tall and fit", "Must be tall and physically fit for the guard post.", {}],
    ["reads experience that is an added advantage but not a must", "Experience is an added advantage but not a must.", { noExperience: true }],
    ["does not read experience that is simply an advantage", "Experience is an advantage.", {}],
  ])("%s", (_name, description, expected) => {
    expect(requirementValues(description)).toEqual({ ...NO_REQUIREMENTS, ...expected });
  });
});

describe("eng fees lexicon", () => {
  it.each<[string, string, Partial<FeeValues>]>([
    ["does not read fees listed among an advisory's warning signs", "Signs of a scam:\n• You must pay processing fees to a personal mobile money number.", {}],
    ["reads a payment for the visa, a half-before-visa split and token money", "Pay Rs 50,000 for visa. 50% before visa, 50% after. Token money also.", { upfrontFee: true, feeAmount: "Rs 50,000" }],
    ["reads an activation fee by mobile money", "Pay the activation fee via MTN MoMo today.", { upfrontFee: true, paymentChannel: "e-wallet" }],
    ["reads a ticket cut from the salary", "Ticket money will be cut from your salary.", { upfrontFee: true, advanceRepaidFromSalary: true }],
    ["reads 'pay later' for the ticket", "Fly now, pay later from your salary.", { advanceRepaidFromSalary: true }],
    ["does not read a buy-now-pay-later fintech as repayment", "We let consumers buy now and pay later without hidden fees.", {}],
    ["reads a penalty for running away and a release fee", "If you run away before contract ends you must pay. Release fee applies.", { penaltyForLeaving: true }],
    ["reads 'company pay everything' and 'don't need to take out a single cent'", "Company pay everything, you don't need to take out a single cent.", { zeroCostClaim: true }],
    ["reads a licensed agency's free recruitment", "Free recruitment, no service charge.", { noFeePolicy: true }],
    ["does not read a hotel's service charge as a fee", "Salary plus service charge and tips.", {}],
    ["does not read a fee the employer pays", "Visa stamping charges are paid by the employer.", {}],
    ["reads pidgin 'pay small money' and an M-Pesa payment", "Pay small money for form via M-Pesa.", { upfrontFee: true, paymentChannel: "m-pesa" }],
    ["reads Hinglish 'salary se kaata jayega' and Taglish 'kaltas sa sahod'", "Advance salary se kaata jayega. Kaltas sa sahod.", { advanceRepaidFromSalary: true }],
    ["reads pidgin 'if you comot before contract finish you go pay'", "If you comot before contract finish you go pay the company.", { penaltyForLeaving: true }],
    ["reads 'no kobo'", "You no go pay no kobo.", { zeroCostClaim: true }],
    ["does not read paying salary via M-Pesa as a fee", "Salaries are paid monthly via M-Pesa.", {}],
    ["reads travel costs deducted gradually from the first salaries", "Costs deducted gradually from your first salaries.", { advanceRepaidFromSalary: true }],
    ["reads those who leave early having to reimburse", "Those who leave before 12 months must reimburse all expenses.", { penaltyForLeaving: true }],
    ["reads a charge payable before the visa", "Service charge 1.5 lakh only, payable before visa.", { upfrontFee: true, feeAmount: "1.5 lakh" }],
    ["reads 'all-expense paid' as zero cost", "All-expense paid, zero deployment cost.", { zeroCostClaim: true }],
    ["reads 'no fees at any stage' and 'we never ask candidates to pay'", "No fees at any stage. We never ask candidates to pay money.", { noFeePolicy: true }],
    ["reads 'never pay anyone for a job' and 'we do not charge candidates anything'", "Never pay anyone for a job with us; we do not charge candidates anything.", { noFeePolicy: true }],
    ["reads leaving early that means refunding the ticket", "Leaving early means you refund the ticket and visa.", { penaltyForLeaving: true }],
    ["reads a ticket repaid in installments", "You will repay the ticket in monthly installments.", { advanceRepaidFromSalary: true }],
    ["reads pesos sent by GCash for a reservation", "Send 5,000 pesos via GCash for reservation.", { upfrontFee: true, paymentChannel: "gcash" }],
    ["does not read service charges paid against a proper receipt", "Service charges as per MEA norms against proper receipt.", {}],
    ["reads no candidate fees", "No candidate fees.", { noFeePolicy: true }],
    ["reads 'never pay any agent'", "Never pay any agent.", { noFeePolicy: true }],
    ["does not read 'never pay any agent' that sends the money to the company instead", "Never pay any agent, pay directly to our company account.", {}],
    ["reads a warning about fake recruiters asking for fees as policy, not as a fee", "Beware of fake recruiters asking for fees.", { noFeePolicy: true }],
    ["does not read a fee named in a request to report whoever asks for it", "Report anyone who asks you for a registration fee.", {}],
    ["does not read the fee scammers ask for", "Scammers may ask for an application fee; we never do.", {}],
    ["reads 'we will never ask you to pay a training fee' as policy only", "We will never ask you to pay a training fee.", { noFeePolicy: true }],
    ["reads candidates not required to pay and a placement fee of none", "Candidates are not required to pay any fees. Placement fee: none.", { noFeePolicy: true }],
    ["reads the passive 'you will never be asked to pay' as policy", "You will never be asked to pay a recruitment or visa fee.", { noFeePolicy: true }],
    ["reads 'candidates are never asked to pay' as policy", "Candidates are never asked to pay anything at any point.", { noFeePolicy: true }],
    ["does not read 'never asked to pay upfront' as a no-fee policy", "You will never be asked to pay upfront; the fee is deducted from your first salary.", { advanceRepaidFromSalary: true }],
    ["reads 'we do not charge candidates'", "We do not charge candidates and do not work with agents who do.", { noFeePolicy: true }],
    ["reads applicants who should not pay anybody", "Applicants should not pay any processing fee to anybody.", { noFeePolicy: true }],
    ["still reads a fee after 'be careful,'", "Be careful, registration fee must be paid by Friday.", { upfrontFee: true }],
    ["still reads a penalty after 'Beware:'", "Beware: if you leave before contract ends you pay the penalty.", { penaltyForLeaving: true }],
  ])("%s", (_name, description, expected) => {
    expect(feeValues(description)).toEqual({ ...NO_FEES, ...expected });
  });
});

describe("eng legitimacy lexicon", () => {
  it.each<[string, string, LegitimacyFlag[]]>([
    ["reads a Phnom Penh numbered street", "Office: 45 Street 289, Toul Kork.", ["streetAddress"]],
    ["reads an Indian plot number and a Filipino block and lot", "Plot No. 12, Sector 18. Blk 5 Lot 12.", ["streetAddress"]],
    ["reads a Nigerian CAC registration number", "Registered with CAC, RC 1234567.", ["registrationNumber"]],
    ["reads an Indian CIN after 'CIN No.'", "Acme Staffing Pvt. Ltd. CIN No. U74999DL2015PTC123456", ["legalEntity", "registrationNumber"]],
    ["reads an Indian CIN after 'CIN:'", "CIN: U74999DL2015PTC123456", ["registrationNumber"]],
    ["reads a listed company's CIN starting with L", "Corporate Identity Number L17110MH1973PLC019786.", ["registrationNumber"]],
    ["reads a number after 'Company No.' now that the dot no longer blocks it", "Company No. 12345678", ["registrationNumber"]],
    ["does not read a CIN-shaped code without the listing letter", "CIN: 74999DL2015PTC123456", []],
    ["does not read a short number after 'cin no'", "cin no 1234", []],
    ["reads a permit and visa 'by company' and the protector clearance", "Work permit and visa by company. Protector clearance done here.", ["workPermitSponsored"]],
    ["does not read a permit processed on arrival as sponsorship", "Work permit and visa by company after arrival.", []],
    ["reads an in-person interview with a skills test and a trial day", "Interview and typing test on site. Trial day before offer.", ["multiStageInterview"]],
    ["does not read a short interview with a typing test as multi-stage", "Only a short interview and typing test on site.", []],
    ["reads Kenyan NEA registration and a contract attested by the embassy", "NEA-registered agency. Contract attested by the embassy.", ["governmentScheme", "writtenContractBeforeTravel"]],
    ["reads Uganda's MGLSD and Pakistan's overseas employment promoter", "Licensed by MGLSD. Overseas Employment Promoter.", ["governmentScheme"]],
    ["reads the Philippine PDOS and a DMW-licensed agency", "DMW-licensed agency, PDOS before departure.", ["governmentScheme", "workPermitSponsored"]],
    ["reads a proper work visa", "Proper work visa, not visit.", ["workPermitSponsored"]],
    ["reads a work permit and business (E-class) visa provided by the school", "Work permit and business (E-class) visa provided by the school, housing allowance.", ["workPermitSponsored"]],
    ["does not credit SLBFE registration that is said not to be needed", "SLBFE registration not required.", []],
    ["reads an arrow chain of test and two interviews", "Process: application → typing test → HR interview → team lead interview.", ["multiStageInterview"]],
    ["reads a test then two interviews", "Selection: online test then two interviews.", ["multiStageInterview"]],
    ["reads an interview and typing test at a named office", "Interview + typing test at our Gulshan office.", ["multiStageInterview"]],
    ["does not read a short interview and typing test at an office as multi-stage", "Only a short interview and typing test at our Dhaka office.", []],
    ["reads expat hires receiving a work permit and visa support", "Expat hires receive work permit and visa support.", ["workPermitSponsored"]],
    ["reads an employment visa listed with the ID card as provided", "Employment visa, Emirates ID and medical insurance provided.", ["workPermitSponsored"]],
    ["reads a permit processed by the school", "Work permit and temporary residence card processed by the school.", ["workPermitSponsored"]],
    ["does not read a permit the applicant must already hold", "Applicants must already hold a work permit; get a work permit before applying.", []],
    ["reads a DG Shipping approved agency and its RPSL number", "DG Shipping approved agency RPSL-KOL-118.", ["governmentScheme"]],
    ["reads a hotel that sponsors the work visa", "The hotel sponsors your work visa.", ["workPermitSponsored"]],
    ["reads a contract received in advance", "You will receive your contract in advance.", ["writtenContractBeforeTravel"]],
    ["reads a contract verified by the Migrant Workers Office", "Contract will be verified by the Migrant Workers Office.", ["writtenContractBeforeTravel"]],
    ["reads two technical rounds", "Process: online coding test, two technical rounds, managerial round.", ["multiStageInterview"]],
    ["reads a pairing session and a team interview", "Process: take-home, pairing session, team interview.", ["multiStageInterview"]],
    ["does not read take-home pay as a take-home assignment", "Take-home pay of KES 60,000.", []],
    ["reads an advisory that names trafficking and sends readers to the police", "Many young people were trafficked into scam compounds. Report such offers to the police.", ["warnsJobSeekers"]],
    ["reads a warning against unlicensed recruiters and a hotline", "Beware of unlicensed recruiters offering call-centre jobs abroad. Call the DMW hotline 1348.", ["warnsJobSeekers"]],
    ["reads verification with the labour authority and forced work", "Victims were forced to work in online scams. Verify every job offer with the Ministry before you travel.", ["warnsJobSeekers"]],
    ["reads an anti-trafficking notice with a travel advisory", "Anti-trafficking notice: a travel advisory covers Cambodia and Myanmar.", ["warnsJobSeekers"]],
    ["does not read one borrowed warning line as an advisory", "Beware of fake agents using our name! Tourist visa, free ticket, message our Telegram.", []],
    ["does not read one mention of trafficking as an advisory", "We oppose human trafficking. Salary USD 1,500, no experience, tourist visa.", []],
    ["does not count two patterns over one phrase twice", "Human trafficking victims", []],
    ["does not read a lure's denials as advisory cues", "NOT human trafficking! Scam compounds? Not us! Beware of fake agents.", []],
    ["does not read 'job alert' and 'red flags' as advisory cues", "JOB ALERT! Red flags to avoid: agents who ask for fees. Beware of fake agents.", []],
    ["does not count a warning line pasted twice as two cues", "Beware of fake agents offering jobs abroad. Beware of fake agents offering jobs abroad.", []],
    ["does not read 'report to the team leader' as reporting to an authority", "You will report to the team leader. Report daily to the supervisor.", []],
    ["does not read a recruiter's own hotline and 'verify our licence' as an advisory", "Call our hotline 0917 000 0000. Verify our licence with the DMW. Beware of fake agents using our name!", []],
  ])("%s", (_name, description, expected) => {
    expect(legitimacyFlags(description)).toEqual(expected);
  });
});

describe("eng role lexicon", () => {
  it.each<[string, string | undefined, string, RoleFamily, string]>([
    ["reads an Indian telecaller as sales", "Telecaller (Hindi/English)", "", "sales", "Telecaller"],
    ["does not read Spanish 'sales' (you leave) as the sales role", undefined, "Sales la semana que viene como traductor en Tailandia.", "translator", "traductor"],
    ["still reads 'sales' before an English word", "Sales associate", "Retail sales in our Makati store.", "sales", "Sales"],
    ["reads an international voice process as customer service", "International Voice Process", "", "customer-service", "International Voice Process"],
    ["reads a Filipino encoder title as data entry", "Encoder", "", "data-entry", "Encoder"],
    ["reads a POGO job as casino", undefined, "POGO company hiring staff, free dorm.", "casino", "POGO"],
    ["reads a content moderator as chat support", "Content Moderator", "", "chat-support", "Content Moderator"],
    ["keeps a video encoder engineer out of data entry", "Video Encoder Engineer", "", "professional", "Engineer"],
    ["reads a housemaid title as an occupation outside the lure families", "Housemaid for a family", "", "other", "Housemaid"],
    ["reads a client relations officer as customer service", "Client Relations Officer", "", "customer-service", "Client Relations Officer"],
  ])("%s", (_name, title, description, family, evidence) => {
    const role = extractRole(contextFrom({ title, description }));
    expect(role.family).toBe(family);
    expect(role.entryLevel).toBe(ENTRY_LEVEL_FAMILIES.has(family));
    expect(role.evidence.map((item) => item.text)).toEqual([evidence]);
  });
});

describe("eng rule patterns", () => {
  const screener = createScreener();
  const fired = (description: string): string[] => screener.screen({ description }).signals.map((signal) => signal.id);

  it.each<[string, string, string, boolean]>([
    ["interview-on-messaging-app", "reads a Telegram handle given for the interview", "Inbox ✈️ @csr_team_kh for interview.", true],
    ["interview-on-messaging-app", "does not read a telephonic interview as Telegram", "Tele interview for shortlisted candidates, then HR round.", false],
    ["message-for-details", "reads 'Interested? PM'", "Work abroad, big salary. Interested? PM.", true],
    ["light-work-high-pay", "reads 'less work, more money'", "Less work, more money! Apply now.", true],
    ["instant-hiring-without-interview", "reads a two-minute interview only", "Freshers ok. 2 min interview only.", true],
    ["instant-hiring-without-interview", "does not read a short screening step of a proper process", "Take part in a 3-5 minute interview, then a panel interview.", false],
    ["unnamed-foreign-employer", "reads a confidential company name", "Company name: confidential. Apply today.", true],
    ["workplace-revealed-after-selection", "reads an overseas branch with details after the interview", "Work location: overseas branch (details after interview).", true],
    ["legality-assurance", "reads '100% genuine job'", "100% genuine job, no agent.", true],
    ["passport-held-by-employer", "reads a passport kept for safekeeping", "Your passport will stay with the company for safekeeping.", true],
    ["passport-held-by-employer", "does not read a promise not to hold passports", "We never hold your passport for safekeeping.", false],
    ["openly-illegal-work", "reads chatting with fake profiles", "Use fake profiles to chat with clients in the US.", true],
    ["openly-illegal-work", "does not read a trust-and-safety job", "We detect fake accounts and remove scam content.", false],
    ["bypasses-official-emigration-channel", "reads going without OEC", "Go without OEC, we handle the airport.", true],
    ["bypasses-official-emigration-channel", "does not read a warning to get the OEC", "Do not travel without OEC.", false],
    ["play-games-for-pay", "reads earning by playing games", "Earn money by playing games online.", true],
    ["bypasses-official-emigration-channel", "reads romanised Nepali 'labour chahidaina' and 'Delhi hudai flight'", "Labour chahidaina, Delhi hudai flight.", true],
    ["bypasses-official-emigration-channel", "reads Hinglish 'ECR ka koi tension nahi'", "ECR ka koi tension nahi, visit visa.", true],
    ["bypasses-official-emigration-channel", "does not read a labour permit that is required", "Labour permit chahincha, Kathmandu bata flight.", false],
    ["light-work-high-pay", "reads Hinglish 'aasan kaam, zyada salary'", "Aasan kaam, zyada salary.", true],
    ["light-work-high-pay", "reads pidgin 'small work, big money'", "Small work, big money.", true],
    ["light-work-high-pay", "does not read 'ghar se kaam' alone", "Ghar se kaam, fixed salary.", false],
    ["message-for-details", "reads romanised Nepali 'inbox garnus'", "Details ko lagi inbox garnus.", true],
    ["message-for-details", "reads 'interested ones should inbox'", "Interested ones should inbox.", true],
    ["message-for-details", "does not read an inbox check in a job duty", "Monitor the support inbox daily.", false],
    ["passport-held-by-employer", "reads Hinglish 'passport company ke paas rahega'", "Passport company ke paas rahega.", true],
    ["passport-held-by-employer", "reads pidgin 'oga go hold una passport'", "Oga go hold una passport.", true],
    ["instant-hiring-without-interview", "reads '100% selection' and spot selection", "100% selection, spot selection.", true],
    ["instant-hiring-without-interview", "does not read a selection ratio below 100", "Only 10% selection rate after interviews.", false],
    ["passport-held-by-employer", "reads a passport kept by HR", "Your passport will be kept by HR for safety.", true],
    ["passport-held-by-employer", "reads a company keeping the passports", "Company keeps the passports safe for visa processing.", true],
    ["passport-held-by-employer", "does not read a passport that will not be kept", "Your passport will not be kept by the company.", false],
    ["message-for-details", "reads 'inbox the admin'", "Inbox the admin for the interview schedule.", true],
    ["message-for-details", "reads a resume sent through the inbox", "Just send your resume through inbox.", true],
    ["message-for-details", "reads 'hit me up for details'", "Hit me up for details.", true],
    ["message-for-details", "does not read a CV sent to an HR mailbox", "Send your CV to our HR inbox at careers@example.com.", false],
    ["play-games-for-pay", "reads 'get paid to test mobile games'", "Get paid to test mobile games!", true],
    ["play-games-for-pay", "does not read a QA tester writing test plans", "QA tester to write test plans for mobile games.", false],
    ["openly-illegal-work", "reads work that is not fully legal but safe", "I won't lie, the work is not 100% legal but you are safe with us.", true],
    ["openly-illegal-work", "reads grey-area work", "Grey area work, high pay.", true],
    ["openly-illegal-work", "does not read a disclaimer that is not legal advice", "This is not legal advice but you are safe to ignore it.", false],
    ["recruits-former-compound-workers", "reads those who were in KK and lost their job after the raids", "For those who were in KK and lost their job after the raids.", true],
    ["recruits-former-compound-workers", "does not read workers who lost jobs in the pandemic", "Workers who lost their jobs during the pandemic can retrain.", false],
    ["message-for-details", "reads 'PM me for the full details'", "PM me for the full details.", true],
    ["message-for-details", "reads 'serious applicants only, PM'", "Serious applicants only, PM.", true],
    ["passport-held-by-employer", "reads passports kept for safety", "We keep passports for safety.", true],
    ["passport-held-by-employer", "reads a passport returned when the contract finishes", "Your passport will be returned when contract finishes.", true],
    ["passport-held-by-employer", "does not read a promise never to keep passports", "We do not keep passports for safety reasons or any other reason.", false],
    ["bypasses-official-emigration-channel", "reads travel without going through POEA", "You can travel without going through POEA.", true],
    ["bypasses-official-emigration-channel", "does not read a warning not to travel without going through the DMW", "Never travel without going through DMW.", false],
    ["bypasses-official-emigration-channel", "reads 'no need to go through SLBFE'", "No need to go through SLBFE, fast process.", true],
    ["bypasses-official-emigration-channel", "reads 'we handle the airport'", "Visit visa ok, we handle the airport.", true],
    ["bypasses-official-emigration-channel", "does not read an airport transfer the employer handles", "We handle the airport transfer for all new joiners.", false],
    ["instant-hiring-without-interview", "reads an offer letter issued after a short call", "Offer letter issued after a short call.", true],
    ["instant-hiring-without-interview", "does not read an offer after the final panel interview", "Offer issued after the final panel interview and reference checks.", false],
    ["tourist-visa-for-work", "does not read a licensed agency that sends nobody on visit visas", "Licensed agency. We do not send anyone on visit visas. Employment visa sponsored.", false],
    ["upfront-fee-charged", "does not read a no-fee policy and a warning about fake recruiters", "No placement fee is charged. Beware of fake recruiters asking for fees.", false],
    ["no-fee-policy", "reads a warning about fake recruiters asking for fees", "No placement fee is charged. Beware of fake recruiters asking for fees.", true],
  ])("%s: %s", (rule, _name, description, expected) => {
    expect(fired(description).includes(rule)).toBe(expected);
  });
});

// Third pass: families of phrasings no corpus ad uses (relocation after a remote start, a project or
// branch in "SEA", entering as a visitor and a status converted later, a contract given only on
// arrival, first-time job seekers, a passport kept "safe", contact in private), each beside the
// legitimate sentence that shares its words.
describe("eng lexicon, third pass: travel", () => {
  it.each<[string, string, TravelFlag[]]>([
    ["reads a branch abroad the company is expanding", "Vantage is expanding its overseas branch in Southeast Asia.", ["workAbroad"]],
    ["reads a project in SEA", "Our project in SEA is hiring.", ["workAbroad"]],
    ["reads a remote start followed by relocation to the office", "Start remote for two weeks, then relocate to our office in Vientiane.", ["workAbroad"]],
    ["reads readiness to travel abroad within days", "Must be ready to travel abroad within 10 days.", ["urgentDeparture", "workAbroad"]],
    ["reads coming in as a visitor", "You come in as a visitor first.", ["touristVisa"]],
    ["reads getting there like a normal tourist", "Get there like a normal tourist.", ["touristVisa"]],
    ["reads entering on a visitor pass", "Enter on a visitor pass.", ["touristVisa"]],
    ["reads a status the company converts later", "The company will convert your status later.", ["workPermitAfterArrival"]],
    ["reads a visit visa changed to a work visa", "Come on visit visa first, the company will change it to a work visa.", ["touristVisa", "workPermitAfterArrival"]],
    ["reads arriving as a tourist and a visa switched to an employment pass", "Arrive as a tourist, our HR will switch your visa to an employment pass.", ["touristVisa", "workPermitAfterArrival"]],
    ["reads a contract signed only on arrival", "Contract will be signed on arrival.", ["workPermitAfterArrival"]],
    ["does not read a company's overseas office that handles payroll", "Our overseas office in Singapore handles payroll.", []],
    ["does not read a refusal to sign contracts on arrival", "We never sign contracts on arrival; you sign before departure.", []],
    ["does not read visit-visa holders invited to an interview", "Candidates already in the UAE on a visit visa may attend the interview.", []],
    ["does not read occasional business travel", "Willing to travel overseas occasionally for client meetings.", []],
    ["does not read a company's operations in Southeast Asia", "Our sales operations in Southeast Asia and Europe are growing.", []],
    ["does not read later travel to client sites from home", "Work from home now; later travel to client sites may be required.", []],
    ["does not read a remote role with optional relocation", "Fully remote role, then you can move to Berlin if you like.", []],
    ["reads a crypto exchange abroad", "Hiring marketing assistants for a crypto exchange abroad.", ["workAbroad"]],
    ["reads our project overseas", "Our project overseas needs chat agents.", ["workAbroad"]],
    ["does not read shipping to a platform overseas", "We ship to an online platform overseas.", []],
    ["reads accommodation listed before the air ticket that are provided", "Accommodation and air ticket provided.", ["accommodationProvided", "flightProvided"]],
    ["does not read accommodation and flights the worker pays", "Accommodation and flights are not provided.", []],
    ["does not read housing offered at a monthly price", "Accommodation available at PLN 500 per month.", []],
    ["does not read housing at a subsidised rate", "Shared housing provided at a subsidised rate of 300 AED.", []],
    ["still reads free housing provided at the site", "Free accommodation provided at the site.", ["accommodationProvided"]],
  ])("%s", (_name, description, expected) => {
    expect(travelFlags(description)).toEqual(expected);
  });
});

describe("eng lexicon, third pass: requirements", () => {
  it.each<[string, string, Partial<RequirementValues>]>([
    ["reads 'don't worry if you have never worked before'", "Don't worry if you have never worked before.", { noExperience: true }],
    ["reads first-time job seekers who are welcome", "First-time job seekers are welcome.", { noExperience: true }],
    ["reads no need to worry about having no experience", "No need to worry about having no experience.", { noExperience: true }],
    ["reads being comfortable with a laptop", "Comfortable with a laptop and smartphone.", { computerBasicsOnly: true }],
    ["does not read computer vision as computer use", "Comfortable with computer vision.", {}],
    ["does not read a rejection of applicants who never worked", "Applicants who have never worked before will not be considered.", {}],
  ])("%s", (_name, description, expected) => {
    expect(requirementValues(description)).toEqual({ ...NO_REQUIREMENTS, ...expected });
  });
});

describe("eng lexicon, third pass: roles", () => {
  it.each<[string, RoleFamily, string]>([
    ["Client Advisor", "customer-service", "Client Advisor"],
    ["Customer Advisor", "customer-service", "Customer Advisor"],
    ["KYC Agent", "data-entry", "KYC Agent"],
    ["Data Annotation Specialist", "data-entry", "Data Annotation"],
    ["Community Moderator", "chat-support", "Community Moderator"],
    ["Financial Advisor", "other", ""],
  ])("reads the title %s as %s", (title, family, evidence) => {
    const role = extractRole(contextFrom({ title, description: "" }));
    expect(role.family).toBe(family);
    expect(role.evidence.map((item) => item.text)).toEqual(evidence ? [evidence] : []);
  });
});

describe("eng rule patterns, third pass", () => {
  const screener = createScreener();
  const fired = (description: string): string[] => screener.screen({ description }).signals.map((signal) => signal.id);

  it.each<[string, string, string, boolean]>([
    ["passport-held-by-employer", "reads a passport the company keeps safe", "We keep your passport safe during the contract.", true],
    ["passport-held-by-employer", "reads passports kept securely by HR", "Passports will be kept securely by HR.", true],
    ["passport-held-by-employer", "does not read advice to keep your own passport safe", "Keep your passport safe and never hand it to anyone.", false],
    ["passport-held-by-employer", "does not read a promise never to keep the passport", "We never keep your passport safe in our office.", false],
    ["message-for-details", "reads 'message me privately'", "Serious people only, message me privately.", true],
    ["message-for-details", "reads 'contact us privately'", "Contact us privately for the salary.", true],
    ["message-for-details", "does not read a direct e-mail contact", "Contact us directly at hr@example.com.", false],
    ["tourist-visa-for-work", "does not read visit-visa holders invited to an interview", "Candidates already in the UAE on a visit visa may attend the interview; work starts only after the visa is issued.", false],
    ["tourist-visa-for-work", "still reads travel to Dubai on a visit visa for the final interview", "You will first travel to Dubai on a visit visa for the final interview.", true],
    ["bypasses-official-emigration-channel", "reads no need to register with the bureau and papers done privately", "No need to register with the bureau, we process everything privately.", true],
    ["bypasses-official-emigration-channel", "does not read a duty to register with the bureau", "All workers must register with the Bureau of Foreign Employment before departure.", false],
  ])("%s: %s", (rule, _name, description, expected) => {
    expect(fired(description).includes(rule)).toBe(expected);
  });
});

// Prohibitions whose object stands far from the negation: "Never travel to Korea or any other country
// on a tourist or visit visa", a no-fee policy that lists what the agency will never do ("will never
// ask you to pay a fee, send money by M-Pesa, or travel on a visitor visa"), warnings against whoever
// offers it ("do not trust anyone who promises a job on visit visa"). The English clauseBefore cue
// governs the rest of the clause, and a comma list only when an "or" closes it before the match or the
// items are fees; it stops at a sentence end, a new subject, "but/only/just/because" and a dash. Each
// case sits beside the lure wording that must still be read: "don't worry", "never mind", "no
// problem", "don't listen to anyone who says it is illegal".
describe("eng lexicon, long-reach prohibitions: travel", () => {
  it.each<[string, string, TravelFlag[]]>([
    ["does not read a government notice never to travel on a tourist or visit visa", "Never travel to Korea or any other country on a tourist or visit visa to look for work.", []],
    ["does not read the same prohibition under a warning header and a bullet", "⚠️ IMPORTANT\n• Never travel to Korea or any other country on a tourist or visit visa to look for work.", []],
    ["does not read a visitor visa at the end of a no-fee policy's 'or' list", "Mwangaza Health Careers will never ask you to pay a fee, send money by M-Pesa, or travel on a visitor visa.", []],
    ["does not read a visit visa that brokers promise and the ad says not to trust", "Do not trust anyone who promises a job \"on visit visa, work permit later\".", []],
    ["does not read 'we never send workers abroad on visit or tourist visas'", "We never send workers abroad on visit or tourist visas.", []],
    ["does not read a refusal to deploy workers to a list of countries on tourist visas", "We do not deploy workers to Cambodia, Myanmar or Laos on tourist visas.", []],
    ["does not read 'it is illegal to travel ... and work on a tourist or visit visa'", "It is illegal to travel to Malaysia or Thailand and work on a tourist or visit visa.", []],
    ["does not read 'not allowed to work in the UAE on a visit visa'", "You are not allowed to work in the UAE on a visit visa under any circumstances.", []],
    ["does not read 'never, ever travel for work on a tourist visa'", "Never, ever travel for work on a tourist visa.", []],
    // Only a verb of going governs the rest of its clause: "don't pay any agent fee tourist visa and
    // ticket free" is a lure's unpunctuated line. A warning that opens with another verb and lists the
    // visa after "or" is read as a lure for that.
    ["reads, as a known limit, a visit visa after 'never hand over your passport or travel'", "Please never hand over your passport or travel abroad on a visit visa.", ["touristVisa"]],
    // Lures written without punctuation, with emoji bullets or with a second instruction, still read.
    ["still reads an unpunctuated 'dont pay any agent fee tourist visa and ticket free'", "DONT PAY ANY AGENT FEE TOURIST VISA AND TICKET FREE FROM COMPANY SALARY 1500$ CAMBODIA", ["flightProvided", "touristVisa", "visaProvided"]],
    ["still reads a tourist visa after 'do not go to the labour office … fly'", "Do not go to the labour office in Kathmandu fly on a visit visa via Dubai.", ["touristVisa"]],
    ["still reads the visa and ticket provided between emoji bullets", "✅ Salary 1000 USD ✅ Do not pay anyone ✅ Tourist visa + ticket provided ✅ Apply on Telegram", ["flightProvided", "visaProvided"]],
    ["still reads 'never travel alone, our team leader … on tourist visa'", "Never travel alone our team leader guides the group at immigration on tourist visa.", ["touristVisa"]],
    ["does not read a warning not to accept offers that ask you to travel on a tourist visa", "WARNING: Do NOT accept any offer that asks you to travel to Thailand on a tourist visa.", []],
    ["does not read recruiters who promise you a job on a tourist visa, after 'beware of'", "Beware of recruiters who promise you a job on a tourist visa.", []],
    ["does not read the unapostrophed 'Dont go' over a list of countries", "• Dont go to Malaysia, Thailand or Cambodia on a tourist visa to look for a job.", []],
    ["does not read 'mustn't travel ... on a visit visa'", "Workers mustn't travel to the Gulf or anywhere else on a visit visa for employment.", []],
    ["still reads a tourist entry after 'don't worry about the visa,'", "Don't worry about the visa, enter as a tourist.", ["touristVisa"]],
    ["still reads a visit visa after 'never mind the work permit,'", "Never mind the work permit, come on a visit visa first.", ["touristVisa", "workPermitAfterArrival"]],
    ["still reads a tourist visa after 'never mind the paperwork;'", "Never mind the paperwork; travel on a tourist visa.", ["touristVisa"]],
    ["still reads a visit visa in the clause after a prohibition about agents", "Don't pay agents, travel on visit visa with us.", ["touristVisa"]],
    ["still reads a tourist visa in the sentence after a prohibition", "Never pay agents. Travel on a tourist visa with our company.", ["touristVisa"]],
    ["still reads a visit visa after a semicolon and a new subject", "Don't pay any fee to agents; the company sends you on visit visa.", ["touristVisa"]],
    ["still reads a tourist visa after 'and you travel'", "Never pay fees or hand over your passport, and you travel on a tourist visa with us.", ["touristVisa"]],
    ["still reads a tourist visa after 'don't take tension'", "Don't take tension about visa and fly on tourist visa.", ["touristVisa"]],
    ["still reads a tourist visa after 'don't be afraid to come'", "Don't be afraid to come on a tourist visa.", ["touristVisa"]],
    ["still reads a tourist visa after 'don't wait for a work visa,'", "Don't wait for a work visa, come on a tourist visa.", ["touristVisa"]],
    ["still reads a tourist visa said to be no problem and 100% legal", "Tourist visa no problem, 100% legal.", ["touristVisa"]],
    ["reads a lure that waves away warnings that a tourist visa is illegal", "Don't listen to anyone who says tourist visa is illegal, it is 100% safe.", ["touristVisa"]],
    ["reads a lure that waves away warnings that a visit visa is a problem", "Don't believe people who tell you visit visa is a problem.", ["touristVisa"]],
    ["still reads a visit visa sent after 'we don't charge any fee and'", "We don't charge any fee and send workers on visit visa.", ["touristVisa"]],
    ["still reads a visit visa arranged after 'we do not ask for any fees and'", "We do not ask for any fees and arrange visit visa fast.", ["touristVisa"]],
    ["still reads a tourist visa after 'and company sends you'", "We don't charge fee and company sends you on tourist visa.", ["touristVisa"]],
    ["still reads 'only tourist visa' after a work visa the agency does not process", "We do not process work visas, only tourist visa.", ["touristVisa"]],
    ["does not read a visa on arrival (a pattern of other packs too) in an offer the ad says not to accept", "Do not accept any job offer that asks you to enter Thailand on a visa on arrival.", []],
    ["does not read a job abroad that the ad says not to believe", "Don't believe agents who promise a job abroad without a visa.", []],
    ["still reads work abroad after 'never give up your dream'", "Never give up your dream to work abroad.", ["workAbroad"]],
    ["still reads a visa the company provides after 'as the company'", "Do not pay any money for visa processing as the company provides the visa.", ["visaProvided"]],
    ["still reads housing the company provides after 'and the company'", "Do not pay for anything and the company will provide free accommodation.", ["accommodationProvided"]],
    ["still reads a tourist visa in an 'or' list after a comma that starts a new instruction", "Don't pay agents, travel on visit visa or tourist visa with us.", ["touristVisa"]],
    ["does not read 'no visa is needed' that brokers say and the ad says not to believe", "Don't believe brokers who say no visa is needed.", []],
    ["does not read 'never travel abroad without a visa' as no visa needed", "Never travel abroad without a visa.", []],
    ["does not read 'you don't need a visa' that the ad says not to trust", "Never trust anyone who says you don't need a visa to work in Thailand.", []],
    ["still reads 'no visa needed' after 'because'", "Don't pay for visa because no visa needed.", ["noVisaNeeded"]],
    ["still reads travel without a visa after 'don't worry,'", "Don't worry, you can travel without visa.", ["noVisaNeeded"]],
    ["still reads 'no visa needed' after a prohibition about the embassy", "Don't go through the embassy, no visa needed.", ["noVisaNeeded"]],
    ["still reads a country that doesn't require a visa", "Thailand doesn't require a visa for you.", ["noVisaNeeded"]],
  ])("%s", (_name, description, expected) => {
    expect(travelFlags(description)).toEqual(expected);
  });
});

describe("eng lexicon, long-reach prohibitions: fees", () => {
  it.each<[string, string, Partial<FeeValues>]>([
    ["does not read fees listed after 'do not pay any', closed by 'or'", "Do not pay any processing fee, visa fee, medical fee or ticket charges to anyone.", {}],
    // "Don't pay them, pay us": a second instruction ends the prohibition's reach.
    ["still reads a fee after 'do not pay any middleman pay …'", "Do not pay any middleman pay the 300 USD processing fee directly to our HR.", { upfrontFee: true, feeAmount: "300 USD" }],
    // Deductions and penalties stated after a prohibition are not governed by it.
    ["still reads a deduction after 'we don't charge anything upfront'", "We don't charge anything upfront ticket cost will be deducted from your salary.", { advanceRepaidFromSalary: true, noFeePolicy: true }],
    ["still reads a penalty after 'do not leave before …'", "Do not leave before one year penalty of 2000 USD for breaking the contract.", { penaltyForLeaving: true }],
    ["does not read fees listed after 'we will never ask you to pay'", "We will never ask you to pay a processing fee, medical fee, visa fee or any other charge.", { noFeePolicy: true }],
    ["does not read fees listed after 'does not collect'", "Our agency does not collect registration fees, medical fees or visa fees from workers.", { noFeePolicy: true }],
    ["does not read fees listed after 'should not pay any'", "Applicants should not pay any registration fee, medical fee or training fee to any person.", { noFeePolicy: true }],
    ["does not read a visa fee under a header of what the employer covers", "What the employer covers:\n• Visa fee and health surcharge", {}],
    ["does not read fees on the bullets under 'Covered by the employer:'", "Covered by the employer:\n- visa fee\n- medical fee\n- ticket", {}],
    ["still reads a visa fee under a header of what the worker pays for", "Worker pays for:\n• Visa fee\n• Medical fee", { upfrontFee: true }],
    ["still reads a fee under 'You pay:' after an employer-pays header", "Employer pays for:\n- Ticket\nYou pay:\n- Visa fee", { upfrontFee: true, noFeePolicy: true }],
    ["still reads the processing fee after 'we don't charge a placement fee, only'", "We don't charge a placement fee, only a processing fee of 20,000.", { upfrontFee: true, noFeePolicy: true }],
    ["still reads a visa fee after 'company pays for your ticket, but'", "Company pays for your ticket, but visa fee is yours.", { upfrontFee: true }],
    ["still reads a deposit after a no-fee list closed by 'but'", "We will never ask you to pay a processing fee, medical fee or visa fee, but a deposit of USD 500 is needed.", { upfrontFee: true, feeAmount: "USD 500", noFeePolicy: true }],
    ["still reads a processing fee paid to the office after 'don't pay the agent,'", "Don't pay the agent, pay processing fee to our office.", { upfrontFee: true }],
    ["still reads a service fee the agency takes after 'never pay a recruitment fee,'", "Never pay a recruitment fee, we only take a small service fee after selection.", { upfrontFee: true }],
    ["still reads a processing fee paid at the office after a dash", "Do not pay the processing fee to anyone - pay the processing fee at our office only.", { upfrontFee: true }],
  ])("%s", (_name, description, expected) => {
    expect(feeValues(description)).toEqual({ ...NO_FEES, ...expected });
  });
});

describe("eng lexicon, prohibitions: passport copies", () => {
  it.each<[string, string, Partial<RequirementValues>]>([
    ["does not read a warning not to send a copy of your passport", "Do not send a copy of your passport to anyone before you get a contract.", {}],
    ["does not read 'never submit your passport to an agent'", "Never submit your passport to an agent.", {}],
    ["still reads 'don't forget to send your passport copy'", "Don't forget to send your passport copy today.", { passportCopyRequested: true }],
    ["still reads 'don't delay, submit your passport'", "Don't delay, submit your passport now.", { passportCopyRequested: true }],
    ["still reads a request for passport copies by WhatsApp", "Send passport copies via WhatsApp to reserve your slot.", { passportCopyRequested: true }],
  ])("%s", (_name, description, expected) => {
    expect(requirementValues(description)).toEqual({ ...NO_REQUIREMENTS, ...expected });
  });
});

describe("eng rule patterns, long-reach prohibitions", () => {
  const screener = createScreener();
  const fired = (description: string): string[] => screener.screen({ description }).signals.map((signal) => signal.id);

  it.each<[string, string, string, boolean]>([
    ["tourist-visa-for-work", "does not read a government notice never to travel on a tourist or visit visa", "Register on the official portal. Never travel to Korea or any other country on a tourist or visit visa to look for work.", false],
    ["tourist-visa-for-work", "still reads 'don't worry about the visa, enter as a tourist'", "Don't worry about the visa, enter as a tourist. Salary USD 1,500.", true],
    ["upfront-fee-charged", "does not read a visa fee the employer covers", "WHAT THE EMPLOYER COVERS\n• Health and Care Worker visa fee and Immigration Health Surcharge\n• Flight to the UK", false],
    ["upfront-fee-charged", "still reads a visa fee the worker pays for", "Worker pays for:\n• Visa fee\n• Medical fee", true],
  ])("%s: %s", (rule, _name, description, expected) => {
    expect(fired(description).includes(rule)).toBe(expected);
  });
});

// Batch 21: advisories that set the lures' offers out under a heading of their own ("What those
// offers usually look like:", "How the scam works:", "They will promise you:", "Common tricks:"),
// promises never to ask for a list that ends with a passport copy, a contract "in English", fees the
// employer pays listed after "pays the" or "We pay for:", and "if a recruiter tells you to travel ..."
// frames. Markers that negation cues cannot reach (a permit after arrival, a departure next week, a
// passport copy, no experience, no visa) carry the same headings as a guard of their own. Each case
// sits beside the lure wording that must still be read: "What we offer:", "What the job looks like:",
// "How it works:", "We promise you:", a ticked list after the warnings, a warning line followed by a
// sentence of the lure's own.
describe("eng lexicon, batch 21: warning-list headings and lawful arrangements (travel)", () => {
  it.each<[string, string, TravelFlag[]]>([
    ["does not read the offers listed under 'What those offers usually look like:'", "What those offers usually look like:\n🔸 Free flight, free housing\n🔸 Travel on a TOURIST visa and \"the work permit will be done after you land\"\n🔸 Pressure to send your passport today and fly next week", []],
    ["still reads the same offers under 'What we offer:'", "What we offer:\n• Free flight\n• Tourist visa, work permit after arrival", ["flightProvided", "touristVisa", "workPermitAfterArrival"]],
    ["still reads the offers under 'What the job looks like:'", "What the job looks like:\n• Chat with clients\n• Tourist visa, work permit after arrival, fly next week", ["touristVisa", "urgentDeparture", "workPermitAfterArrival"]],
    ["does not read the items under 'What a fake job offer looks like:'", "What a fake job offer looks like:\n• Free air ticket and a visit visa\n• Visa converted to a work visa after arrival", []],
    ["does not read the steps under 'How the scam works:'", "How the scam works:\n1. They promise a free flight and a tourist visa\n2. You fly next week", []],
    ["still reads the steps under 'How it works:'", "How it works:\n1. Fly next week on tourist visa\n2. Work permit after arrival", ["touristVisa", "urgentDeparture", "workPermitAfterArrival"]],
    ["does not read the items under 'They will promise you:'", "They will promise you:\n• free air ticket\n• visa on arrival", []],
    ["still reads the items under 'We promise you:'", "We promise you:\n• free air ticket\n• visa on arrival", ["flightProvided", "touristVisa"]],
    ["does not read the items under 'Common tricks:'", "Common tricks:\n• a tourist visa\n• a permit done after you land", []],
    ["does not read 'no visa is needed' under 'Signs of a scam:'", "Signs of a scam:\n• No visa is needed", []],
    ["still reads 'no visa needed' and a flight next week under 'Why us:'", "Why us:\n• No visa needed\n• Fly next week", ["noVisaNeeded", "urgentDeparture"]],
    ["still reads a permit after arrival in a ticked list after the warnings", "Red flags:\n• Work permit after arrival\n• Fly next week\n✅ Real offer:\n• Work permit after arrival", ["workPermitAfterArrival"]],
    ["still reads the lure's own sentence after a borrowed 'Walk away if' line", "Walk away if anyone asks for a big fee! We process the work permit after arrival.", ["workPermitAfterArrival"]],
    ["does not read 'if a recruiter tells you to travel on a tourist visa'", "If a recruiter tells you to travel on a tourist visa, it is a scam.", []],
    ["does not read 'if the agent tells you to fly on a visit visa'", "If the agent tells you to fly on a visit visa, walk away.", []],
    ["still reads a tourist visa after 'if anyone asks,'", "If anyone asks, tell them you travel on a tourist visa.", ["touristVisa"]],
  ])("%s", (_name, description, expected) => {
    expect(travelFlags(description)).toEqual(expected);
  });
});

describe("eng lexicon, batch 21: warning-list headings and lawful arrangements (requirements)", () => {
  it.each<[string, string, Partial<RequirementValues>]>([
    ["does not read a passport request under 'What those offers usually look like:'", "What those offers usually look like:\n🔸 Pressure to send your passport today and fly next week", {}],
    ["still reads a passport request under 'Requirements:'", "Requirements:\n• Send your passport today", { passportCopyRequested: true }],
    ["does not read a passport copy at the end of a list the employer will never ask for", "We will never ask for payment, crypto, or a copy of your passport before a signed offer.", {}],
    ["does not read a passport copy inside a list the employer will never ask you for", "We will never ask you for money, a copy of your passport or to buy equipment.", {}],
    ["does not read 'we will never ask you to send your passport'", "We will never ask you to send your passport by WhatsApp.", {}],
    ["still reads a passport copy after 'we never ask for fees, just'", "We never ask for fees, just send a copy of your passport.", { passportCopyRequested: true }],
    ["still reads a passport request after 'don't worry about fees,'", "Don't worry about fees, send your passport today.", { passportCopyRequested: true }],
    ["does not read 'no prior experience is required' under 'WALK AWAY IF:'", "❌ WALK AWAY IF:\n• The pay is huge but no prior experience is required", {}],
    ["still reads 'no prior experience is required' under 'Requirements:'", "Requirements:\n• No prior experience is required", { noExperience: true }],
    ["still reads the lure's own sentence after a borrowed 'Walk away if' line", "Walk away if anyone asks for a big fee! We only need a copy of your passport, no prior experience is required.", { noExperience: true, passportCopyRequested: true }],
    ["does not read a written contract in English as a language requirement", "Ask for a written contract in English before you travel.", {}],
    ["still reads written English as a language requirement", "Written English required.", { languagesRequired: ["eng"] }],
  ])("%s", (_name, description, expected) => {
    expect(requirementValues(description)).toEqual({ ...NO_REQUIREMENTS, ...expected });
  });
});

describe("eng lexicon, batch 21: warning-list headings and lawful arrangements (fees)", () => {
  it.each<[string, string, Partial<FeeValues>]>([
    ["does not read fees listed under 'What those offers usually look like:'", "What those offers usually look like:\n• A processing fee to an agent\n• A debt for your ticket", {}],
    ["still reads a fee listed under 'What you pay:'", "What you pay:\n• Processing fee 300 USD", { upfrontFee: true, feeAmount: "300 USD" }],
    ["does not read the steps under 'How the scam works:'", "How the scam works:\n1. A processing fee by GCash\n2. Ticket cost deducted from your salary", {}],
    ["still reads the steps under 'How it works:'", "How it works:\n1. Processing fee by GCash\n2. Ticket cost deducted from your salary", { upfrontFee: true, paymentChannel: "gcash", advanceRepaidFromSalary: true }],
    ["does not read a visa fee the trust pays", "The trust pays the Health and Care Worker visa fee and flight.", {}],
    ["still reads a visa fee the worker pays after what the trust pays", "The trust pays the flight, you pay the visa fee.", { upfrontFee: true }],
    ["does not read a fee in the list after 'We pay for:'", "We pay for: CBT, OSCE preparation and exam, NMC application fee.", {}],
    ["still reads a fee the worker pays after 'We pay for:'", "We pay for: ticket and hotel, you pay the visa fee.", { upfrontFee: true }],
  ])("%s", (_name, description, expected) => {
    expect(feeValues(description)).toEqual({ ...NO_FEES, ...expected });
  });
});

describe("eng lexicon, batch 21: advisory cues", () => {
  it.each<[string, string, LegitimacyFlag[]]>([
    ["reads a safe-migration alert from a migrant help desk", "SAFE MIGRATION ALERT from the migrant help desk.", ["warnsJobSeekers"]],
    ["reads people stuck in guarded compounds and help checking an offer", "Several young people are stuck in guarded compounds. Need help checking an offer? Call us.", ["warnsJobSeekers"]],
    ["does not read 'safe migration guaranteed' beside one borrowed warning", "Safe migration guaranteed! Beware of fake agents using our name.", []],
    ["does not read a promise that you will not be stuck in compounds", "You will not be stuck in compounds. Beware of fake agents.", []],
  ])("%s", (_name, description, expected) => {
    expect(legitimacyFlags(description)).toEqual(expected);
  });
});

describe("eng rule patterns, batch 21", () => {
  const screener = createScreener();
  const fired = (description: string): string[] => screener.screen({ description }).signals.map((signal) => signal.id);
  const advisory = "What those offers usually look like:\n🔸 Travel on a TOURIST visa and \"the work permit will be done after you land\"\n🔸 Pressure to send your passport today and fly next week\n\nBefore you accept ANY job abroad, call our migrant help desk.";
  const lure = "Customer service in Bangkok.\n• Travel on a tourist visa, the work permit will be done after you land\n• Send your passport today and fly next week";

  it.each<[string, string, string, boolean]>([
    ["tourist-visa-for-work", "does not read the advisory's list", advisory, false],
    ["work-permit-after-arrival", "does not read the advisory's list", advisory, false],
    ["urgent-departure", "does not read the advisory's list", advisory, false],
    ["passport-copy-requested-upfront", "does not read the advisory's list", advisory, false],
    ["tourist-visa-for-work", "still reads the lure's list", lure, true],
    ["work-permit-after-arrival", "still reads the lure's list", lure, true],
    ["urgent-departure", "still reads the lure's list", lure, true],
    ["passport-copy-requested-upfront", "still reads the lure's list", lure, true],
  ])("%s: %s", (rule, _name, description, expected) => {
    expect(fired(description).includes(rule)).toBe(expected);
  });
});

// Batch 22: lawful arrangements that read like lure markers. A local position states that no visa is
// involved ("no visa or travel involved", "no visa required for local hires"); a careful employer
// promises never to ask anyone to enter on a visa exemption; a local employer houses staff who come
// from other provinces ("for outstation candidates"); an applicant brings a copy of the passport to
// an in-person application. Beside each sits the lure's wording that must still be read.
describe("eng lexicon, batch 22: local hires and lawful arrangements (travel)", () => {
  it.each<[string, string, TravelFlag[]]>([
    ["does not read 'no visa or travel involved' in a local position", "Cambodian national (this is a local position – no visa or travel involved).", []],
    ["does not read 'no visa required for locals' after 'local hire only'", "Local hire only – no visa required for locals.", []],
    ["does not read 'no visa required for local staff'", "No visa required for local staff; transport allowance provided.", []],
    ["still reads 'no visa needed, just come'", "No visa needed, just come.", ["noVisaNeeded"]],
    ["still reads 'no visa needed' for a nationality, with a tourist entry", "No visa needed for Filipinos, just come as a tourist.", ["noVisaNeeded", "touristVisa"]],
    ["still reads 'no visa or work permit needed'", "No visa or work permit needed, company will manage.", ["noVisaNeeded"]],
    ["still reads 'no visa needed' after a local position named further back", "Local position in Sihanoukville, no visa needed just come.", ["noVisaNeeded"]],
    ["does not read a promise never to ask teachers to enter on a visa exemption", "We do NOT ask teachers to enter Thailand on a tourist visa or visa exemption to start working.", []],
    ["does not read a promise never to ask candidates to travel visa-free", "We never ask candidates to travel visa-free and start work.", []],
    ["still reads entry on a visa exemption with the work visa after arrival", "Enter on visa exemption, we arrange the work visa after arrival.", ["noVisaNeeded", "visaProvided", "workPermitAfterArrival"]],
    ["still reads 'don't ask questions, enter visa-free'", "Don't ask questions, enter visa-free.", ["noVisaNeeded", "visaProvided"]],
    ["still reads a visa exemption after a sentence that asks nothing", "We won't ask you to work illegally. Visa exemption entry, just come.", ["noVisaNeeded"]],
    ["still reads 'no visa needed' after 'we don't ask for a degree.'", "We don't ask for a degree. No visa needed, just come.", ["noVisaNeeded"]],
    ["does not read a dormitory for staff from other provinces", "Staff dormitory available for staff from other provinces (optional, free).", []],
    ["does not read accommodation for outstation candidates", "Accommodation provided for outstation candidates.", []],
    ["does not read a hostel for trainees coming from the provinces", "Free hostel for trainees coming from the provinces.", []],
    ["still reads a free dormitory for all staff", "Free dormitory for all staff.", ["accommodationProvided"]],
    ["still reads free accommodation for workers from other countries", "Free accommodation for workers from other countries.", ["accommodationProvided"]],
  ])("%s", (_name, description, expected) => {
    expect(travelFlags(description)).toEqual(expected);
  });
});

describe("eng lexicon, batch 22: passport copies brought to an in-person application", () => {
  it.each<[string, string, Partial<RequirementValues>]>([
    ["does not read a copy of the passport brought to an in-person application", "Apply in person at our office with your CV and a copy of your passport.", {}],
    ["does not read a walk-in document list that ends with a copy of the passport", "Apply in person with updated CV, 2x2 photo and copy of passport: Unit 1204, Pioneer Tower.", {}],
    ["still reads a copy of the passport sent first", "Apply now: send a copy of your passport first.", { passportCopyRequested: true }],
    ["still reads an online application with a copy of the passport", "Apply online with a copy of your passport.", { passportCopyRequested: true }],
    ["still reads a copy sent by WhatsApp after 'apply in person? no need.'", "Apply in person? No need. Just WhatsApp a copy of your passport.", { passportCopyRequested: true }],
  ])("%s", (_name, description, expected) => {
    expect(requirementValues(description)).toEqual({ ...NO_REQUIREMENTS, ...expected });
  });
});

describe("eng rule patterns, batch 22", () => {
  const screener = createScreener();
  const fired = (description: string): string[] => screener.screen({ description }).signals.map((signal) => signal.id);

  it.each<[string, string, string, boolean]>([
    ["no-visa-needed", "does not read a local position with no visa involved", "Front office agent, Sihanoukville. Cambodian national (this is a local position – no visa or travel involved).", false],
    ["no-visa-needed", "still reads a lure's 'no visa needed, just come'", "Customer service in Sihanoukville. No visa needed, just come.", true],
    ["no-visa-needed", "does not read a promise never to ask teachers to enter on a visa exemption", "We do NOT ask teachers to enter Thailand on a tourist visa or visa exemption to start working.", false],
    ["no-visa-needed", "still reads entry on a visa exemption", "Enter Thailand on visa exemption, we arrange the work visa after arrival.", true],
    ["free-accommodation-offered", "does not read a dormitory for staff from other provinces", "Staff dormitory available for staff from other provinces (optional, free).", false],
    ["free-accommodation-offered", "still reads a free dormitory for all staff", "Free dormitory for all staff.", true],
  ])("%s: %s", (rule, _name, description, expected) => {
    expect(fired(description).includes(rule)).toBe(expected);
  });
});

// Batch 27: careful employers' assurances in the passive ("you will never be asked to enter on a tourist
// visa", "candidates are not told to…", "no one will ask you to…") govern their clause like the active
// "we never ask you to…"; the lure's own sentence after the assurance, or after "just", "but", "because",
// a comma or a dash, is still read.
describe("eng lexicon, batch 27: passive assurances: travel", () => {
  it.each<[string, string, TravelFlag[]]>([
    ["does not read 'you will never be asked to enter Vietnam on a tourist visa'", "We prepare your work permit before you fly. You will never be asked to enter Vietnam on a tourist visa to start teaching.", []],
    ["still reads entry on a tourist visa with the permit after arrival", "Enter Vietnam on a tourist visa to start teaching, we arrange the work permit after arrival.", ["touristVisa", "workPermitAfterArrival"]],
    ["does not read 'you won't be asked to fly on a tourist visa'", "You won't be asked to fly on a tourist visa.", []],
    ["still reads a tourist visa in the sentence after 'you will not be asked many questions'", "You will not be asked many questions. Enter on a tourist visa, work permit after arrival.", ["touristVisa", "workPermitAfterArrival"]],
    ["does not read 'teachers are not told to come on a tourist visa'", "Teachers are not told to come on a tourist visa and convert it later.", []],
    ["still reads a tourist visa after 'you will not be asked to pay anything, just'", "You will not be asked to pay anything, just come on a tourist visa and we fix the work visa after arrival.", ["touristVisa", "workPermitAfterArrival"]],
    ["does not read 'no one will ask you to enter on a tourist visa'", "No one will ask you to enter on a tourist visa.", []],
    ["still reads a tourist visa after 'nobody will ask questions … because'", "Nobody will ask questions at the airport because you enter on a tourist visa.", ["touristVisa"]],
    ["does not read a tourist visa and a passport coordinated under 'you will never be asked to'", "You will never be asked to travel on a tourist visa or to send your passport before an offer.", []],
    ["still reads a tourist visa after 'you won't be asked to pay,'", "You won't be asked to pay, we process the work visa after arrival, come on tourist visa.", ["touristVisa", "visaProvided", "workPermitAfterArrival"]],
  ])("%s", (_name, description, expected) => {
    expect(travelFlags(description)).toEqual(expected);
  });
});

describe("eng lexicon, batch 27: passive assurances: fees", () => {
  it.each<[string, string, Partial<FeeValues>]>([
    ["reads fees listed after 'you will never be asked to pay' as a no-fee policy, not as fees", "You will never be asked to pay a placement fee, visa fee or medical fee.", { noFeePolicy: true }],
    ["still reads a processing fee after 'you will not be asked to pay anything now, but'", "You will not be asked to pay anything now, but a processing fee of USD 300 is paid on arrival.", { upfrontFee: true, feeAmount: "USD 300" }],
  ])("%s", (_name, description, expected) => {
    expect(feeValues(description)).toEqual({ ...NO_FEES, ...expected });
  });
});

describe("eng lexicon, batch 27: passive and coordinated assurances: passport copies", () => {
  it.each<[string, string, Partial<RequirementValues>]>([
    ["does not read 'you will never be asked to send your passport before an offer'", "You will never be asked to send your passport before an offer.", {}],
    ["still reads 'send your passport first' after 'you will not be asked to pay any fee, just'", "You will not be asked to pay any fee, just send your passport first.", { passportCopyRequested: true }],
    ["does not read 'you won't be asked to send a copy of your passport'", "You won't be asked to send a copy of your passport before the contract is signed.", {}],
    ["still reads a copy of the passport after 'nobody will ask you to come to the office,'", "Nobody will ask you to come to the office, send a copy of your passport by WhatsApp.", { passportCopyRequested: true }],
    ["does not read a passport coordinated by 'or to' under 'we never ask candidates to'", "We never ask candidates to pay fees or to email a copy of the passport.", {}],
    ["still reads 'send your passport now' after 'we will not ask you to pay or wait -'", "We will not ask you to pay or wait - send your passport now.", { passportCopyRequested: true }],
    ["does not read 'no one will ask you to send your passport before an offer'", "No one will ask you to send your passport before an offer.", {}],
  ])("%s", (_name, description, expected) => {
    expect(requirementValues(description)).toEqual({ ...NO_REQUIREMENTS, ...expected });
  });
});

describe("eng rule patterns, batch 27", () => {
  const screener = createScreener();
  const fired = (description: string): string[] => screener.screen({ description }).signals.map((signal) => signal.id);

  it.each<[string, string, string, boolean]>([
    ["tourist-visa-for-work", "does not read a relocation notice that candidates are never asked to travel on a tourist visa", "Your Non-B visa is issued by the Thai embassy after you sign the contract. You will never be asked to travel on a tourist visa or to send your passport before an offer.", false],
    ["tourist-visa-for-work", "still reads a lure's tourist visa with the work visa after arrival", "Enter on a tourist visa, we arrange the work visa after arrival.", true],
    ["passport-copy-requested-upfront", "does not read a passport that candidates are never asked to send before an offer", "You will never be asked to travel on a tourist visa or to send your passport before an offer.", false],
    ["passport-copy-requested-upfront", "still reads a lure's 'send your passport copy first'", "Send your passport copy first.", true],
  ])("%s: %s", (rule, _name, description, expected) => {
    expect(fired(description).includes(rule)).toBe(expected);
  });
});

// Batch 35's train half: an internal transfer to Bangkok in romanised Hindi and English, whose Thai
// work visa is written with quotes ("Non-Immigrant 'B' visa"), whose permit starts from the WP3
// pre-approval, and whose contract is signed "travel se pehle".
describe("English lexicon (eng), lawful relocation to Thailand in Hinglish", () => {
  it.each<[string, string, string[]]>([
    ["reads a quoted Non-Immigrant 'B' visa sponsored by the company", "Company Royal Thai Embassy se Non-Immigrant 'B' visa sponsor karegi.", ["workPermitSponsored"]],
    ["reads the WP3 pre-approval", "WP3 pre-approval aane ke baad hi travel hoga.", ["workPermitSponsored"]],
    ["reads a contract signed before travel (romanised)", "Thai employment contract travel se pehle sign honge.", ["writtenContractBeforeTravel"]],
    ["does not read a contract that comes only after travel", "Contract travel se pehle nahi milega, wahan pahunch ke sign hoga.", []],
  ])("%s", (_name, description, expected) => {
    expect(familyFlags("legitimacy", description)).toEqual(expected);
  });
});
