import { beforeAll, describe, expect, it } from "vitest";
import { flagValues } from "./flags.js";
import { contextFrom } from "../../../src/features/evidence.js";
import { type RoleFamily, extractRole } from "../../../src/features/roles.js";
import { extractRequirements } from "../../../src/features/requirements.js";
import { extractLegitimacy } from "../../../src/features/legitimacy.js";
import { createScreener } from "../../../src/index.js";

// Hindi (Devanagari) and Hinglish (romanised Hindi as written on WhatsApp and Facebook).
describe("Hindi lexicon", () => {
  // The first extraction builds every language's lexicon (seconds on a loaded machine); pay it here, not in the first row.
  beforeAll(() => {
    flagValues("वीज़ा, टिकट, रहना सब फ्री। Visa company karwa degi.");
    extractRole(contextFrom({ title: "डेटा एंट्री – कंबोडिया" }));
  }, 60_000);

  it.each<[string, string, Record<string, boolean>]>([
    ["reads a ticket refunded after joining", "जॉइन करने के बाद हवाई टिकट का पैसा वापस मिल जाएगा।", { "travel.flightProvided": true }],
    ["does not read a ticket the worker pays and never gets back", "टिकट अपने खर्च पर लेना होगा, रिफ़ंड नहीं होगा।", { "travel.flightProvided": false }],
    ["reads room and meals as a list ending in 'all company's'", "फ्लाइट, होटल, वीज़ा – सब कंपनी का।", { "travel.flightProvided": true, "travel.visaProvided": true }],
    ["does not read 'rest is the company's' as the ticket", "टिकट खुद लेना होगा, बाकी सब कंपनी का।", { "travel.flightProvided": false }],
    ["reads Hinglish board and lodging", "Rahna aur khaana company ka, visa company karwa degi.", { "travel.accommodationProvided": true, "travel.foodProvided": true, "travel.visaProvided": true }],
    ["reads 'no visa needed'", "लाओस जाने के लिए वीज़ा की कोई ज़रूरत नहीं।", { "travel.noVisaNeeded": true }],
    ["reads a reply that lists red flags and sends the reader to the ministry's advisory and the embassy", "इसमें हर रेड फ़्लैग है। MEA की एडवाइज़री पढ़ें और दूतावास को ईमेल करके कंपनी वेरिफ़ाई करवाएँ।", { "legitimacy.warnsJobSeekers": true }],
    ["does not read a lure's reassurances as warnings", "थाईलैंड में डेटा एंट्री जॉब। ज़ीरो रेड फ्लैग। MEA की एडवाइजरी हमने पढ़ी है। चाहें तो एंबेसी से वेरिफाई करवा लें। ऑनलाइन ठगने का काम हम नहीं करते।", { "legitimacy.warnsJobSeekers": false }],
    ["still reads a tourist visa offered beside 'report whoever asks a fee'", "टूरिस्ट वीज़ा पर आएं, कोई फीस की बात करे तो शिकायत करें।", { "travel.touristVisa": true }],
    ["does not read an employer's claim of embassy verification as a warning", "यह कंपनी दूतावास से वेरिफ़ाइड है, कोई रेड फ़्लैग नहीं।", { "legitimacy.warnsJobSeekers": false }],
    ["does not read a warning to report anyone who talks of a tourist visa", "कोई आपसे पैसे माँगे या टूरिस्ट वीज़ा पर भेजने की बात करे, तो तुरंत शिकायत करें।", { "travel.touristVisa": false }],
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
    ["reads board and lodging written with a hyphen", "Rehna-khana 🆓, salary 900 $", { "travel.accommodationProvided": true, "travel.foodProvided": true }],
    ["reads a plane emoji said to be free as the flight", "Rehna free, ✈️ bhi 🆓", { "travel.flightProvided": true }],
    ["does not read a plane emoji beside a price", "✈️ ka kharcha aapka, ticket 25,000", { "travel.flightProvided": false }],
    ["does not read a tourist entry called illegal", "Tourist entry pe kaam – illegal bhi, dangerous bhi.", { "travel.touristVisa": false }],
    ["still reads a tourist visa whose illegality is waved away", "Tourist visa pe kaam illegal hai aisa log bolte hain, lekin Cambodia me sab chalta hai.", { "travel.touristVisa": true }],
    ["does not read items under 'these are alarm bells:'", "इस ऑफ़र में कई बातें ख़तरे की घंटी हैं:\n• टूरिस्ट वीज़ा पर नौकरी\n• टिकट फ़्री, रहना फ़्री", { "travel.touristVisa": false, "travel.flightProvided": false }],
    ["does not read romanised items under 'khatre ki ghanti:'", "Ye sab khatre ki ghanti hai:\n- tourist visa pe kaam\n- ticket free", { "travel.touristVisa": false }],
    ["still reads a lure that calls its rivals' offers alarm bells, outside the list", "Doosron ke offer khatre ki ghanti hain. Hamare yahan: tourist visa pe aao, ticket free.", { "travel.touristVisa": true }],
    ["does not read a visa on which no company may employ you", '"Visa on arrival" pe koi company kaam nahi karwa sakti.', { "travel.touristVisa": false }],
    ["still reads a tourist visa on which the company will put you to work", "Tourist visa pe aao, koi tension nahi, company kaam karwa degi.", { "travel.touristVisa": true }],
    ["still reads a tourist visa said to be not illegal", "Visa: Tourist visa — illegal bhi nahi hai, company 15 din me work permit dilwa degi.", { "travel.touristVisa": true }],
    ["still reads a tourist visa asked about and answered", "Tourist visa illegal hai? Nahi bhai, sab log aise hi jaate hain.", { "travel.touristVisa": true }],
    ["still reads a tourist visa whose permit 'no company here can get so fast'", "Tourist visa, yahan se koi company kaam nahi dilwa sakti itni jaldi.", { "travel.touristVisa": true }],
    ["still reads an offer under rivals' alarm bells, after an own-voice line", "ख़तरे की घंटी हैं:\n• एडवांस फ़ीस\n• बिना इंटरव्यू सिलेक्शन\nहमारे यहाँ ऐसा कुछ नहीं। थाईलैंड जॉब, टूरिस्ट वीज़ा पर आओ, टिकट फ़्री।", { "travel.touristVisa": true, "travel.flightProvided": true }],
    ["still reads an offer set plainly under a bulleted list of alarm bells", "Khatre ki ghanti hai:\n- advance fees\n- bina interview selection\nLaos chat job, tourist visa pe entry, ticket free.", { "travel.touristVisa": true }],
    ["still reads a romanised request that sends the passport copy to the ad itself", "Passport copy kisi aur agent ko mat bhejna, sirf humare HR ko WhatsApp karo.", { "requirements.passportCopyRequested": true }],
    ["does not read a romanised warning not to send a passport copy", "Kisi ko passport copy, Aadhaar ya OTP mat bhejo.", { "requirements.passportCopyRequested": false }],
    ["still reads a romanised request for a passport copy", "Aaj hi passport copy WhatsApp karo, ticket book hoga.", { "requirements.passportCopyRequested": true }],
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
    ["reads customer support spelt as said (kustamar saport)", "", "KH me C-S (kustamar s@port) staff chahiye", "customer-service"],
    ["reads chatting with clients in Hindi as customer service", "", "sirf India ke clients se Hindi me chat karna hai", "customer-service"],
  ])("%s", (_name, title, description, family) => {
    expect(extractRole(contextFrom({ title: title || undefined, description })).family).toBe(family);
  });
});

