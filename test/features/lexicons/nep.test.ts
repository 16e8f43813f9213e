import { beforeAll, describe, expect, it } from "vitest";
import { familyFlags, flagValues } from "./flags.js";
import { contextFrom } from "../../../src/features/evidence.js";
import { extractRequirements } from "../../../src/features/requirements.js";
import { type RoleFamily, extractRole } from "../../../src/features/roles.js";
import { createScreener } from "../../../src/index.js";

// Nepali (Devanagari) and romanised Nepali as typed on Viber and TikTok.
describe("Nepali lexicon", () => {
  // The first read builds every lexicon and the rule pack; on a busy machine that alone can exceed a test's timeout.
  beforeAll(() => {
    flagValues("");
    createScreener().screen({ description: "तयारी", language: "nep" });
  }, 60_000);

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
    // Second pass: the informal and spoken spellings blind-written Nepali ads use (फ्रि, नि:शुल्क,
    // बस्ना, भिजिटमा without भिसा, चाहिन्न), loanwords in Devanagari, and the manpower-office register.
    ["reads 'ticket free' with फ्रि and with a colon visarga", "भिसा र टिकट फ्रि। प्लेन टिकट नि:शुल्क।", { "travel.flightProvided": true, "travel.visaProvided": true }],
    ["reads a ticket the company itself books and an air ticket made available", "टिकट हामी आफैं काटिदिन्छौं, एयर टिकट उपलब्ध गराइनेछ।", { "travel.flightProvided": true }],
    ["does not read a ticket bought at one's own cost or a bus ticket as a flight provided", "टिकट आफैं काट्नुपर्ने। बसको टिकट फ्रि।", { "travel.flightProvided": false }],
    ["reads food and lodging spelled खाना बस्ना and a rent-free room", "खाना बस्ना फ्रि, डेरा भाडा लाग्दैन।", { "travel.accommodationProvided": true, "travel.foodProvided": true }],
    ["reads a hostel facility and meals from the company", "होस्टेल सुविधा, खानपिन कम्पनीको।", { "travel.accommodationProvided": true, "travel.foodProvided": true }],
    ["reads a room the company gives and joined खानेबस्ने", "कोठा कम्पनीले दिन्छ, खानेबस्ने सुविधा।", { "travel.accommodationProvided": true, "travel.foodProvided": true }],
    ["does not read lodging and food one arranges oneself", "बस्ने व्यवस्था आफैं गर्नुपर्ने, खाना आफ्नै खर्चमा।", { "travel.accommodationProvided": false, "travel.foodProvided": false }],
    ["reads 'sent on a visit' without the word visa", "भिजिटमा लगेर काम लगाइन्छ, टुरिस्टमा पठाइन्छ।", { "travel.touristVisa": true }],
    ["reads a travel visa", "ट्राभल भिसामा जाने।", { "travel.touristVisa": true }],
    ["does not read a visiting card or a warning against visit visas as a tourist visa", "भिजिटिङ कार्ड ल्याउनुहोस्। भिजिट भिसामा नजानुहोस्।", { "travel.touristVisa": false }],
    ["reads a work visa made after going on a visit", "भिजिटमा गएर वर्क भिसा बनाइदिन्छौं।", { "travel.workPermitAfterArrival": true }],
    ["reads a work permit arranged later and made over there", "वर्क परमिट पछि मिलाइन्छ, लेबर कार्ड त्यतै बन्छ।", { "travel.workPermitAfterArrival": true }],
    ["does not read a work visa that must come before the flight", "कामको भिसा आएपछि मात्र उडान हुन्छ।", { "travel.workPermitAfterArrival": false }],
    ["reads a flight as soon as the visa comes and this very week", "भिसा आउनासाथ उडान, यही हप्ता फ्लाइट।", { "travel.urgentDeparture": true }],
    ["reads 'ready to fly at once' and next Sunday's flight", "तुरुन्तै उड्न तयार हुनुपर्ने, आउँदो आइतबार उडान।", { "travel.urgentDeparture": true }],
    ["does not read an urgent vacancy as an urgent departure", "अर्जेन्ट भ्याकेन्सी, छिटो आवेदन दिनुहोस्।", { "travel.urgentDeparture": false }],
    ["reads being taken from the airport straight to the company", "एयरपोर्टबाट सिधै कम्पनीमा लगिन्छ।", { "travel.airportPickup": true }],
    ["reads the company's man coming to the airport", "बैंकक एयरपोर्टमा कम्पनीको मान्छे आउँछ।", { "travel.airportPickup": true }],
    ["does not read a hotel near the airport as a pickup", "एयरपोर्ट नजिकै होटल, सफा कोठा।", { "travel.airportPickup": false }],
    ["reads work in another country and in परदेश", "बाहिरी देशमा राम्रो जागिर, परदेशमा काम गर्ने अवसर।", { "travel.workAbroad": true }],
    ["reads a golden chance of foreign employment", "वैदेशिक रोजगारीको सुनौलो अवसर।", { "travel.workAbroad": true }],
    ["does not read jobs at home for returnees as work abroad", "विदेशबाट फर्केका दाजुभाइलाई नेपालमै रोजगारी।", { "travel.workAbroad": false }],
    ["reads 'no need at all for experience' and 'experience not needed' spoken", "अनुभवको कुनै आवश्यकता छैन। अनुभव चाहिन्न।", { "requirements.noExperience": true }],
    ["reads experience not mandatory and a chance for new people", "अनुभव अनिवार्य नभएको, नयाँ मान्छेलाई पनि मौका।", { "requirements.noExperience": true }],
    ["reads first-timers welcome and 'taught, then put to work'", "पहिलो पटक विदेश जानेलाई पनि, काम सिकाएर लगाइन्छ।", { "requirements.noExperience": true }],
    ["does not read 'experience is needed' or a refusal of the inexperienced", "अनुभव चाहिन्छ। अनुभव नभएकालाई आवेदन नदिनुहोस्।", { "requirements.noExperience": false }],
    ["reads 'qualification not required' and 'able to read and write is enough'", "शैक्षिक योग्यता: आवश्यक नभएको, लेखपढ गर्न जान्ने भए पुग्छ।", { "requirements.noDegree": true }],
    ["reads 'SEE pass or fail, either way'", "एसईई पास वा फेल जे भए पनि।", { "requirements.noDegree": true }],
    ["does not read 'qualification: a bachelor's pass' as no degree", "शैक्षिक योग्यता: स्नातक पास।", { "requirements.noDegree": false }],
    ["reads 'anyone at all can do it'", "जो पनि गर्न सक्ने सजिलो काम।", { "requirements.noSkills": true }],
    ["reads 'able to use the internet is enough' and English typing", "इन्टरनेट चलाउन जान्ने भए पुग्छ, अंग्रेजी टाइप गर्न सक्ने भए पुग्छ।", { "requirements.computerBasicsOnly": true }],
    ["does not read a computer-engineering degree as basic computer skills", "कम्प्युटर इन्जिनियरिङमा स्नातक।", { "requirements.computerBasicsOnly": false }],
    ["reads 'pretty by looks', tall slim girls and a selfie", "हेर्दा राम्री, अग्ली केटी चाहियो, सेल्फी पठाउनुहोस्।", { "requirements.genderOrAppearance": true }],
    ["reads 'girls preferred' and 'women candidates only'", "केटीहरूलाई प्राथमिकता, महिला उम्मेदवार मात्र।", { "requirements.genderOrAppearance": true }],
    ["does not read 'women and men may both apply' as a gender requirement", "महिला तथा पुरुष दुवैले आवेदन दिन सक्नुहुन्छ।", { "requirements.genderOrAppearance": false }],
    ["reads 'must have a passport' and 'those with a ready passport'", "पासपोर्ट बनेको हुनुपर्छ, पासपोर्ट रेडी भएकालाई।", { "requirements.passportRequired": true }],
    ["reads a passport photographed and sent", "पासपोर्ट खिचेर पठाउनुस्।", { "requirements.passportCopyRequested": true }],
    ["reads a deposit, a form fee and a service charge", "डिपोजिट रकम ५० हजार, फारम भर्ने शुल्क रु. ५००, सर्भिस चार्ज ८० हजार।", { "fees.upfrontFee": true }],
    ["reads money paid before the visa is stamped", "भिसा लाग्नुअघि ५० हजार बुझाउनुपर्ने।", { "fees.upfrontFee": true }],
    ["reads medical and visa costs the worker pays", "मेडिकल र भिसा खर्च तपाईं आफैंले तिर्नुपर्ने।", { "fees.upfrontFee": true }],
    ["does not read 'no service charge' as a fee", "कुनै सर्भिस चार्ज छैन, सेवा शुल्क लिइँदैन।", { "fees.upfrontFee": false, "fees.noFeePolicy": true }],
    ["reads costs cut later from the salary and paid by working", "खर्च पछि तलबबाट कटाइन्छ, टिकटको पैसा कमाएर तिरे हुन्छ।", { "fees.advanceRepaidFromSalary": true }],
    ["reads a broken contract and coming home before the term", "कन्ट्र्याक्ट तोडेमा ३ लाख तिर्नुपर्छ।", { "fees.penaltyForLeaving": true }],
    ["reads 'not allowed home half-way'", "बीचमा घर फर्कन पाइँदैन।", { "fees.penaltyForLeaving": true }],
    ["reads 'abroad without paying' and 'completely free'", "पैसा नतिरी विदेश जानुहोस्, पुरै निःशुल्क।", { "fees.zeroCostClaim": true }],
    ["reads 'no fee will be charged' and no fee from workers", "कुनै शुल्क लाग्ने छैन। कामदारबाट एक रुपैयाँ पनि लिइने छैन।", { "fees.noFeePolicy": true }],
    ["reads a DoFE pre-approval lot number and department approval", "पूर्व स्वीकृति लट नं. १२३४५६, वैदेशिक रोजगार विभागबाट स्वीकृत।", { "legitimacy.governmentScheme": true }],
    ["reads a work visa the employer makes and sending on employment visas", "वर्क भिसा कम्पनीले बनाइदिने, रोजगार भिसामा पठाइन्छ।", { "legitimacy.workPermitSponsored": true }],
    ["does not read 'without a labour permit' as a sponsored permit", "लेबर परमिट बिना, श्रम स्वीकृति बिनै जान सकिन्छ।", { "legitimacy.workPermitSponsored": false }],
    ["reads a contract signed before the flight, written the other way round", "उडान अघि सम्झौता पत्र दिइन्छ।", { "legitimacy.writtenContractBeforeTravel": true }],
    ["reads a Kathmandu ward address and a सडक street", "पुतलीसडक, काठमाडौं-३१", { "legitimacy.streetAddress": true }],
    ["reads a visit visa qualified by its length as the first step", "सुरुमा १५ दिने भिजिट भिसामा जानुपर्छ।", { "travel.touristVisa": true, "travel.workPermitAfterArrival": true }],
    ["reads entry on an e-visa and a work permit made after entering", "ई-भिसामा छिरेपछि कम्पनीले कार्य अनुमति बनाउँछ।", { "travel.touristVisa": true, "travel.workPermitAfterArrival": true }],
    ["reads a question-and-answer visa arranged after arrival", "भिसा? थाइल्याण्डमा पुगेपछि हामी मिलाउँछौं।", { "travel.workPermitAfterArrival": true }],
    ["reads a work visa arranged over there after an interview", "त्यहाँ पुगेर अन्तर्वार्ता भएपछि कम्पनीले वर्क भिसा मिलाउँछ।", { "travel.workPermitAfterArrival": true }],
    ["reads 'no visa at all needed' and food and lodging written खाना बस्न", "भिसा केही चाहिँदैन, खाना बस्न फ्री।", { "travel.noVisaNeeded": true, "travel.accommodationProvided": true, "travel.foodProvided": true }],
    ["reads staff taking recruits onward from Bangkok", "बैंककबाट हाम्रो स्टाफले सँगै लैजान्छ।", { "travel.airportPickup": true }],
    ["does not read 'no need to show the labour approval' as a sponsored permit", "एयरपोर्टमा श्रम स्वीकृति देखाउनु पर्दैन।", { "legitimacy.workPermitSponsored": false }],
    ["reads 'experience is good, if not, training is given'", "अनुभव भए राम्रो, नभए पनि तालिम दिइन्छ।", { "requirements.noExperience": true }],
    ["reads a full-length photo", "पूरा कदको फोटो पठाउनुहोस्।", { "requirements.genderOrAppearance": true }],
    ["reads a ticket cut from the salary later", "टिकटको पैसा पछि तलबबाट काट्छौं।", { "fees.advanceRepaidFromSalary": true }],
    ["reads 'no manpower cost' as a zero-cost claim", "म्यानपावर खर्च लाग्दैन।", { "fees.zeroCostClaim": true }],
    ["does not read a hotel's service-charge share as a fee", "तलब THB 20,000 + सेवा शुल्क, सेवा शुल्क छुट्टै।", { "fees.upfrontFee": false }],
    ["reads a service charge the recruit pays and a registration sum", "सेवा शुल्क रु. ३५,००० लाग्छ, दर्ता गर्न रु. ५०० खल्तीमा पठाउनुहोस्।", { "fees.upfrontFee": true }],
    // Third pass: what licensed manpower ads say that read as lures (capped fees, lawful deductions,
    // documents handed in at the office), and fresh lure wording.
    ["does not read the government-capped service charge with a receipt as an upfront fee", "सेवा शुल्क रु. १०,००० मात्र (सरकारले तोकेको)।", { "fees.upfrontFee": false }],
    ["does not read a cost 'as the government rules set' as an upfront fee", "सेवा शुल्क रु. १०,००० सरकारी नियमानुसार।", { "fees.upfrontFee": false }],
    ["still reads an uncapped service charge as an upfront fee", "सेवा शुल्क रु. १,५०,००० आजै बुझाउनुपर्ने।", { "fees.upfrontFee": true }],
    ["does not read housing, tax or provident fund taken from pay as a recruitment debt", "आवास खर्च तलबबाट कट्टा हुन्छ। आयकर तलबबाट कट्टा हुन्छ।", { "fees.advanceRepaidFromSalary": false }],
    ["still reads the ticket money cut from pay after a lawful deduction", "खाना खर्च कम्पनीको, टिकटको पैसा तलबबाट काटिन्छ।", { "fees.advanceRepaidFromSalary": true }],
    ["does not read the medical check the worker pays as an upfront fee", "मेडिकल खर्च आफैंले तिर्नुपर्ने (रु. ४,५००)।", { "fees.upfrontFee": false }],
    ["does not read the law's warning of a fine as a penalty for leaving", "श्रम स्वीकृति बिना विदेश जाँदा कानुनी कारबाही र जरिवाना हुन सक्छ।", { "fees.penaltyForLeaving": false }],
    ["still reads a fine for quitting", "बीचमा काम छाडे जरिवाना गरिनेछ।", { "fees.penaltyForLeaving": true }],
    ["does not read 'no arrangement for lodging and food' as board provided", "बस्ने र खाने व्यवस्था छैन, खाना बस्ने व्यवस्था छैन।", { "travel.accommodationProvided": false, "travel.foodProvided": false }],
    ["does not read a passport copy handed in at the office as one sent up front", "राहदानीको प्रतिलिपि कार्यालयमा बुझाउनुहोस्।", { "requirements.passportCopyRequested": false }],
    ["still reads a passport copy sent over a messaging app", "पासपोर्टको फोटो भाइबरमा पठाउनुहोस्।", { "requirements.passportCopyRequested": true }],
    ["reads Malaysia's zero-cost policy and the free-visa-free-ticket policy as no-fee policies", "शून्य लागत: भिसा, टिकट सबै रोजगारदाताले (मलेसिया सरकारको नीति)। फ्री भिसा फ्री टिकट नीतिअनुसार।", { "fees.noFeePolicy": true }],
    ["does not read a zero-cost boast without a policy as a no-fee policy", "शून्य लागतमा विदेश, सबै फ्री।", { "fees.noFeePolicy": false, "fees.zeroCostClaim": true }],
    ["reads a DoFE lot number", "लट नं. ३४५६७", { "legitimacy.governmentScheme": true }],
    ["reads a ticket 'from our side' and a visa 'in the company's charge'", "जाने टिकट हाम्रो तर्फबाट, भिसा कम्पनीको जिम्मामा।", { "travel.flightProvided": true, "travel.visaProvided": true }],
    ["reads a work permit made once there", "काम गर्ने अनुमति त्यहीँ पुगेपछि बनाइन्छ।", { "travel.workPermitAfterArrival": true }],
    ["does not read 'fly only once the work permit comes' in plain Nepali", "कामको अनुमति आएपछि मात्र उडान।", { "travel.workPermitAfterArrival": false }],
    ["reads 'we get you across the border'", "बोर्डर हामी क्रस गराइदिन्छौं।", { "travel.borderCrossing": true }],
    ["reads 'no rule that you must have experience'", "अनुभव हुनैपर्छ भन्ने छैन।", { "requirements.noExperience": true }],
    ["reads 'using a computer a little is enough' and 'anyone who can use a mobile'", "कम्प्युटर थोरै चलाउन आए पुग्छ। मोबाइल चलाउन आउने जो कोही।", { "requirements.computerBasicsOnly": true }],
    ["does not read 'must be able to use a computer' as basic skills only", "कम्प्युटर चलाउन आउनुपर्ने, एक्सेलमा दक्ष।", { "requirements.computerBasicsOnly": false }],
    ["reads a processing sum in thousands", "प्रोसेसिङको लागि ३० हजार लाग्छ।", { "fees.upfrontFee": true }],
    ["does not read months of visa processing as a fee", "भिसा प्रक्रियाको लागि ३ महिना लाग्छ।", { "fees.upfrontFee": false }],
    ["reads 'not a single rupee of cost'", "एक रुपैयाँ पनि खर्च छैन।", { "fees.zeroCostClaim": true }],
    // Fourth pass (batch 17, written blind): warnings that name the visit visa, coordinated visas,
    // employment visas the employer obtains, and the legitimate selection and no-fee wording.
    ["does not read a DoFE warning against visit-visa jobs", "सूचना: भिजिट भिसामा वैदेशिक रोजगारीमा नजानुहोस्।", { "travel.touristVisa": false }],
    ["does not read 'visit or tourist visa ... is illegal' as an offer", "भिजिट भिसा वा टुरिस्ट भिसामा काम गर्न विदेश जानु गैरकानुनी छ।", { "travel.touristVisa": false }],
    ["does not read 'do not look for work on a tourist visa'", "टुरिस्ट भिसामा कोरिया गएर काम नखोज्नुहोस्।", { "travel.touristVisa": false }],
    ["does not read 'we do not advise coming on a visit visa'", "भ्रमण भिसामा आएर काम खोज्ने सल्लाह दिँदैनौं।", { "travel.touristVisa": false }],
    ["does not read a romanised warning not to go on a visit visa", "Visit visa ma kaam garna najanu hola.", { "travel.touristVisa": false }],
    ["still reads 'it is not illegal' on a tourist visa", "टुरिस्ट भिसामा जानु अवैध होइन।", { "travel.touristVisa": true }],
    ["still reads a visit visa when a later clause coaches silence", "भिजिट भिसामा आउनुस्, कामको कुरा नगर्नु।", { "travel.touristVisa": true, "travel.poseAsTourist": true }],
    ["reads the last of two coordinated visit visas", "भिजिट वा टुरिस्ट भिसामा आउने, पुगेपछि कागज बन्छ।", { "travel.touristVisa": true }],
    ["does not read a Non-B visa then a work permit as a permit after arrival", "थाई दूतावासबाट Non-Immigrant B भिसा लिएर आउनुपर्ने, त्यसपछि वर्क परमिट।", { "travel.workPermitAfterArrival": false, "legitimacy.workPermitSponsored": true }],
    ["still reads a tourist visa first and a work permit later", "सुरुमा टुरिस्ट भिसा, पछि वर्क परमिट।", { "travel.workPermitAfterArrival": true, "travel.touristVisa": true }],
    ["reads an employment visa the company obtains as sponsored, not as a visa handed out", "रोजगार भिसा र Emirates ID कम्पनीले, परिवारको भिसा।", { "legitimacy.workPermitSponsored": true, "travel.visaProvided": false }],
    ["does not read an employer-sponsored E-9 visa as a free flight", "E-9 रोजगार भिसा कोरियाली रोजगारदाताले प्रायोजन गर्छ।", { "travel.flightProvided": false, "travel.visaProvided": false, "legitimacy.workPermitSponsored": true }],
    ["still reads a ticket from the employer and a visa the company makes", "टिकट रोजगारदाताले, भिसा कम्पनीले बनाइदिन्छ।", { "travel.flightProvided": true, "travel.visaProvided": true }],
    ["reads two-stage interviews, a written test and reference checks", "अंग्रेजी लेखन परीक्षा, दुई चरण भिडियो अन्तर्वार्ता, रेफरेन्स जाँच।", { "legitimacy.multiStageInterview": true }],
    ["reads 'interview: 4 stages' and a portfolio review", "अन्तर्वार्ता: ४ चरण। पोर्टफोलियो समीक्षा।", { "legitimacy.multiStageInterview": true }],
    ["does not read 'two-day training' as a multi-stage interview", "दुई दिनको तालिम, त्यसपछि काम सुरु।", { "legitimacy.multiStageInterview": false }],
    ["reads 'we take no fee at any stage' and 'no placement fee'", "हामी कुनै पनि चरणमा शुल्क लिँदैनौं।", { "fees.noFeePolicy": true }],
    ["reads nothing beyond the government-set fee", "सेवा शुल्क: नेपाल सरकारले तोकेबाहेक कुनै रकम लिइने छैन।", { "fees.noFeePolicy": true }],
    ["reads 'if anyone asks for money, do not trust them'", "कसैले छिटो पठाइदिन्छु भनी पैसा माग्छ भने विश्वास नगर्नुहोस्।", { "fees.noFeePolicy": true }],
    ["does not read a fee demanded as a no-fee policy", "कम्पनीले सेवा शुल्क रु. ५०,००० लिन्छ।", { "fees.noFeePolicy": false }],
    ["reads registration at the company registrar", "कम्पनी रजिस्ट्रार कार्यालय र आन्तरिक राजस्व विभागमा दर्ता।", { "legitimacy.legalEntity": true }],
    ["reads years of experience after the skill", "अनुभव: Go वा Java मा ६+ वर्ष।", { "requirements.seniorQualifications": true }],
    ["does not read an age after 'no experience' as years of experience", "अनुभव नचाहिने, उमेर: १८ वर्ष माथि।", { "requirements.seniorQualifications": false, "requirements.noExperience": true }],
    ["reads fast typing as a typing requirement", "अंग्रेजी र नेपालीमा छिटो टाइप गर्न सक्नुपर्ने।", { "requirements.typingTest": true }],
    // Fifth pass (wording no corpus ad uses): labour approval "sorted out later", chat-register
    // secrecy and pickup, security deposits, the government-capped service fee, warning notices that
    // name tourist visas, permits the employer obtains, and romanised chat lines.
    ["reads labour approval 'sorted out later' as a permit after arrival, not a sponsored one", "श्रम स्वीकृति पछि मिलाउँला।", { "travel.workPermitAfterArrival": true, "legitimacy.workPermitSponsored": false }],
    ["reads 'labour' done over there", "लेबर उतै मिलाइन्छ, चिन्ता नगर्नु।", { "travel.workPermitAfterArrival": true }],
    ["does not read 'fly only after labour approval' as a permit after arrival", "श्रम स्वीकृति पछि मात्र उडान हुन्छ।", { "travel.workPermitAfterArrival": false, "legitimacy.workPermitSponsored": true }],
    ["reads 'don't worry about the visa, it is made once you arrive'", "भिसाको चिन्ता नगर, पुगेपछि बन्छ।", { "travel.workPermitAfterArrival": true }],
    ["reads a visa made on arrival in the other order", "पुगेपछि भिसा बनिहाल्छ।", { "travel.workPermitAfterArrival": true }],
    ["reads the romanised 'visa ko chinta nagara'", "visa ko chinta nagara, tyaha pugepachi milchha.", { "travel.workPermitAfterArrival": true }],
    ["does not read 'don't worry about the visa, the employer stamps it at the embassy'", "भिसाको चिन्ता नगर्नुहोस्, रोजगारदाताले दूतावासबाट लगाइदिन्छ।", { "travel.workPermitAfterArrival": false }],
    ["reads 'must leave quickly, this very month'", "छिटो निस्कनुपर्छ, यही महिना निस्कने।", { "travel.urgentDeparture": true }],
    ["does not read 'apply quickly' as an urgent departure", "छिटो आवेदन दिनुपर्छ, अन्तिम मिति असार मसान्त।", { "travel.urgentDeparture": false }],
    ["reads people waiting once you reach the airport", "एयरपोर्ट पुगेपछि उनीहरू पर्खिरहेका हुन्छन्।", { "travel.airportPickup": true }],
    ["does not read 'take a taxi yourself from the airport' as a pickup", "एयरपोर्ट पुगेपछि आफैं ट्याक्सी लिनुहोस्।", { "travel.airportPickup": false }],
    ["reads the familiar 'don't tell home yet' and 'tell them once you earn'", "घरमा अहिले नभन है, पैसा कमाएपछि भन्नु।", { "travel.hideFromFamily": true }],
    ["reads the romanised 'ghar ma ahile nabhan'", "ghar ma ahile nabhan, pachi bhanaula.", { "travel.hideFromFamily": true }],
    ["does not read a warning not to leave without telling home", "घरमा नभनी विदेश निस्किनु हुँदैन, पुगेपछि घरमा खबर गर्नुहोस्।", { "travel.hideFromFamily": false }],
    ["reads a refundable security deposit", "सुरक्षण रकम ३०,००० (पछि फिर्ता हुने)।", { "fees.upfrontFee": true }],
    ["reads a security deposit to be sent", "सेक्युरिटी डिपोजिट पहिल्यै पठाउनुपर्छ।", { "fees.upfrontFee": true }],
    ["does not read a security guard's pay or a deposit the company pays as a fee", "सेक्युरिटी गार्ड ५ जना, तलब रु. २५,०००। कोठाको सेक्युरिटी डिपोजिट कम्पनीले तिर्छ।", { "fees.upfrontFee": false }],
    ["does not read the service fee the government sets as an upfront fee", "नेपाल सरकारले तोकेको सेवा शुल्क बाहेक अरू केही लिइँदैन।", { "fees.upfrontFee": false }],
    ["still reads a service fee the agency sets", "सेवा शुल्क रु. ५०,००० अहिले नै बुझाउनुपर्ने।", { "fees.upfrontFee": true }],
    ["reads all costs repaid for leaving before the term", "अवधि अगावै छोडेमा कम्पनीले गरेको सबै खर्च फिर्ता गर्नुपर्ने।", { "fees.penaltyForLeaving": true }],
    ["does not read dues paid out on an early return as a penalty", "करार अवधि अगावै फर्केमा बाँकी तलब र बीमा रकम पाइन्छ।", { "fees.penaltyForLeaving": false }],
    ["reads a work permit the employer obtains", "वर्क परमिट रोजगारदाताले निकाल्छ, त्यसपछि दूतावासमा अन्तर्वार्ता।", { "legitimacy.workPermitSponsored": true }],
    ["reads an employment visa and ticket given by the hotel", "रोजगार भिसा र टिकट होटलले।", { "legitimacy.workPermitSponsored": true }],
    ["does not read a permit the worker must get himself as sponsored", "वर्क परमिट आफैंले निकाल्नुपर्छ।", { "legitimacy.workPermitSponsored": false }],
    ["reads the zero-cost scheme and a bilateral labour agreement", "शून्य लागत योजना अन्तर्गत, नेपाल–मलेसिया श्रम सम्झौता अनुसार।", { "legitimacy.governmentScheme": true }],
    ["does not read a bare 'zero cost, all free' as a government scheme", "शून्य लागत, सबै फ्री!", { "legitimacy.governmentScheme": false, "fees.zeroCostClaim": true }],
    ["does not read a warning to keep away from tourist-visa agents as a tourist visa", "टुरिस्ट भिसामा पठाउने एजेन्टबाट टाढा रहनुहोस्।", { "travel.touristVisa": false }],
    ["does not read 'don't fall for visit-visa offers' as a tourist visa", "भिजिट भिसामा काम दिने प्रलोभनमा नपर्नुहोस्।", { "travel.touristVisa": false }],
    ["still reads a tourist visa offered", "टुरिस्ट भिसामा पठाउने, पुगेपछि मिलाउने।", { "travel.touristVisa": true }],
    ["reads the romanised 'all costs borne by the company' and the round trip", "jaane aaune sab kharcha company le byahorcha.", { "fees.zeroCostClaim": true, "travel.flightProvided": true }],
    ["reads the romanised 'only replying to messages'", "computer ma message reply garne matra.", { "requirements.computerBasicsOnly": true }],
    ["does not read 'send a message' as basic computer skills", "interested bhaye message garnus.", { "requirements.computerBasicsOnly": false }],
    // Sixth pass (batch 19, written blind): refusals and prohibitions in Nepali negative-verb morphology
    // (-दैनौं/-दैनौँ/-दैनन्, -ने छैनौं, passive -इने छैन; गर्न पाइँदैन/मिल्दैन/हुँदैन), each beside the
    // lure wording it must not swallow; chandrabindu spellings of first-person endings; dotted words the
    // normaliser leaves apart; icon lists "= सब फ्रि"; zero as "none"; visa-exempt entry; the Non-B visa
    // made only after arrival; "without labour approval, no flight" as a requirement.
    ["does not read 'we send no one on a tourist visa' spelled with chandrabindu", "हामी कसैलाई पनि टुरिस्ट भिसामा पठाउँदैनौँ।", { "travel.touristVisa": false }],
    ["does not read 'we invite no one on a tourist visa', and reads the chandrabindu no-fee line", "हामी कसैलाई पनि टुरिस्ट भिसामा बोलाउँदैनौँ र कुनै शुल्क लिँदैनौँ।", { "travel.touristVisa": false, "fees.noFeePolicy": true }],
    ["does not read 'licensed agencies send no one on visit visas' (third-person plural)", "इजाजतप्राप्त संस्थाहरूले कसैलाई भिजिट भिसामा पठाउँदैनन्।", { "travel.touristVisa": false }],
    ["does not read 'we will not send anyone' in the future negative", "हामीले कसैलाई पनि भिजिट भिसामा पठाउने छैनौँ।", { "travel.touristVisa": false }],
    ["does not read 'we do not take people on tourist visas' with हरू", "टुरिस्ट भिसाहरूमा हामी मान्छे लैजाँदैनौं।", { "travel.touristVisa": false }],
    ["still reads a tourist visa when 'we send' is only 'won't send you back'", "टुरिस्ट भिसामा आए पनि कम्पनीले फिर्ता पठाउँदैन।", { "travel.touristVisa": true }],
    ["still reads a tourist visa beside 'we charge no fee'", "भिजिट भिसामा आउनुस्, हामी शुल्क लगाउँदैनौं।", { "travel.touristVisa": true }],
    ["does not read 'you may not work on a visit or tourist visa in Korea'", "भिजिट वा टुरिस्ट भिसामा कोरिया गएर काम गर्न पाइँदैन।", { "travel.touristVisa": false }],
    ["does not read 'you may not come to Thailand on a tourist visa and work'", "थाइल्याण्डमा टुरिस्ट भिसामा आएर काम गर्न पाइँदैन।", { "travel.touristVisa": false }],
    ["does not read 'working on a visit visa is not allowed' with मिल्दैन", "भ्रमण भिसामा आएर काम गर्न मिल्दैन।", { "travel.touristVisa": false }],
    ["does not read 'a tourist visa gives no permission to work'", "टुरिस्ट भिसामा काम गर्ने अनुमति हुँदैन।", { "travel.touristVisa": false }],
    ["still reads 'come on a tourist visa, no problem'", "टुरिस्ट भिसामा आउनुस्, कुनै समस्या हुँदैन।", { "travel.touristVisa": true }],
    ["still reads 'no problem working on a tourist visa'", "टुरिस्ट भिसामा आएर काम गर्न कुनै समस्या हुँदैन।", { "travel.touristVisa": true }],
    ["still reads 'don't fear that you can't work on a tourist visa'", "टुरिस्ट भिसामा काम गर्न पाइँदैन भन्ने डर नमान्नुस्।", { "travel.touristVisa": true }],
    ["still reads a tourist visa when immigration 'does nothing'", "भिजिट भिसामा आउनुस्, इमिग्रेसनले केही गर्दैन।", { "travel.touristVisa": true }],
    ["does not read 'working on a visit visa is illegal' spelled गैरकानूनी", "भिजिट भिसामा काम गर्नु गैरकानूनी छ।", { "travel.touristVisa": false }],
    ["does not read 'against the law' (कानुनविपरीत)", "पर्यटक भिसामा काम गर्नु कानुनविपरीत हो।", { "travel.touristVisa": false }],
    ["still reads 'it won't be illegal, 100% legal'", "टुरिस्ट भिसामा काम गर्नु अवैध हुँदैन, १००% कानुनी।", { "travel.touristVisa": true }],
    ["does not read 'don't believe a broker who promises a tourist visa'", "टुरिस्ट भिसामा पठाइदिन्छु भन्ने दलालको कुरा नपत्याउनुहोस्।", { "travel.touristVisa": false }],
    ["does not read a broker's 'no work visa needed' the ad warns against", "वर्क भिसा चाहिँदैन भन्ने दलालको कुरा नपत्याउनुहोस्।", { "travel.noVisaNeeded": false, "travel.workPermitAfterArrival": false }],
    ["does not read 'beware middlemen who say no work permit is needed'", "वर्क परमिट चाहिँदैन भन्ने बिचौलियाबाट सावधान रहनुहोस्।", { "travel.workPermitAfterArrival": false }],
    ["still reads 'no visa needed, that is true'", "भिसा चाहिँदैन भन्ने कुरा सत्य हो।", { "travel.noVisaNeeded": true }],
    ["does not read 'do not go abroad without a work visa' as no visa needed", "वर्क भिसा बिना विदेश नजानुहोस्।", { "travel.noVisaNeeded": false }],
    ["still reads 'you can go to Thailand without a visa' and 'work starts without a visa'", "बिना भिसा थाइल्याण्ड जान पाइन्छ। भिसा बिना नै काम सुरु।", { "travel.noVisaNeeded": true }],
    ["reads entry on the visa exemption", "पहिलो चरणमा भिसा छुटमा प्रवेश गर्नुपर्छ।", { "travel.noVisaNeeded": true }],
    ["does not read a warning that visa-exempt entrants may not work", "भिसा छुटमा प्रवेश गरेर काम गर्न पाइँदैन।", { "travel.noVisaNeeded": false }],
    ["reads a Non-B visa and work permit (spelled पर्मिट) begun on arrival", "पुगेपछि कम्पनीले नन-बी भिसा र वर्क पर्मिटको प्रक्रिया सुरु गर्छ।", { "travel.workPermitAfterArrival": true }],
    ["reads a worker visa made once one reaches Laos", "कामदार भिसा लाओस पुगेपछि कम्पनीले बनाइदिनेछ।", { "travel.workPermitAfterArrival": true }],
    ["does not read a work permit after a Non-B visa written नन-बी", "थाई दूतावासबाट नन-बी भिसा लिएर मात्र आउनुपर्ने, त्यसपछि वर्क पर्मिट।", { "travel.workPermitAfterArrival": false }],
    ["does not read 'labour approval not needed at this stage' as a sponsored permit", "अन्तर्वार्ताका लागि मात्र जाने भएकाले श्रम स्वीकृति आवश्यक पर्दैन।", { "legitimacy.workPermitSponsored": false }],
    ["reads 'no flight without labour approval' as the approval required", "श्रम स्वीकृतिबिना उडान हुँदैन।", { "legitimacy.workPermitSponsored": true }],
    ["still does not read 'sent without labour approval' or 'fine without it' as sponsored", "श्रम स्वीकृति बिना नै पठाइन्छ। श्रम स्वीकृति नभए पनि हुन्छ।", { "legitimacy.workPermitSponsored": false }],
    ["reads room, food and wifi listed with icons as '= all free'", "रुम 🛏 खाना 🍜 wifi 📶 = सब फ्रि", { "travel.accommodationProvided": true, "travel.foodProvided": true, "fees.zeroCostClaim": true }],
    ["reads an apartment in an icon sum '= free'", "🏠 अपार्टमेन्ट + 🍱 + 🚗 = फ्रि", { "travel.accommodationProvided": true }],
    ["does not read a room paid by the worker as provided", "कोठा भाडा आफैं तिर्नुपर्ने, अरु सब फ्रि।", { "travel.accommodationProvided": false }],
    ["reads experience 0 and schooling 0 as none needed", "अनुभव 0, पढाइ 0 - गेम खेल्न आए पुग्छ।", { "requirements.noExperience": true, "requirements.noDegree": true, "requirements.noSkills": true }],
    ["does not read an experience range from zero as none needed", "अनुभव ०-२ वर्ष। अनुभव: ० देखि ३ वर्ष।", { "requirements.noExperience": false }],
    ["reads 'only a passport is needed' as no skills as well as a passport", "पासपोर्ट मात्र चाहिन्छ, अरु सब हामी मिलाउँछौँ।", { "requirements.noSkills": true, "requirements.passportRequired": true }],
    ["does not read a QA tester who likes games or passport-size photos as no skills", "गेम खेल्न मन पर्ने QA टेस्टर, बग रिपोर्ट लेख्न जान्नुपर्ने। पासपोर्ट साइजको फोटो मात्र चाहिन्छ।", { "requirements.noSkills": false }],
    ["reads 'tourist' and 'border' dotted apart on the route", "Route: KTM ➡ BKK (टु.रि.स्ट 🎫) ➡ गाडीमा बो.र्ड.र पार", { "travel.touristVisa": true, "travel.borderCrossing": true }],
    ["does not read a dotted tourist visa the ad warns against", "टु.रि.स्ट भि.सा मा नजानुहोस्।", { "travel.touristVisa": false }],
    ["does not read a tour guide as a tourist visa", "टुरिस्ट गाइड चाहियो, होटल व्यवस्थापनमा अनुभव।", { "travel.touristVisa": false }],
    // Lures the negation cues once swallowed: hearsay and "but" after a prohibition, a movement
    // restriction, a "भन्ने" clause with its own negative, the lure's own imperative, "not illegal"
    // a few words on, and a "no visa" rule the ad calls a lie.
    ["reads a tourist visa after a hearsay prohibition and 'but with us'", "टुरिस्ट भिसामा काम गर्न मिल्दैन रे, तर हाम्रोमा मिल्छ।", { "travel.touristVisa": true }],
    ["does not read a prohibition followed by the lawful way ('but with a labour permit')", "टुरिस्ट भिसामा काम गर्न पाइँदैन, तर श्रम स्वीकृति लिएर जान सकिन्छ।", { "travel.touristVisa": false }],
    ["reads a tourist visa after a prohibition the ad calls a lie (भन्दैछन्)", "टुरिस्ट भिसामा काम गर्न पाइँदैन भन्दैछन् सबै, त्यो झुटो हो", { "travel.touristVisa": true }],
    ["reads free board despite 'may not go outside'", "खाना बस्ने फ्री कतै बाहिर जान पाइँदैन", { "travel.accommodationProvided": true, "travel.foodProvided": true }],
    ["reads free board despite 'may not leave the hostel'", "खाना बस्ने फ्री होस्टलबाट बाहिर जान मिल्दैन", { "travel.accommodationProvided": true, "travel.foodProvided": true }],
    ["reads a tourist visa when the ad says not to believe 'you may not go'", "टुरिस्ट भिसामा जान हुँदैन भन्ने कुरा नपत्याउनुस्।", { "travel.touristVisa": true }],
    ["reads 'go on a tourist visa, don't trust others'", "टुरिस्ट भिसामा जानुस् अरुको कुरामा विश्वास नगर्नु।", { "travel.touristVisa": true }],
    ["reads a visit visa said to be 'nothing against the law'", "भिजिट भिसामा काम गर्दा कानुन विपरीत केही छैन।", { "travel.touristVisa": true }],
    ["reads a tourist visa said to be 'no punishable crime'", "टुरिस्ट भिसामा काम गर्नु दण्डनीय अपराध होइन।", { "travel.touristVisa": true }],
    ["reads 'no work permit on a tourist visa, but nobody catches you'", "टुरिस्ट भिसामा काम गर्ने अनुमति छैन तर कसैले समात्दैन।", { "travel.touristVisa": true }],
    ["reads no visa needed when 'can't go without a visa' is called a lie", "भिसा बिना जान मिल्दैन भन्ने झूटो हो", { "travel.noVisaNeeded": true }],
    // Batch 20 (train): warnings that report a lure's promise in quotes and then warn against it further
    // on than the negation cues reach ("'...' भन्ने प्रलोभनमा नपर्नुहोस्", "... भन्ने कुरामा विश्वास
    // नगर्नुहोस्"), an employer that does not tell anyone to travel on a tourist visa (आउन भनिँदैन), and
    // "working on it is not allowed" said after an adverb. Each beside the lure wording that must still fire.
    ["does not read a visit visa and a permit on arrival inside a quoted promise the ad warns against", "मलेसिया भिजिट भिसामा गएर \"त्यहीँ पुगेपछि वर्क परमिट बनाइदिन्छौं\" भन्ने दलालको प्रलोभनमा नपर्नुहोस्।", { "travel.touristVisa": false, "travel.workPermitAfterArrival": false }],
    ["still reads 'go on a visit visa, the work visa comes on arrival'", "भिजिट भिसामा जानुहोस्, पुगेपछि वर्क भिसा बन्छ।", { "travel.touristVisa": true, "travel.workPermitAfterArrival": true }],
    ["does not read a tourist visa inside a promise the ad says not to believe", "\"टुरिस्ट भिसामा आउनुस्, काम पछि मिल्छ\" भन्ने एजेन्टलाई विश्वास नगर्नुहोस्।", { "travel.touristVisa": false }],
    ["still reads a tourist visa when 'don't believe' is aimed at what others say", "टुरिस्ट भिसामा आउनुहोस्, अरूले भन्ने कुरामा विश्वास नगर्नुहोस्।", { "travel.touristVisa": true }],
    ["still reads a visit visa when the ad says not to believe a quoted 'you may not work'", "भिजिट भिसामा आउनुस्, 'काम गर्न पाइँदैन' भन्ने कुरा नपत्याउनुस्।", { "travel.touristVisa": true }],
    ["still reads a visit visa and a permit on arrival when the ad says not to believe 'it's a scam'", "भिजिट भिसामा आउनुस्, पुगेपछि वर्क भिसा बन्छ, 'ठगी हो' भन्नेहरूको कुरा नपत्याउनुहोस्।", { "travel.touristVisa": true, "travel.workPermitAfterArrival": true }],
    ["still reads a permit on arrival when the lure itself says to beware of brokers", "पुगेपछि लेबर कार्ड बनाइदिन्छु, दलालबाट सावधान रहनुहोस्।", { "travel.workPermitAfterArrival": true }],
    ["does not read a permit on arrival in a promise quoted to warn against money-takers", "\"पुगेपछि लेबर कार्ड बनाइदिन्छु\" भन्दै पैसा माग्ने दलालबाट सावधान रहनुहोस्।", { "travel.workPermitAfterArrival": false }],
    ["does not read 'we tell nobody to go on a visit visa'", "हामी कसैलाई पनि भिजिट भिसामा जान भन्दैनौं।", { "travel.touristVisa": false }],
    ["does not read 'nobody is made to fly on a tourist visa'", "टुरिस्ट भिसामा उड्न लगाइँदैन।", { "travel.touristVisa": false }],
    ["still reads 'you are told to come on a tourist visa'", "टुरिस्ट भिसामा आउन भनिन्छ, पुगेपछि वर्क परमिट बनाइन्छ।", { "travel.touristVisa": true, "travel.workPermitAfterArrival": true }],
    ["does not read a visit visa that the law does not allow work on, said after an adverb", "भिजिट भिसामा मलेसिया पुगेर कुनै पनि काम सुरु गर्न कानुनअनुसार मिल्दैन।", { "travel.touristVisa": false }],
    ["still reads a tourist visa when 'you may not work' is a fear the lure dismisses", "टुरिस्ट भिसामा आउनुस्, त्यहाँ काम गर्न पाइँदैन भन्ने डर नमान्नुस्।", { "travel.touristVisa": true }],
    ["does not read an appeal not to travel on a visit visa for work", "भिजिट भिसामा रोजगारीका लागि यात्रा नगर्न र राहदानी कसैलाई नसुम्पन अनुरोध छ।", { "travel.touristVisa": false }],
    ["does not read the items under 'if an offer with these words comes, stop'", "यी शब्द भएको प्रस्ताव आए रोकिनुहोस्:\n• टुरिस्ट भिसामा आउनुस्\n• पहिले पासपोर्टको फोटो पठाउनुस्", { "travel.touristVisa": false, "requirements.passportCopyRequested": false }],
    ["still reads the items under a header that only invites questions", "तलका कुराहरूमा जिज्ञासा भए सोध्नुहोस्:\n• टुरिस्ट भिसामा आउनुस्\n• पहिले पासपोर्टको फोटो पठाउनुस्", { "travel.touristVisa": true, "requirements.passportCopyRequested": true }],
    ["still reads a passport photo asked for when only other papers are not", "पासपोर्टको फोटो भए पुग्छ अरु कागजात पठाउनु पर्दैन।", { "requirements.passportCopyRequested": true }],
    ["still reads the same items without that header", "• टुरिस्ट भिसामा आउनुस्\n• पहिले पासपोर्टको फोटो पठाउनुस्", { "travel.touristVisa": true, "requirements.passportCopyRequested": true }],
    ["does not read the items under a romanised 'if such offers come, beware'", "Yesto offer aae saavdhan:\n❌ Tourist visa ma aaunus, pachi work permit\n❌ Passport ko photo turuntai pathaunus", { "travel.touristVisa": false, "requirements.passportCopyRequested": false }],
    ["still reads the same romanised items without that header", "❌ Tourist visa ma aaunus, pachi work permit\n❌ Passport ko photo turuntai pathaunus", { "travel.touristVisa": true, "requirements.passportCopyRequested": true }],
    ["still reads an offer set under the romanised header's list, after 'ours has none of that'", "Yesta offer aae bhane saavdhan:\n- advance paisa\n- tourist visa\nHamro ma tyasto chaina! Thailand ma computer ko kaam, tourist visa ma aaunus, ticket free.", { "travel.touristVisa": true, "travel.flightProvided": true }],
    ["still reads a lure that borrows the romanised header and goes on into a sentence", "Yesto offer aae saavdhan! Hamro company ma tourist visa ma aaunus, passport ko photo pathaunus.", { "travel.touristVisa": true, "requirements.passportCopyRequested": true }],
    ["does not read 'no need to send a passport photo' as a request", "Viber मा नाम पठाउनुहोस् (पासपोर्टको फोटो पठाउनु पर्दैन)।", { "requirements.passportCopyRequested": false }],
    ["does not read 'no arrangement to deduct from salary' as a deduction", "किस्ता वा तलबबाट कटौती गर्ने कुनै व्यवस्था छैन।", { "fees.advanceRepaidFromSalary": false }],
    ["still reads a ticket deducted from salary", "टिकटको पैसा तलबबाट कटौती हुन्छ।", { "fees.advanceRepaidFromSalary": true }],
    ["does not read a visa fee the employer pays as a fee", "भिसा शुल्क र टिकट रोजगारदाताले तिर्छ।", { "fees.upfrontFee": false, "travel.visaProvided": true }],
    ["still reads a visa fee the worker pays", "भिसा शुल्क ५० हजार लाग्छ।", { "fees.upfrontFee": true }],
    ["reads an embassy notice: passports and phones taken, forced into fraud work, an emergency number", "राहदानी र मोबाइल खोसिएको, अनलाइन ठगीको काममा जबर्जस्ती लगाइएको घटना बढेका छन्। राजदूतावासको आपतकालीन नम्बरमा सम्पर्क गर्नुहोला।", { "legitimacy.warnsJobSeekers": true }],
    // warnsJobSeekers: two separate cues from trafficking and scam-compound vocabulary, reporting to or
    // checking with the police, a mission, DoFE or a hotline, and warnings aimed at job seekers.
    ["reads an advisory that names trafficking and says to check with the embassy", "मानव बेचबिखनका घटना बढेका छन्। कम्बोडियाको कल सेन्टरको प्रस्तावबारे दूतावाससँग पुष्टि गर्नुहोस्।", { "legitimacy.warnsJobSeekers": true }],
    ["reads a rescue told in a reply and a report to the police", "मेरो साथी पनि यस्तै अफरमा गएका थिए, ६ महिनापछि उद्धार भयो। यस्तो मेसेज आए प्रहरीलाई खबर गर्नुहोस्।", { "legitimacy.warnsJobSeekers": true }],
    ["reads people held in scam centres and a complaint to the police", "म्यानमारका स्क्याम सेन्टरमा बन्धक बनाइएका नेपालीको उद्धार भइरहेको छ। यस्तो प्रस्ताव आए नजिकको प्रहरी कार्यालयमा उजुरी गर्नुहोस्।", { "legitimacy.warnsJobSeekers": true }],
    ["reads a warning notice against unlicensed agents and the DoFE hotline", "सावधानी सूचना: इजाजत नभएका एजेन्टबाट सावधान रहनुहोस्। वैदेशिक रोजगार विभागको हटलाइनमा खबर गर्नुहोस्।", { "legitimacy.warnsJobSeekers": true }],
    ["reads money-takers quoted as cheats and tourist-visa work called illegal", "'कोरिया पठाइदिन्छु' भन्दै पैसा माग्नेहरू ठग हुन्। टुरिस्ट भिसामा कोरिया गएर काम गर्नु गैरकानुनी हो।", { "legitimacy.warnsJobSeekers": true, "travel.touristVisa": false }],
    ["reads 'never go without labour approval' and the police number", "श्रम स्वीकृति बिना विदेश नजानुहोस्। समस्या परे प्रहरी १०० मा फोन गर्नुहोस्।", { "legitimacy.warnsJobSeekers": true }],
    ["reads forced online fraud and the women's commission helpline", "जबरजस्ती अनलाइन ठगी गर्न लगाइएका युवाहरूका परिवारले महिला आयोगको हेल्पलाइन ११४५ मा सम्पर्क गर्नुहोस्।", { "legitimacy.warnsJobSeekers": true }],
    ["reads Nepalis taken on to Myanmar (eyelash ra) and a complaint to the police", "केही नेपालीलाई म्यानमार पुऱ्याइएका घटना भएका छन्। प्रहरीमा उजुरी गर्नुहोस्।", { "legitimacy.warnsJobSeekers": true }],
    ["reads a romanised advisory", "Manab bechbikhan ko ghatana badhdai chha. Yesto offer aaye najikko prahari ma ujuri garnus.", { "legitimacy.warnsJobSeekers": true }],
    ["does not read one borrowed line against brokers as an advisory", "दलालबाट सावधान! हामी सिधै कम्पनी हौं। टुरिस्ट भिसा, फ्री टिकट, टेलिग्राममा सम्पर्क गर्नुहोस्।", { "legitimacy.warnsJobSeekers": false, "travel.touristVisa": true }],
    ["does not read 'beware of fake agents using our name' as an advisory", "हाम्रो नाममा पैसा माग्ने नक्कली एजेन्टबाट सावधान! टुरिस्ट भिसा, फ्री टिकट, टेलिग्राममा सम्पर्क।", { "legitimacy.warnsJobSeekers": false, "travel.touristVisa": true }],
    ["does not read a lure's reassurance that it is no scam centre", "यो काम १००% कानुनी हो, स्क्याम सेन्टर होइन, कुनै ठगी होइन। सुरक्षित छ, कुनै समस्या छैन।", { "legitimacy.warnsJobSeekers": false }],
    ["does not read 'we are no brokers, no illegal agents'", "सावधान! हामी दलाल होइनौं। हामी अवैध एजेन्ट होइनौं, सिधै कम्पनी।", { "legitimacy.warnsJobSeekers": false }],
    ["does not read one mention of trafficking as an advisory", "हामी मानव बेचबिखनको विरोध गर्छौं। तलब $१५००, अनुभव चाहिँदैन, टुरिस्ट भिसा।", { "legitimacy.warnsJobSeekers": false, "travel.touristVisa": true }],
    ["does not count two patterns over one phrase twice", "मानव बेचबिखन पीडित", { "legitimacy.warnsJobSeekers": false }],
    ["does not read 'don't pay brokers, pay the company directly' as a second cue", "दलालबाट सावधान! दलाललाई पैसा नदिनुहोस्, सिधै कम्पनीमा तिर्नुहोस्।", { "legitimacy.warnsJobSeekers": false }],
    ["does not read coaching not to tell the police as reporting to them", "एयरपोर्टमा प्रहरी वा इमिग्रेसनमा जानकारी दिनु पर्दैन, घुम्न जाँदैछु भन्नु।", { "legitimacy.warnsJobSeekers": false, "travel.poseAsTourist": true }],
    ["does not read 'don't believe those who call it a scam' as a warning", "'ठगी हो' भन्नेहरूको कुरा नपत्याउनुहोस्, दलालबाट सावधान!", { "legitimacy.warnsJobSeekers": false }],
    ["does not read a lure denying that tourist-visa work or skipping labour approval is illegal", "टुरिस्ट भिसामा काम गर्नु अवैध हुँदैन, श्रम स्वीकृति बिना जानु गैरकानुनी होइन।", { "legitimacy.warnsJobSeekers": false, "travel.touristVisa": true }],
    ["does not read a romanised 'no need to tell the police' as reporting", "Cambodia call center job, police lai report garnu pardaina, tourist visa ma jane.", { "legitimacy.warnsJobSeekers": false, "travel.touristVisa": true }],
    // Lure probes (review of batch 20): a recruiter dismissing others' warnings, "no need to be fooled"
    // (झुक्किनु पर्दैन, a reassurance, not a prohibition), coaching that one cannot go straight for work,
    // and lures that borrow two advisory lines. Each must keep its marker and not read as an advisory.
    ["still reads a tourist visa when the lure dismisses others' warning as scaremongering", "अरू म्यानपावरले \"टुरिस्ट भिसामा पठाइन्छ\" भन्दै डर देखाउँछन्, विश्वास नगर्नुहोस्, यो सुरक्षित छ। कम्बोडियामा काम, टिकट फ्री।", { "travel.touristVisa": true, "legitimacy.warnsJobSeekers": false }],
    ["still reads a tourist visa quoted as what others scare you with", "कम्बोडियामा काम। \"टुरिस्ट भिसामा पठाइन्छ\" भन्दै अरूले डर देखाउँछन्, विश्वास नगर्नुहोस्।", { "travel.touristVisa": true }],
    ["still reads 'go on a tourist visa, you can't go straight for work from here'", "कम्बोडियामा काम। टुरिस्ट भिसामा जानुहोस्, यहाँबाट सिधै काम गर्न मिल्दैन। टेलिग्राम।", { "travel.touristVisa": true }],
    ["still reads 'go on a tourist visa because from Nepal you can't go straight for work'", "लाओसमा कम्प्युटर अपरेटर चाहियो। टुरिस्ट भिसामा जानुहोस् किनकि नेपालबाट सिधै काम गर्न मिल्दैन।", { "travel.touristVisa": true }],
    ["still reads a permit on arrival when the lure says there is no need to be fooled", "लाओसमा काम। वर्क परमिट त्यहाँ पुगेपछि बनाइन्छ भन्ने कुरामा झुक्किनु पर्दैन, हामी मिलाइदिन्छौं।", { "travel.workPermitAfterArrival": true }],
    ["still reads 'no need to be fooled hearing we send you on a tourist visa'", "दलालहरूबाट सावधान! प्रहरीमा उजुरी गर्नुहोस्। कम्बोडियामा काम। हामी टुरिस्ट भिसामा पठाउँछौं भन्ने सुनेर झुक्किनु पर्दैन। टेलिग्राम।", { "travel.touristVisa": true, "legitimacy.warnsJobSeekers": false }],
    ["does not read 'beware of brokers' and 'report to the police' pasted into a lure as an advisory", "दलालहरूबाट सावधान! प्रहरीमा उजुरी गर्नुहोस्। कम्बोडियामा काम, टुरिस्ट भिसामा जानुपर्छ।", { "travel.touristVisa": true, "legitimacy.warnsJobSeekers": false }],
    ["does not read 'we are against trafficking' as an advisory cue", "दलालहरूबाट सावधान! हामी मानव बेचबिखनको विरुद्धमा छौं। कम्बोडियामा अनलाइन कस्टमर सर्भिस, भिजिट भिसामा उडान।", { "travel.touristVisa": true, "legitimacy.warnsJobSeekers": false }],
    ["does not read 'check us with the department' as an advisory cue", "ठगी गर्ने म्यानपावरलाई प्रहरीमा उजुरी गर्नुहोस्। हाम्रो बारेमा वैदेशिक रोजगार विभागसँग पुष्टि गर्नुहोस्। लाओसमा काम, टुरिस्ट भिसा।", { "travel.touristVisa": true, "legitimacy.warnsJobSeekers": false }],
    ["does not read a warning heading and 'job scams happen, but we are genuine' as an advisory", "सावधानीको सूचना: धेरै जागिर ठगी भइरहेका छन्, तर हामी साँचो हौं। म्यानमारमा डाटा इन्ट्री, भिजिट भिसा।", { "travel.touristVisa": true, "legitimacy.warnsJobSeekers": false }],
    ["does not read a quoted promise the ad says not to be fooled by (नझुक्किनुहोस्)", "\"टुरिस्ट भिसामा पठाइन्छ, पुगेपछि वर्क परमिट बन्छ\" भन्ने कुरामा नझुक्किनुहोस्।", { "travel.touristVisa": false, "travel.workPermitAfterArrival": false }],
    ["does not read a quoted promise one must not be fooled by (झुक्किनु हुँदैन)", "\"भिजिट भिसामा आउनुस्, वर्क परमिट त्यहीँ बन्छ\" भन्ने दलालको कुरामा झुक्किनु हुँदैन।", { "travel.touristVisa": false, "travel.workPermitAfterArrival": false }],
    ["still reads a DoFE notice with labour approval, illegality and the hotline as an advisory", "वैदेशिक रोजगार विभागको अनुरोध: श्रम स्वीकृति बिना विदेश नजानुहोस्, यो गैरकानुनी हो। दलालहरूबाट सावधान रहनुहोस्। हटलाइन: ११४५", { "legitimacy.warnsJobSeekers": true }],
    ["still reads a trafficking campaign and a complaint to the police as an advisory", "मानव बेचबिखन विरुद्धको राष्ट्रिय अभियान: शंका लागे प्रहरीमा उजुरी गर्नुहोस्।", { "legitimacy.warnsJobSeekers": true }],
    // Batch 21: notices and checklists that quote the lures' words to warn against them. "Saying 'X' is a
    // danger sign" (भन्नु खतराको संकेत हो), "those who say 'X' are brokers" (भन्ने व्यक्ति दलाल हुन्), "if they
    // say X, think / suspect" (भन्छ भने सोच्नुहोस्), "beware the risk of going on a visit visa" (जाने
    // जोखिमबारे सावधान) and "don't send your passport photo to strangers". Each must-not-fire case sits beside
    // a lure that keeps its marker.
    ["does not read a quoted visit-visa promise called a danger sign", "'भिजिट भिसामा आउनुस्, पुगेपछि वर्क परमिट बन्छ' भन्नु खतराको संकेत हो।", { "travel.touristVisa": false, "travel.workPermitAfterArrival": false }],
    ["still reads a visit visa and a permit on arrival offered outright", "भिजिट भिसामा आउनुस्, पुगेपछि वर्क परमिट बन्छ, खतराको कुनै संकेत छैन।", { "travel.touristVisa": true, "travel.workPermitAfterArrival": true }],
    ["does not read a quoted tourist-visa promise whose speakers are called brokers", "'टुरिस्ट भिसामा जानुहोस्' भन्ने व्यक्ति दलाल हुन्।", { "travel.touristVisa": false }],
    ["still reads a tourist visa when the lure dismisses those who call it brokers", "टुरिस्ट भिसामा आउनुहोस्, 'दलाल हुन्' भन्नेहरूको कुरा नपत्याउनुहोस्।", { "travel.touristVisa": true }],
    ["does not read papers on arrival quoted under 'if they say so, suspect'", "'पुगेपछि कागज बन्छ' भन्छ भने शंका गर्नुहोस्।", { "travel.workPermitAfterArrival": false }],
    ["still reads papers on arrival offered with 'do not be afraid if others say'", "पुगेपछि कागज बन्छ, अरूले जे भन्छन् भने पनि नडराउनुहोस्।", { "travel.workPermitAfterArrival": true }],
    ["does not read immigration coaching quoted as what brokers say", "'इमिग्रेसनमा घुम्न आएको भन्नू' भन्ने व्यक्ति दलाल हुन्; उनीहरूको कुरा नपत्याउनुहोस्।", { "travel.poseAsTourist": false }],
    ["still reads immigration coaching that waves off talk of brokers", "इमिग्रेसनमा घुम्न जाँदैछु भन्नु, 'दलाल हो' भन्नेको कुरा नसुन्नु।", { "travel.poseAsTourist": true }],
    ["does not read a salary deduction and a penalty quoted under 'if they say so, think'", "'पछि तलबबाट काटिन्छ' वा 'छोडे जरिवाना' भन्छ भने सोच्नुहोस्।", { "fees.advanceRepaidFromSalary": false, "fees.penaltyForLeaving": false }],
    ["still reads a deduction and a penalty when the lure says 'even if they say so, don't worry'", "'तलबबाट काटिन्छ' भन्छ भने पनि चिन्ता नगर्नुहोस्, बीचमा छोडे जरिवाना।", { "fees.advanceRepaidFromSalary": true, "fees.penaltyForLeaving": true }],
    ["does not read a quoted advance fee called a sign of fraud", "'सेवा शुल्क रु ५०,००० अग्रिम' भन्नु ठगीको संकेत हो।", { "fees.upfrontFee": false }],
    ["still reads an advance fee when the lure says not to believe 'it is a scam'", "सेवा शुल्क रु ५०,००० अग्रिम तिर्नुपर्छ, 'ठगी हो' भन्छ भने विश्वास नगर्नुहोस्।", { "fees.upfrontFee": true }],
    ["does not read no-experience work at lakhs under 'if they say so, suspect'", "अनुभव नचाहिने टाइपिङ कामलाई लाख रुपैयाँभन्दा बढी भन्छ भने शंका गर्नुहोस्।", { "requirements.noExperience": false }],
    ["still reads no experience when the lure says to beware of those calling it a scam", "अनुभव नचाहिने काम ठगी हो भन्छ भने सावधान रहनुहोस्।", { "requirements.noExperience": true }],
    ["does not read a warning about passport photos sent to strangers", "पासपोर्टको फोटो अपरिचितलाई पठाउनुअघि विभागको वेबसाइटमा जाँच्नुहोस्।", { "requirements.passportCopyRequested": false }],
    ["does not read 'send your passport copy to no one'", "पासपोर्टको कपी कसैलाई पनि नपठाउनुहोस्।", { "requirements.passportCopyRequested": false }],
    ["still reads a passport copy sent to us and to no one else", "पासपोर्टको कपी हामीलाई भाइबरमा पठाउनुहोस्, अरू कसैलाई नपठाउनुहोस्।", { "requirements.passportCopyRequested": true }],
    ["still reads 'not to unknown numbers, only to this number'", "पासपोर्टको फोटो अपरिचित नम्बरमा नपठाउनुहोस्, यो नम्बरमा मात्र पठाउनुहोस्।", { "requirements.passportCopyRequested": true }],
    ["still reads 'send nothing but the passport copy'", "पासपोर्टको कपी बाहेक केही नपठाउनुहोस्।", { "requirements.passportCopyRequested": true }],
    ["does not read a notice headline on the risk of going by visit visa", "सार्वजनिक सूचना: भिजिट भिसा र भारत हुँदै तेस्रो मुलुक जाने जोखिमबारे सावधान", { "travel.touristVisa": false }],
    ["does not read 'be aware of the risk of going abroad on a visit visa'", "भिजिट भिसामा विदेश जाने जोखिमबारे सचेत रहनुहोस्।", { "travel.touristVisa": false }],
    ["still reads a visit visa beside a borrowed 'beware the risk of fake agents'", "भिजिट भिसामा आउनुहोस् नक्कली एजेन्टको खतराबाट सावधान!", { "travel.touristVisa": true }],
    ["reads Nepalis trapped at the border and a check on the department website as an advisory", "सीमावर्ती क्षेत्रमा फसेका नेपालीका परिवारबाट गुनासो आएका छन्। इजाजतपत्र विभागको वेबसाइटमा जाँच्नुहोस्।", { "legitimacy.warnsJobSeekers": true }],
    ["reads 'saying X is a danger sign' and a hotline as an advisory", "'टुरिस्ट भिसामा जाऊ' भन्नु खतराको संकेत हो। हेल्पलाइन: ११४५", { "legitimacy.warnsJobSeekers": true, "travel.touristVisa": false }],
    ["does not read 'not a danger sign' and 'check our licence' as an advisory", "टुरिस्ट भिसा खतराको संकेत होइन, हाम्रो लाइसेन्स विभागको वेबसाइटमा जाँच्नुहोस्।", { "legitimacy.warnsJobSeekers": false, "travel.touristVisa": true }],
    ["does not read 'trapped Nepalis' called a lie as an advisory cue", "कम्बोडियामा काम, टुरिस्ट भिसा। फसेका नेपाली भन्ने कुरा झुटो हो, दलालबाट सावधान!", { "legitimacy.warnsJobSeekers": false, "travel.touristVisa": true }],
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
    ["reads typing work written टाइपिङको काम", "", "अनलाइन टाइपिङको काम, घरबाटै।", "typing"],
    ["reads 'work chatting' as chat support", "", "च्याट गर्ने काम, तलब राम्रो।", "chat-support"],
    ["reads game testing", "", "गेम टेस्टिङको काम, लाओस।", "game-tester"],
    ["reads translation work", "", "चिनियाँ भाषा अनुवाद गर्ने काम।", "translator"],
    ["reads an office job spelled अफिसको काम", "", "अफिसको काम, कम्प्युटरमा।", "admin"],
    ["reads work in the IT sector", "", "सूचना प्रविधि क्षेत्रमा काम, आकर्षक तलब।", "it-support"],
    ["reads a customer representative", "कस्टमर रिप्रेजेन्टेटिभ – बैंकक", "", "customer-service"],
  ])("%s", (_name, title, description, family) => {
    expect(extractRole(contextFrom({ title: title || undefined, description })).family).toBe(family);
  });

  // Rule lines of the nep: blocks, read through the screener with the language given.
  const screener = createScreener();
  it.each<[string, string, string, boolean]>([
    ["reads a passport kept 'for safety' at the company", "passport-held-by-employer", "पासपोर्ट सुरक्षाका लागि कम्पनीमै राखिन्छ।", true],
    ["does not read a passport the worker keeps", "passport-held-by-employer", "राहदानी कामदार आफैंसँग रहन्छ, कम्पनीले राख्दैन।", false],
    ["reads four hours a day for lakhs a month", "light-work-high-pay", "दैनिक ४ घण्टा काम, महिनाको ३ लाखसम्म।", true],
    ["does not read hourly online tutoring paid in dollars", "light-work-high-pay", "दैनिक ४ घण्टा अनलाइन ट्युसन, प्रति घण्टा १० डलर।", false],
    ["reads 'more information on WhatsApp'", "message-for-details", "थप जानकारी ह्वाट्सएपमा।", true],
    ["does not read 'questions may also be asked on WhatsApp'", "message-for-details", "थप जानकारी ह्वाट्सएपमा सोध्न सकिन्छ।", false],
    ["reads an advisory through the warns-job-seekers rule", "warns-job-seekers", "'छिटो पठाइदिन्छु' भन्दै पैसा माग्नेहरू ठग हुन्। यस्तो भए नजिकको प्रहरी वा वैदेशिक रोजगार विभागमा उजुरी गर्नुहोस्।", true],
    ["does not read a lure's borrowed warning through the warns-job-seekers rule", "warns-job-seekers", "दलालबाट सावधान! कम्बोडियामा कल सेन्टर, टुरिस्ट भिसा, फ्री टिकट।", false],
    ["still reads 'we arrange the airport' as skipping the emigration checks", "bypasses-official-emigration-channel", "दुबईमा होटल जागिर, भिजिट भिसा, एयरपोर्टमा सेटिङ मिलाइदिन्छौं।", true],
    ["still reads sending without labour approval when the lure calls 'illegal' mere hearsay", "bypasses-official-emigration-channel", "श्रम स्वीकृति बिना दुबई हुँदै कम्बोडिया पठाउँछौं, कसैले अवैध भन्छ भने वास्ता नगर्नुहोस्।", true],
    ["still reads sending without labour approval when others 'say it is illegal'", "bypasses-official-emigration-channel", "श्रम स्वीकृति बिना पठाइन्छ, कसैले गैरकानुनी हो भन्छन् भने पनि डराउनु पर्दैन।", true],
    ["still reads an airport setting quoted as the package's guarantee", "bypasses-official-emigration-channel", "हाम्रो प्याकेजमा \"एयरपोर्टमा सेटिङ मिलाइएको\" भन्ने ग्यारेन्टी छ। भिजिट भिसामा दुबई।", true],
    ["does not read an airport setting quoted as a broker's promise not to believe", "bypasses-official-emigration-channel", "\"एयरपोर्टमा सेटिङ मिलाइएको छ\" भन्ने दलालको कुरामा विश्वास नगर्नुहोस्।", false],
  ])("%s", (_name, rule, description, fires) => {
    expect(screener.screen({ description, language: "nep" }).signals.some((signal) => signal.id === rule)).toBe(fires);
  });

  // A Nepali checklist whose wording the language detector reads as Hindi (batch 21): the lexicon's cues and
  // patterns run whatever the detected language, so the quoted lures stay negated and a lure stays read.
  it.each<[string, string, string, boolean]>([
    ["does not read a quoted tourist visa called a danger sign", "tourist-visa-for-work", "३. कुन भिसा? काम गर्न वर्क भिसा चाहिन्छ। 'टुरिस्ट भिसामा जाऊ, पुगेपछि कागज बन्छ' भन्नु खतराको संकेत हो।", false],
    ["does not read a quoted permit on arrival called a danger sign", "work-permit-after-arrival", "३. कुन भिसा? काम गर्न वर्क भिसा चाहिन्छ। 'टुरिस्ट भिसामा जाऊ, पुगेपछि कागज बन्छ' भन्नु खतराको संकेत हो।", false],
    ["still reads a tourist visa offered outright", "tourist-visa-for-work", "कम्बोडियामा अफिस काम। टुरिस्ट भिसामा जाऊ, पुगेपछि कागज बन्छ।", true],
    ["still reads a permit on arrival offered outright", "work-permit-after-arrival", "कम्बोडियामा अफिस काम। टुरिस्ट भिसामा जाऊ, पुगेपछि कागज बन्छ।", true],
    ["does not read a passport photo not to be sent to strangers", "passport-copy-requested-upfront", "पासपोर्टको फोटो अपरिचितलाई पठाउनुअघि इजाजतपत्र प्राप्त म्यानपावर हो कि होइन विभागको वेबसाइटमा जाँच्नुहोस्।", false],
    ["still reads a passport photo asked for on Viber", "passport-copy-requested-upfront", "पासपोर्टको फोटो भाइबरमा पठाउनुहोस्, टिकट हामी काटिदिन्छौं।", true],
  ])("read as Hindi: %s", (_name, rule, description, fires) => {
    expect(screener.screen({ description, language: "hin" }).signals.some((signal) => signal.id === rule)).toBe(fires);
  });
});

