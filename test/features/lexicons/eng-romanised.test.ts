import { describe, expect, it } from "vitest";
import { flagValues } from "./flags.js";
import { contextFrom } from "../../../src/features/evidence.js";
import { type RoleFamily, extractRole } from "../../../src/features/roles.js";
import { createScreener } from "../../../src/index.js";

// Romanised Hindi, Bengali and Nepali (Hinglish, Banglish, romanised Nepali) as typed on Facebook and
// WhatsApp. The language detector reads these ads as English, so the English lexicon and the `eng:`
// rule lines carry them. Each table pairs the lure wording, in its common spellings (z/j, w/v, dropped
// vowels), with ordinary English and romanised legitimate wording that shares its words and must stay
// silent.

describe("romanised South Asian lure wording in the English lexicon", () => {
  it.each<[string, string, Record<string, boolean>]>([
    // Work abroad
    ["reads Hinglish 'videsh mein naukri'", "Videsh mein naukri ka sunehra mauka.", { "travel.workAbroad": true }],
    ["reads 'bahar ke mulk me kaam'", "Bahar ke mulk me kaam, achhi salary.", { "travel.workAbroad": true }],
    ["reads Nepali 'bidesh ma jagir'", "Bidesh ma jagir khojdai hunuhunchha?", { "travel.workAbroad": true }],
    ["reads Banglish 'bidesh e chakri'", "Bidesh e chakri, beton bhalo.", { "travel.workAbroad": true }],
    ["reads 'naukri ke liye videsh jana'", "Naukri ke liye videsh jana hai to contact karo.", { "travel.workAbroad": true }],
    ["reads Nepali 'baideshik rojgar'", "Baideshik rojgar ko lagi sampark garnus.", { "travel.workAbroad": true }],
    ["does not read a name 'Bahar' as abroad", "Contact Bahar Khan at our Pune office for the accountant job.", { "travel.workAbroad": false }],
    ["does not read 'going out of the country' without work", "Bahar ka mulk dekhna hai? Holiday package book karo.", { "travel.workAbroad": false }],
    // Room and board
    ["reads 'rehne khane ki vyavastha company karegi'", "Rehne khane ki vyavastha company karegi.", { "travel.accommodationProvided": true, "travel.foodProvided": true }],
    ["reads 'khana-rehna free' with a hyphen", "Salary 1 lakh, khana-rehna free.", { "travel.accommodationProvided": true, "travel.foodProvided": true }],
    ["reads Nepali 'khana basna free' as both room and food", "Khana basna free, talab ramro.", { "travel.accommodationProvided": true, "travel.foodProvided": true }],
    ["reads Banglish 'thaka khaoa free'", "Thaka khaoa free, beton 90 hajar.", { "travel.accommodationProvided": true, "travel.foodProvided": true }],
    ["reads 'khawa ar thaka company'", "Khawa ar thaka company dibe.", { "travel.accommodationProvided": true, "travel.foodProvided": true }],
    ["reads 'khana muft' as food only", "Duty 12 ghante, khana muft.", { "travel.foodProvided": true, "travel.accommodationProvided": false }],
    ["does not read room and board that is not free", "Khana rehna free nahi, apna kharcha.", { "travel.accommodationProvided": false, "travel.foodProvided": false }],
    ["does not read a lunch break as free food", "Khana break 1 ghanta, shift 9 to 6.", { "travel.foodProvided": false }],
    ["does not read rent the worker pays as free housing", "Rehna apne kharche par, salary 15,000.", { "travel.accommodationProvided": false }],
    // Ticket and visa
    ["reads 'ticket ka kharcha company ka'", "Ticket ka kharcha company ka, visa ka kharcha company dega.", { "travel.flightProvided": true, "travel.visaProvided": true }],
    ["reads 'hawai jahaj ka ticket free'", "Hawai jahaj ka ticket free.", { "travel.flightProvided": true }],
    ["reads a subjectless 'visa lagwa denge'", "Passport do, visa lagwa denge.", { "travel.visaProvided": true }],
    ["does not read a train ticket as a flight", "Railway ticket counter par clerk chahiye.", { "travel.flightProvided": false }],
    // Tourist visa, visa on arrival
    ["reads Nepali 'bhraman visa'", "Bhraman visa ma janu parchha.", { "travel.touristVisa": true }],
    ["reads 'ghumne ka visa'", "Ghumne ka visa lagega, baad me sab set.", { "travel.touristVisa": true }],
    ["reads a misspelt 'tourist bhisa'", "Tourist bhisa ma pathaunchhau.", { "travel.touristVisa": true }],
    ["reads a business visa given at the airport", "Business visa airport pe milega.", { "travel.touristVisa": true }],
    ["does not read a visa interview as a tourist visa", "Visa interview ke liye Delhi embassy jana hoga.", { "travel.touristVisa": false }],
    // Urgency
    ["reads Nepali 'sat din ma flight'", "Sat din ma flight, chito garnus.", { "travel.urgentDeparture": true }],
    ["reads 'das din ke andar flight'", "Das din ke andar flight hogi.", { "travel.urgentDeparture": true }],
    ["reads 'turant flight'", "Selection ho gaya to turant flight.", { "travel.urgentDeparture": true }],
    ["reads Banglish 'ei soptahe flight'", "Passport thakle ei soptahe flight.", { "travel.urgentDeparture": true }],
    ["does not read a seven-day week as a flight", "Saat din kaam, ek din chhutti.", { "travel.urgentDeparture": false }],
    ["does not read joining within days as a flight", "7 din me joining, Noida office.", { "travel.urgentDeparture": false }],
    // Airport pick-up
    ["reads 'airport pe hamara aadmi milega'", "Airport pe hamara aadmi milega.", { "travel.airportPickup": true }],
    ["reads 'airport pe company ka banda lene aayega'", "Airport pe company ka banda lene aayega.", { "travel.airportPickup": true }],
    ["reads Banglish 'airport e amader lok'", "Airport e amader lok thakbe.", { "travel.airportPickup": true }],
    ["reads Nepali 'airport ma hamro manchhe'", "Airport ma hamro manchhe aauchha.", { "travel.airportPickup": true }],
    ["does not read an airport job as a pick-up", "Airport pe ground staff ki naukri, Mumbai.", { "travel.airportPickup": false }],
    // Coaching to deceive immigration
    ["reads 'immigration ko mat batana'", "Immigration ko mat batana ki kaam ke liye ja rahe ho.", { "travel.poseAsTourist": true }],
    ["reads 'immigration officer ko kuch mat bolna'", "Immigration officer ko kuch mat bolna.", { "travel.poseAsTourist": true }],
    ["reads 'bolna ghumne ja rahe'", "Airport pe puche to bolna ghumne ja rahe ho.", { "travel.poseAsTourist": true }],
    ["reads Banglish 'immigration e kichu bolben na'", "Immigration e kichu bolben na.", { "travel.poseAsTourist": true }],
    ["reads Banglish 'ghurte jacchi bolben'", "Jiggesh korle ghurte jacchi bolben.", { "travel.poseAsTourist": true }],
    ["reads Nepali 'immigration ma kehi nabhannu'", "Immigration ma kehi nabhannu.", { "travel.poseAsTourist": true }],
    ["reads 'tourist ban kar jana'", "Tourist ban kar jana hai.", { "travel.poseAsTourist": true }],
    ["reads 'kaam ki baat mat batana'", "Kaam ki baat kisi ko mat batana.", { "travel.poseAsTourist": true }],
    ["does not read advice to tell immigration the truth", "Immigration pe sach batana, apna contract dikhana.", { "travel.poseAsTourist": false }],
    // Secrecy from family
    ["reads 'ghar walon ko mat batao'", "Ghar walon ko abhi kuch mat batao.", { "travel.hideFromFamily": true }],
    ["reads 'family ko mat batana'", "Family ko mat batana, wahan pahunch ke batana.", { "travel.hideFromFamily": true }],
    ["reads Banglish 'ghore kauke bolben na'", "Ghore kauke bolben na.", { "travel.hideFromFamily": true }],
    ["reads Banglish 'barite kichu bolben na'", "Barite kichu bolben na ekhon.", { "travel.hideFromFamily": true }],
    ["reads Nepali 'ghar pariwar lai kehi nabhannu'", "Ghar pariwar lai kehi nabhannu.", { "travel.hideFromFamily": true }],
    ["does not read an OTP warning as secrecy", "OTP kisi ko mat batana, company kabhi OTP nahi maangti.", { "travel.hideFromFamily": false }],
    ["does not read 'tell your family' as secrecy", "Apni family ko batana ki aap kahan kaam kar rahe ho.", { "travel.hideFromFamily": false }],
    // Permit promised on arrival
    ["reads Banglish 'giye work permit kore dibe'", "Tourist visa, giye work permit kore dibe.", { "travel.workPermitAfterArrival": true }],
    ["reads Nepali 'pugepachhi work permit banchha'", "Pugepachhi work permit banchha.", { "travel.workPermitAfterArrival": true }],
    // No experience, no degree
    ["reads 'experience ki jarurat nhi'", "Experience ki jarurat nhi.", { "requirements.noExperience": true }],
    ["reads 'experience ki koi zaroorat nai'", "Experience ki koi zaroorat nai.", { "requirements.noExperience": true }],
    ["reads 'experience nahi hai to bhi chalega'", "Experience nahi hai to bhi chalega.", { "requirements.noExperience": true }],
    ["reads Banglish 'oviggota lagbe na'", "Oviggota lagbe na, English ektu jante hobe.", { "requirements.noExperience": true }],
    ["reads Banglish 'obhiggota dorkar nei'", "Obhiggota dorkar nei.", { "requirements.noExperience": true }],
    ["reads Nepali 'anubhav chaindaina'", "Anubhav chaindaina.", { "requirements.noExperience": true }],
    ["reads Nepali 'experience nabhaye pani hunchha'", "Experience nabhaye pani hunchha.", { "requirements.noExperience": true }],
    ["reads 'fresher bhi chalega'", "Fresher bhi chalega.", { "requirements.noExperience": true }],
    ["does not read 'experience zaruri hai' as no experience", "Experience zaruri hai, kam se kam 2 saal.", { "requirements.noExperience": false }],
    ["reads 'padhai ki koi zarurat nahi'", "Padhai ki koi zarurat nahi.", { "requirements.noDegree": true }],
    ["reads Banglish 'porashona lagbe na'", "Porashona lagbe na.", { "requirements.noDegree": true }],
    ["reads Nepali 'yogyata chahindaina'", "Yogyata chahindaina.", { "requirements.noDegree": true }],
    // Fees and deductions
    ["reads 'tankhwah se katega'", "Ticket ka paisa baad me tankhwah se katega.", { "fees.advanceRepaidFromSalary": true }],
    ["reads Banglish 'beton theke kata hobe'", "Visar khoroch beton theke kata hobe.", { "fees.advanceRepaidFromSalary": true }],
    ["reads 'pehli salary se adjust'", "Ticket ka paisa pehli salary se adjust hoga.", { "fees.advanceRepaidFromSalary": true }],
    ["reads 'kaam karke chuka dena'", "Kharcha wahan kaam karke chuka dena.", { "fees.advanceRepaidFromSalary": true }],
    ["reads 'pehle paisa dena hoga'", "Seat ke liye pehle paisa dena hoga.", { "fees.upfrontFee": true }],
    ["reads 'processing fee lagega'", "Processing fee lagega 50 hazar.", { "fees.upfrontFee": true }],
    ["reads Banglish 'visa khoroch lagbe'", "Visa khoroch lagbe 3 lakh taka.", { "fees.upfrontFee": true }],
    ["reads 'koi registration fee nahi' as a no-fee policy", "Koi bhi registration fee nahi.", { "fees.noFeePolicy": true, "fees.upfrontFee": false }],
    ["reads Banglish 'kono charge nai' as a no-fee policy", "Kono charge nai, sorasori interview.", { "fees.noFeePolicy": true }],
    ["does not read a salary paid on time as a deduction", "Salary se pehle attendance check hogi, salary time pe milegi.", { "fees.advanceRepaidFromSalary": false }],
    // Permits the ad says are not needed are not legitimacy markers
    ["does not read 'labour permit chaindaina' as a sponsored permit", "Labour permit chaindaina, company le milaunchha.", { "legitimacy.workPermitSponsored": false }],
    ["does not read 'bina emigration clearance' as a sponsored permit", "Bina emigration clearance seedha flight.", { "legitimacy.workPermitSponsored": false }],
    ["does not read 'emigration clearance ka tension nahi' as a sponsored permit", "Emigration clearance ka tension nahi.", { "legitimacy.workPermitSponsored": false }],
    ["still reads a labour permit the agency obtains", "Labour permit DoFE bata line kaam hamro, receipt dinchhau.", { "legitimacy.workPermitSponsored": true }],
  ])("%s", (_name, description, expected) => {
    const actual = flagValues(description);
    const picked = Object.fromEntries(Object.keys(expected).map((flag) => [flag, actual[flag]]));
    expect(picked).toEqual(expected);
  });

  it.each<[string, string]>([
    ["an English software job", "Senior backend engineer, 5 years of Go, hybrid in Bangalore. Salary 40 LPA. Apply on our careers page."],
    ["an English warehouse job with room and board words", "Warehouse associate, day shift, free parking, lunch break 30 minutes, Austin TX."],
    ["an English ad that says 'do not share your OTP'", "Never share your OTP with anyone. We will never ask for money."],
    ["an English ad with 'din', 'kam' and 'bahar' as names", "Kam Din and Bahar Ahmed lead our data team in Dhaka; contact them at careers@example.com."],
    ["an English ad about immigration law", "Immigration paralegal: prepare tourist and work visa filings for clients."],
  ])("keeps the romanised patterns silent on %s", (_name, description) => {
    const fired = Object.entries(flagValues(description)).filter(([flag, value]) => value && /^travel\.(?:workAbroad|poseAsTourist|hideFromFamily|airportPickup|urgentDeparture)$|^fees\.(?:advanceRepaidFromSalary|upfrontFee)$/.test(flag));
    expect(fired).toEqual([]);
  });

  it.each<[string, string, RoleFamily]>([
    ["reads 'typing ka kaam' as a typing role", "Typing ka kaam, ghar se.", "typing"],
    ["reads Banglish 'chat korar kaj' as chat support", "Cambodia te chat korar kaj.", "chat-support"],
    ["reads Hinglish 'chatting ka kaam' as chat support", "Thailand me chatting ka kaam.", "chat-support"],
  ])("%s", (_name, description, family) => {
    expect(extractRole(contextFrom({ description })).family).toBe(family);
  });

  it("does not read a typing speed requirement as a typing role", () => {
    expect(extractRole(contextFrom({ description: "Typing speed 40 wpm, MS Excel, accountant job in Pune." })).family).not.toBe("typing");
  });
});