// Wording native writers use that the train ads never do: spelling variants (वीसा, टिकिट, नि:शुल्क),
// reversed pairs (खाना-रहना), number words (सात दिन), informal register, and legitimate-ad wording
// that must stay silent.
describe("Hindi lexicon, broadened wording", () => {
  it.each<[string, Record<string, boolean>]>([
    ["टूरिस्ट वीसा पर आना है, बाकी हम देख लेंगे।", { "travel.touristVisa": true }],
    ["ऑन अराइवल वीज़ा मिलेगा, कोई झंझट नहीं।", { "travel.touristVisa": true }],
    ["घूमने वाले वीज़ा पर जाना है।", { "travel.touristVisa": true }],
    ["टूरिस्ट वीसा पर काम नहीं, कंपनी वर्क परमिट बनवाएगी।", { "travel.touristVisa": false }],
    ["वीसा नहीं लगेगा, सीधे फ्लाइट।", { "travel.noVisaNeeded": true }],
    ["वीज़ा की टेंशन मत लो।", { "travel.noVisaNeeded": true }],
    ["वीज़ा की चिंता हो तो हमसे पूछें।", { "travel.noVisaNeeded": false }],
    ["वर्क परमिट की कोई ज़रूरत नहीं।", { "travel.workPermitAfterArrival": true, "legitimacy.workPermitSponsored": false }],
    ["विदेश जाने का सुनहरा मौका!", { "travel.workAbroad": true }],
    ["ओवरसीज़ जॉब, सैलरी डॉलर में।", { "travel.workAbroad": true }],
    ["परदेस में काम, रहना फ्री।", { "travel.workAbroad": true, "travel.accommodationProvided": true }],
    ["विदेशी कंपनी के भारतीय ऑफ़िस में नौकरी।", { "travel.workAbroad": false }],
    ["नि:शुल्क हवाई टिकट और वीज़ा।", { "travel.flightProvided": true }],
    ["टिकिट फ्री, वीसा फ्री।", { "travel.flightProvided": true, "travel.visaProvided": true }],
    ["टिकिट अपने खर्च पर।", { "travel.flightProvided": false }],
    ["वीसा कंपनी करवाएगी।", { "travel.visaProvided": true }],
    ["वीज़ा और टिकट कंपनी की तरफ से।", { "travel.visaProvided": true }],
    ["वीसा खुद बनवाना होगा।", { "travel.visaProvided": false }],
    ["फ्री अकॉमोडेशन, फ्री खाना।", { "travel.accommodationProvided": true, "travel.foodProvided": true }],
    ["रहने-खाने की व्यवस्था कंपनी की।", { "travel.accommodationProvided": true, "travel.foodProvided": true }],
    ["खाना-रहना फ्री।", { "travel.accommodationProvided": true, "travel.foodProvided": true }],
    ["खाने-पीने की व्यवस्था कंपनी की।", { "travel.foodProvided": true, "travel.accommodationProvided": false }],
    ["एक हफ्ते में फ्लाइट।", { "travel.urgentDeparture": true }],
    ["सात दिन में फ्लाइट, पासपोर्ट तैयार रखें।", { "travel.urgentDeparture": true, "requirements.passportRequired": true }],
    ["७ दिन के अंदर फ्लाइट।", { "travel.urgentDeparture": true }],
    ["जल्द से जल्द रवाना होना है।", { "travel.urgentDeparture": true }],
    ["टिकट तैयार है, बस पासपोर्ट भेजो।", { "travel.urgentDeparture": true, "requirements.passportCopyRequested": true }],
    ["Saat din me flight, jaldi karo.", { "travel.urgentDeparture": true }],
    ["दिन में 8 घंटे की ड्यूटी, हफ्ते में एक छुट्टी।", { "travel.urgentDeparture": false }],
    ["सात दिन में जॉइन करें।", { "travel.urgentDeparture": false }],
    ["एयरपोर्ट पर हमारा एजेंट मिलेगा।", { "travel.airportPickup": true }],
    ["बॉर्डर पर हमारी गाड़ी लेने आएगी।", { "travel.airportPickup": true }],
    ["ऑफ़िस एयरपोर्ट से 20 किमी दूर है।", { "travel.airportPickup": false }],
    ["इमिग्रेशन में मत बताना कि काम पर जा रहे हो।", { "travel.poseAsTourist": true }],
    ["इमिग्रेशन वाले पूछें तो बोलना छुट्टी पर जा रहे हैं।", { "travel.poseAsTourist": true }],
    ["छुट्टी पर जाने के लिए HR को बताना होगा।", { "travel.poseAsTourist": false }],
    ["परिवार को बताने की ज़रूरत नहीं।", { "travel.hideFromFamily": true }],
    ["ये बात किसी को पता नहीं चलनी चाहिए।", { "travel.hideFromFamily": true }],
    ["अपनी बैंक डिटेल किसी को न बताएं।", { "travel.hideFromFamily": false }],
    ["Ghar walo ko mat batana.", { "travel.hideFromFamily": true }],
    ["नए लोग भी अप्लाई करें।", { "requirements.noExperience": true }],
    ["एक्सपीरियंस हो या न हो, चलेगा।", { "requirements.noExperience": true }],
    ["पढ़ा-लिखा होना ज़रूरी नहीं।", { "requirements.noDegree": true }],
    ["योग्यता: कोई भी", { "requirements.noDegree": true }],
    ["योग्यता: कोई भी ग्रेजुएट", { "requirements.noDegree": false }],
    ["कोई क्वालिफिकेशन नहीं चाहिए।", { "requirements.noDegree": true }],
    ["कोई डिग्री नहीं चाहिए, सिर्फ़ टाइपिंग।", { "requirements.noDegree": true, "requirements.computerBasicsOnly": true }],
    ["सिर्फ़ टाइपिंग टेस्ट होगा।", { "requirements.computerBasicsOnly": false, "requirements.typingTest": true }],
    ["बेसिक कंप्यूटर आना चाहिए।", { "requirements.computerBasicsOnly": true }],
    ["स्मार्टफोन चलाना आना चाहिए।", { "requirements.computerBasicsOnly": true }],
    ["गोरी और स्मार्ट लड़कियाँ चाहिए।", { "requirements.genderOrAppearance": true }],
    ["अविवाहित लड़कियाँ ही आवेदन करें।", { "requirements.genderOrAppearance": true }],
    ["महिला रिसेप्शनिस्ट चाहिए, शाम की शिफ़्ट।", { "requirements.genderOrAppearance": false }],
    ["बस पासपोर्ट चाहिए, बाकी सब हम करेंगे।", { "requirements.passportRequired": true }],
    ["पासपोर्ट की जेरॉक्स व्हाट्सएप करें।", { "requirements.passportCopyRequested": true }],
    ["पासपोर्ट हमेशा आपके पास रहेगा।", { "requirements.passportCopyRequested": false }],
    ["मेडिकल के पैसे खुद देने होंगे।", { "fees.upfrontFee": true }],
    ["मेडिकल के पैसे आपको नहीं देने होंगे।", { "fees.upfrontFee": false }],
    ["सर्विस चार्ज ₹1,50,000, आधा अभी।", { "fees.upfrontFee": true }],
    ["वेतन ₹16,000 + सर्विस चार्ज, मुफ़्त स्टाफ़ आवास।", { "fees.upfrontFee": false, "travel.accommodationProvided": true }],
    ["पहले 30000 जमा करो, फिर वीज़ा।", { "fees.upfrontFee": true }],
    ["पहले 3 महीने ट्रेनिंग।", { "fees.upfrontFee": false }],
    ["वीसा फीस 25000।", { "fees.upfrontFee": true }],
    ["तनखा से काट लेंगे।", { "fees.advanceRepaidFromSalary": true }],
    ["खर्चा बाद में सैलरी से।", { "fees.advanceRepaidFromSalary": true }],
    ["सैलरी से PF कटेगा।", { "fees.advanceRepaidFromSalary": false }],
    ["कॉन्ट्रैक्ट से पहले छोड़ा तो 2 लाख देने होंगे।", { "fees.penaltyForLeaving": true }],
    ["बीच में वापस आए तो टिकट का पैसा खुद भरना होगा।", { "fees.penaltyForLeaving": true }],
    ["बॉन्ड तोड़ने पर 3 लाख।", { "fees.penaltyForLeaving": true }],
    ["नौकरी छोड़ने पर एक महीने का नोटिस देना होगा।", { "fees.penaltyForLeaving": false }],
    ["एक रुपया भी नहीं लगेगा।", { "fees.zeroCostClaim": true }],
    ["कोई खर्चा नहीं, सब कंपनी का।", { "fees.zeroCostClaim": true }],
    ["भर्ती निःशुल्क है।", { "fees.noFeePolicy": true }],
    ["किसी अन्य व्यक्ति को पैसे न दें।", { "fees.noFeePolicy": true }],
    ["रजिस्ट्रेशन फ्री है, बाद में 5000 देने होंगे।", { "fees.noFeePolicy": false }],
    ["प्रधानमंत्री कौशल विकास योजना के तहत प्रशिक्षण।", { "legitimacy.governmentScheme": true }],
    ["भारत–इज़राइल सरकारी समझौते के तहत भर्ती।", { "legitimacy.governmentScheme": true }],
    ["प्रवासी भारतीय बीमा योजना का कवर।", { "legitimacy.governmentScheme": true }],
    ["वर्क वीज़ा, फ्लाइट और शुरुआती आवास अस्पताल की ओर से।", { "legitimacy.workPermitSponsored": true }],
    ["वर्क परमिट यात्रा से पहले बनेगा।", { "legitimacy.workPermitSponsored": true }],
    ["वर्क परमिट वहाँ पहुँचकर कंपनी बनवाएगी।", { "legitimacy.workPermitSponsored": false, "travel.workPermitAfterArrival": true }],
    ["अनुबंध भारत से निकलने से पहले दिया जाएगा।", { "legitimacy.writtenContractBeforeTravel": true }],
    ["दो राउंड इंटरव्यू होंगे।", { "legitimacy.multiStageInterview": true }],
    ["रहना: कंपनी का डॉर्मिटरी, शटल बस।", { "travel.accommodationProvided": true }],
    ["3 महीने के प्रोबेशन के बाद वर्क वीज़ा कंपनी देगी।", { "travel.workPermitAfterArrival": true, "legitimacy.workPermitSponsored": false }],
    ["वहाँ पहुँचने के बाद वर्क परमिट कंपनी देगी।", { "legitimacy.workPermitSponsored": false }],
    ["प्रोबेशन के बाद वेतन बढ़ेगा।", { "travel.workPermitAfterArrival": false }],
    ["रहने और खाने का इंतजाम कंपनी करेगी।", { "travel.accommodationProvided": true, "travel.foodProvided": true }],
    ["खान-पान की व्यवस्था मुफ़्त।", { "travel.foodProvided": true }],
    ["हवाई किराया कंपनी देगी।", { "travel.flightProvided": true }],
    ["वीसा-टिकट फ्री।", { "travel.flightProvided": true, "travel.visaProvided": true }],
    ["विदेश में नोकरी, सैलरी 1 लाख।", { "travel.workAbroad": true }],
    ["नो एक्सपीरियंस, नो डिग्री।", { "requirements.noExperience": true, "requirements.noDegree": true }],
    ["दोनो अनुभव वाले चाहिए।", { "requirements.noExperience": false }],
    ["एक्सपीरिएंस की जरूरत नहीं।", { "requirements.noExperience": true }],
    ["ये काम कोई भी कर सकता है।", { "requirements.noSkills": true }],
    ["थोड़ा बहुत कंप्यूटर आना चाहिए।", { "requirements.computerBasicsOnly": true }],
  ])("%s", (description, expected) => {
    const actual = flagValues(description);
    for (const [flag, value] of Object.entries(expected)) expect(actual[flag], flag).toBe(value);
  });

  it.each<[string, RoleFamily]>([
    ["टाइपिंग ऑपरेटर चाहिए – थाईलैंड", "typing"],
    ["डाटा इंट्री का काम – कंबोडिया", "data-entry"],
    ["ग्राहक सहायता एग्ज़ीक्यूटिव – लाओस", "customer-service"],
    ["केसिनो में काम – म्यांमार", "casino"],
    ["ट्रांसलेशन का काम – बैंकॉक", "translator"],
    ["कस्टमर रिलेशन एग्ज़ीक्यूटिव – कंबोडिया", "customer-service"],
    ["नॉन-वॉइस प्रोसेस – थाईलैंड", "chat-support"],
    ["घर बैठे टाइपिंग – विदेशी कंपनी", "typing"],
    ["डाटा ऑपरेटर – म्यांमार", "data-entry"],
    ["ऑफिस वर्क – बॉर्डर के पास", "admin"],
    ["गेम खेलने का काम – लाओस", "game-tester"],
    ["बेटिंग ऐप के लिए स्टाफ़", "casino"],
    ["कस्टमर से चैट करने वाले स्टाफ़ चाहिए", "chat-support"],
    ["प्लेयर सपोर्ट एग्ज़ीक्यूटिव – फ़िलीपींस", "customer-service"],
  ])("reads the role in %s", (title, family) => {
    expect(extractRole(contextFrom({ title })).family).toBe(family);
  });

  it.each<string>(["कैसेट की दुकान पर सेल्समैन", "अनुवाद की समीक्षा करने वाला संपादक"])("does not read %s as a casino or translator role", (title) => {
    expect(["casino", "translator"]).not.toContain(extractRole(contextFrom({ title })).family);
  });

  it.each<[string, { min: number | null; max: number | null } | null]>([
    ["आयु 21 वर्ष से 35 वर्ष", { min: 21, max: 35 }],
    ["आयु सीमा: 18-30 वर्ष", { min: 18, max: 30 }],
    ["उम्र: २० से २८", { min: 20, max: 28 }],
    ["25 साल तक के युवा", { min: null, max: 25 }],
    ["कंपनी 21 साल से 35 देशों में है", null],
  ])("reads the age range in %s", (description, range) => {
    expect(extractRequirements(contextFrom({ description })).ageRange).toEqual(range);
  });
});