// A header that opens an advisory's list of warning signs (sectionBefore) negates the travel and fee
// markers of every item under it, up to a blank line; a lure's own "requirements" or "benefits" list
// is still read, and so is a header line that goes on into a sentence.
describe("Nepali lexicon (nep), with a warning-list header", () => {
  it.each<[string, "travel" | "fees", string, string[]]>([
    ["does not read a tourist visa under 'signs of a fake job'", "travel", "नक्कली रोजगारीका लक्षण:\n• टुरिस्ट भिसामा आउनुस्", []],
    ["does not read a fee under 'danger signs'", "fees", "खतराका संकेत\n• सेवा शुल्क रु ५०,००० अग्रिम तिर्नुपर्छ", []],
    ["does not read a tourist visa under 'if it is like this, do not go'", "travel", "यस्तो भएमा नजानुहोस्:\n• टुरिस्ट भिसामा आउनुस्", []],
    ["still reads a tourist visa under 'qualifications'", "travel", "योग्यता:\n• टुरिस्ट भिसामा आउनुस्", ["touristVisa"]],
    ["still reads a fee under 'facilities'", "fees", "सुविधा:\n• सेवा शुल्क रु ५०,००० अग्रिम तिर्नुपर्छ", ["upfrontFee"]],
    ["still reads a tourist visa after a header line that goes on into a sentence", "travel", "ठगीका संकेत धेरै हुन्छन् तर हाम्रो कम्पनी सरकारबाट इजाजत प्राप्त छ।\nटुरिस्ट भिसामा आउनुस्", ["touristVisa"]],
    ["reads a fee again after the blank line that closes the list", "fees", "ठगीका संकेत:\n• शुल्क माग्ने\n\nसेवा शुल्क रु ५०,००० अग्रिम तिर्नुपर्छ", ["upfrontFee"]],
  ])("%s", (_name, family, description, expected) => {
    expect(familyFlags(family, description)).toEqual(expected);
  });
});

