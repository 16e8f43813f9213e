import { beforeAll, describe, expect, it } from "vitest";
import { ADVISORY_ANCHORS, advisoryCues, allFlags } from "./flags.js";

// Hindi advisories, news reports, notices and forum replies warn in ordinary words ("ऐसे ऑफ़र से सावधान
// रहें", "लालच में न आएँ", "स्थानीय पुलिस को सूचना दें", "उन्हें भारत वापस लाया गया"): each such line is one
// advisory cue. A lure pastes the same lines to look careful, then reassures ("…, हम 100% असली कंपनी हैं"),
// or denies them ("यहाँ कोई मारपीट नहीं होती"): those are not cues.

const ANCHOR = ADVISORY_ANCHORS.hin;

describe("Hindi advisory cues in the words of notices, news and replies", () => {
  // The first extraction builds every language's lexicon (seconds on a loaded machine); pay it here, not in the first row.
  beforeAll(() => {
    allFlags("");
    advisoryCues(ANCHOR);
  }, 60_000);

  it("the anchor alone reads two cues", () => {
    expect(advisoryCues(ANCHOR)).toBe(2);
  });

  it.each<[string, string]>([
    ["beware of such tempting offers", "ऐसे लुभावने ऑफ़र से सावधान रहें।"],
    ["stay away from suspicious calls and links", "संदिग्ध कॉल और लिंक से दूर रहें।"],
    ["do not blindly trust such offers", "ऐसे ऑफ़र पर आँख मूँदकर भरोसा न करें।"],
    ["avoid people who ask for money", "पैसे माँगने वाले लोगों से बचें।"],
    ["do not be tempted by easy money", "आसान कमाई के प्रलोभन में न आएँ।"],
    ["do not be lured by high pay", "ऊँचे वेतन के लालच में न पड़ें।"],
    ["do not become a victim of fraud", "ठगी का शिकार होने से बचें।"],
    ["inform the local police of it", "स्थानीय पुलिस को इसकी सूचना दें।"],
    ["give word of a suspicious message to the police at once", "संदिग्ध संदेश की सूचना तुरंत पुलिस को दें।"],
    ["file a complaint online", "ऑनलाइन शिकायत दर्ज करें।"],
    ["the national cybercrime reporting portal", "राष्ट्रीय साइबर अपराध रिपोर्टिंग पोर्टल पर रिपोर्ट करें।"],
    ["dial 112", "112 डायल करें।"],
    ["verify the agency before paying", "पैसे देने से पहले एजेंसी की पूरी जाँच कर लें।"],
    ["confirm the company is genuine before going abroad", "विदेश जाने से पहले कंपनी की सत्यता की पुष्टि अवश्य करें।"],
    ["have the labour department verify the agency", "श्रम विभाग से एजेंसी का सत्यापन करवाएँ।"],
    ["they were brought back to India", "उन्हें भारत वापस लाया गया।"],
    ["the agents were arrested", "एजेंटों को गिरफ़्तार किया गया।"],
    ["police busted the gang", "पुलिस ने गिरोह का भंडाफोड़ किया।"],
    ["they were taken into custody", "उन्हें हिरासत में लिया गया।"],
    ["they were kept captive in a room", "उन्हें एक कमरे में क़ैद करके रखा गया।"],
    ["they were forced to work 16 hours", "उन्हें 16 घंटे काम करने के लिए मजबूर किया गया।"],
    ["those who objected were beaten", "विरोध करने पर मारपीट की जाती थी।"],
    ["he managed to escape", "वह किसी तरह भागने में कामयाब रहा।"],
    ["he was duped of two lakh rupees", "उससे दो लाख रुपये ठग लिए।"],
    ["this is plainly a case of human trafficking", "यह सीधे-सीधे मानव तस्करी का मामला है।"],
    ["this is a fraud", "यह एक ठगी है।"],
    ["fraudster gangs target the young", "ये ठग गिरोह युवाओं को निशाना बनाते हैं।"],
    ["an international cyber-fraud net", "यह अंतरराष्ट्रीय साइबर ठगी का जाल है।"],
    ["youths are being sent abroad illegally", "युवाओं को अवैध रूप से विदेश भेजा जा रहा है।"],
    ["the police appealed to the public", "पुलिस ने लोगों से अपील की है कि सतर्क रहें।"],
    ["the administration cautions candidates", "प्रशासन अभ्यर्थियों को सचेत करता है।"],
    ["contact the helpline", "हेल्पलाइन पर संपर्क करें।"],
    ["an embassy e-mail address", "cons.vientiane@mea.gov.in पर ईमेल करें।"],
    ["do not travel on a tourist or visit visa for a job", "नौकरी के लिए टूरिस्ट/विज़िट वीज़ा पर यात्रा न करें।"],
    ["do not hand your passport to a stranger", "अपना पासपोर्ट किसी अनजान व्यक्ति को न सौंपें।"],
    ["many cases of fraud have come to light", "ठगी के कई मामले सामने आए हैं।"],
    ["it has come to the college's notice that", "कॉलेज के संज्ञान में आया है कि छात्रों को फ़र्ज़ी संदेश मिल रहे हैं।"],
  ])("reads %s as one more cue", (_name, line) => {
    expect(advisoryCues(`${line}\n${ANCHOR}`)).toBe(3);
  });

  it.each<[string, string]>([
    ["a warning about strangers followed by 'we are registered'", "अनजान एजेंटों से सावधान रहें, हम 100% रजिस्टर्ड कंपनी हैं।"],
    ["'avoid agents who ask fees, we take none'", "फीस माँगने वाले एजेंटों से बचें, हम कोई फीस नहीं लेते।"],
    ["'trust only us' after a warning not to trust agents", "दूसरे एजेंटों के झांसे में न आएँ, सिर्फ़ हमसे संपर्क करें।"],
    ["'do not be misled, we are a genuine company'", "किसी के बहकावे में न आएँ, हम 100% असली कंपनी हैं।"],
    ["'no brokers, direct hiring: do not get caught up with brokers'", "कोई दलाल नहीं, सीधी कंपनी भर्ती! दलालों के चक्कर में न पड़ें।"],
    ["'do not be tempted elsewhere, we are 100% legal'", "लालच में न आएँ, हम 100% लीगल हैं।"],
    ["'many were defrauded, but we are genuine'", "बहुत लोग ठगी का शिकार हुए, लेकिन हम असली हैं।"],
    ["no need to inform the local police", "स्थानीय पुलिस को सूचना देने की ज़रूरत नहीं।"],
    ["no need to file a complaint", "शिकायत दर्ज करने की ज़रूरत नहीं पड़ेगी।"],
    ["'check our company before going, we are registered'", "जाने से पहले आप हमारी कंपनी की जाँच कर लें, हम रजिस्टर्ड हैं।"],
    ["a medical check before departure", "जाने से पहले मेडिकल जाँच होगी।"],
    ["a return home promised at the contract's end", "कॉन्ट्रैक्ट पूरा होने पर आपको भारत वापस भेजा जाएगा।"],
    ["nobody has ever been arrested here", "यहाँ आज तक कोई गिरफ़्तार नहीं हुआ।"],
    ["nobody is held captive here", "यहाँ कोई किसी को कैद करके नहीं रखता।"],
    ["nobody is forced", "किसी को मजबूर नहीं किया जाता।"],
    ["there is no beating here", "यहाँ कोई मारपीट नहीं होती।"],
    ["'other agents extort money, we do not'", "दूसरे एजेंट पैसे ऐंठ लेते हैं, हम नहीं।"],
    ["'this is not a fraud'", "यह ठगी नहीं है, असली नौकरी है।"],
    ["'people say it is a scam, but we are genuine'", "लोग कहते हैं यह स्कैम है, पर हम असली हैं।"],
    ["'this is no cyber-fraud net'", "यह कोई साइबर ठगी का जाल नहीं है।"],
    ["'this is no gang of swindlers'", "यह कोई जालसाज़ों का गिरोह नहीं है।"],
    ["'we do not send anyone illegally'", "हम अवैध तरीके से नहीं भेजते।"],
    ["a request to apply quickly", "उम्मीदवारों से अनुरोध है कि जल्दी आवेदन करें।"],
    ["'we caution candidates that seats are limited'", "हम उम्मीदवारों को सावधान करते हैं कि सीटें सीमित हैं।"],
    ["the company's own helpline", "हमारी हेल्पलाइन पर संपर्क करें।"],
    ["an HR helpline", "HR हेल्पलाइन पर कॉल करें।"],
    ["'you go on a tourist visa, nothing to fear'", "टूरिस्ट वीज़ा पर जाना है, डरने की बात नहीं।"],
    ["'send the passport to nobody but our HR'", "पासपोर्ट किसी अनजान को न भेजें, सिर्फ़ हमारे HR को भेजें।"],
    ["'fraud cases are rising, so join only us'", "ठगी के मामले बढ़ रहे हैं, इसलिए हमसे ही जुड़ें।"],
  ])("does not read %s", (_name, line) => {
    expect(advisoryCues(`${line}\n${ANCHOR}`)).toBe(2);
  });
});