// Third pass: wording from ordinary Hindi usage the corpus never shows (जहाज़ का टिकट, वीज़ा लगवा
// देंगे, रहने खाने without a hyphen, एअरपोर्ट/बार्डर spellings, informal पे, colon-style "अनुभव: आवश्यक
// नहीं", plural oblique forms), each with a near miss that must stay silent.
describe("Hindi lexicon, native variants (third pass)", () => {
  it.each<[string, Record<string, boolean>]>([
    ["विदेशों में नौकरी का सुनहरा मौका।", { "travel.workAbroad": true }],
    ["पासपोर्ट वालों को विदेश भेजेंगे।", { "travel.workAbroad": true }],
    ["फॉरेन जॉब, सिंगापुर।", { "travel.workAbroad": true }],
    ["बाहर के मुल्क में नौकरी।", { "travel.workAbroad": true }],
    ["विदेशी छात्रों को पढ़ाने के लिए शिक्षक चाहिए, दिल्ली।", { "travel.workAbroad": false }],
    ["हवाई जहाज का टिकट फ्री।", { "travel.flightProvided": true }],
    ["टिकट की व्यवस्था कंपनी करेगी।", { "travel.flightProvided": true }],
    ["कंपनी की ओर से फ्री हवाई टिकट दिया जाएगा।", { "travel.flightProvided": true }],
    ["टिकट की व्यवस्था खुद करनी होगी।", { "travel.flightProvided": false }],
    ["वीज़ा लगवा देंगे।", { "travel.visaProvided": true }],
    ["वीजा लगा के देंगे।", { "travel.visaProvided": true }],
    ["वीज़ा की 100% गारंटी।", { "travel.visaProvided": true }],
    ["वीज़ा खुद लगवाना होगा।", { "travel.visaProvided": false }],
    ["रहने खाने की व्यवस्था कंपनी की।", { "travel.accommodationProvided": true, "travel.foodProvided": true }],
    ["खाना रहना फ्री।", { "travel.accommodationProvided": true, "travel.foodProvided": true }],
    ["आवास की सुविधा उपलब्ध।", { "travel.accommodationProvided": true, "travel.foodProvided": false }],
    ["ठहरने की व्यवस्था।", { "travel.accommodationProvided": true }],
    ["रहना निःशुल्क।", { "travel.accommodationProvided": true }],
    ["भोजन मुफ्त।", { "travel.foodProvided": true }],
    ["खाने का खर्चा कंपनी देगी।", { "travel.foodProvided": true }],
    ["खाने का खर्चा खुद उठाना होगा।", { "travel.foodProvided": false }],
    ["टूरिस्ट-वीज़ा पर बुलाएँगे।", { "travel.touristVisa": true }],
    ["वीज़ा की जरूरत ही नहीं।", { "travel.noVisaNeeded": true }],
    ["वीज़ा लगता ही नहीं।", { "travel.noVisaNeeded": true }],
    ["वर्क परमिट बाद में बन जाएगा।", { "travel.workPermitAfterArrival": true }],
    ["वहाँ पहुँचकर वीज़ा बदल देंगे।", { "travel.workPermitAfterArrival": true }],
    ["वीज़ा आते ही फ्लाइट।", { "travel.urgentDeparture": true }],
    ["दस दिन में भेज देंगे।", { "travel.urgentDeparture": true }],
    ["इसी महीने विदेश भेज देंगे।", { "travel.urgentDeparture": true }],
    ["वीज़ा आने के बाद जॉइनिंग लेटर मिलेगा।", { "travel.urgentDeparture": false }],
    ["एयरपोर्ट पर कोई लेने आएगा।", { "travel.airportPickup": true }],
    ["एअरपोर्ट पर रिसीव करेंगे।", { "travel.airportPickup": true }],
    ["एयरपोर्ट पे हमारा आदमी मिलेगा।", { "travel.airportPickup": true }],
    ["पिकअप एयरपोर्ट से।", { "travel.airportPickup": true }],
    ["बार्डर पर हमारी गाड़ी लेने आएगी।", { "travel.airportPickup": true }],
    ["बार्डर पार कराएँगे।", { "travel.borderCrossing": true }],
    ["जंगल के रास्ते बॉर्डर पार।", { "travel.borderCrossing": true }],
    ["चोर रास्ते से भेजेंगे।", { "travel.borderCrossing": true }],
    ["बॉर्डर एरिया के पास फैक्ट्री में काम।", { "travel.borderCrossing": false, "travel.airportPickup": false }],
    // A crossing in a victim's account (people taken across, then forced to work, held or robbed of their passports) is no travel the ad arranges.
    ["कई युवाओं को सीमा पार ले जाकर जबरन काम कराया गया और पासपोर्ट छीन लिए गए।", { "travel.borderCrossing": false }],
    ["नागरिकलाई सीमा पार गराई अनलाइन ठगी केन्द्रमा जबर्जस्ती काम लगाइएको, राहदानी खोसिएको छ।", { "travel.borderCrossing": false }],
    ["सीमा पार कराकर सीधे कंपनी ले जाएँगे, वहाँ जबरन कुछ नहीं होता।", { "travel.borderCrossing": true }],
    ["रातमा सीमा पार गरेर कम्पनीमा पुर्‍याइन्छ।", { "travel.borderCrossing": true }],
    ["डमी टिकट और होटल बुकिंग हम देंगे।", { "travel.poseAsTourist": true }],
    ["इमिग्रेशन पर दिखाने के लिए रिटर्न टिकट और होटल बुकिंग।", { "travel.poseAsTourist": true }],
    ["घूमने के बहाने भेजेंगे।", { "travel.poseAsTourist": true }],
    ["अधिकारी पूछें तो बोलना रिश्तेदार से मिलने जा रहे हैं।", { "travel.poseAsTourist": true }],
    ["इमिग्रेशन क्लीयरेंस के बाद रिटर्न टिकट भी मिलेगा।", { "travel.poseAsTourist": false, "legitimacy.workPermitSponsored": true }],
    ["किसी से इस बारे में ज़िक्र मत करना।", { "travel.hideFromFamily": true }],
    ["घरवालों से छुपाकर आना।", { "travel.hideFromFamily": true }],
    ["मम्मी-पापा को मत बताना।", { "travel.hideFromFamily": true }],
    ["अपने परिवार से बात करके फैसला लें।", { "travel.hideFromFamily": false }],
    ["अनुभव: आवश्यक नहीं", { "requirements.noExperience": true }],
    ["अनुभव: 2 साल", { "requirements.noExperience": false }],
    ["काम हम सिखा देंगे।", { "requirements.noExperience": true }],
    ["फ्रेशर्स आमंत्रित।", { "requirements.noExperience": true }],
    ["फ्रेशर और अनुभवी दोनों।", { "requirements.noExperience": true }],
    ["अनुभव की जरूरत ही नहीं।", { "requirements.noExperience": true }],
    ["मैट्रिक पास भी चलेगा।", { "requirements.noDegree": true }],
    ["पढ़ाई लिखाई की कोई जरूरत नहीं।", { "requirements.noDegree": true }],
    ["योग्यता: कोई नहीं", { "requirements.noDegree": true }],
    ["योग्यता: स्नातक", { "requirements.noDegree": false }],
    ["बस हिंदी पढ़ना-लिखना आना चाहिए।", { "requirements.noDegree": true }],
    ["बिना किसी स्किल के कमाएँ।", { "requirements.noSkills": true }],
    ["हर कोई यह काम कर सकता है।", { "requirements.noSkills": true }],
    ["कम्प्युटर चलाना आना चाहिए।", { "requirements.computerBasicsOnly": true }],
    ["टाइप कर सकते हो तो आवेदन करो।", { "requirements.computerBasicsOnly": true }],
    ["केवल फीमेल कैंडिडेट।", { "requirements.genderOrAppearance": true }],
    ["मेल और फीमेल दोनों।", { "requirements.genderOrAppearance": false }],
    ["पासपोर्ट बना हुआ होना चाहिए।", { "requirements.passportRequired": true }],
    ["जिनका पासपोर्ट बना है वो संपर्क करें।", { "requirements.passportRequired": true }],
    ["टोकन मनी ₹5000 जमा करें।", { "fees.upfrontFee": true }],
    ["सिर्फ़ 80 हज़ार लगेंगे।", { "fees.upfrontFee": true }],
    ["खर्चा 1.5 लाख लगेगा।", { "fees.upfrontFee": true }],
    ["रजिस्ट्रेशन के 500 रुपये।", { "fees.upfrontFee": true }],
    ["एडवांस पेमेंट करना होगा।", { "fees.upfrontFee": true }],
    ["एडवांस पेमेंट नहीं करना होगा।", { "fees.upfrontFee": false }],
    ["10 हज़ार रुपये मिलेंगे।", { "fees.upfrontFee": false }],
    ["बाद में सैलरी से कट जाएगा।", { "fees.advanceRepaidFromSalary": true }],
    ["पहले दो महीने की सैलरी कंपनी रखेगी।", { "fees.advanceRepaidFromSalary": true }],
    ["किस्तों में चुकाना होगा।", { "fees.advanceRepaidFromSalary": true }],
    ["टारगेट पूरा न होने पर जुर्माना।", { "fees.penaltyForLeaving": true }],
    ["रिलीज़ के लिए 3 लाख देने होंगे।", { "fees.penaltyForLeaving": true }],
    ["फाइन भरना होगा।", { "fees.penaltyForLeaving": true }],
    ["पैसे मांगने वाले एजेंटों से सावधान।", { "fees.noFeePolicy": true }],
    ["हम उम्मीदवारों से कोई फीस नहीं लेते।", { "fees.noFeePolicy": true, "fees.upfrontFee": false }],
    ["वर्किंग वीज़ा कंपनी देगी।", { "legitimacy.workPermitSponsored": true }],
    ["ई-माइग्रेट पर रजिस्ट्रेशन की कोई ज़रूरत नहीं।", { "legitimacy.workPermitSponsored": false }],
    ["ई-माइग्रेट पर रजिस्ट्रेशन के बाद ही फ्लाइट।", { "legitimacy.workPermitSponsored": true }],
    ["नेशनल स्किल डेवलपमेंट कॉर्पोरेशन के साथ।", { "legitimacy.governmentScheme": true }],
    ["दोनों सरकारों के बीच हुए समझौते के तहत भर्ती।", { "legitimacy.governmentScheme": true }],
    ["ईपीएस-टोपिक परीक्षा पास करनी होगी।", { "legitimacy.governmentScheme": true }],
    ["ट्रेड टेस्ट दिल्ली में होगा।", { "legitimacy.multiStageInterview": true }],
    ["बिज़नेस वीज़ा एयरपोर्ट पर मिल जाएगा।", { "travel.touristVisa": true }],
    ["वीज़ा के लिए एयरपोर्ट पर लाइन में लगना होगा।", { "travel.touristVisa": false }],
    ["हमारा आदमी बैंकॉक एयरपोर्ट पर मिलेगा।", { "travel.airportPickup": true }],
    ["हमारा ऑफिस एयरपोर्ट पर है।", { "travel.airportPickup": false }],
    ["जो लोग हिंदी-इंग्लिश टाइप कर लेते हैं उन्हें ऑफिस का काम।", { "requirements.computerBasicsOnly": true }],
  ])("%s", (description, expected) => {
    const actual = flagValues(description);
    for (const [flag, value] of Object.entries(expected)) expect(actual[flag], flag).toBe(value);
  });

  it.each<[string, RoleFamily]>([
    ["कॉल सेण्टर – कंबोडिया", "customer-service"],
    ["ऑनलाइन चैटिंग – लाओस", "chat-support"],
    ["टाइपिंग की नौकरी – थाईलैंड", "typing"],
    ["कंप्यूटर आपरेटर – म्यांमार", "data-entry"],
    ["सोशल मीडिया प्रमोशन – दुबई", "marketing"],
    ["ऑफशोर गेमिंग – मनीला", "casino"],
    ["दुभाषिये चाहिए – बैंकॉक", "translator"],
  ])("reads the role in %s", (title, family) => {
    expect(extractRole(contextFrom({ title })).family).toBe(family);
  });

  it.each<[string, { min: number | null; max: number | null }]>([
    ["आयु सीमा 18 से 30", { min: 18, max: 30 }],
    ["अधिकतम आयु 35", { min: null, max: 35 }],
    ["न्यूनतम आयु 21 वर्ष", { min: 21, max: null }],
  ])("reads the age range in %s", (description, range) => {
    expect(extractRequirements(contextFrom({ description })).ageRange).toEqual(range);
  });
});