// Batch 22: an embassy notice that quotes the lures' words to warn against them, and an obfuscated lure
// (dotted Devanagari: भि.सा, त.ल.ब, ह.र्जा.ना, too short for the normaliser to join).
describe("Nepali lexicon (nep), batch 22", () => {
  beforeAll(() => {
    flagValues("");
    createScreener().screen({ description: "तयारी", language: "nep" });
  }, 60_000);

  it.each<[string, string, Record<string, boolean>]>([
    ["does not read a tourist visa in 'do not travel for work on a tourist visa'", "टुरिस्ट/भिजिट भिसामा रोजगारीका लागि यात्रा नगर्नुहोस्।", { "travel.touristVisa": false }],
    ["still reads a tourist visa in 'travel for work on a tourist visa'", "टुरिस्ट भिसामा रोजगारीका लागि यात्रा गर्नुहोस्, पुगेपछि वर्क भिसा बनाइन्छ।", { "travel.touristVisa": true }],
    ["does not read a tourist visa in a victim narrative ('trusting such ads, came on a tourist visa')", "यस्ता विज्ञापनमा विश्वास गरी टुरिस्ट भिसामा आएका नेपालीलाई बन्धक बनाइएको छ।", { "travel.touristVisa": false }],
    ["still reads a tourist visa in 'trust us and come on a tourist visa'", "हाम्रो कुरामा विश्वास गरेर टुरिस्ट भिसामा आउनुहोस्।", { "travel.touristVisa": true }],
    ["does not read free room and meals quoted as 'such ads are seen'", "'टिकट फ्री, कोठा फ्री' जस्ता विज्ञापन देखिएका छन्।", { "travel.accommodationProvided": false, "travel.flightProvided": false }],
    ["still reads free ticket and room offered outright", "टिकट फ्री, कोठा फ्री। यस्ता सुविधा अरू कतै छैन।", { "travel.accommodationProvided": true, "travel.flightProvided": true }],
    ["reads a dotted 'visa: sightseeing at first, the company makes it later'", "भि.सा: सुरुमा घुम्ने, पछि कम्पनीले बनाउने।", { "travel.touristVisa": true, "travel.workPermitAfterArrival": true }],
    ["does not read a work visa made by the company from the start", "भिसा: सुरुमै वर्क भिसा, कम्पनीले बनाउने।", { "travel.touristVisa": false, "travel.workPermitAfterArrival": false }],
    ["reads a ticket advanced and recovered from dotted pay", "टिकट कम्पनीले अघि तिर्छ, पछि त.ल.ब.बाट मिलाउने।", { "fees.advanceRepaidFromSalary": true }],
    ["does not read a ticket the company pays outright", "टिकट कम्पनीले तिर्छ, तलबबाट केही लिइँदैन।", { "fees.advanceRepaidFromSalary": false }],
    ["reads a dotted penalty and a dollar sum for leaving half-way", "बीचमा छोडे $२००० ह.र्जा.ना", { "fees.penaltyForLeaving": true }],
    ["does not read 'no penalty for leaving half-way'", "बीचमा छोडे पनि हर्जाना लाग्दैन।", { "fees.penaltyForLeaving": false }],
    ["reads 'no experience, we teach'", "अनुभव नभए पनि सिकाइन्छ।", { "requirements.noExperience": true }],
    ["does not read 'two years of experience needed'", "कम्तीमा २ वर्ष अनुभव चाहिन्छ, तालिम दिइँदैन।", { "requirements.noExperience": false }],
    ["reads 'those who can type on a computer get more pay' as computer basics only", "कम्प्युटर टाइपिङ आउनेलाई बढी तलब र अफिस काममा सार्ने मौका।", { "requirements.computerBasicsOnly": true }],
    ["does not read computer typing required beside a degree", "कम्प्युटर टाइपिङ अनिवार्य, स्नातक उत्तीर्ण।", { "requirements.computerBasicsOnly": false }],
    ["reads 'food and lodging' as meals too", "🏠 खाना बस्ने 🆓", { "travel.foodProvided": true, "travel.accommodationProvided": true }],
    ["does not read food and lodging at one's own cost as meals", "खाना बस्ने आफ्नै खर्चमा।", { "travel.foodProvided": false }],
  ])("%s", (_name, description, expected) => {
    const actual = flagValues(description);
    for (const [flag, value] of Object.entries(expected)) expect(actual[flag], flag).toBe(value);
  });

  // An advisory's numbered requests to citizens are a list of warnings: every item under the header is negated.
  it.each<[string, "travel" | "fees" | "requirements", string, string[]]>([
    ["does not read a visit visa under 'all Nepali citizens are requested'", "travel", "त्यसैले सम्पूर्ण नेपाली नागरिकलाई अनुरोध छ:\n१. भिजिट भिसामा आउनुस्", []],
    ["does not read a passport photo under 'citizens are requested'", "requirements", "त्यसैले सम्पूर्ण नेपाली नागरिकलाई अनुरोध छ:\n१. सावधानी अपनाउनुहोस्।\n२. पासपोर्टको फोटो तुरुन्त माग्ने प्रस्ताव", []],
    ["does not read a fee under 'citizens are urged'", "fees", "नागरिकहरूलाई आग्रह गरिन्छ:\n• सेवा शुल्क रु ५०,००० अग्रिम तिर्नुपर्छ", []],
    ["still reads a visit visa under 'all brothers are requested'", "travel", "सम्पूर्ण दाजुभाइलाई अनुरोध छ:\n१. भिजिट भिसामा आउनुस्", ["touristVisa"]],
    ["still reads a passport photo under 'applicants are requested'", "requirements", "सबै आवेदकलाई अनुरोध छ:\n१. पासपोर्टको फोटो तुरुन्त पठाउनुहोस्", ["passportCopyRequested"]],
    ["reads a visit visa again after the blank line that closes the list", "travel", "सम्पूर्ण नेपाली नागरिकलाई अनुरोध छ:\n१. सतर्क रहनुहोस्।\n\nभिजिट भिसामा आउनुस्", ["touristVisa"]],
  ])("%s", (_name, family, description, expected) => {
    expect(familyFlags(family, description)).toEqual(expected);
  });

  const screener = createScreener();
  it.each<[string, string, string, boolean]>([
    ["does not read a passport photo under the citizens' header", "passport-copy-requested-upfront", "त्यसैले सम्पूर्ण नेपाली नागरिकलाई अनुरोध छ:\n१. अन्तर्वार्ता बिनै 'छानिनुभयो' भन्ने, पासपोर्टको फोटो तुरुन्त माग्ने प्रस्तावबाट सावधान रहनुहोस्।", false],
    ["still reads a passport photo asked for under a lure's own request", "passport-copy-requested-upfront", "सबै दाजुभाइलाई अनुरोध छ:\n१. पासपोर्टको फोटो तुरुन्त पठाउनुहोस्, अन्तर्वार्ता बिनै छनोट।", true],
    ["reads the obfuscated carpenters' lure's debt", "travel-cost-repaid-from-salary", "✈️🎫 क.म्प.नी.ले अघि तिर्छ, पछि त.ल.ब.बाट मिलाउने", true],
    ["reads the obfuscated carpenters' lure's penalty", "penalty-for-leaving", "⚠️ बीचमा छोडे $२००० ह.र्जा.ना", true],
  ])("%s", (_name, rule, description, fires) => {
    expect(screener.screen({ description, language: "nep" }).signals.some((signal) => signal.id === rule)).toBe(fires);
  });
});

