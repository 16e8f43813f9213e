import { beforeAll, describe, expect, it } from "vitest";
import { advisoryCueTable } from "./advisory-cue-table.js";
import { ADVISORY_ANCHORS, advisoryCues, allFlags, flagValues } from "./flags.js";

// Lawful Hindi ads about work abroad (licensed agencies, state overseas-employment corporations and
// skill missions, employers that sponsor the work visa, schools, hospitals and hotels that hire through
// panel interviews and practical tests) say who they are in concrete, checkable words: the scheme's
// or the state undertaking's name, the permit and who sponsors it before travel, the stages of
// selection, a contract attested or sent before departure, a registration number in its Indian form,
// a floor-and-building address, "no fee of any kind" and "beware of anyone asking money in our
// name". Lures paste vague claims ("सरकार से मान्यता प्राप्त", "100% लीगल") and promise what comes
// after arrival ("वहाँ पहुँचकर वर्क परमिट", "कॉन्ट्रैक्ट पहुँचने पर"): those must not read as markers.

describe("Hindi legitimacy markers of lawful overseas recruitment", () => {
  // The first extraction builds every language's lexicon (seconds on a loaded machine); pay it here, not in the first row.
  beforeAll(() => {
    allFlags("");
    advisoryCues(ADVISORY_ANCHORS.hin);
  }, 60_000);

  it.each<[string, string, Record<string, boolean>]>([
    // governmentScheme
    ["a hyphenated government-to-government programme", "जर्मनी में नर्सों की भर्ती सरकार-से-सरकार कार्यक्रम के तहत।", { "legitimacy.governmentScheme": true }],
    ["a state government undertaking", "उत्तर प्रदेश विदेश भर्ती निगम (राज्य सरकार का उपक्रम) द्वारा भर्ती।", { "legitimacy.governmentScheme": true }],
    ["a state overseas-employment cell", "ज़िला विदेश रोज़गार प्रकोष्ठ में पंजीकरण कराएँ।", { "legitimacy.governmentScheme": true }],
    ["a state skill development mission", "राज्य कौशल विकास मिशन द्वारा जापान के लिए प्रशिक्षण बैच।", { "legitimacy.governmentScheme": true }],
    ["a named state overseas-manpower company (NORKA Roots)", "नोरका रूट्स के माध्यम से सऊदी अरब में नर्सों की भर्ती।", { "legitimacy.governmentScheme": true }],
    ["Japan's technical intern training programme", "तकनीकी प्रशिक्षु प्रशिक्षण कार्यक्रम के अंतर्गत जापान में तीन साल।", { "legitimacy.governmentScheme": true }],
    ["the Specified Skilled Worker programme in Latin script", "जापान सरकार के Specified Skilled Worker कार्यक्रम में पंजीकरण।", { "legitimacy.governmentScheme": true }],
    ["a pre-departure orientation programme", "चयनित उम्मीदवारों के लिए प्री-डिपार्चर ओरिएंटेशन ट्रेनिंग अनिवार्य है।", { "legitimacy.governmentScheme": true }],
    // workPermitSponsored
    ["an employment visa sponsored by the employer", "जर्मनी का एम्प्लॉयमेंट वीज़ा, नियोक्ता द्वारा प्रायोजित।", { "legitimacy.workPermitSponsored": true }],
    ["a school that sponsors the employment visa", "स्कूल एम्प्लॉयमेंट वीज़ा स्पॉन्सर करेगा।", { "legitimacy.workPermitSponsored": true }],
    ["a Latin-script work permit the school arranges", "Work permit और employment visa स्कूल बनवाएगा।", { "legitimacy.workPermitSponsored": true }],
    ["the whole cost of the work permit borne by the company", "वर्क परमिट और एम्प्लॉयमेंट कार्ड का पूरा ख़र्च कंपनी उठाएगी।", { "legitimacy.workPermitSponsored": true }],
    ["Thailand's WP.3 pre-approval", "होटल WP.3 प्री-अप्रूवल लेकर ही आपको बुलाएगा।", { "legitimacy.workPermitSponsored": true }],
    ["a work visa stamped at the embassy in India", "वर्क वीज़ा भारत में स्थित थाई दूतावास से लगेगा।", { "legitimacy.workPermitSponsored": true }],
    ["travel only once the work permit is issued", "वर्क परमिट जारी होने के बाद ही टिकट बुक होगा।", { "legitimacy.workPermitSponsored": true }],
    ["an EU Blue Card", "जर्मनी में ईयू ब्लू कार्ड पर नियुक्ति।", { "legitimacy.workPermitSponsored": true }],
    // multiStageInterview
    ["a panel interview", "प्रिंसिपल और विषय-प्रमुख के साथ पैनल इंटरव्यू।", { "legitimacy.multiStageInterview": true }],
    ["a cooking trial", "वीडियो इंटरव्यू के बाद जयपुर में कुकिंग ट्रायल।", { "legitimacy.multiStageInterview": true }],
    ["a skill test", "नियोक्ता के प्रतिनिधि स्किल टेस्ट लेंगे।", { "legitimacy.multiStageInterview": true }],
    ["a demo lesson", "शॉर्टलिस्ट होने पर 20 मिनट का डेमो लेसन।", { "legitimacy.multiStageInterview": true }],
    ["a client interview", "मुंबई में क्लाइंट इंटरव्यू 12 तारीख़ को।", { "legitimacy.multiStageInterview": true }],
    ["an interview followed by a medical test", "इंटरव्यू में चयन के बाद मेडिकल टेस्ट होगा।", { "legitimacy.multiStageInterview": true }],
    ["a GAMCA medical", "चयनित उम्मीदवारों का गैम्का मेडिकल दिल्ली में।", { "legitimacy.multiStageInterview": true }],
    ["an arrowed sequence ending in a skill test", "चयन: इंटरव्यू → स्किल टेस्ट → ऑफ़र।", { "legitimacy.multiStageInterview": true }],
    // writtenContractBeforeTravel
    ["a contract attested by the embassy", "अनुबंध दूतावास से सत्यापित होगा।", { "legitimacy.writtenContractBeforeTravel": true }],
    ["a contract uploaded on eMigrate", "आपका कॉन्ट्रैक्ट ई-माइग्रेट पोर्टल पर अपलोड किया जाएगा।", { "legitimacy.writtenContractBeforeTravel": true }],
    ["an offer letter before leaving India", "भारत छोड़ने से पहले ऑफ़र लेटर और अनुबंध आपके हाथ में होगा।", { "legitimacy.writtenContractBeforeTravel": true }],
    ["a Latin-script contract before the flight", "Contract फ़्लाइट से पहले साइन होगा।", { "legitimacy.writtenContractBeforeTravel": true }],
    ["a contract emailed before joining", "Contract joining से पहले ईमेल किया जाएगा।", { "legitimacy.writtenContractBeforeTravel": true }],
    // streetAddress
    ["a floor and a building", "कार्यालय: तीसरा तल, श्रम भवन, लखनऊ", { "legitimacy.streetAddress": true }],
    ["an office number", "ऑफ़िस नं. 204, दूसरी मंज़िल", { "legitimacy.streetAddress": true }],
    ["a block number", "सी-ब्लॉक, जनकपुरी, नई दिल्ली", { "legitimacy.streetAddress": true }],
    ["a numbered street abroad", "पता: स्ट्रीट 278, BKK1, नोम पेन्ह", { "legitimacy.streetAddress": true }],
    ["a landmark opposite a petrol pump", "दुकान विभूति खंड में पेट्रोल पंप के सामने है।", { "legitimacy.streetAddress": true }],
    // registrationNumber
    ["a GSTIN", "जीएसटी नंबर: 09AAACR5055K1Z5", { "legitimacy.registrationNumber": true }],
    ["a corporate identity number", "CIN U74999DL2015PTC123456", { "legitimacy.registrationNumber": true }],
    ["an Udyam registration number", "उद्यम पंजीकरण संख्या: UDYAM-UP-50-0012345", { "legitimacy.registrationNumber": true }],
    ["a company registration number", "कंपनी पंजीकरण संख्या: 1234/2015", { "legitimacy.registrationNumber": true }],
    // noFeePolicy
    ["'no registration or joining fee of any kind'", "किसी भी तरह की registration या joining fee नहीं।", { "fees.noFeePolicy": true }],
    ["'no fee whatsoever' in colloquial form", "कोई फीस-वीस नहीं है, सीधे दुकान पर आइए।", { "fees.noFeePolicy": true }],
    ["'the scheme is entirely free'", "यह योजना पूरी तरह निःशुल्क है।", { "fees.noFeePolicy": true }],
    ["'beware of anyone asking money in our name'", "स्कूल के नाम पर पैसे माँगने वाले कॉल से सावधान रहें।", { "fees.noFeePolicy": true }],
    ["'we never ask for money'", "निगम किसी भी चरण पर पैसे नहीं माँगता।", { "fees.noFeePolicy": true }],
    ["'the employer bears the whole recruitment cost'", "भर्ती का पूरा ख़र्च नियोक्ता वहन करेगा।", { "fees.noFeePolicy": true }],
    ["Hinglish 'we take no fee from anyone'", "Hum kisi se koi fees nahi lete.", { "fees.noFeePolicy": true }],
  ])("reads %s", (_name, text, expected) => {
    const values = flagValues(text);
    for (const [flag, value] of Object.entries(expected)) expect(values[flag], flag).toBe(value);
  });

  it.each<[string, string, Record<string, boolean>]>([
    // vague claims
    ["a vague 'government approved' claim", "हमारी कंपनी सरकार से मान्यता प्राप्त है, 100% लीगल।", { "legitimacy.governmentScheme": false }],
    ["a vague 'government job abroad' promise", "विदेश में सरकारी नौकरी, टूरिस्ट वीज़ा पर आना है।", { "legitimacy.governmentScheme": false }],
    // lure promises of a permit after arrival
    ["a work permit the company makes once there", "वर्क परमिट कंपनी वहाँ पहुँचने के बाद बनवाएगी।", { "legitimacy.workPermitSponsored": false }],
    ["a Latin-script work permit made after joining", "Work permit company joining के बाद बनवाएगी।", { "legitimacy.workPermitSponsored": false }],
    ["a work permit whose cost the company bears after arrival", "वर्क परमिट का पूरा ख़र्च कंपनी उठाएगी, वहाँ पहुँचने के बाद।", { "legitimacy.workPermitSponsored": false }],
    ["'after the work permit comes the company will make it'", "टूरिस्ट वीज़ा पर आना है, वर्क परमिट आने के बाद कंपनी बनवाएगी।", { "legitimacy.workPermitSponsored": false }],
    // lure interviews
    ["a typing skill test", "इंटरव्यू सिर्फ़ 5 मिनट, फिर टाइपिंग कौशल परीक्षा।", { "legitimacy.multiStageInterview": false }],
    ["an interview then an offer letter then travel", "प्रक्रिया: ऑनलाइन इंटरव्यू → ऑफ़र लेटर → यात्रा।", { "legitimacy.multiStageInterview": false }],
    ["medical insurance in a perks list", "सुविधाएँ: मेडिकल इंश्योरेंस, फ्री रहना-खाना।", { "legitimacy.multiStageInterview": false }],
    // lure contracts
    ["a contract signed on arrival", "कॉन्ट्रैक्ट वहाँ पहुँचने पर साइन होगा।", { "legitimacy.writtenContractBeforeTravel": false }],
    ["a contract given after joining", "Contract joining के बाद मिलेगा।", { "legitimacy.writtenContractBeforeTravel": false }],
    ["a contract 'verified' by the company itself", "कॉन्ट्रैक्ट कंपनी से वेरिफ़ाइड है, कोई टेंशन नहीं।", { "legitimacy.writtenContractBeforeTravel": false }],
    // addresses that are not addresses
    ["a country and a city only", "ऑफ़िस: बैंकॉक, थाईलैंड।", { "legitimacy.streetAddress": false }],
    ["a floor with no building after it", "ऑफ़िस दूसरी मंज़िल पर है।", { "legitimacy.streetAddress": false }],
    // registration numbers
    ["a vague 'registered company' claim", "हमारी कंपनी सिंगापुर में रजिस्टर्ड है।", { "legitimacy.registrationNumber": false }],
    ["a registration number with no number", "रजिस्ट्रेशन नंबर इंटरव्यू के बाद मिलेगा।", { "legitimacy.registrationNumber": false }],
    // fees
    ["'no hidden charges' before a deposit", "कोई छुपा चार्ज नहीं, बस 30,000 सिक्योरिटी डिपॉज़िट।", { "fees.noFeePolicy": false }],
    ["'we ask no money now, it is cut from salary'", "हम अभी पैसे नहीं माँगते, बाद में सैलरी से कटेगा।", { "fees.noFeePolicy": false }],
    ["a free ticket", "टिकट फ्री, वीज़ा फ्री, रहना फ्री।", { "fees.noFeePolicy": false }],
    ["registration free but a processing fee", "रजिस्ट्रेशन फ्री है, प्रोसेसिंग फीस 50,000 रुपये।", { "fees.noFeePolicy": false }],
  ])("does not read %s", (_name, text, expected) => {
    const values = flagValues(text);
    for (const [flag, value] of Object.entries(expected)) expect(values[flag], flag).toBe(value);
  });
});