// Fourth pass: how Hindi ads phrase each indicator beyond the corpus — a recruiter speaking for himself
// (मैं करवा दूँगा), items listed before one "सब कंपनी का", formal register (व्यवस्था संस्था द्वारा, एवं),
// Latin words inside Devanagari (सब Free), weekday departures, and the legitimate wording of licensed
// agencies (government-capped fee, employer named before the visa) — each with a near miss.
describe("Hindi lexicon, fresh wording (fourth pass)", () => {
  it.each<[string, Record<string, boolean>]>([
    ["आने-जाने का किराया, रहना सब कंपनी देगी।", { "travel.flightProvided": true, "travel.accommodationProvided": true }],
    ["खाना-खर्चा, रहना, आना-जाना सब कम्पनी का।", { "travel.flightProvided": true, "travel.accommodationProvided": true, "travel.foodProvided": true }],
    ["टिकट खुद लेना होगा, बाकी सब कंपनी का।", { "travel.flightProvided": false }],
    ["रहना अपना, बाकी सब कंपनी का।", { "travel.accommodationProvided": false }],
    ["Visa, Ticket, Hotel सब Free.", { "travel.flightProvided": true, "travel.visaProvided": true, "travel.accommodationProvided": true }],
    ["टिकट खुद लेना होगा, बाकी सब फ्री।", { "travel.flightProvided": false }],
    ["बाकी टिकट वगैरह मैं करवा दूंगा।", { "travel.flightProvided": true }],
    ["दिल्ली से सीधी फ्लाइट, टिकट हम करा देंगे।", { "travel.flightProvided": true }],
    ["टिकट आपको खुद करवाना होगा।", { "travel.flightProvided": false }],
    ["वीज़ा व हवाई यात्रा की व्यवस्था संस्था द्वारा।", { "travel.flightProvided": true, "travel.visaProvided": true }],
    ["हवाई यात्रा की व्यवस्था उम्मीदवार स्वयं करेगा।", { "travel.flightProvided": false }],
    ["जाने का पूरा खर्च कंपनी उठाएगी।", { "travel.flightProvided": true }],
    ["जाने का खर्च आपको उठाना होगा।", { "travel.flightProvided": false }],
    ["आवास एवं भोजन निःशुल्क।", { "travel.accommodationProvided": true, "travel.foodProvided": true }],
    ["खाना पीना रहना फ्री।", { "travel.accommodationProvided": true, "travel.foodProvided": true }],
    ["खाना-पीना अपना।", { "travel.foodProvided": false, "travel.accommodationProvided": false }],
    ["अगले सोमवार तक निकलना है।", { "travel.urgentDeparture": true }],
    ["अगले सोमवार को इंटरव्यू है।", { "travel.urgentDeparture": false }],
    ["घर पे अभी कुछ मत बोलना, पहुंच के बता देना।", { "travel.hideFromFamily": true }],
    ["घर पे समय पर पहुँचना, देर मत करना।", { "travel.hideFromFamily": false }],
    ["विज़िट वीज़ा पर जाना है, वहाँ जाकर कंपनी सब सेट कर देगी।", { "travel.touristVisa": true, "travel.workPermitAfterArrival": true }],
    ["वहाँ जाकर कंपनी का काम सीखना होगा।", { "travel.workPermitAfterArrival": false }],
    ["बिना वर्क परमिट के काम।", { "travel.workPermitAfterArrival": true }],
    ["बिना वर्क परमिट के काम न करें।", { "travel.workPermitAfterArrival": false }],
    ["घूमने के वीज़ा पर जाना है।", { "travel.touristVisa": true }],
    ["टूरिस्ट वीज़ा पर नौकरी के लिए न जाएँ।", { "travel.touristVisa": false }],
    ["एयरपोर्ट पर कंपनी की गाड़ी मिलेगी।", { "travel.airportPickup": true }],
    ["एयरपोर्ट पर टैक्सी मिलेगी।", { "travel.airportPickup": false }],
    ["विदेश में ऑफिस जॉब, सैलरी लाखों में।", { "travel.workAbroad": true }],
    ["बाहर मुल्क (कम्बोडिया) में काम।", { "travel.workAbroad": true }],
    ["अब्रॉड जॉब, सैलरी डॉलर में।", { "travel.workAbroad": true }],
    ["विदेश में पढ़ाई के बाद भारत में नौकरी।", { "travel.workAbroad": false }],
    ["तुम्हारा सिर्फ पासपोर्ट लगेगा।", { "requirements.passportRequired": true }],
    ["बस पासपोर्ट ले के आओ।", { "requirements.passportRequired": true }],
    ["पासपोर्ट साइज़ फोटो लेकर आएँ।", { "requirements.passportRequired": false }],
    ["Qualification कोई भी चलेगी।", { "requirements.noDegree": true }],
    ["योग्यता: कोई भी ग्रेजुएट चलेगा।", { "requirements.noDegree": false }],
    ["सिर्फ English में chat करना आना चाहिए।", { "requirements.computerBasicsOnly": true }],
    ["कंप्यूटर की बेसिक नॉलेज।", { "requirements.computerBasicsOnly": true }],
    ["कंप्यूटर साइंस की डिग्री।", { "requirements.computerBasicsOnly": false }],
    ["एडवांस 40 हजार, बाकी पहली सैलरी से कटेगा।", { "fees.upfrontFee": true, "fees.advanceRepaidFromSalary": true }],
    ["जॉइनिंग पर एडवांस 5000 रुपये मिलेगा।", { "fees.upfrontFee": false }],
    ["फ़ाइल खुलवाने के 5000 रुपये।", { "fees.upfrontFee": true }],
    ["ट्रेनिंग फीस 3000 देनी होगी।", { "fees.upfrontFee": true }],
    ["कोई ट्रेनिंग फीस नहीं।", { "fees.upfrontFee": false, "fees.noFeePolicy": true }],
    ["छह महीने से पहले नौकरी छोड़ी तो पूरा खर्च लौटाना पड़ेगा।", { "fees.penaltyForLeaving": true }],
    ["नौकरी छोड़ने पर पूरा वेतन उसी महीने मिलेगा।", { "fees.penaltyForLeaving": false }],
    ["कोई एजेंट फ़ीस नहीं।", { "fees.noFeePolicy": true, "fees.upfrontFee": false }],
    ["नो फीस, नो चार्ज।", { "fees.noFeePolicy": true }],
    ["उम्मीदवारों से सरकार द्वारा निर्धारित सेवा शुल्क के अलावा कोई पैसा नहीं लिया जाएगा।", { "fees.noFeePolicy": true, "fees.upfrontFee": false }],
    ["सेवा शुल्क सरकारी नियमों के अनुसार ही, रसीद के साथ।", { "fees.upfrontFee": false }],
    ["हम किसी भी स्तर पर रजिस्ट्रेशन फ़ीस, किट चार्ज या ट्रेनिंग फ़ीस नहीं लेते।", { "fees.upfrontFee": false, "fees.noFeePolicy": true }],
    ["किट चार्ज 2000, बाकी कुछ नहीं लेते।", { "fees.upfrontFee": true }],
    ["हम किसी भी स्तर पर रजिस्ट्रेशन फ़ीस, किट चार्ज या सिक्योरिटी डिपॉज़िट नहीं लेते।", { "fees.upfrontFee": false }],
    ["प्रोसेसिंग फीस 50000, और कोई फीस नहीं लगेगी।", { "fees.upfrontFee": true }],
    ["होटल का नियोक्ता रोज़गार वीज़ा देगा।", { "legitimacy.workPermitSponsored": true }],
    ["वर्क परमिट हम अपने ख़र्च पर बनवाएँगे।", { "legitimacy.workPermitSponsored": true }],
    ["रोज़गार वीज़ा और मान्यता प्रक्रिया अस्पताल करवाएगा।", { "legitimacy.workPermitSponsored": true }],
    ["पहुँचने के बाद वर्क परमिट हम बनवाएँगे।", { "legitimacy.workPermitSponsored": false }],
    ["ई-माइग्रेट का कोई चक्कर नहीं।", { "legitimacy.workPermitSponsored": false }],
    ["अनुबंध भारत में ही साइन होगा।", { "legitimacy.writtenContractBeforeTravel": true }],
    ["प्लॉट नं. 45, औद्योगिक क्षेत्र।", { "legitimacy.streetAddress": true }],
    ["सुखुमवित सोई 11, बैंकॉक।", { "legitimacy.streetAddress": true }],
    ["प्लॉट खरीदें, आसान किस्तों में।", { "legitimacy.streetAddress": false }],
  ])("%s", (description, expected) => {
    const actual = flagValues(description);
    for (const [flag, value] of Object.entries(expected)) expect(actual[flag], flag).toBe(value);
  });

  it.each<[string, RoleFamily]>([
    ["कंप्यूटर पर बैठ के काम – कंबोडिया", "data-entry"],
    ["डेटा प्रविष्टि संचालक – म्यांमार", "data-entry"],
    ["ऑनलाइन कस्टमर से बात करनी होती है – लाओस", "customer-service"],
  ])("reads the role in %s", (title, family) => {
    expect(extractRole(contextFrom({ title })).family).toBe(family);
  });

  it.each<[string, string[]]>([
    ["हिंदी और अंग्रेज़ी जानने वाले अनुवादक चाहिए।", ["eng"]],
    ["अंग्रेज़ी आनी चाहिए।", ["eng"]],
    ["अंग्रेज़ी माध्यम स्कूल के लिए चपरासी।", []],
  ])("reads the languages required in %s", (description, codes) => {
    expect(extractRequirements(contextFrom({ description })).languagesRequired).toEqual(codes);
  });
});