// Batch 24: notices that quote a lure ad whole, to warn against it. An intro line ending "such ads have
// spread:" over the quoted ad, "सावधान! '…'" (beware, then a quotation), "on Facebook '…'" opening an inline
// quotation, and "trusting such offers, [victims] went …" narrating what befell them. Each beside a lure's own wording.
describe("Nepali lexicon (nep), batch 24", () => {
  beforeAll(() => {
    flagValues("");
    createScreener().screen({ description: "तयारी", language: "nep" });
  }, 60_000);

  it.each<[string, "travel" | "fees" | "requirements", string, string[]]>([
    ["does not read a quoted ad under 'such ads have spread:'", "travel", "पछिल्लो समय फेसबुकमा यस्ता विज्ञापन फैलिएका छन्:\n❝टिकट फ्री, भिजिट भिसामा जाने❞", []],
    ["does not read 'no experience' in a quoted ad under 'such ads have spread:'", "requirements", "पछिल्लो समय फेसबुकमा यस्ता विज्ञापन फैलिएका छन्:\n❝कम्प्युटर अपरेटर, अनुभव नचाहिने❞", []],
    ["does not read a fee in a quoted ad under 'such ads have spread:'", "fees", "पछिल्लो समय यस्ता विज्ञापन फैलिएका छन्:\n❝सेवा शुल्क रु ५०,००० अग्रिम तिर्नुपर्छ❞", []],
    ["still reads a ticket and a visit visa under 'our company has such facilities:'", "travel", "हाम्रो कम्पनीका यस्ता सुविधा छन्:\n❝टिकट फ्री, भिजिट भिसामा जाने❞", ["flightProvided", "touristVisa"]],
    ["still reads 'no experience' under 'our facilities:'", "requirements", "हाम्रा सुविधा:\n❝कम्प्युटर अपरेटर, अनुभव नचाहिने❞", ["noExperience"]],
    ["still reads a fee under 'our terms are:'", "fees", "हाम्रा सर्तहरू छन्:\n❝सेवा शुल्क रु ५०,००० अग्रिम तिर्नुपर्छ❞", ["upfrontFee"]],
    ["still reads the offer after 'such ads have spread.' ends its sentence", "travel", "यस्ता विज्ञापन फैलिएका छन्। टिकट फ्री, भिजिट भिसामा जाने।", ["flightProvided", "touristVisa"]],
    ["reads the offer again after the blank line that closes the quotation", "travel", "पछिल्लो समय यस्ता विज्ञापन फैलिएका छन्:\n❝टिकट फ्री❞\n\nटिकट फ्री, भिजिट भिसामा आउनुस्।", ["flightProvided", "touristVisa"]],
    ["does not read items under 'on seeing these signs, be alert at once:'", "travel", "यी संकेत देखे तुरुन्त सचेत हुनुहोस्:\n• काम गर्न भिजिट भिसामा आउनुस्\n• टिकट फ्री भन्ने", []],
    ["still reads items under 'apply with care:'", "travel", "सचेत भएर आवेदन दिनुहोस्:\n• भिजिट भिसामा आउनुस्\n• टिकट फ्री", ["flightProvided", "touristVisa"]],
    ["does not read an ad quoted inline after 'on Facebook'", "travel", "फेसबुकमा 'टिकट फ्री, खाना बस्ने फ्री, अनुभव नचाहिने' जस्ता विज्ञापन देखिएका छन्।", []],
    ["does not read 'no experience' quoted inline after 'on Facebook'", "requirements", "फेसबुकमा 'टिकट फ्री, खाना बस्ने फ्री, अनुभव नचाहिने' जस्ता विज्ञापन देखिएका छन्।", []],
    ["still reads an offer quoted on 'our Facebook page'", "travel", "हाम्रो फेसबुक पेजमा 'टिकट फ्री, खाना बस्ने फ्री' अफर हेर्नुहोस्।", ["accommodationProvided", "flightProvided", "foodProvided"]],
    ["still reads the offer after 'search for our page on Facebook.'", "travel", "फेसबुकमा 'Nepal Jobs' पेज खोज्नुहोस्। टिकट फ्री, भिजिट भिसामा आउनुस्।", ["flightProvided", "touristVisa"]],
    ["still reads 'no experience' after 'search for our page on TikTok.'", "requirements", "टिकटकमा 'Nepal Jobs' पेज खोज्नुहोस्। अनुभव नचाहिने।", ["noExperience"]],
    ["does not read a visit visa and ticket quoted after 'Beware!'", "travel", "सावधान! 'भिजिट भिसामा थाइल्याण्ड, टिकट फ्री' भन्ने विज्ञापनमा नफस्नुहोस्", []],
    ["still reads the offer after 'Beware! Seats are limited.'", "travel", "सावधान! सिट सीमित छ। भिजिट भिसामा आउनुस्, टिकट फ्री।", ["flightProvided", "touristVisa"]],
    ["still reads the offer after 'Beware of fake agents,'", "travel", "सावधान! नक्कली एजेन्टबाट बच्नुहोस्, टिकट फ्री, भिजिट भिसामा आउनुस्।", ["flightProvided", "touristVisa"]],
    ["does not read a ticket in 'trusting such ads, the youths who went … were told ticket free'", "travel", "यस्ता विज्ञापनमा विश्वास गरी घुम्न भनेर गएका धेरै युवालाई टिकट फ्री भनिएको थियो।", []],
    ["still reads 'rather than trusting such ads, come to us, ticket free'", "travel", "यस्ता विज्ञापनमा विश्वास गरेर ठगिनुभन्दा हामीसँग आउनुहोस्, टिकट फ्री, भिजिट भिसामा।", ["flightProvided", "touristVisa"]],
  ])("%s", (_name, family, description, expected) => {
    expect(familyFlags(family, description)).toEqual(expected);
  });

  const screener = createScreener();
  const quotedAd = "कम्बोडियामा कम्प्युटर अपरेटर — तलब रु. १ लाखदेखि २ लाख, अनुभव नचाहिने, टिकट फ्री, भिजिट भिसामा जाने, श्रम स्वीकृति चाहिँदैन";
  it.each<[string, string, string, boolean]>([
    ["does not read a tourist visa in an ad quoted under 'such ads have spread:'", "tourist-visa-for-work", `पछिल्लो समय फेसबुकमा यस्ता विज्ञापन फैलिएका छन्:\n❝${quotedAd}❞`, false],
    ["does not read 'no labour approval needed' in the quoted ad", "bypasses-official-emigration-channel", `पछिल्लो समय फेसबुकमा यस्ता विज्ञापन फैलिएका छन्:\n❝${quotedAd}❞`, false],
    ["does not read the quoted ad's pay as inflated", "inflated-pay-for-unskilled-work", `पछिल्लो समय फेसबुकमा यस्ता विज्ञापन फैलिएका छन्:\n❝${quotedAd}❞`, false],
    ["still reads a tourist visa in the lure itself", "tourist-visa-for-work", quotedAd, true],
    ["still reads 'no labour approval needed' in the lure itself", "bypasses-official-emigration-channel", quotedAd, true],
    ["still reads the lure's own pay as inflated", "inflated-pay-for-unskilled-work", quotedAd, true],
  ])("%s", (_name, rule, description, fires) => {
    expect(screener.screen({ description, language: "nep" }).signals.some((signal) => signal.id === rule)).toBe(fires);
  });
});

