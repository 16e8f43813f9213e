import { describe, expect, it } from "vitest";
import { flagValues } from "./flags.js";
import { contextFrom } from "../../../src/features/evidence.js";
import { extractRequirements } from "../../../src/features/requirements.js";
import { type RoleFamily, extractRole } from "../../../src/features/roles.js";

// Nepali (Devanagari) and romanised Nepali as typed on Viber and TikTok.
describe("Nepali lexicon", () => {
  it.each<[string, string, Record<string, boolean>]>([
    ["reads ticket, visa and room listed as all the company's", "टिकट, भिसा, कोठा सबै कम्पनीको।", { "travel.flightProvided": true, "travel.visaProvided": true, "travel.accommodationProvided": true }],
    ["reads an air ticket refunded after joining", "हवाई टिकट जोइन गरेपछि फिर्ता गरिन्छ।", { "travel.flightProvided": true }],
    ["does not read 'on a visa to Bangkok, company car from there' as a visa provided", "टुरिस्ट भिसामा बैंकक आउनुस्, त्यहाँबाट कम्पनीको गाडी।", { "travel.visaProvided": false, "travel.touristVisa": true, "travel.airportPickup": true }],
    ["reads a visa on arrival at the airport", "भिसा चाहिँदैन, एयरपोर्टमै हुन्छ।", { "travel.noVisaNeeded": true }],
    ["does not read a refusal to send workers on visit visas", "हामी भिजिट भिसामा पठाइँदैन, रोजगार भिसा नियोक्ताको।", { "travel.touristVisa": false, "legitimacy.workPermitSponsored": true }],
    ["reads a work permit arranged after arriving", "त्यहाँ पुगेपछि कम्पनीले वर्क परमिट मिलाउँछ।", { "travel.workPermitAfterArrival": true }],
    ["reads people needed by next week", "अर्को हप्तासम्म मान्छे चाहिन्छ, छिटो सम्पर्क गर्नुस्।", { "travel.urgentDeparture": true }],
    ["reads coaching to say one is going sightseeing", "अध्यागमनमा घुम्न जान लागेको भन्नु, एकअर्कालाई नचिनेको जस्तो गर्नु।", { "travel.poseAsTourist": true }],
    ["reads 'no experience is fine' and a romanised variant", "अनुभव नभए पनि हुन्छ। Kunai experience chahindaina.", { "requirements.noExperience": true }],
    ["does not read 'new graduates too' as a senior degree", "नयाँ स्नातकले पनि आवेदन दिन सक्नुहुन्छ।", { "requirements.seniorQualifications": false, "requirements.noExperience": true }],
    ["reads a degree and two years in words as senior", "स्नातक र दुई वर्षको अनुभव आवश्यक।", { "requirements.seniorQualifications": true }],
    ["reads typing on a computer as the only skill", "कम्प्युटरमा टाइप गर्न सक्ने भए पुग्छ।", { "requirements.computerBasicsOnly": true }],
    ["reads emoji-negated experience and schooling", "पढाइ ❌ अनुभव ❌ टाइपिङ स्पिड मात्र", { "requirements.noExperience": true, "requirements.noDegree": true, "requirements.typingTest": true }],
    ["reads young women only and a good personality", "युवती चाहियो, राम्रो व्यक्तित्व, उचाइ र तौल लेख्नुहोस्।", { "requirements.genderOrAppearance": true }],
    ["reads 'keep your passport ready'", "राहदानी तयार राख्नुस्।", { "requirements.passportRequired": true }],
    ["reads a seat booked by paying now", "सिट पक्का गर्न रु. २०,००० आजै खल्तीमा पठाउनुहोस्।", { "fees.upfrontFee": true }],
    ["does not read 'no deposit' as a fee", "ल्यापटप कम्पनीले दिन्छ, धरौटी रकम छैन।", { "fees.upfrontFee": false }],
    ["reads a cost recovered from the salary in instalments", "बाँकी खर्च तलबबाट किस्तामा काटिन्छ।", { "fees.advanceRepaidFromSalary": true }],
    ["reads a penalty for leaving half-way", "बीचमा छोडेमा रु. २ लाख क्षतिपूर्ति तिर्नुपर्ने।", { "fees.penaltyForLeaving": true }],
    ["reads 'zero rupees'", "टिकट ✈ बस्ने 🏠 खाने 🍛 = ० रुपैयाँ", { "fees.zeroCostClaim": true, "travel.flightProvided": true }],
    ["does not read 'no hassle of labour approval' as a sponsored permit", "श्रम स्वीकृतिको झन्झट छैन, हामी सिधै पठाउँछौं।", { "legitimacy.workPermitSponsored": false }],
    ["does not read an individual labour approval as a sponsored permit", "व्यक्तिगत श्रम स्वीकृति लिन कम्पनीले कागजात दिन्छ।", { "legitimacy.workPermitSponsored": false }],
    ["reads a no-fee policy and written and practical exams", "उम्मेदवारबाट कुनै शुल्क लिइँदैन। लिखित र व्यावहारिक परीक्षा हुनेछ।", { "fees.noFeePolicy": true, "legitimacy.multiStageInterview": true }],
    // Spellings and registers beyond the formal ones: फ्रि/निशुल्क/सित्तैं, joined and reversed
    // board-and-lodging pairs, English loanwords in Devanagari, and romanised Nepali.
    ["reads a plane ticket spelled फ्रि and a visa the company stamps", "प्लेन टिकट फ्रि, भिसा पनि कम्पनीले लगाइदिन्छ।", { "travel.flightProvided": true, "travel.visaProvided": true }],
    ["reads the ticket money paid by the company and lodging 'for free'", "टिकटको पैसा कम्पनीले तिर्छ, खाने-बस्ने सित्तैंमा।", { "travel.flightProvided": true, "travel.accommodationProvided": true, "travel.foodProvided": true }],
    ["reads food and lodging in reversed order and निशुल्क without visarga", "खान-बस्न फ्री, निशुल्क आवास।", { "travel.accommodationProvided": true, "travel.foodProvided": true }],
    ["reads a free room and three meals a day", "रुम फ्री, दिनको तीन पटक खाना।", { "travel.accommodationProvided": true, "travel.foodProvided": true }],
    ["reads 'ticket, hotel, food all the company's'", "टिकट, होटल, खाना सबै कम्पनीको।", { "travel.flightProvided": true, "travel.accommodationProvided": true, "travel.foodProvided": true, "fees.zeroCostClaim": true }],
    ["does not read 'no lodging, food at your own cost' as board provided", "बस्ने व्यवस्था छैन, खाना आफैं।", { "travel.accommodationProvided": false, "travel.foodProvided": false }],
    ["does not read a visa cost borne by the company as a fee", "भिसा खर्च कम्पनीको, प्रोसेसिङ शुल्क छैन।", { "travel.visaProvided": true, "fees.upfrontFee": false }],
    ["reads a visiting visa and visa on arrival", "भिजिटिङ भिसामा आउनुस्, अन अराइभल हुन्छ।", { "travel.touristVisa": true }],
    ["reads a Malaysian social visit pass", "सुरुमा सोसल भिजिट पासमा आउने।", { "travel.touristVisa": true, "travel.workPermitAfterArrival": true }],
    ["reads 'no visa tension' and a visa-free country", "भिसाको टेन्सन छैन, भिसा फ्री देश हो।", { "travel.noVisaNeeded": true, "travel.visaProvided": false }],
    ["reads 'no work permit needed' and a labour card made on arrival", "वर्क परमिट चाहिँदैन, पुगेपछि लेबर कार्ड बनाइन्छ।", { "travel.workPermitAfterArrival": true }],
    ["reads the work permit in plain Nepali, begun on arrival", "कामको अनुमति आइपुगेपछि प्रक्रिया सुरु गरिन्छ।", { "travel.workPermitAfterArrival": true }],
    ["reads a work pass made after probation", "प्रोबेसनपछि कम्पनीले वर्क पास बनाउनेछ।", { "travel.workPermitAfterArrival": true }],
    ["does not read 'fly only once the work permit comes' as a permit after arrival", "वर्क परमिट आएपछि मात्र उडान हुन्छ।", { "travel.workPermitAfterArrival": false }],
    ["reads a flight within seven days and a flight soon", "७ दिनभित्रै उडान, छिट्टै फ्लाइट हुन्छ।", { "travel.urgentDeparture": true }],
    ["reads next week's flight and 'within a week'", "अर्को हप्ताको फ्लाइट, हप्ता दिनमै उडान।", { "travel.urgentDeparture": true }],
    ["does not read 'contact quickly' as an urgent departure", "छिटो सम्पर्क गर्नुहोस्, सिट सीमित छ।", { "travel.urgentDeparture": false }],
    ["reads an airport pickup and a man waiting at the border", "एयरपोर्टमा पिकअप, बोर्डरमा हाम्रो मान्छे लिन आउँछ।", { "travel.airportPickup": true }],
    ["does not read a home drop after night shift as an airport pickup", "रात्रि सिफ्ट, घरसम्म गाडी सुविधा।", { "travel.airportPickup": false }],
    ["reads सिमाना crossed and a river crossed by boat", "सिमाना पार गराइन्छ, डुंगाबाट खोला पार।", { "travel.borderCrossing": true }],
    ["reads the donkey route and a back road", "डंकी रुटबाट चोर बाटो हुँदै पठाइन्छ।", { "travel.borderCrossing": true }],
    ["reads coaching for immigration spelled इमिग्रेसन", "इमिग्रेसनमा घुम्न जाँदैछु भन्नुपर्छ, कामको कुरा नगर्नु।", { "travel.poseAsTourist": true }],
    ["reads 'go as a tourist'", "टुरिस्टको रूपमा जाने, होटल बुकिङ हामी दिन्छौं।", { "travel.poseAsTourist": true }],
    ["does not read a warning not to go as a tourist as coaching", "पर्यटकको रूपमा नजानुहोस्, श्रम स्वीकृति लिनुहोस्।", { "travel.poseAsTourist": false }],
    ["reads 'tell nothing at home, keep it secret'", "घरमा केही नभन्नुस्, यो कुरा गोप्य राख्नुहोस्।", { "travel.hideFromFamily": true }],
    ["does not read a password warning as secrecy from family", "आफ्नो पासवर्ड गोप्य राख्नुहोस्, OTP कसैलाई नभन्नुहोस्।", { "travel.hideFromFamily": false }],
    ["reads an ad for those keen to go abroad", "बिदेशमा जाने इच्छुक दाजुभाइ दिदीबहिनीका लागि।", { "travel.workAbroad": true }],
    ["does not read a warning against going abroad unofficially as work abroad", "श्रम स्वीकृति बिना कामका लागि विदेश नजानुहोस्।", { "travel.workAbroad": false }],
    ["reads experience 'not needed' after a colon and the loanword एक्सपेरियन्स", "अनुभव: नचाहिने। एक्सपेरियन्स चाहिदैन।", { "requirements.noExperience": true }],
    ["reads 'without experience' and 'we teach the work'", "बिना अनुभव पनि हुन्छ, काम हामी सिकाउँछौं।", { "requirements.noExperience": true }],
    ["does not read 'experience required' as none needed", "अनुभव आवश्यक छ, कम्तीमा २ वर्ष।", { "requirements.noExperience": false, "requirements.seniorQualifications": true }],
    ["reads 'any schooling' and 'class 8 pass is enough'", "पढाइ जेसुकै भए पनि, ८ कक्षा पास भए पुग्छ।", { "requirements.noDegree": true }],
    ["reads 'SLC failed is fine' and 'literate is enough'", "एसएलसी फेल भए पनि हुन्छ, साक्षर भए पुग्छ।", { "requirements.noDegree": true }],
    ["does not read 'a degree in any subject' as no degree", "योग्यता: जुनसुकै विषयमा स्नातक।", { "requirements.noDegree": false, "requirements.seniorQualifications": true }],
    ["reads 'no skill needed, anyone can do it'", "कुनै सिप चाहिदैन, जो कोही गर्न सक्ने काम।", { "requirements.noSkills": true }],
    ["does not read 'anyone may apply' as no skills", "जो कोहीले आवेदन दिन सक्नुहुन्छ।", { "requirements.noSkills": false }],
    ["reads 'using a mobile is enough' and 'typing is enough'", "मोबाइल चलाउन जान्ने भए पुग्छ, टाइप गर्न आए पुग्छ।", { "requirements.computerBasicsOnly": true }],
    ["does not read a driver who can use a smartphone as basic computer skills", "सवारी चालक अनुमतिपत्र, स्मार्टफोन चलाउन जान्ने।", { "requirements.computerBasicsOnly": false }],
    ["reads a pretty girl, height and weight and a full-size photo", "राम्री केटी चाहियो, हाइट र वेट लेख्नुहोस्, फुल साइज फोटो।", { "requirements.genderOrAppearance": true }],
    ["does not read a guard's height alone as appearance", "उचाइ ५ फिट ६ इन्च माथि, एसईई पास।", { "requirements.genderOrAppearance": false }],
    ["reads 'those with a passport contact now' and 'only a passport needed'", "पासपोर्ट भएकाले तुरुन्त सम्पर्क गर्नुहोस्, पासपोर्ट मात्र चाहिन्छ।", { "requirements.passportRequired": true }],
    ["reads a passport copy sent over Viber", "पासपोर्टको कपी भाइबरमा पठाउनुहोस्।", { "requirements.passportCopyRequested": true }],
    ["does not read passport-size photos as a passport copy", "पासपोर्ट साइजको फोटो २ प्रति ल्याउनुहोस्।", { "requirements.passportCopyRequested": false }],
    ["reads a file charge and an advance", "फाइल चार्ज रु. २५,०००, एडभान्स ५० हजार।", { "fees.upfrontFee": true }],
    ["reads a cost in lakhs, half at the start", "खर्च ३ लाख लाग्छ, आधा सुरुमा तिर्नुपर्ने।", { "fees.upfrontFee": true }],
    ["does not read a starting salary or a bank deposit as a fee", "सुरुमा रु. २०,००० तलब, तलब बैंक खातामा जम्मा हुन्छ।", { "fees.upfrontFee": false }],
    ["reads 'pay the rest from earnings' and a salary cut", "बाँकी पैसा कमाएर तिर्ने, सेलरीबाट कटाउने।", { "fees.advanceRepaidFromSalary": true }],
    ["reads damages for quitting half-way", "बीचमा काम छोडे २ लाख हर्जाना तिर्नुपर्ने।", { "fees.penaltyForLeaving": true }],
    ["does not read accident compensation insurance as a penalty", "दुर्घटनामा क्षतिपूर्ति बीमा कम्पनीले गर्छ।", { "fees.penaltyForLeaving": false }],
    ["reads 'not one rupee' and 'all costs the company's'", "एक रुपैयाँ पनि लाग्दैन, सबै खर्च कम्पनीको।", { "fees.zeroCostClaim": true }],
    ["reads 'no registration fee' as a no-fee policy", "कुनै दर्ता शुल्क छैन, नियुक्तिपत्र इमेलबाट।", { "fees.noFeePolicy": true, "fees.upfrontFee": false }],
    ["reads 'pay no middleman' and the government free-visa policy", "बिचौलियालाई पैसा नतिर्नुहोस्। सरकारको नीतिअनुसार भिसा र टिकट रोजगारदाताको।", { "fees.noFeePolicy": true }],
    ["reads a demand letter attested by the embassy and a G2G agreement", "माग पत्र दूतावासबाट प्रमाणित। नेपाल सरकार र जापान सरकारबीचको सहकार्य ज्ञापनअन्तर्गत।", { "legitimacy.governmentScheme": true }],
    ["reads a contract signed before departure written joined", "रोजगार सम्झौता प्रस्थानअघि नै।", { "legitimacy.writtenContractBeforeTravel": true }],
    ["reads romanised board, lodging, ticket and visa", "Ticket company ko, visa hamile lagaidinchhau, room free, khana free.", { "travel.flightProvided": true, "travel.visaProvided": true, "travel.accommodationProvided": true, "travel.foodProvided": true }],
    ["reads romanised 'no experience, SEE pass, typing is enough'", "Experience nachahine, SEE pass bhaye pugchha, typing aaye pugchha.", { "requirements.noExperience": true, "requirements.noDegree": true, "requirements.computerBasicsOnly": true }],
    ["reads romanised next-week flight, airport pickup and secrecy", "Arko hapta flight, airport ma lina aauchha, ghar ma kei nabhannu.", { "travel.urgentDeparture": true, "travel.airportPickup": true, "travel.hideFromFamily": true }],
    ["reads a romanised advance and a salary deduction", "Advance 50 hajar, baki salary bata katinchha.", { "fees.upfrontFee": true, "fees.advanceRepaidFromSalary": true }],
  ])("%s", (_name, description, expected) => {
    const actual = flagValues(description);
    for (const [flag, value] of Object.entries(expected)) expect(actual[flag], flag).toBe(value);
  });

  it.each<[string, string, { min: number | null; max: number | null } | null]>([
    ["reads an age range in बर्ष", "उमेर १८ देखि ३० बर्षसम्म।", { min: 18, max: 30 }],
    ["reads an age range with हद and सम्म", "उमेर हद: २० देखि ३५ सम्म", { min: 20, max: 35 }],
    ["does not read a span of working hours as an age", "बिहान १० देखि बेलुका ५ सम्म काम।", null],
  ])("%s", (_name, description, range) => {
    expect(extractRequirements(contextFrom({ description })).ageRange).toEqual(range);
  });

  it.each<[string, string, string, RoleFamily]>([
    ["reads chatting with customers as chat support", "", "सामाजिक सञ्जालमा ग्राहकसँग च्याट गर्ने काम।", "chat-support"],
    ["reads a data entry title spelled डेटा", "डेटा इन्ट्री अपरेटर – मलेसिया", "", "data-entry"],
    ["reads an AI model title mixing scripts", "AI मोडल चाहियो – सिहानोकभिल", "", "model"],
    ["reads a kitchen helper as hospitality", "भान्सा सहयोगी चाहियो", "", "hospitality"],
    ["reads a game tester", "गेम टेस्टर – लाओस", "", "game-tester"],
    ["reads कस्टमर सर्विस spelled with वि", "कस्टमर सर्विस – कम्बोडिया", "", "customer-service"],
    ["reads chatting with customers spelled संग", "", "ग्राहकसंग च्याट गर्ने काम, तलब राम्रो।", "chat-support"],
    ["reads a casino spelled कसिनो", "कसिनोमा रिसेप्सन", "", "casino"],
    ["reads a translator as ट्रान्सलेटर", "चिनियाँ ट्रान्सलेटर चाहियो", "", "translator"],
    ["reads an AI model spelled मोडेल", "एआई मोडेल – कम्बोडिया", "", "model"],
  ])("%s", (_name, title, description, family) => {
    expect(extractRole(contextFrom({ title: title || undefined, description })).family).toBe(family);
  });
});