advisoryCueTable("Hindi advisory cues in survivors' stories and news reports", "hin", {
  counted: [
    ["'my brother went for a job and got trapped there'", "मेरा भाई नौकरी के लिए थाईलैंड गया था और वहाँ फँस गया।"],
    ["'my son reached Laos via Dubai and got trapped'", "मेरा बेटा दुबई के रास्ते लाओस पहुँचा और फँस गया।"],
    ["'his passport was snatched'", "उसका पासपोर्ट छीन लिया गया।"],
    ["'a ransom was demanded from the family'", "घरवालों से फिरौती माँगी गई।"],
    ["'the family pleaded with the foreign ministry'", "परिवार ने विदेश मंत्रालय से गुहार लगाई।"],
    ["'no contact with the son for three weeks'", "तीन हफ़्ते से बेटे से कोई संपर्क नहीं हो पाया।"],
    ["'a youth who returned told his ordeal'", "वहाँ से लौटे युवक ने आपबीती सुनाई।"],
    ["'the victims said they were made to work 15 hours'", "पीड़ितों ने बताया कि उन्हें रोज़ 15 घंटे काम कराया जाता था।"],
    ["'he was not allowed out of the camp'", "उसे कैंप से बाहर निकलने नहीं दिया जाता था।"],
    ["'youths are taken abroad and sold'", "नौकरी के नाम पर युवाओं को विदेश ले जाकर बेचा जा रहा है।"],
  ],
  notCounted: [
    ["'people say they got trapped there, that is a lie'", "लोग कहते हैं वहाँ फँस गए, यह झूठ है।"],
    ["'passport snatched? not at all'", "पासपोर्ट छीन लिया गया? बिल्कुल नहीं।"],
    ["'my brother has worked there two years, nobody gets trapped'", "मेरा भाई वहाँ दो साल से काम कर रहा है, कोई नहीं फँसता।"],
    ["'do not contact anyone, talk only to us'", "किसी से संपर्क नहीं करना, सीधे हमसे बात करो।"],
    ["'the company will keep the passport'", "पासपोर्ट कंपनी रखेगी।"],
    ["'no talking to family, the phone is deposited'", "घरवालों से बात नहीं होगी, फोन जमा रहेगा।"],
  ],
});