// Batch 27: a department's public notice and a police/NGO warning that quote the lures' words. Headers
// that open a list of what recruiters say ("such ads usually hold these sentences:", "brokers say this:",
// "how were they trapped?", "what happened after they arrived?", "if these signs are seen"), an intro that
// quotes an ad seen "recently on social media", the quote frame "'…' भनेर फकाउँछन्" and "on a visit
// visa … do not work". Each beside a lure's own wording, which is still read.
describe("Nepali lexicon (nep), batch 27", () => {
  beforeAll(() => {
    flagValues("");
    createScreener().screen({ description: "तयारी", language: "nep" });
  }, 60_000);

  it.each<[string, "travel" | "fees" | "requirements", string, string[]]>([
    ["does not read quoted lines under 'such ads usually hold these sentences:'", "travel", "यस्ता विज्ञापनमा प्रायः निम्न वाक्य भेटिन्छन्:\n• \"भिजिट भिसामा जानुस्, श्रम स्वीकृति पछि मिलाइन्छ\"\n• \"परिवारलाई अहिले नभन्नु\"", []],
    ["still reads the same lines under 'our ad has these facilities:'", "travel", "हाम्रो विज्ञापनमा निम्न सुविधा छन्:\n• भिजिट भिसामा जानुस्, श्रम स्वीकृति पछि मिलाइन्छ\n• परिवारलाई अहिले नभन्नु", ["hideFromFamily", "touristVisa", "workPermitAfterArrival"]],
    ["does not read 'passport only, no experience' under 'such ads usually hold these sentences:'", "requirements", "यस्ता विज्ञापनमा प्रायः निम्न वाक्य भेटिन्छन्:\n• \"पासपोर्ट मात्र चाहिन्छ, अनुभव चाहिँदैन\"", []],
    ["still reads 'passport only, no experience' under 'qualifications:'", "requirements", "योग्यता:\n• पासपोर्ट मात्र चाहिन्छ, अनुभव चाहिँदैन", ["noExperience", "noSkills", "passportRequired"]],
    ["does not read a ticket and a pose-as-tourist line under 'brokers say this:'", "travel", "दलालले यसो भन्छन्:\n• टिकट र होटल फ्री\n• एयरपोर्टमा घुम्न जान लागेको भन्नु", []],
    ["still reads a ticket and a pose-as-tourist line under 'we say this:'", "travel", "हामी यसो भन्छौं:\n• टिकट र होटल फ्री\n• एयरपोर्टमा घुम्न जान लागेको भन्नु", ["flightProvided", "poseAsTourist"]],
    ["does not read quoted lures under 'how were they trapped?'", "travel", "उनीहरूलाई कसरी फसाइयो?\n🔸 \"भिजिट भिसामा आऊ, श्रम स्वीकृति पछि मिलाइन्छ\" भनेर\n🔸 \"एयरपोर्टमा घुम्न जान लागेको भन्नु\", \"परिवारलाई अहिले नभन्नु\" भनेर सिकाएर", []],
    ["still reads the same lines under 'how to apply?'", "travel", "कसरी आवेदन दिने?\n🔸 भिजिट भिसामा आऊ, श्रम स्वीकृति पछि मिलाइन्छ\n🔸 एयरपोर्टमा घुम्न जान लागेको भन्नु, परिवारलाई अहिले नभन्नु", ["hideFromFamily", "poseAsTourist", "touristVisa", "workPermitAfterArrival"]],
    ["does not read a fine under 'what happened after they arrived?'", "fees", "पुगेपछि के भयो?\nलक्ष्य नपुगे जरिवाना, छुट्न हजारौं डलर माग गरियो।", []],
    ["still reads a fine under 'what happens after arriving?'", "fees", "पुगेपछि के हुन्छ?\nलक्ष्य नपुगे जरिवाना।", ["penaltyForLeaving"]],
    ["does not read a tourist visa under 'if these signs are seen:'", "travel", "यी संकेत देखिएमा:\n• टुरिस्ट भिसामा आउनुस्", []],
    ["still reads a tourist visa under 'these facilities are given:'", "travel", "यी सुविधा पाइन्छ:\n• टुरिस्ट भिसामा आउनुस्", ["touristVisa"]],
    ["does not read a ticket under 'if they say such things, beware:'", "travel", "यस्ता कुरा भनेमा सावधान:\n• टिकट फ्री", []],
    ["does not read an ad quoted 'recently in TikTok and WhatsApp groups'", "travel", "पछिल्लो समय टिकटक र ह्वाट्सएप समूहहरूमा दुबईमा \"टिकट फ्री, भिजिट भिसामा आउनुस्\" जस्ता प्रस्ताव आएका छन्।", []],
    ["still reads an offer quoted 'recently on our TikTok page'", "travel", "पछिल्लो समय हाम्रो टिकटक पेजमा \"टिकट फ्री, भिजिट भिसामा आउनुस्\" अफर छ।", ["flightProvided", "touristVisa"]],
    ["still reads an offer after 'the job everyone on Facebook seeks these days!'", "travel", "आजकल फेसबुकमा सबैले खोजेको जागिर! टिकट फ्री, भिजिट भिसामा आउनुस्।", ["flightProvided", "touristVisa"]],
  ])("%s", (_name, family, description, expected) => {
    expect(familyFlags(family, description)).toEqual(expected);
  });

  it.each<[string, string, Record<string, boolean>]>([
    ["does not read a visit visa in \"'…' भनेर फकाउँछन्\" (said to lure)", "\"भिजिट भिसामा आऊ\" भनेर फकाउँछन्।", { "travel.touristVisa": false }],
    ["still reads a visit visa offered outright", "भिजिट भिसामा आऊ, हामी सबै मिलाउँछौं।", { "travel.touristVisa": true }],
    ["does not read a free ticket in \"'…' भन्दै युवालाई फसाउँछन्\"", "\"टिकट फ्री\" भन्दै युवालाई फसाउँछन्।", { "travel.flightProvided": false }],
    ["still reads a free ticket beside 'tell the young ones'", "टिकट फ्री, युवालाई भन्नुस्।", { "travel.flightProvided": true }],
    ["does not read a visit visa in 'do not go abroad on a visit visa and work'", "भिजिट भिसामा विदेश गएर काम नगर्नुहोस्।", { "travel.touristVisa": false }],
    ["still reads a visit visa in 'go abroad on a visit visa and work'", "भिजिट भिसामा विदेश गएर काम गर्नुहोस्, पछि भिसा मिलाइन्छ।", { "travel.touristVisa": true }],
    ["does not read 'beating and fines' in a victim's account as a penalty for leaving", "लक्ष्य नपुगे कुटपिट र जरिवाना गरिन्थ्यो।", { "fees.penaltyForLeaving": false }],
    ["still reads a fine for missing the target", "लक्ष्य नपुगे जरिवाना लाग्छ।", { "fees.penaltyForLeaving": true }],
  ])("%s", (_name, description, expected) => {
    const actual = flagValues(description);
    for (const [flag, value] of Object.entries(expected)) expect(actual[flag], flag).toBe(value);
  });

  const screener = createScreener();
  const intro = "पछिल्लो समय सामाजिक सञ्जाल र ह्वाट्सएप समूहहरूमा कम्बोडियामा \"कल सेन्टर\" जस्ता काम गरे मासिक रु. २ लाखसम्म तलब पाइने भन्दै युवाहरूलाई प्रलोभनमा पारिएको छ।";
  const trapped = "उनीहरूलाई कसरी फसाइयो?\n🔸 \"एयरपोर्टमा घुम्न जान लागेको भन्नु\", \"परिवारलाई अहिले नभन्नु\" भनेर सिकाएर";
  const coached = "कम्बोडियामा कल सेन्टर। एयरपोर्टमा घुम्न जान लागेको भन्नु, परिवारलाई अहिले नभन्नु।";
  it.each<[string, string, string, boolean]>([
    ["does not read pay quoted 'recently on social media' as inflated", "pay-far-above-benchmark", intro, false],
    ["still reads the lure's own pay as inflated", "pay-far-above-benchmark", "कम्बोडियामा कल सेन्टर काम, मासिक रु. २ लाखसम्म तलब, अनुभव चाहिँदैन।", true],
    ["does not read a pose-as-tourist line under 'how were they trapped?'", "pose-as-tourist", trapped, false],
    ["does not read 'do not tell the family yet' under 'how were they trapped?'", "hide-from-family", trapped, false],
    ["still reads a pose-as-tourist line in the lure itself", "pose-as-tourist", coached, true],
    ["still reads 'do not tell the family yet' in the lure itself", "hide-from-family", coached, true],
  ])("%s", (_name, rule, description, fires) => {
    expect(screener.screen({ description, language: "nep" }).signals.some((signal) => signal.id === rule)).toBe(fires);
  });
});