describe("romanised South Asian wording in the eng: rule lines", () => {
  const screener = createScreener();
  const fired = (description: string): string[] => screener.screen({ description }).signals.map((signal) => signal.id);

  it.each<[string, string, string, boolean]>([
    ["message-for-details", "reads 'inbox karo details ke liye'", "Inbox karo details ke liye.", true],
    ["message-for-details", "reads 'details ke liye inbox kare'", "Details ke liye inbox kare.", true],
    ["message-for-details", "reads Banglish 'inbox e jogajog korun'", "Inbox e jogajog korun.", true],
    ["message-for-details", "reads Banglish 'interested hole inbox'", "Interested hole inbox korun.", true],
    ["message-for-details", "does not read a bare 'DM karo'", "DM karo.", false],
    ["message-for-details", "does not read an inbox-management duty", "Inbox management and email drafting for the director.", false],
    ["interview-on-messaging-app", "reads 'sirf message karo call nahi'", "Sirf message karo, call nahi.", true],
    ["interview-on-messaging-app", "reads 'call mat karo, sirf Telegram'", "Call mat karo, sirf Telegram.", true],
    ["interview-on-messaging-app", "reads Banglish 'shudhu imo te jogajog'", "Shudhu imo te jogajog korun.", true],
    ["interview-on-messaging-app", "reads 'Telegram pe hi baat hogi'", "Telegram pe hi baat hogi.", true],
    ["interview-on-messaging-app", "reads 'interview WhatsApp pe hoga'", "Interview WhatsApp pe hoga.", true],
    ["interview-on-messaging-app", "reads Nepali 'interview viber ma'", "Interview viber ma hunchha.", true],
    ["interview-on-messaging-app", "does not read a plain 'WhatsApp pe contact karo'", "Resume WhatsApp pe bhejo, interview office me hoga.", false],
    ["interview-on-messaging-app", "does not read 'sirf WhatsApp pe contact' (common in local shops)", "Sirf WhatsApp pe contact karo.", false],
    ["bypasses-official-emigration-channel", "reads 'BMET card lagbe na'", "BMET card lagbe na, sorasori flight.", true],
    ["bypasses-official-emigration-channel", "reads 'clearance lagbe na'", "Clearance lagbe na.", true],
    ["bypasses-official-emigration-channel", "reads Nepali 'labour permit chaindaina'", "Labour permit chaindaina.", true],
    ["bypasses-official-emigration-channel", "reads Nepali 'shram swikriti lina pardaina'", "Shram swikriti lina pardaina.", true],
    ["bypasses-official-emigration-channel", "reads 'bina labour permit'", "Bina labour permit Dubai pathaunchhau.", true],
    ["bypasses-official-emigration-channel", "reads 'eMigrate ki zarurat nahi'", "eMigrate ki zarurat nahi.", true],
    ["bypasses-official-emigration-channel", "reads 'ECR check nahi hoga'", "Visit visa hai, ECR check nahi hoga.", true],
    ["bypasses-official-emigration-channel", "reads Nepali 'India bata flight'", "India bata flight hunchha, Delhi samma bus.", true],
    ["bypasses-official-emigration-channel", "does not read a police clearance that is not needed", "Police clearance lagbe na, local delivery job.", false],
    ["bypasses-official-emigration-channel", "does not read 'BMET card lagbe' (needed)", "BMET card lagbe, smart card office theke nite hobe.", false],
    ["passport-held-by-employer", "reads 'passport company rakhegi'", "Passport company rakhegi, contract ke baad milega.", true],
    ["passport-held-by-employer", "reads Banglish 'passport amader kache thakbe'", "Passport amader kache thakbe.", true],
    ["passport-held-by-employer", "reads Nepali 'passport company ko ma rahanchha'", "Passport company ko ma rahanchha.", true],
    ["passport-held-by-employer", "reads Nepali 'hamile passport rakhchhau'", "Hamile passport rakhchhau.", true],
    ["passport-held-by-employer", "does not read 'passport apne paas rakhna'", "Passport apne paas rakhna, company koi document nahi rakhti.", false],
    ["light-work-high-pay", "reads 'kam kaam zyada paisa'", "Kam kaam zyada paisa!", true],
    ["light-work-high-pay", "reads 'aaram ka kaam, achhi salary'", "Aaram ka kaam, achhi salary.", true],
    ["light-work-high-pay", "reads 'sirf chat karke lakhon kamao'", "Sirf chat karke lakhon kamao.", true],
    ["light-work-high-pay", "does not read hard work for market pay", "Mehnat ka kaam, salary market ke hisaab se.", false],
  ])("%s: %s", (rule, _name, description, expected) => {
    expect(fired(description).includes(rule)).toBe(expected);
  });
});