// Fifth pass, from the blind batch 16: English words inside Devanagari sentences (Air ticket और
// accommodation कंपनी देगी, Employment Pass कंपनी स्पॉन्सर करेगी), slash-joined pairs (रहने/खाने),
// "preference for girls", an agent's payment schedule tied to documents (X पासपोर्ट जमा करते समय,
// बाकी वीज़ा आने पर), overland transfer after landing, a visa "converted" or formalities finished
// there, and the legitimate side: digits-plus years of experience and named interview rounds.
describe("Hindi lexicon, blind-batch wording (fifth pass)", () => {
  it.each<[string, Record<string, boolean>]>([
    ["Air ticket और accommodation कंपनी देगी।", { "travel.flightProvided": true, "travel.accommodationProvided": true }],
    ["Air ticket खुद लेना होगा, accommodation कंपनी देगी।", { "travel.flightProvided": false, "travel.accommodationProvided": true }],
    ["एयर टिकट और वीज़ा हम देंगे।", { "travel.flightProvided": true }],
    ["रहने/खाने की सुविधा कंपनी की।", { "travel.accommodationProvided": true, "travel.foodProvided": true }],
    ["रहने/खाने का खर्च आपका।", { "travel.accommodationProvided": false, "travel.foodProvided": false }],
    ["Offer मिलने के 10 दिन के अंदर travel करना होगा।", { "travel.urgentDeparture": true }],
    ["Offer मिलने के 10 दिन के अंदर जवाब देना होगा।", { "travel.urgentDeparture": false }],
    ["बैंकॉक उतरना है, वहाँ से गाड़ी बॉर्डर होते हुए ले जाएगी।", { "travel.airportPickup": true }],
    ["बैंकॉक से आगे गाड़ी से ले जाएँगे।", { "travel.airportPickup": true }],
    ["वहाँ से बस पकड़कर ऑफिस आना होगा।", { "travel.airportPickup": false }],
    ["Bangkok तक flight, फिर बॉर्डर क्रॉस कंपनी करवाएगी।", { "travel.borderCrossing": true }],
    ["टूरिस्ट वीज़ा पर travel, बाद में कंपनी Non-B वीज़ा में convert करवाएगी।", { "travel.touristVisa": true, "travel.workPermitAfterArrival": true }],
    ["Visa on arrival, बाकी कागज़ात वहीं पहुँचकर।", { "travel.workPermitAfterArrival": true }],
    ["बाकी formalities दिल्ली ऑफ़िस में पूरी होंगी।", { "travel.workPermitAfterArrival": false }],
    ["8 फ्रेशर्स चाहिए।", { "requirements.noExperience": true }],
    ["फ्रेशर्स के लिए ट्रेनिंग प्रोग्राम।", { "requirements.noExperience": false }],
    ["कोई डिग्री नहीं माँगी जाएगी।", { "requirements.noDegree": true }],
    ["डिग्री की कॉपी माँगी जाएगी।", { "requirements.noDegree": false }],
    ["Excel / Google Sheets का बेसिक ज्ञान।", { "requirements.computerBasicsOnly": true }],
    ["Excel का एडवांस ज्ञान ज़रूरी।", { "requirements.computerBasicsOnly": false }],
    ["लड़कियों को प्राथमिकता, फुल-लेंथ फ़ोटो भेजें।", { "requirements.genderOrAppearance": true }],
    ["स्मार्ट लुक चाहिए।", { "requirements.genderOrAppearance": true }],
    ["लड़कों और लड़कियों दोनों को मौका।", { "requirements.genderOrAppearance": false }],
    ["कुल खर्चा ₹1,60,000 – ₹70,000 पासपोर्ट जमा करते समय।", { "fees.upfrontFee": true }],
    ["50 हज़ार वीज़ा आने पर, बाकी टिकट मिलने पर।", { "fees.upfrontFee": true }],
    ["कुल खर्चा ₹1,20,000, आधा अभी", { "fees.upfrontFee": true }],
    ["कुल खर्चा ₹0, सब कंपनी देगी।", { "fees.upfrontFee": false }],
    ["₹5,000 जॉइनिंग बोनस ऑफ़र लेटर मिलने पर।", { "fees.upfrontFee": false }],
    ["Employment Pass कंपनी स्पॉन्सर करेगी।", { "legitimacy.workPermitSponsored": true }],
    ["Non-B visa और work permit कंपनी sponsor करेगी।", { "legitimacy.workPermitSponsored": true }],
    ["Employment Pass के लिए आवेदन आपको खुद करना होगा।", { "legitimacy.workPermitSponsored": false }],
    ["वर्क परमिट जॉइनिंग के बाद कंपनी स्पॉन्सर करेगी।", { "legitimacy.workPermitSponsored": false, "travel.workPermitAfterArrival": true }],
    ["इंटरव्यू: कोडिंग राउंड और सिस्टम डिज़ाइन।", { "legitimacy.multiStageInterview": true }],
    ["ज़रूरी अनुभव: 6+ साल।", { "requirements.seniorQualifications": true }],
  ])("%s", (description, expected) => {
    const actual = flagValues(description);
    for (const [flag, value] of Object.entries(expected)) expect(actual[flag], flag).toBe(value);
  });

  it.each<[string, RoleFamily | "other"]>([
    ["टाइपिंग / डेटा का काम – बॉर्डर वाली कंपनी", "typing"],
    ["डेटा का काम – लाओस", "data-entry"],
    ["डेटा साइंटिस्ट – बेंगलुरु", "other"],
  ])("reads the role in %s", (title, family) => {
    expect(extractRole(contextFrom({ title })).family).toBe(family);
  });
});

// Sixth pass, from the blind batch 17: a visa-on-arrival or "social visit pass" written with hyphens,
// an e-visa as the way in, employment papers "completed once there" or a permit the company "will do
// later", formal cost wording (यात्रा व्यय कंपनी वहन करेगी), housing "from the company" or "on the
// company premises", Hinglish lists ending in "sab free", language cues (हिंदी भाषी, अंग्रेज़ी में
// सहज), and warnings against tourist-visa work that must stay silent.
describe("Hindi lexicon, blind-batch wording (sixth pass)", () => {
  it.each<[string, Record<string, boolean>]>([
    ["उम्मीदवार वीज़ा-ऑन-अराइवल पर जाएँगे।", { "travel.touristVisa": true }],
    ["यात्रा सोशल विज़िट पास पर होगी।", { "travel.touristVisa": true }],
    ["उम्मीदवार ई-वीज़ा पर यात्रा करेंगे।", { "travel.touristVisa": true }],
    ["रोज़गार ई-वीज़ा पर यात्रा करेंगे।", { "travel.touristVisa": false }],
    ["Candidates e-visa pe travel karenge.", { "travel.touristVisa": true }],
    ["पासपोर्ट साइज़ फोटो और विज़िट पासपोर्ट की कॉपी।", { "travel.touristVisa": false }],
    ["सावधान! टूरिस्ट वीज़ा पर नौकरी के लिए विदेश न जाएँ।", { "travel.touristVisa": false }],
    ["टूरिस्ट वीज़ा पर काम करना गैरकानूनी है।", { "travel.touristVisa": false }],
    ["विज़िट वीज़ा पर नौकरी का झांसा देने वालों से सावधान।", { "travel.touristVisa": false }],
    ["Employment Pass यात्रा से पहले; विज़िट पास पर कोई यात्रा नहीं होगी।", { "travel.touristVisa": false, "legitimacy.workPermitSponsored": true }],
    ["टूरिस्ट वीज़ा पर कोई भर्ती नहीं करते।", { "travel.touristVisa": false }],
    ["विज़िट वीज़ा पर जाना है, वहाँ जाकर सब सेट।", { "travel.touristVisa": true }],
    ["रोज़गार से संबंधित दस्तावेज़ वहाँ पहुँचने पर एचआर पूरे करेगा।", { "travel.workPermitAfterArrival": true }],
    ["रोज़गार से संबंधित दस्तावेज़ दिल्ली ऑफ़िस में जमा करें।", { "travel.workPermitAfterArrival": false }],
    ["वर्क परमिट कंपनी बाद में करवा देगी।", { "travel.workPermitAfterArrival": true, "legitimacy.workPermitSponsored": false }],
    ["वर्क परमिट बाद में कंपनी देगी।", { "travel.workPermitAfterArrival": true, "legitimacy.workPermitSponsored": false }],
    ["वर्क परमिट बाद में मिल जाएगा।", { "travel.workPermitAfterArrival": true }],
    ["वर्क परमिट यात्रा से पहले, सैलरी बाद में मिलेगी।", { "travel.workPermitAfterArrival": false, "legitimacy.workPermitSponsored": true }],
    ["Work permit जॉइनिंग के बाद बनेगा।", { "travel.workPermitAfterArrival": true }],
    ["Employment Pass हमारी इकाई यात्रा से पहले आवेदन करेगी।", { "legitimacy.workPermitSponsored": true }],
    ["Employment Pass पहुँचने के बाद बनेगा।", { "legitimacy.workPermitSponsored": false, "travel.workPermitAfterArrival": true }],
    ["यात्रा व्यय कंपनी वहन करेगी।", { "travel.flightProvided": true }],
    ["यात्रा व्यय उम्मीदवार स्वयं वहन करेगा।", { "travel.flightProvided": false }],
    ["फ्री वीज़ा-टिकट।", { "travel.flightProvided": true, "travel.visaProvided": true }],
    ["Ticket, rehna, khana sab free.", { "travel.flightProvided": true, "travel.accommodationProvided": true, "travel.foodProvided": true }],
    ["Ticket khud lena, baaki sab free.", { "travel.flightProvided": false }],
    ["Visa, hotel sab company ka.", { "travel.visaProvided": true, "travel.accommodationProvided": true }],
    ["Ticket company sponsor karegi.", { "travel.flightProvided": true }],
    ["साझा आवास कंपनी की ओर से।", { "travel.accommodationProvided": true }],
    ["आवास कंपनी परिसर में उपलब्ध।", { "travel.accommodationProvided": true }],
    ["आवास की व्यवस्था उम्मीदवार को ख़ुद करनी होगी।", { "travel.accommodationProvided": false }],
    ["12 महीने से पहले लौटने पर टिकट और वीज़ा का पूरा खर्च चुकाना होगा।", { "fees.penaltyForLeaving": true }],
    ["बीच में छोड़ने पर 3000 डॉलर देना होगा।", { "fees.penaltyForLeaving": true }],
    ["बीच में नौकरी छोड़ने पर लैपटॉप लौटाना होगा।", { "fees.penaltyForLeaving": false }],
    ["बीच में नौकरी छोड़ने पर एक महीने का नोटिस देना होगा।", { "fees.penaltyForLeaving": false }],
    ["दलाल फीस सिर्फ़ 40 हज़ार।", { "fees.upfrontFee": true }],
    ["कोई दलाल फीस नहीं।", { "fees.upfrontFee": false, "fees.noFeePolicy": true }],
    ["इमिग्रेशन पर किसी को नहीं बताना कि काम पर जा रहे हो।", { "travel.poseAsTourist": true }],
    ["इमिग्रेशन क्लीयरेंस के लिए एचआर को बताना कि कब जा रहे हो।", { "travel.poseAsTourist": false }],
    ["पासपोर्ट जमा करना होगा।", { "requirements.passportRequired": true }],
    ["Passport jama karna hoga.", { "requirements.passportRequired": true }],
    ["Process: online assignment → 2 technical rounds → culture fit", { "legitimacy.multiStageInterview": true }],
    ["Joining 2 din me, 3 shifts rotational.", { "legitimacy.multiStageInterview": false }],
    ["Gupta General Store, Kapoorthala chauraha ke paas.", { "legitimacy.streetAddress": true }],
    ["दुकान: घंटाघर चौक के सामने, अलीगढ़।", { "legitimacy.streetAddress": true }],
    ["चौक पर मिलो, वहीं से गाड़ी।", { "legitimacy.streetAddress": false }],
  ])("%s", (description, expected) => {
    const actual = flagValues(description);
    for (const [flag, value] of Object.entries(expected)) expect(actual[flag], flag).toBe(value);
  });

  it.each<[string, RoleFamily]>([
    ["घर जैसा आराम, काम सिर्फ़ चैटिंग – 1 लाख महीना", "chat-support"],
    ["टाइपिंग स्टाफ़ चाहिए – म्यांमार बॉर्डर", "typing"],
  ])("reads the role in %s", (title, family) => {
    expect(extractRole(contextFrom({ title })).family).toBe(family);
  });

  it.each<[string, string[]]>([
    ["अपनी हिंदी भाषी ग्राहक सहायता टीम के लिए भर्ती।", ["hin"]],
    ["योग्यता: स्नातक, अंग्रेज़ी में सहज।", ["eng"]],
    ["अंग्रेज़ी अच्छी होनी चाहिए।", ["eng"]],
    ["हिंदी–अंग्रेज़ी अनुवादक की आवश्यकता है।", ["eng"]],
    ["हिंदी फ़िल्मों के शौकीन सहकर्मी।", []],
  ])("reads the languages required in %s", (description, codes) => {
    expect(extractRequirements(contextFrom({ description })).languagesRequired).toEqual(codes);
  });
});