// Batch 28: what job seekers read besides ads. A news report of a rescue (past-tense accounts: "had reached
// Bangkok on tourist visas", "the agent had said …", "made us cross the river at night", "fined when …"), a ward
// notice ("in such offers, taken on tourist visas … held hostage"), a Q&A thread quoting the offer someone sent
// ("someone sent me this offer:") and a scheme notice calling quoted offers illegal ("'…' जस्ता प्रस्ताव गैरकानुनी हुन्").
// Each beside a lure's own wording, which is still read.
describe("Nepali lexicon (nep), batch 28", () => {
  beforeAll(() => {
    flagValues("");
    createScreener().screen({ description: "तयारी", language: "nep" });
  }, 60_000);

  it.each<[string, string, Record<string, boolean>]>([
    ["does not read offers quoted and called illegal", "'भिसा बिना रिसोर्टमा काम', 'टुरिस्ट भिसामा गएर काम मिलाइदिने' जस्ता प्रस्ताव गैरकानुनी हुन्।", { "travel.touristVisa": false, "travel.noVisaNeeded": false }],
    ["still reads the same offers made outright", "भिसा बिना रिसोर्टमा काम, टुरिस्ट भिसामा गएर काम मिलाइदिन्छौं।", { "travel.touristVisa": true, "travel.noVisaNeeded": true }],
    ["still reads an offer quoted and called 'not a fraud'", "'टुरिस्ट भिसामा आउनुस्' जस्ता प्रस्ताव ठगी होइनन्, हामी कानुनी छौं।", { "travel.touristVisa": true }],
    ["does not read a tourist visa in 'taken on tourist visas … held hostage'", "यस्ता धेरै प्रस्तावमा भ्रमण भिसामा लगी अनलाइन ठगी गर्ने कम्पनीहरूमा बन्धक बनाइएका घटना सार्वजनिक भएका छन्।", { "travel.touristVisa": false }],
    ["still reads a tourist visa beside 'nobody is held hostage here'", "भ्रमण भिसामा आउनुस्, यहाँ कोही बन्धक बनाइएको छैन।", { "travel.touristVisa": true }],
    ["does not read a broker's promise reported in the past ('the agent had said')", "एजेन्टले टुरिस्ट भिसामै जाने हो, उता पुगेपछि सबै मिल्छ भनेको थियो।", { "travel.touristVisa": false }],
    ["still reads the promise made outright", "टुरिस्ट भिसामै जाने हो, उता पुगेपछि सबै मिल्छ, DM गर्नुस्।", { "travel.touristVisa": true }],
    ["does not read 'most had reached Bangkok on tourist visas'", "धेरैजसो भ्रमण भिसामा बैंकक पुगेका थिए।", { "travel.touristVisa": false }],
    ["still reads 'reach Bangkok on a tourist visa'", "भ्रमण भिसामा बैंकक पुग्नुहोस्।", { "travel.touristVisa": true }],
    ["still reads a success testimonial ('my friend went on a tourist visa, now earns')", "मेरो साथी टुरिस्ट भिसामा गएको थियो, अहिले महिनाको २ लाख कमाउँछ, तपाईं पनि आउनुस्।", { "travel.touristVisa": true }],
    ["does not read 'requested not to go seeking work on tourist visas'", "भ्रमण भिसामा काम खोज्न नजान र श्रम स्वीकृति लिन आग्रह गरेको छ।", { "travel.touristVisa": false }],
    ["still reads 'one may go seeking work on a tourist visa'", "भ्रमण भिसामा काम खोज्न जान सकिन्छ।", { "travel.touristVisa": true }],
    ["does not read a border crossing told in the past", "एयरपोर्टबाट गाडीमा राखेर राति सिमाना पार गराए, पुगेपछि पासपोर्ट लिए।", { "travel.borderCrossing": false }],
    ["does not read a border crossed in a rescue", "उनीहरूलाई सिमाना पार गराएर बैंकक ल्याइएको थियो।", { "travel.borderCrossing": false }],
    ["still reads a border crossing arranged", "राति सिमाना पार गराइन्छ।", { "travel.borderCrossing": true }],
    ["still reads 'made to cross the border at night and taken to Thailand'", "राति सिमाना पार गराएर थाइल्याण्ड पुर्‍याइन्छ।", { "travel.borderCrossing": true }],
    ["still reads a crossing boasted of in a testimonial", "हामीलाई राति सिमाना पार गराए, सजिलो भयो, इनबक्स गर्नुस्।", { "travel.borderCrossing": true }],
    ["does not read a fine told in the past", "टार्गेट नपुगे जरिवाना गरिन्थ्यो।", { "fees.penaltyForLeaving": false }],
    ["still reads a fine for missing the target", "टार्गेट नपुगे जरिवाना गरिन्छ।", { "fees.penaltyForLeaving": true }],
    ["does not read 'no experience' quoted in 'once they say …, you should know'", "'अनुभव नचाहिने तर $१४००' भनेपछि नै बुझ्नुपर्छ।", { "requirements.noExperience": false }],
    ["still reads 'no experience' offered", "अनुभव नचाहिने, तलब $१४००, भनेपछि आउनुस्।", { "requirements.noExperience": true }],
    ["reads a rescue report as warning job seekers", "३२ जना नेपालीलाई उद्धार गरी स्वदेश फर्काइएको छ। विदेशी नागरिकलाई अनलाइनमा ठग्ने काम गराइन्थ्यो।", { "legitimacy.warnsJobSeekers": true }],
    ["reads a reply naming the compound's work as warning job seekers", "गाउँका दुई जना सिहानोकभिलमा फसेका थिए। अरू देशका मान्छेलाई ठग्न लगाउँछन्, पासपोर्ट खोस्छन्।", { "legitimacy.warnsJobSeekers": true }],
    ["does not read a lure's 'passport is not taken'", "कम्बोडियामा काम, पासपोर्ट खोसिँदैन, टिकट फ्री।", { "legitimacy.warnsJobSeekers": false }],
  ])("%s", (_name, description, expected) => {
    const actual = flagValues(description);
    for (const [flag, value] of Object.entries(expected)) expect(actual[flag], flag).toBe(value);
  });

  const offer = "\"कम्बोडियामा अनलाइन सपोर्ट, खान बस्न फ्री, टिकट कम्पनीको, अनुभव चाहिँदैन। पासपोर्टको फोटो पठाउनू, अर्को हप्ता फ्लाइट।\"";
  it.each<[string, "travel" | "requirements", string, string[]]>([
    ["does not read the offer under 'someone sent me this offer:'", "travel", `नमस्ते सबैलाई। मलाई इन्स्टाग्राममा एक जनाले यस्तो अफर पठाएको छ:\n${offer}`, []],
    ["does not read the passport photo under 'someone sent me this offer:'", "requirements", `नमस्ते सबैलाई। मलाई इन्स्टाग्राममा एक जनाले यस्तो अफर पठाएको छ:\n${offer}`, []],
    ["still reads the offer under 'our company has sent this offer:'", "travel", `हाम्रो कम्पनीले यस्तो अफर पठाएको छ:\n${offer}`, ["accommodationProvided", "flightProvided", "foodProvided", "urgentDeparture"]],
    ["still reads the offer relayed with 'interested, contact'", "requirements", `मलाई एक जनाले यस्तो अफर पठाएको छ, इच्छुक भए सम्पर्क गर्नुस्:\n${offer}`, ["noExperience", "passportCopyRequested"]],
  ])("%s", (_name, family, description, expected) => {
    expect(familyFlags(family, description)).toEqual(expected);
  });

  const screener = createScreener();
  const notice = "• 'भिसा बिना रिसोर्टमा काम', 'टुरिस्ट भिसामा गएर काम मिलाइदिने' जस्ता प्रस्ताव गैरकानुनी हुन्।";
  const lure = "कोरियामा रिसोर्टमा काम। भिसा बिना रिसोर्टमा काम, टुरिस्ट भिसामा गएर काम मिलाइदिन्छौं।";
  it.each<[string, string, string, boolean]>([
    ["does not read a tourist visa in a notice calling the offer illegal", "tourist-visa-for-work", notice, false],
    ["does not read 'without a visa' in a notice calling the offer illegal", "no-visa-needed", notice, false],
    ["still reads a tourist visa in the lure itself", "tourist-visa-for-work", lure, true],
    ["still reads 'without a visa' in the lure itself", "no-visa-needed", lure, true],
  ])("%s", (_name, rule, description, fires) => {
    expect(screener.screen({ description, language: "nep" }).signals.some((signal) => signal.id === rule)).toBe(fires);
  });
});

