import { describe, expect, it } from "vitest";
import { flagValues } from "./flags.js";
import { contextFrom } from "../../../src/features/evidence.js";
import { type RoleFamily, extractRole } from "../../../src/features/roles.js";

// Hindi (Devanagari) and Hinglish (romanised Hindi as written on WhatsApp and Facebook).
describe("Hindi lexicon", () => {
  it.each<[string, string, Record<string, boolean>]>([
    ["reads a ticket refunded after joining", "जॉइन करने के बाद हवाई टिकट का पैसा वापस मिल जाएगा।", { "travel.flightProvided": true }],
    ["does not read a ticket the worker pays and never gets back", "टिकट अपने खर्च पर लेना होगा, रिफ़ंड नहीं होगा।", { "travel.flightProvided": false }],
    ["reads room and meals as a list ending in 'all company's'", "फ्लाइट, होटल, वीज़ा – सब कंपनी का।", { "travel.flightProvided": true, "travel.visaProvided": true }],
    ["does not read 'rest is the company's' as the ticket", "टिकट खुद लेना होगा, बाकी सब कंपनी का।", { "travel.flightProvided": false }],
    ["reads Hinglish board and lodging", "Rahna aur khaana company ka, visa company karwa degi.", { "travel.accommodationProvided": true, "travel.foodProvided": true, "travel.visaProvided": true }],
    ["reads 'no visa needed'", "लाओस जाने के लिए वीज़ा की कोई ज़रूरत नहीं।", { "travel.noVisaNeeded": true }],
    ["does not read a warning against working without a visa as no visa needed", "बिना वीज़ा के काम न करें, यह गैरकानूनी है।", { "travel.noVisaNeeded": false }],
    ["reads a permit promised once there", "वहाँ पहुँचकर कंपनी वर्क परमिट बनवा देगी।", { "travel.workPermitAfterArrival": true, "legitimacy.workPermitSponsored": false }],
    ["reads a sponsored work visa before travel as legitimacy", "रोज़गार वीज़ा कंपनी की ओर से दिया जाएगा, अनुबंध यात्रा से पहले मिलेगा।", { "legitimacy.workPermitSponsored": true, "legitimacy.writtenContractBeforeTravel": true }],
    ["reads coaching to tell immigration it is a holiday", "इमिग्रेशन पर बोलना है कि घूमने जा रहे हैं, काम के लिए जा रहे हो यह मत बताना।", { "travel.poseAsTourist": true }],
    ["reads keeping the job from family", "घरवालों को कुछ मत बताना, वहाँ पहुँचकर बता देना।", { "travel.hideFromFamily": true }],
    ["does not read an OTP warning as secrecy", "अपना OTP किसी को न बताएं, कंपनी कभी OTP नहीं माँगती।", { "travel.hideFromFamily": false }],
    ["reads 'no experience, fine if not' and 'no education needed'", "अनुभव हो तो अच्छा, न हो तो भी चलेगा। पढ़ाई की कोई ज़रूरत नहीं।", { "requirements.noExperience": true, "requirements.noDegree": true }],
    ["reads Hinglish 'no experience' and 'only typing'", "Experience ki koi zarurat nahi, bas typing aani chahiye.", { "requirements.noExperience": true, "requirements.computerBasicsOnly": true }],
    ["does not read 'fresh graduates too' as a senior degree requirement", "नए स्नातक भी आवेदन कर सकते हैं।", { "requirements.seniorQualifications": false, "requirements.noExperience": true }],
    ["reads three years in words as senior", "कम से कम तीन साल का अनुभव ज़रूरी।", { "requirements.seniorQualifications": true }],
    ["reads height and weight and a full-length photo", "लंबाई और वज़न लिखें, पूरी लंबाई की फ़ोटो भेजें।", { "requirements.genderOrAppearance": true }],
    ["does not read boys and girls together as a gender restriction", "20 लड़के-लड़कियाँ चाहिए, दोनों आवेदन कर सकते हैं।", { "requirements.genderOrAppearance": false }],
    ["reads the first and last page of the passport", "पासपोर्ट के पहले और आख़िरी पन्ने की फ़ोटो भेजें।", { "requirements.passportCopyRequested": true }],
    ["reads a security deposit as an upfront fee", "सीट पक्की करने के लिए सिक्योरिटी डिपॉज़िट ₹20,000 जमा करें।", { "fees.upfrontFee": true }],
    ["does not read 'no security deposit' as a fee", "लैपटॉप कंपनी देगी, सिक्योरिटी डिपॉज़िट नहीं।", { "fees.upfrontFee": false }],
    ["reads a ticket recovered from the first salary", "टिकट का पैसा पहली सैलरी से कट जाएगा।", { "fees.advanceRepaidFromSalary": true }],
    ["reads a penalty for leaving before the contract ends", "बीच में नौकरी छोड़ने पर ₹2 लाख जुर्माना भरना होगा।", { "fees.penaltyForLeaving": true }],
    ["reads a no-fee policy and a written test before the interview", "हम किसी भी उम्मीदवार से कोई फ़ीस नहीं लेते। लिखित परीक्षा के बाद इंटरव्यू होगा।", { "fees.noFeePolicy": true, "fees.upfrontFee": false, "legitimacy.multiStageInterview": true }],
    ["reads a Hinglish visit visa and ticket arranged, cost recovered from salary", "Visit visa aur Dubai ka ticket hum karwa denge, kharcha baad me salary se adjust.", { "travel.flightProvided": true, "travel.visaProvided": true, "travel.touristVisa": true, "fees.advanceRepaidFromSalary": true }],
    ["reads an emoji list priced at zero", "🏠 रूम 🍛 खाना ✈️ टिकट = ₹0", { "travel.flightProvided": true, "travel.accommodationProvided": true, "travel.foodProvided": true, "fees.zeroCostClaim": true }],
    ["reads Hinglish 'no experience, 10th pass, only typing'", "Experience nahi chahiye, 10th pass bhi chalega, bas typing aani chahiye.", { "requirements.noExperience": true, "requirements.noDegree": true, "requirements.computerBasicsOnly": true }],
    ["reads तजुर्बा and 'little-educated welcome'", "तजुर्बे की कोई ज़रूरत नहीं, कम पढ़े-लिखे भी चलेंगे।", { "requirements.noExperience": true, "requirements.noDegree": true }],
    ["reads half paid now and the rest set against salary", "प्रोसेसिंग ₹90,000 – आधा अभी जमा, बाकी वेतन से समायोजित होगा।", { "fees.upfrontFee": true, "fees.advanceRepaidFromSalary": true }],
    ["does not read a visa cost the worker need not pay as a fee", "वीज़ा का खर्च आपको नहीं देना होगा, कंपनी देगी।", { "fees.upfrontFee": false }],
    ["reads a travel and visa cost even when the rest is the company's", "यात्रा और वीज़ा खर्च ₹1,00,000 देना होगा, बाकी सब कंपनी का।", { "fees.upfrontFee": true }],
    ["does not read a subsidised canteen as free food", "मुफ़्त हॉस्टल, कैंटीन में रियायती भोजन।", { "travel.accommodationProvided": true, "travel.foodProvided": false }],
    ["reads a Hinglish sum owed to the agent in advance", "Agent ko 50 hazar pehle dena hoga.", { "fees.upfrontFee": true }],
    ["does not read 'nothing to pay the agent' as a fee", "Agent ko koi paisa nahi dena hai.", { "fees.upfrontFee": false }],
    ["does not read Hinglish 'no emigration clearance needed' as a sponsored permit", "Emigration clearance ki zarurat nahi, seedha flight.", { "legitimacy.workPermitSponsored": false }],
    ["reads POE clearance as emigration clearance", "POE clearance ke baad hi flight hogi.", { "legitimacy.workPermitSponsored": true }],
    ["reads a Hinglish permit promised once there on a tourist visa", "Wahan jakar work permit ban jayega, abhi tourist visa pe aao.", { "travel.workPermitAfterArrival": true, "travel.touristVisa": true }],
    ["reads the donkey route as a border crossing", "डंकी रूट से अमेरिका भेजेंगे, पूरा पैकेज 40 लाख।", { "travel.borderCrossing": true }],
    ["reads a Hinglish flight within days and an airport pickup", "7 din me flight, Bangkok airport pe company ki gaadi lene aayegi.", { "travel.urgentDeparture": true, "travel.airportPickup": true }],
    ["does not read a sale as an urgent departure", "Jaldi flight pakdo, sale chal raha hai.", { "travel.urgentDeparture": false }],
    ["reads 'those with a passport contact now'", "जिनके पास पासपोर्ट है तुरंत संपर्क करें।", { "requirements.passportRequired": true }],
  ])("%s", (_name, description, expected) => {
    const actual = flagValues(description);
    for (const [flag, value] of Object.entries(expected)) expect(actual[flag], flag).toBe(value);
  });

  it.each<[string, string, string, RoleFamily]>([
    ["reads a data entry title spelled डाटा", "सिंगापुर कंपनी में डाटा एंट्री ऑपरेटर", "", "data-entry"],
    ["reads an AI model title mixing scripts", "AI मॉडल चाहिए – कंबोडिया", "", "model"],
    ["reads a graphic designer as a professional", "ग्राफ़िक डिज़ाइनर – बैंकॉक", "", "professional"],
    ["reads chat support in the body", "", "ऑनलाइन चैट सपोर्ट एग्ज़ीक्यूटिव चाहिए, ग्राहकों से चैट करनी होगी।", "chat-support"],
    ["reads a telecaller as sales", "टेलीकॉलर – दिल्ली", "", "sales"],
    ["reads a chatting job as chat support", "चैटिंग जॉब – कंबोडिया", "", "chat-support"],
  ])("%s", (_name, title, description, family) => {
    expect(extractRole(contextFrom({ title: title || undefined, description })).family).toBe(family);
  });
});