describe("Hindi lexicon: sixth pass (phrasing families beyond the corpus)", () => {
  // The first read builds every lexicon and the rule pack; on a busy machine that alone can exceed a test's timeout.
  beforeAll(() => {
    flagValues("");
    createScreener().screen({ description: "तैयारी", language: "hin" });
  }, 60_000);

  it.each<[string, string, Record<string, boolean>]>([
    ["does not read Hinglish 'not joined on a visit visa'", "Visit visa par join nahi karaya jata.", { "travel.touristVisa": false }],
    ["does not read Hinglish 'no work on a tourist visa'", "Tourist visa par kaam nahi milega.", { "travel.touristVisa": false }],
    ["still reads Hinglish coming on a tourist visa for work there", "Tourist visa par aana hai, kaam wahan milega.", { "travel.touristVisa": true }],
    ["does not read 'not joined on a visit visa' in Devanagari", "विज़िट वीज़ा पर जॉइन नहीं कराया जाता।", { "travel.touristVisa": false }],
    ["reads a job somewhere in Southeast Asia", "दक्षिण-पूर्व एशिया में एक कंपनी को सेल्स स्टाफ़ चाहिए।", { "travel.workAbroad": true }],
    ["does not read Southeast Asia named as an export market", "दक्षिण-पूर्व एशिया हमारा सबसे बड़ा निर्यात बाज़ार है।", { "travel.workAbroad": false }],
    ["reads 'a country in Asia' as the only destination", "एशिया के किसी देश में ऑफिस जॉब।", { "travel.workAbroad": true }],
    ["reads romanised South East Asia with a job", "South East Asia me job, salary achhi.", { "travel.workAbroad": true }],
    ["reads 'no need to tell the family much'", "घरवालों को ज़्यादा कुछ बताने की ज़रूरत नहीं।", { "travel.hideFromFamily": true }],
    ["reads the same in Hinglish", "Gharwalon ko zyada batane ki zarurat nahi.", { "travel.hideFromFamily": true }],
    ["reads the cover story 'just say you got an office job'", "बस कहना कि ऑफिस की नौकरी मिली है।", { "travel.hideFromFamily": true }],
    ["reads the cover story in Hinglish", "Bas itna kehna ki office ki job mili hai.", { "travel.hideFromFamily": true }],
    ["does not read advice to apply with the family informed", "परिवार को पूरी जानकारी देकर ही आवेदन करें।", { "travel.hideFromFamily": false }],
    ["does not read 'the family must be told'", "घरवालों को ज़्यादा कुछ बताने की ज़रूरत है।", { "travel.hideFromFamily": false }],
    ["reads 'only English conversation needed'", "बस अंग्रेज़ी में बातचीत आनी चाहिए, बाकी सब सिखा देंगे।", { "requirements.computerBasicsOnly": true }],
    ["reads the same in Hinglish", "Bas thodi English me baat karna aana chahiye.", { "requirements.computerBasicsOnly": true }],
    ["does not read fluent English required", "अंग्रेज़ी में धाराप्रवाह बातचीत आनी चाहिए।", { "requirements.computerBasicsOnly": false }],
  ])("%s", (_name, description, expected) => {
    const actual = flagValues(description);
    for (const [flag, value] of Object.entries(expected)) expect(actual[flag], flag).toBe(value);
  });

  const screener = createScreener();
  it.each<[string, string, string, boolean]>([
    ["reads Hinglish 'DM karo'", "message-for-details", "Interested ho to DM karo.", true],
    ["reads Hinglish 'details inbox me denge'", "message-for-details", "Baaki details inbox me denge.", true],
    ["does not read a resume sent on WhatsApp", "message-for-details", "Resume WhatsApp par bhejein.", false],
    ["reads 'no hassle of the emigration check'", "bypasses-official-emigration-channel", "Emigration check ka jhanjhat nahi.", true],
    ["reads a flight without the emigration check", "bypasses-official-emigration-channel", "Bina emigration check ke seedha flight.", true],
    ["does not read an emigration check the agency will arrange", "bypasses-official-emigration-channel", "Emigration check zaroori hai, hum karwayenge.", false],
    ["does not read clearance that ECR holders need", "bypasses-official-emigration-channel", "ECR passport walon ke liye emigration clearance ki zarurat hai.", false],
  ])("%s", (_name, rule, description, fires) => {
    expect(screener.screen({ description, language: "hin" }).signals.some((signal) => signal.id === rule)).toBe(fires);
  });
});

// legitimacy.warnsJobSeekers: advisories and careful employers warn job seekers in the lures' own words.
// Two separate cues are needed: trafficking, scam-den and forced-work vocabulary; reporting to, or checking
// with, the police, the embassy, eMigrate/MEA or a helpline; warnings and public notices aimed at job seekers.
// A lure's borrowed line ("फर्जी एजेंटों से सावधान"), its reassurances ("कोई अवैध एजेंट नहीं") and its
// instruction to tell the police nothing must not add up to two.
describe("Hindi lexicon: advisories warning job seekers", () => {
  beforeAll(() => {
    flagValues("");
  }, 60_000);

  it.each<[string, string, Record<string, boolean>]>([
    ["reads a public notice of a job lure and youths held in scam dens", "सार्वजनिक सूचना: कंबोडिया और म्यांमार में नौकरी का झांसा देकर युवाओं को साइबर ठगी के अड्डों पर बंधक बनाया जा रहा है।", { "legitimacy.warnsJobSeekers": true }],
    ["reads trafficking and a complaint at the nearest police station", "विदेश में नौकरी के नाम पर मानव तस्करी हो रही है। ऐसे किसी भी ऑफ़र की शिकायत नज़दीकी पुलिस थाने में करें।", { "legitimacy.warnsJobSeekers": true }],
    ["reads checking the agent's RC on eMigrate and the PBSK toll-free number", "भर्ती एजेंट का RC नंबर ई-माइग्रेट पोर्टल पर ज़रूर जाँचें। किसी परेशानी में प्रवासी भारतीय सहायता केंद्र (टोल फ़्री 1800-11-3090) से संपर्क करें।", { "legitimacy.warnsJobSeekers": true }],
    ["reads tourist-visa work called illegal and a warning against unregistered agents", "टूरिस्ट वीज़ा पर नौकरी करना गैरकानूनी है। अपंजीकृत एजेंटों से सावधान रहें।", { "legitimacy.warnsJobSeekers": true, "travel.touristVisa": false }],
    ["reads job fraud with forced cyber fraud and contacting the embassy", "थाईलैंड में नौकरी के नाम पर ठगी हो रही है, लोगों को ज़बरदस्ती साइबर फ्रॉड करवाया जाता है। भारतीय दूतावास से संपर्क करें।", { "legitimacy.warnsJobSeekers": true }],
    ["reads 'don't fall for a high salary' and 'whether the agent is registered or not'", "ऊँची सैलरी के लालच में न आएँ। एजेंट पंजीकृत है या नहीं, यह ई-माइग्रेट पर देखें।", { "legitimacy.warnsJobSeekers": true }],
    ["reads the ministry's advice and 'go only through registered agents'", "विदेश मंत्रालय ने भारतीय नागरिकों को सतर्क रहने की सलाह दी है। केवल पंजीकृत भर्ती एजेंटों के माध्यम से ही विदेश जाएँ।", { "legitimacy.warnsJobSeekers": true }],
    ["reads scam centres, hostages and 'hand your passport to no one'", "म्यांमार के स्कैम सेंटरों में भारतीयों को बंधक बनाया गया। पासपोर्ट किसी को न सौंपें।", { "legitimacy.warnsJobSeekers": true }],
    ["reads a G2G notice: registration only on the government portal and social-media traps", "रजिस्ट्रेशन सिर्फ़ सरकारी पोर्टल पर होगा। सोशल मीडिया के झांसे में न आएँ।", { "legitimacy.warnsJobSeekers": true }],
    ["reads money asked 'in the name of a sure job' and a complaint to the helpline", "अगर कोई \"पक्की नौकरी\" के नाम पर पैसे माँगे तो पुलिस या हेल्पलाइन पर शिकायत करें।", { "legitimacy.warnsJobSeekers": true }],
    ["reads a Hinglish forward: fake agents, a police complaint, cyber slavery", "Savdhan! Farzi agents Cambodia me call center job ka offer dete hain. Aise agent ki shikayat police me karein, cyber gulami ka shikar na banein.", { "legitimacy.warnsJobSeekers": true }],
    ["reads Hinglish job fraud and people held and forced to scam", "Videsh me naukri ke naam pe thagi ho rahi hai, logon ko bandhak banakar scam karne par majboor kiya jata hai.", { "legitimacy.warnsJobSeekers": true }],
    ["does not read one borrowed line against fake agents as an advisory", "फर्जी एजेंटों से सावधान! हमारे नाम से कोई पैसे माँगे तो हमें बताएँ। टूरिस्ट वीज़ा, फ्री टिकट, टेलीग्राम पर संपर्क करें।", { "legitimacy.warnsJobSeekers": false, "travel.touristVisa": true }],
    ["does not read a lure's reassurance and 'tell the police nothing'", "यह कोई फ्रॉड नहीं है, 100% लीगल काम है। कोई अवैध एजेंट नहीं, सीधी कंपनी। पुलिस को कुछ मत बताना।", { "legitimacy.warnsJobSeekers": false }],
    ["does not read 'no scam centre, no fake call centre' beside a borrowed warning", "फर्जी एजेंटों से सावधान! यह कोई स्कैम सेंटर नहीं, कोई फर्जी कॉल सेंटर नहीं, 100% लीगल जॉब।", { "legitimacy.warnsJobSeekers": false }],
    ["does not read 'no brokers, direct hiring' beside a borrowed warning", "कोई दलाल नहीं, सीधी कंपनी भर्ती! दलालों के चक्कर में न पड़ें। फर्जी एजेंटों से सावधान।", { "legitimacy.warnsJobSeekers": false }],
    ["does not read 'don't inform the police' with a Hinglish borrowed warning", "पुलिस को सूचना न दें, इमिग्रेशन पर घूमने जाना बताना। Fake agents se savdhan, hamara official Telegram yahi hai.", { "legitimacy.warnsJobSeekers": false }],
    ["does not read Hinglish 'don't inform the police'", "Koi tension nahi, sab legal hai. Police ko inform mat karna, bas bolna ghumne ja rahe ho.", { "legitimacy.warnsJobSeekers": false, "travel.poseAsTourist": true }],
    ["does not read one mention of trafficking as an advisory", "हम मानव तस्करी के ख़िलाफ़ हैं। सैलरी $1,500, अनुभव नहीं चाहिए, टूरिस्ट वीज़ा।", { "legitimacy.warnsJobSeekers": false, "travel.touristVisa": true }],
    ["does not count two patterns over one phrase twice", "मानव तस्करी का शिकार", { "legitimacy.warnsJobSeekers": false }],
    ["does not count a help centre and its toll-free number twice", "प्रवासी भारतीय सहायता केंद्र (टोल फ़्री 1800-11-3090)", { "legitimacy.warnsJobSeekers": false }],
    ["does not read police verification, embassy stamping or MEA registration", "पुलिस वेरिफ़िकेशन सर्टिफ़िकेट ज़रूरी। दूतावास से वीज़ा स्टैम्पिंग। विदेश मंत्रालय में पंजीकृत भर्ती एजेंट।", { "legitimacy.warnsJobSeekers": false }],
    ["does not read 'our helpline' or 'check our agency's RC' beside a borrowed warning", "हमारी हेल्पलाइन पर संपर्क करें। हमारी एजेंसी का RC नंबर ई-माइग्रेट पर चेक करें। फर्जी एजेंटों से सावधान।", { "legitimacy.warnsJobSeekers": false }],
  ])("%s", (_name, description, expected) => {
    const actual = flagValues(description);
    for (const [flag, value] of Object.entries(expected)) expect(actual[flag], flag).toBe(value);
  });
});