describe("Nepali lexicon (nep), batch 32", () => {
  beforeAll(() => {
    flagValues("");
  }, 60_000);

  it.each<[string, string, Record<string, boolean>]>([
    ["does not read a passport photo the agency says it never asks for", "हामी अनलाइन पासपोर्टको फोटो माग्दैनौं।", { "requirements.passportCopyRequested": false }],
    ["still reads a passport photo asked for", "आजै पासपोर्टको फोटो पठाउनुहोस्।", { "requirements.passportCopyRequested": true }],
    ["does not read a tourist visa in 'anyone who says …, give no money'", "हाम्रो नाम लिएर टुरिस्ट भिसामा पठाइदिन्छु भन्ने कसैलाई पैसा नदिनुहोस्।", { "travel.touristVisa": false }],
    ["still reads a tourist visa offered outright", "टुरिस्ट भिसामा पठाइदिन्छु, आजै सम्पर्क गर्नुहोस्।", { "travel.touristVisa": true }],
    ["does not read a passport copy brought to the office", "परीक्षा पास प्रमाणपत्र र पासपोर्टको प्रतिलिपि लिएर कार्यालय (पुतलीसडक) आउनुहोस्।", { "requirements.passportCopyRequested": false }],
    ["still reads a passport copy sent before a visit to the office", "पासपोर्टको प्रतिलिपि आजै Viber मा पठाउनुहोस्, पछि कार्यालय आउनुहोस्।", { "requirements.passportCopyRequested": true }],
  ])("%s", (_name, description, expected) => {
    const actual = flagValues(description);
    for (const [flag, value] of Object.entries(expected)) expect(actual[flag], flag).toBe(value);
  });
});

