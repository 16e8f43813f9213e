import { beforeAll, describe, expect, it } from "vitest";
import { flagValues } from "./flags.js";

// Hindi denials and prohibitions of the travel and fee markers (the `after` and `beforeAdjacent`
// negation cues of hin.json): lawful employers, notices and forum answers that name a lure word
// only to refuse it. Each family of cues has lure forms beside it (reassurances, deferrals, a
// prohibition of something else, a pasted warning) on which the marker must stay set.
describe("Hindi negation cues", () => {
  // The first extraction builds every language's lexicon (seconds on a loaded machine); pay it here, not in the first row.
  beforeAll(() => {
    flagValues("टूरिस्ट वीज़ा पर आना है, प्रोसेसिंग फीस ₹20,000।");
  }, 60_000);

  it.each<[string, string, Record<string, boolean>]>([
    // we never send / call anyone on a tourist visa
    ["does not read 'we send no one on a tourist visa'", "हम टूरिस्ट वीज़ा पर किसी को नहीं भेजते।", { "travel.touristVisa": false }],
    ["does not read 'we never send anyone for a job on a tourist visa'", "हम कभी भी टूरिस्ट वीज़ा पर नौकरी के लिए नहीं भेजते।", { "travel.touristVisa": false }],
    ["does not read 'no candidate is called on a visit visa'", "विज़िट वीज़ा पर किसी उम्मीदवार को नहीं बुलाया जाता।", { "travel.touristVisa": false }],
    ["does not read 'tourist or visit visa: we never send'", "टूरिस्ट वीज़ा या विज़िट वीज़ा पर हम कभी नहीं भेजते।", { "travel.touristVisa": false }],
    // we get no one to work on it
    ["does not read 'we get no one to work on a tourist visa'", "टूरिस्ट वीज़ा पर किसी से काम नहीं करवाते।", { "travel.touristVisa": false }],
    // it is wrong / illegal / a crime / forbidden
    ["does not read 'sending on a tourist visa for a job is itself wrong'", "टूरिस्ट वीज़ा पर नौकरी के लिए भेजना ही गलत है।", { "travel.touristVisa": false }],
    ["does not read 'working on a tourist visa is a crime in law'", "टूरिस्ट वीज़ा पर काम करना कानूनन अपराध है।", { "travel.touristVisa": false }],
    ["does not read 'a job on a visit visa is forbidden'", "विज़िट वीज़ा पर नौकरी करना मना है।", { "travel.touristVisa": false }],
    ["does not read Hinglish 'working on a tourist visa is illegal'", "tourist visa pe kaam karna illegal hai.", { "travel.touristVisa": false }],
    // do not go (polite, plain, 'never')
    ["does not read 'never go abroad on a tourist visa'", "टूरिस्ट वीज़ा पर विदेश कभी न जाएँ।", { "travel.touristVisa": false }],
    ["does not read the polite 'do not go to Thailand on a visit visa'", "विज़िट वीज़ा पर थाईलैंड मत जाइए।", { "travel.touristVisa": false }],
    ["does not read an employer's 'do not come on a tourist visa'", "टूरिस्ट वीज़ा पर यहाँ काम करने न आएँ।", { "travel.touristVisa": false }],
    ["does not read Hinglish 'never go on a tourist visa'", "tourist visa pe kabhi mat jana.", { "travel.touristVisa": false }],
    // beware of those who send on it
    ["does not read 'beware of agents who send on a tourist visa'", "टूरिस्ट वीज़ा पर भेजने वाले एजेंटों से सावधान रहें।", { "travel.touristVisa": false }],
    // not included / no provision / not used
    ["does not read board and lodging 'not included in this package'", "रहना-खाना इस पैकेज में शामिल नहीं है।", { "travel.accommodationProvided": false, "travel.foodProvided": false }],
    ["does not read 'a free ticket is not provided'", "मुफ़्त टिकट प्रदान नहीं किया जाता।", { "travel.flightProvided": false }],
    ["does not read 'we never use the tourist visa'", "टूरिस्ट वीज़ा का इस्तेमाल हम कभी नहीं करते।", { "travel.touristVisa": false }],
    ["does not read 'there is no provision to join on a tourist visa'", "टूरिस्ट वीज़ा पर जाकर जॉइन करने का कोई प्रावधान नहीं है।", { "travel.touristVisa": false }],
    // not permitted / not valid
    ["does not read 'work is not permitted on a tourist visa'", "टूरिस्ट वीज़ा पर काम करने की अनुमति नहीं है।", { "travel.touristVisa": false }],
    ["does not read 'a tourist visa is not valid for a job'", "टूरिस्ट वीज़ा नौकरी के लिए मान्य नहीं है।", { "travel.touristVisa": false }],
    // fraud in the name of jobs abroad
    ["does not read 'fraud in the name of jobs abroad'", "विदेश में नौकरी के नाम पर ठगी हो रही है।", { "travel.workAbroad": false }],
    // neither ... nor
    ["does not read 'we neither send on a tourist visa'", "हम न तो टूरिस्ट वीज़ा पर भेजते हैं, न ही कोई फीस लेते हैं।", { "travel.touristVisa": false }],
    ["does not read 'no fee, nor an agent fee'", "कोई फीस नहीं, न ही एजेंट फीस।", { "fees.upfrontFee": false }],
    // we never take / ask a fee
    ["does not read 'we take the registration fee from no one'", "रजिस्ट्रेशन फीस हम किसी से नहीं लेते।", { "fees.upfrontFee": false }],
    ["does not read a formal 'a processing fee is never asked of candidates'", "प्रोसेसिंग फीस उम्मीदवारों से कभी नहीं माँगी जाती।", { "fees.upfrontFee": false }],
    ["does not read Hinglish 'we take the processing fee from no one'", "processing fee hum kisi se nahi lete.", { "fees.upfrontFee": false }],
    // do not pay / deposit
    ["does not read 'give the processing fee to no one'", "प्रोसेसिंग फीस किसी को न दें।", { "fees.upfrontFee": false }],
    ["does not read 'never deposit a security deposit'", "सिक्योरिटी डिपॉज़िट कभी भी जमा न करें।", { "fees.upfrontFee": false }],
    ["does not read Hinglish 'give the registration fee to no one'", "registration fee kisi ko mat do.", { "fees.upfrontFee": false }],
    // asking it is illegal / a fraud; beware of those who ask
    ["does not read 'asking an agent fee is illegal'", "एजेंट फीस माँगना गैरकानूनी है।", { "fees.upfrontFee": false }],
    ["does not read 'if they ask a registration fee, know it is a fraud'", "रजिस्ट्रेशन फीस माँगे तो समझ लें कि यह धोखा है।", { "fees.upfrontFee": false }],
    ["does not read 'beware of those who ask a processing fee'", "प्रोसेसिंग फीस माँगने वालों से सावधान रहें।", { "fees.upfrontFee": false }],
    // no need to pay; not payable; colloquial 'nothing'
    ["does not read 'there is no need to pay a visa fee'", "वीज़ा फीस देने की कोई ज़रूरत नहीं।", { "fees.upfrontFee": false }],
    ["does not read a notice's 'placement fee not payable'", "प्लेसमेंट शुल्क देय नहीं है।", { "fees.upfrontFee": false }],
    ["does not read the colloquial 'registration fee or whatever, nothing'", "रजिस्ट्रेशन फीस-वीस कुछ नहीं।", { "fees.upfrontFee": false }],
  ])("%s", (_name, description, expected) => {
    const actual = flagValues(description);
    for (const [flag, value] of Object.entries(expected)) expect(actual[flag], flag).toBe(value);
  });

  it.each<[string, string, Record<string, boolean>]>([
    // older cues that read these lure forms as denials
    ["still reads a tourist visa that 'is not wrong'", "टूरिस्ट वीज़ा पर आना गलत नहीं है, कंपनी सब संभाल लेगी।", { "travel.touristVisa": true }],
    ["still reads a tourist visa on which 'nobody checks'", "टूरिस्ट वीज़ा पर कोई चेक नहीं करते।", { "travel.touristVisa": true }],
    ["still reads a fee not charged now but cut from the first salary", "प्रोसेसिंग फीस अभी नहीं लगेगी, पहली सैलरी से कटेगी।", { "fees.upfrontFee": true }],
    // reassurances and instructions beside the lure word
    ["still reads a tourist visa followed by 'no problem'", "टूरिस्ट वीज़ा पर आना है, कोई दिक्कत नहीं।", { "travel.touristVisa": true }],
    ["still reads a tourist visa followed by 'no need to fear'", "टूरिस्ट वीज़ा पर आओ, डरने की जरूरत नहीं।", { "travel.touristVisa": true }],
    ["still reads a visa on arrival followed by 'no work-visa hassle'", "वीज़ा ऑन अराइवल काफ़ी है, कोई वर्क वीज़ा झंझट नहीं।", { "travel.touristVisa": true }],
    ["still reads Hinglish 'come on a tourist visa, don't take tension'", "tourist visa pe aao, tension mat lo.", { "travel.touristVisa": true }],
    ["still reads a tourist visa with 'do not come with family'", "टूरिस्ट वीज़ा पर परिवार के साथ मत आना।", { "travel.touristVisa": true }],
    ["still reads a tourist visa with 'until you reach, tell no one at home'", "टूरिस्ट वीज़ा पर थाईलैंड पहुँच न जाएँ तब तक घर पर मत बताना।", { "travel.touristVisa": true }],
    ["still reads a tourist visa beside 'avoid brokers'", "टूरिस्ट वीज़ा पर आना है दलालों से बचें।", { "travel.touristVisa": true }],
    ["still reads a free ticket beside 'trust no one else'", "मुफ़्त टिकट हम देंगे दूसरों पर भरोसा मत करना।", { "travel.flightProvided": true }],
    ["still reads a job abroad under a pasted 'don't fall for job-abroad lures, we are genuine'", "विदेश में नौकरी के झांसे में न आएं, हम असली हैं।", { "travel.workAbroad": true }],
    ["still reads a tourist visa that a lure calls 'nothing illegal'", "टूरिस्ट वीज़ा पर काम करना कोई अपराध नहीं, सब करते हैं।", { "travel.touristVisa": true }],
    // fees: deferrals, deductions, payment instructions, 'don't delay'
    ["still reads a fee with 'don't delay'", "प्रोसेसिंग फीस ₹20,000, देर न करें।", { "fees.upfrontFee": true }],
    ["still reads a fee with 'don't delay depositing it'", "प्रोसेसिंग फीस जमा करने में देर न करें।", { "fees.upfrontFee": true }],
    ["still reads a fee not needed now but cut from salary", "प्रोसेसिंग फीस अभी देने की ज़रूरत नहीं, सैलरी से कटेगी।", { "fees.upfrontFee": true }],
    ["still reads a fee the company pays first and cuts from salary", "प्रोसेसिंग फीस देने की ज़रूरत नहीं, कंपनी पहले भरेगी फिर सैलरी से काटेगी।", { "fees.upfrontFee": true }],
    ["still reads Hinglish 'don't pay the fee now, it is cut from salary'", "processing fee abhi mat do, salary se katega.", { "fees.upfrontFee": true }],
    ["still reads a fee to be paid into the bank, not in cash", "रजिस्ट्रेशन फीस कैश में न दें, सिर्फ़ बैंक में जमा करें।", { "fees.upfrontFee": true }],
    ["still reads a fee with 'nothing besides it'", "एजेंट फीस के अलावा कुछ नहीं लगेगा।", { "fees.upfrontFee": true }],
    ["still reads a fee with 'give money to no one besides it'", "प्रोसेसिंग फीस के अलावा किसी को पैसे न दें।", { "fees.upfrontFee": true }],
    ["still reads a fee paid to the company, not to an agent", "रजिस्ट्रेशन फीस किसी एजेंट को न दें, सीधे कंपनी के खाते में डालें।", { "fees.upfrontFee": true }],
    ["still reads a fee that 'is not wrong to take'", "प्रोसेसिंग फीस लेना गलत नहीं, सब कंपनियाँ लेती हैं।", { "fees.upfrontFee": true }],
    ["still reads a fee paid quickly so the seat is not lost", "एजेंट फीस जल्दी भरें ताकि सीट न जाए।", { "fees.upfrontFee": true }],
  ])("%s", (_name, description, expected) => {
    const actual = flagValues(description);
    for (const [flag, value] of Object.entries(expected)) expect(actual[flag], flag).toBe(value);
  });
});