// travel/fees.negation.sectionBefore: every item under a header over a list of warning signs ("फर्जी नौकरी के संकेत:",
// "Fake job ki pehchan:", "अगर ये बातें दिखें तो सावधान हो जाएँ:") is something to refuse. A lure's own headers
// ("शर्तें", "लाभ", "Requirements") open no such list; a header that runs on into a sentence is an item of its own,
// and a blank line ends the list.
describe("Hindi lexicon: lists of warning signs", () => {
  beforeAll(() => {
    flagValues("");
  }, 60_000);

  it.each<[string, string, Record<string, boolean>]>([
    ["does not read the items under 'signs of a fake job'", "फर्जी नौकरी के संकेत:\n• टूरिस्ट वीज़ा पर काम करवाना\n• टिकट का पैसा सैलरी से कटेगा", { "travel.touristVisa": false, "fees.advanceRepaidFromSalary": false }],
    ["does not read the items under 'how to spot a fake job?'", "फर्जी नौकरी कैसे पहचानें?\n• टूरिस्ट वीज़ा पर काम करवाना", { "travel.touristVisa": false }],
    ["does not read the items under 'if you see these, beware'", "अगर ये बातें दिखें तो सावधान हो जाएँ:\n• वीज़ा, टिकट, रहना सब फ्री\n• प्रोसेसिंग फीस 50,000 रुपये जमा करें", { "travel.flightProvided": false, "travel.accommodationProvided": false, "fees.upfrontFee": false }],
    ["does not read the items under Hinglish 'fake job ki pehchan'", "Fake job ki pehchan:\n- Tourist visa pe kaam\n- Ticket ka paisa salary se katega", { "travel.touristVisa": false, "fees.advanceRepaidFromSalary": false }],
    ["still reads the same items under 'conditions'", "ज़रूरी शर्तें:\n• टूरिस्ट वीज़ा पर काम करवाना\n• टिकट का पैसा सैलरी से कटेगा", { "travel.touristVisa": true, "fees.advanceRepaidFromSalary": true }],
    ["still reads the same items under 'benefits'", "सुविधाएँ:\n• वीज़ा, टिकट, रहना सब फ्री\n• प्रोसेसिंग फीस 50,000 रुपये जमा करें", { "travel.flightProvided": true, "travel.accommodationProvided": true, "fees.upfrontFee": true }],
    ["still reads the same Hinglish items under 'Requirements'", "Requirements:\n- Tourist visa pe kaam\n- Ticket ka paisa salary se katega", { "travel.touristVisa": true, "fees.advanceRepaidFromSalary": true }],
    ["still reads a line below a header that runs on into a sentence", "फर्जी नौकरी के संकेत कई बार दिखते हैं और लोग फँस जाते हैं\n• टूरिस्ट वीज़ा", { "travel.touristVisa": true }],
    ["still reads a Hinglish line below a header that runs on into a sentence", "Fake job ki pehchan me bahut log galti karte hain roz\n- Tourist visa pe kaam", { "travel.touristVisa": true }],
    ["reads a tourist visa again after the blank line that ends the list", "Savdhan rahein agar:\n- Tourist visa pe kaam\n\nTourist visa pe kaam, ticket free.", { "travel.touristVisa": true }],
    ["reads the offer again after the blank line that ends the list", "फर्जी नौकरी के संकेत:\n• ठगी\n\nटूरिस्ट वीज़ा पर काम, टिकट फ्री।", { "travel.touristVisa": true, "travel.flightProvided": true }],
  ])("%s", (_name, description, expected) => {
    const actual = flagValues(description);
    for (const [flag, value] of Object.entries(expected)) expect(actual[flag], flag).toBe(value);
  });
});

// Batch 24 (blind): a state-run agency's Kuwait nursing notice and a Bangkok school's ad quote the lures' words to warn
// against them ("विज़िट वीज़ा पर जाकर नौकरी खोजने की सलाह देने वालों से सावधान", "टूरिस्ट वीज़ा पर थाईलैंड आकर पढ़ाना शुरू
// न करें — बिना वर्क परमिट काम करना ग़ैरक़ानूनी है") and describe a receipted service charge taken after visa stamping;
// a subtle Singapore lure states visa formalities after arrival, a passport scan with the application (पहले व आखिरी
// पेज), a company air ticket with shared accommodation and joining within days. Each must-not row has a lure beside it.
describe("Hindi lexicon: batch 24 (quoted warnings, lawful fees, papers after arrival)", () => {
  beforeAll(() => {
    flagValues("");
  }, 60_000);

  it.each<[string, string, Record<string, boolean>]>([
    // travel.negation.after: "those who advise / tell you to <lure>"
    ["does not read a warning against those who advise going on a visit visa", "विज़िट वीज़ा पर जाकर नौकरी खोजने की सलाह देने वालों से सावधान रहें।", { "travel.touristVisa": false }],
    ["does not read a warning against agents who tell you to go on a tourist visa", "टूरिस्ट वीज़ा पर जाने को कहने वाले एजेंटों की शिकायत करें।", { "travel.touristVisa": false }],
    ["still reads an agency advising the visit visa itself", "हम आपको विज़िट वीज़ा पर जाकर नौकरी खोजने की सलाह देते हैं, टिकट हम देंगे।", { "travel.touristVisa": true }],
    ["still reads a tourist visa with the work visa after arrival", "टूरिस्ट वीज़ा पर आओ, वर्क वीज़ा पहुँचने के बाद बनवा देंगे।", { "travel.touristVisa": true, "travel.workPermitAfterArrival": true }],
    // travel.negation.after: "don't come on a tourist visa and start working"
    ["does not read 'don't come to Thailand on a tourist visa and start teaching'", "कृपया टूरिस्ट वीज़ा पर थाईलैंड आकर पढ़ाना शुरू न करें।", { "travel.touristVisa": false }],
    ["does not read 'never go to Dubai on a visit visa and look for work'", "विज़िट वीज़ा पर दुबई जाकर नौकरी खोजना कभी न करें।", { "travel.touristVisa": false }],
    ["still reads 'come on a tourist visa and start working'", "टूरिस्ट वीज़ा पर आकर काम शुरू करें, परमिट बाद में।", { "travel.touristVisa": true }],
    ["still reads 'come on a tourist visa, don't worry'", "टूरिस्ट वीज़ा पर आकर कोई टेंशन मत करना, सब सेट है।", { "travel.touristVisa": true }],
    // workPermitAfterArrival: "working without a permit is illegal" is a warning, not the offer
    ["does not read 'working without a work permit is illegal' as a permit after arrival", "थाईलैंड में बिना वर्क परमिट काम करना ग़ैरक़ानूनी है।", { "travel.workPermitAfterArrival": false }],
    ["still reads 'you will work without a work permit'", "शुरू में बिना वर्क परमिट काम करना होगा।", { "travel.workPermitAfterArrival": true }],
    // workPermitAfterArrival: visa formalities after arrival
    ["reads visa formalities completed after arrival", "वीज़ा संबंधी औपचारिकताएँ पहुँचने के बाद कंपनी द्वारा पूरी की जाएँगी।", { "travel.workPermitAfterArrival": true }],
    ["reads the visa process done once there", "वीज़ा की प्रक्रिया वहाँ जाकर कंपनी करेगी।", { "travel.workPermitAfterArrival": true }],
    ["reads an employment visa made after arrival", "एम्प्लॉयमेंट वीज़ा वहाँ पहुँचने के बाद कंपनी बनवाएगी।", { "travel.workPermitAfterArrival": true }],
    ["does not read an employment visa stamped after the offer letter reaches you", "एम्प्लॉयमेंट वीज़ा ऑफ़र लेटर आपके पास पहुँचने के बाद लगेगा।", { "travel.workPermitAfterArrival": false }],
    ["does not read arriving on an employment visa with the residence card made after", "एम्प्लॉयमेंट वीज़ा पर कुवैत पहुँचने के बाद सिविल आईडी कंपनी बनवाएगी।", { "travel.workPermitAfterArrival": false }],
    ["does not read a residence visa stamped after arrival", "रेज़िडेंस वीज़ा की प्रक्रिया पहुँचने के बाद कंपनी करेगी।", { "travel.workPermitAfterArrival": false }],
    ["does not read the visa process started once documents reach the agency", "वीज़ा की प्रक्रिया दस्तावेज़ हमारे पास पहुँचने के बाद शुरू होगी।", { "travel.workPermitAfterArrival": false }],
    // passportCopyRequested: first and last page joined by व / slash
    ["reads a scan of the passport's first and last page (व)", "आवेदन हेतु CV और पासपोर्ट के पहले व आखिरी पेज की स्कैन कॉपी ईमेल करें।", { "requirements.passportCopyRequested": true }],
    ["reads the passport's first/last page", "पासपोर्ट के पहले/आखिरी पेज व्हाट्सऐप करें।", { "requirements.passportCopyRequested": true }],
    ["does not read a passport-size photo as a passport copy", "बायोडाटा (पासपोर्ट साइज़ फोटो सहित) भेजें।", { "requirements.passportCopyRequested": false }],
    // flightProvided, accommodationProvided
    ["reads an air ticket from the company and shared accommodation", "सुविधाएँ: कंपनी की ओर से एयर टिकट, शेयर्ड एकोमोडेशन।", { "travel.flightProvided": true, "travel.accommodationProvided": true }],
    ["does not read shared accommodation at the worker's own rent", "शेयर्ड एकोमोडेशन मिलेगा, किराया अपने खर्च पर।", { "travel.accommodationProvided": false }],
    // urgentDeparture: joining within days
    ["reads joining within ten days", "चयनित उम्मीदवारों को 10 दिनों के भीतर जॉइन करना होगा।", { "travel.urgentDeparture": true }],
    ["does not read joining within a month", "चयनित उम्मीदवारों को 30 दिनों के भीतर जॉइन करना होगा।", { "travel.urgentDeparture": false }],
    // fees.negation.after: a service charge taken after visa stamping
    ["does not read a receipted service charge taken after visa stamping", "उम्मीदवार से केवल ₹30,000 + GST का सेवा शुल्क, वीज़ा स्टैम्पिंग के बाद, रसीद सहित लिया जाएगा।", { "fees.upfrontFee": false }],
    ["still reads half paid now and half after visa stamping", "प्रोसेसिंग फीस ₹80,000: आधा पैसा अभी, आधा वीज़ा स्टैम्पिंग के बाद।", { "fees.upfrontFee": true }],
    ["still reads a fee to deposit now with the rest after stamping", "रजिस्ट्रेशन फीस ₹20,000 अभी जमा करें, बाकी वीज़ा स्टैम्पिंग के बाद।", { "fees.upfrontFee": true }],
    // legitimacy.warnsJobSeekers
    ["reads a warning against visit-visa advisers and money asked 'to confirm a seat'", "विज़िट वीज़ा पर जाकर नौकरी खोजने की सलाह देने वालों से सावधान रहें। “सीट पक्की” करवाने के नाम पर पैसे माँगने वालों की सूचना तुरंत दें।", { "legitimacy.warnsJobSeekers": true }],
    ["reads 'don't start teaching on a tourist visa' and 'working without a permit is illegal'", "टूरिस्ट वीज़ा पर थाईलैंड आकर पढ़ाना शुरू न करें — थाईलैंड में बिना वर्क परमिट काम करना ग़ैरक़ानूनी है।", { "legitimacy.warnsJobSeekers": true, "travel.touristVisa": false, "travel.workPermitAfterArrival": false }],
    ["does not read a lure's seat deposit beside a borrowed warning", "सीट पक्की करने के लिए ₹5000 भेजें। फर्जी एजेंटों से सावधान, टूरिस्ट वीज़ा पर आना है।", { "legitimacy.warnsJobSeekers": false, "travel.touristVisa": true, "fees.upfrontFee": true }],
    ["does not read 'working without a permit is not illegal here'", "यहाँ बिना वर्क परमिट काम करना अवैध नहीं है, टूरिस्ट वीज़ा पर आओ।", { "legitimacy.warnsJobSeekers": false, "travel.touristVisa": true, "travel.workPermitAfterArrival": true }],
  ])("%s", (_name, description, expected) => {
    const actual = flagValues(description);
    for (const [flag, value] of Object.entries(expected)) expect(actual[flag], flag).toBe(value);
  });
});

