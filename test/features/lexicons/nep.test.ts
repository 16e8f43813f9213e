import { describe, expect, it } from "vitest";
import { flagValues } from "./flags.js";
import { contextFrom } from "../../../src/features/evidence.js";
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
  ])("%s", (_name, description, expected) => {
    const actual = flagValues(description);
    for (const [flag, value] of Object.entries(expected)) expect(actual[flag], flag).toBe(value);
  });

  it.each<[string, string, string, RoleFamily]>([
    ["reads chatting with customers as chat support", "", "सामाजिक सञ्जालमा ग्राहकसँग च्याट गर्ने काम।", "chat-support"],
    ["reads a data entry title spelled डेटा", "डेटा इन्ट्री अपरेटर – मलेसिया", "", "data-entry"],
    ["reads an AI model title mixing scripts", "AI मोडल चाहियो – सिहानोकभिल", "", "model"],
    ["reads a kitchen helper as hospitality", "भान्सा सहयोगी चाहियो", "", "hospitality"],
    ["reads a game tester", "गेम टेस्टर – लाओस", "", "game-tester"],
  ])("%s", (_name, title, description, family) => {
    expect(extractRole(contextFrom({ title: title || undefined, description })).family).toBe(family);
  });
});