// Batch 34's train half: a licensed agency's service fee capped by the rule ("not more than Rs 10,000,
// with a receipt") is lawful in Nepal, where the lure's fee is stated flat or taken from the wage; and a
// notice's "do not fly without the labour permit" is a warning, not a way round it.
describe("Nepali lexicon (nep), batch 34", () => {
  it.each<[string, "travel" | "fees", string, string[]]>([
    ["does not read a service fee capped at Rs 10,000 as an upfront fee", "fees", "सेवा शुल्क रु. १०,००० भन्दा बढी नलाग्ने, रसिदसहित।", []],
    ["still reads a flat service fee", "fees", "सेवा शुल्क रु. ८०,००० अग्रिम तिर्नुपर्छ।", ["upfrontFee"]],
    ["still reads a capped fee whose rest is cut from the wage", "fees", "सेवा शुल्क रु. १०,००० भन्दा बढी नलाग्ने, बाँकी तलबबाट काटिन्छ।", ["advanceRepaidFromSalary", "upfrontFee"]],
  ])("%s", (_name, family, description, expected) => {
    expect(familyFlags(family, description)).toEqual(expected);
  });
});

// Batch 35's train half: a testimonial's "papers are made over there", an hourly-wage bait's chat job
// with a language between customer and chat, and its title "online customer chat".
describe("Nepali lexicon (nep), batch 35", () => {
  it.each<[string, string, Record<string, boolean>]>([
    ["reads papers made over there after a sightseeing visa", "घुम्न जाने भिसामा गएर कागज उतै बन्छ।", { "travel.workPermitAfterArrival": true }],
    ["reads documents made over there", "वर्क भिसा नलिई जानुस्, कागजपत्र उतै बनाइन्छ।", { "travel.workPermitAfterArrival": true }],
    ["does not read 'papers are made there' quoted as a broker's line not to trust", "कागज उतै बन्छ भन्ने दलालको कुरा नपत्याउनुहोस्।", { "travel.workPermitAfterArrival": false }],
  ])("%s", (_name, description, expected) => {
    const actual = flagValues(description);
    for (const [flag, value] of Object.entries(expected)) expect(actual[flag], flag).toBe(value);
  });

  it.each<[string, string, string, RoleFamily]>([
    ["reads chatting with customers in English as chat support", "", "काम: विदेशी ग्राहकसँग अंग्रेजीमा च्याट गर्ने।", "chat-support"],
    ["reads an online customer chat title", "अनलाइन कस्टमर च्याट – घण्टाको रु. ७००", "", "chat-support"],
    ["does not read talking to customers on the phone as chat support", "", "हामी ग्राहकसँग फोनमा मात्र कुरा गर्छौं।", "other"],
  ])("%s", (_name, title, description, family) => {
    expect(extractRole(contextFrom({ title: title || undefined, description })).family).toBe(family);
  });
});