describe("Hindi lexicon: batch 28 (news reports, victims' accounts, notices quoting lures)", () => {
  beforeAll(() => {
    flagValues("टूरिस्ट वीज़ा");
  }, 60_000);

  it.each<[string, string, Record<string, boolean>]>([
    // travel.negation.after: an advisory's "don't travel on a tourist visa (for employment)"
    ["does not read 'don't travel for work on a tourist/visit visa'", "नौकरी के लिए टूरिस्ट/विज़िट वीज़ा पर यात्रा न करें।", { "travel.touristVisa": false }],
    ["does not read 'don't travel for employment on a tourist or visit visa'", "टूरिस्ट या विज़िट वीज़ा पर रोज़गार के लिए यात्रा न करें।", { "travel.touristVisa": false }],
    ["still reads 'travel on a tourist visa, the work visa after arrival'", "टूरिस्ट वीज़ा पर यात्रा करें, वर्क वीज़ा पहुँचने के बाद बनेगा।", { "travel.touristVisa": true, "travel.workPermitAfterArrival": true }],
    ["still reads 'travel on a visit visa, don't worry about the trip'", "विज़िट वीज़ा पर यात्रा करें, यात्रा की चिंता मत करो।", { "travel.touristVisa": true }],
    // travel.negation.after: a lure's words quoted in a notice ("… जैसी बातें")
    ["does not read a lure's line quoted in a notice", "संदेशों में \"टूरिस्ट वीज़ा पर आ जाओ\" जैसी बातें लिखी होती हैं।", { "travel.touristVisa": false }],
    ["does not read a free ticket quoted as 'such offers'", "\"ऊँची सैलरी, मुफ़्त टिकट\" जैसे ऑफ़र की पहले दूतावास से पुष्टि करें।", { "travel.flightProvided": false }],
    ["still reads a lure telling readers not to fear 'such talk'", "\"टूरिस्ट वीज़ा पर आ जाओ\" जैसी बातों से डरें नहीं, सब लीगल है।", { "travel.touristVisa": true }],
    ["still reads the lure's own line", "टूरिस्ट वीज़ा पर आ जाओ, टिकट हम देंगे।", { "travel.touristVisa": true, "travel.flightProvided": true }],
    // travel.negation.sectionBefore: "the ministry issued an advisory and said:" over a list
    [
      "does not read the items of a ministry advisory's list",
      "विदेश मंत्रालय ने एक बार फिर परामर्श जारी कर कहा है कि:\n• \"बिना अनुभव, ऊँची सैलरी\" वाले विदेशी ऑफ़र की पहले दूतावास से पुष्टि करें।\n• पासपोर्ट की कॉपी किसी एजेंट को देने से पहले उसका RC नंबर देखें।",
      { "requirements.noExperience": false, "requirements.passportCopyRequested": false },
    ],
    [
      "still reads a company's own list under 'the company has said'",
      "कंपनी ने कहा है कि:\n• बिना अनुभव के भी चलेगा\n• टूरिस्ट वीज़ा पर आना है\n• पासपोर्ट की कॉपी भेजें",
      { "requirements.noExperience": true, "travel.touristVisa": true, "requirements.passportCopyRequested": true },
    ],
    // touristVisa: sent on a tourist visa, told as a victims' account (harm in the same sentence)
    ["does not read a news account of victims sent on tourist visas", "ज़्यादातर को टूरिस्ट वीज़ा पर बैंकॉक भेजा गया, जहाँ से अवैध रूप से म्यांमार ले जाया गया।", { "travel.touristVisa": false }],
    ["still reads a testimonial of being called on a tourist visa", "पिछले महीने मुझे टूरिस्ट वीज़ा पर बैंकॉक बुलाया गया, सैलरी बहुत अच्छी है, DM करें।", { "travel.touristVisa": true }],
    ["still reads 'sent on a tourist visa, nothing illegal'", "सबको टूरिस्ट वीज़ा पर भेजा गया, कुछ भी अवैध नहीं है।", { "travel.touristVisa": true }],
    // workPermitAfterArrival: travel only once the permit's approval arrives
    ["does not read travel only after the work permit's pre-approval arrives", "वर्क परमिट की पूर्व-स्वीकृति आने के बाद ही यात्रा होगी।", { "travel.workPermitAfterArrival": false }],
    ["does not read the ticket booked once the work permit arrives", "वर्क परमिट आने के बाद टिकट बुक होगा।", { "travel.workPermitAfterArrival": false }],
    ["still reads a work permit made after you arrive", "वर्क परमिट आपके यहाँ आने के बाद बनेगा।", { "travel.workPermitAfterArrival": true }],
    // passportCopyRequested: "don't send it to a stranger", "if anyone asks for it, tell us"
    ["does not read 'don't send a passport photo to any unknown HR'", "अपना पासपोर्ट या पासपोर्ट की फ़ोटो किसी अनजान \"HR\" को न भेजें।", { "requirements.passportCopyRequested": false }],
    ["still reads a passport photo asked for, with secrecy", "पासपोर्ट की फ़ोटो भेजें, किसी को कुछ मत बताना।", { "requirements.passportCopyRequested": true }],
    ["does not read 'if anyone asks for a passport copy in our name, tell us'", "अगर कोई हमारे नाम से पैसे या पासपोर्ट की कॉपी व्हाट्सऐप पर माँगे तो तुरंत हमें सूचित करें।", { "requirements.passportCopyRequested": false }],
    ["still reads 'if HR asks for the passport copy, send it at once'", "HR पासपोर्ट की कॉपी माँगे तो तुरंत व्हाट्सऐप पर भेज दें।", { "requirements.passportCopyRequested": true }],
    ["still reads a passport copy beside a borrowed warning", "हमारे नाम से फ़र्ज़ी एजेंटों से सावधान रहें। पहले पासपोर्ट की कॉपी भेजें।", { "requirements.passportCopyRequested": true }],
    // legitimacy.warnsJobSeekers: rescue-news vocabulary
    [
      "reads rescued, returned safely and a case registered",
      "म्यांमार के साइबर ठगी केंद्रों से छुड़ाए गए 41 भारतीय सुरक्षित लौटे। पुलिस ने एजेंटों के ख़िलाफ़ धोखाधड़ी का मामला दर्ज किया है।",
      { "legitimacy.warnsJobSeekers": true },
    ],
    ["reads 'trapped by the lure of high pay' and an advisory issued", "ऊँची सैलरी के झांसे में फँसे युवकों के लिए दूतावास ने परामर्श जारी किया।", { "legitimacy.warnsJobSeekers": true }],
    [
      "does not read a lure's borrowed warning and success story",
      "फ़र्ज़ी एजेंटों के झांसे में न फँसें, हम 100% लीगल हैं। मैं ख़ुद पिछले साल गया और सुरक्षित पहुँचा, टूरिस्ट वीज़ा पर आओ।",
      { "legitimacy.warnsJobSeekers": false, "travel.touristVisa": true },
    ],
  ])("%s", (_name, description, expected) => {
    const actual = flagValues(description);
    for (const [flag, value] of Object.entries(expected)) expect(actual[flag], flag).toBe(value);
  });

  it.each<[string, number]>([
    ["म्यांमार के साइबर ठगी केंद्रों से छुड़ाए गए 41 भारतीय सुरक्षित लौटे। पुलिस ने एजेंटों के ख़िलाफ़ धोखाधड़ी का मामला दर्ज किया है।", 4],
    ["थाईलैंड में कस्टमर सपोर्ट, टूरिस्ट वीज़ा, फ़्री टिकट। फ़र्ज़ी एजेंटों के झांसे में न फँसें, सीधे हमसे संपर्क करें।", 0],
  ])("counts the advisory cues of %s", (description, cues) => {
    expect(extractLegitimacy(contextFrom({ description })).advisoryCues).toBe(cues);
  });
});
