import { beforeAll, describe, expect, it } from "vitest";
import { flagValues } from "./flags.js";

// Nepali denials, refusals and prohibitions of the travel and fee markers (`travel.negation`,
// `fees.negation` in nep.json): a lawful employer, a notice or a forum answer that names a tourist
// visa, a free ticket or a fee only to deny or forbid it does not offer it. Lures reassure and defer
// ("कुनै दिक्कत छैन", "अहिले नतिर्नुस्, तलबबाट काटिन्छ"): those keep the marker.
describe("Nepali negation cues", () => {
  // The first read builds every lexicon; on a busy machine that alone can exceed a test's timeout.
  beforeAll(() => {
    flagValues("");
  }, 60_000);

  it.each<[string, string, string]>([
    // The marker is a crime, a fraud, a trap, false, dangerous.
    ["working on a tourist visa is a crime", "टुरिस्ट भिसामा काम गर्नु कानुनी अपराध हो।", "travel.touristVisa"],
    ["sending abroad on a visit visa is a fraud's trap", "भिजिट भिसामा विदेश पठाउनु ठगीको जाल हो।", "travel.touristVisa"],
    ["those who call people on a tourist visa are cheats", "टुरिस्ट भिसामा बोलाउनेहरू ठग हुन्।", "travel.touristVisa"],
    ["going for work on a tourist visa is dangerous", "टुरिस्ट भिसामा रोजगारीका लागि जानु खतरनाक छ।", "travel.touristVisa"],
    ["going on a visit visa is risky", "भिजिट भिसामा जानु जोखिमपूर्ण हुन्छ।", "travel.touristVisa"],
    ["the promise of a free ticket is false", "फ्री टिकट दिने वाचा झुटो हो।", "travel.flightProvided"],
    ["demanding a processing fee is illegal", "प्रोसेसिङ शुल्क माग्नु गैरकानुनी हो।", "fees.upfrontFee"],
    ["demanding a seat-booking fee is a fraud", "सिट बुकिङ शुल्क माग्नु ठगी हो।", "fees.upfrontFee"],
    ["a company demanding a registration fee is fake", "रजिस्ट्रेसन फि माग्ने कम्पनी नक्कली हो।", "fees.upfrontFee"],
    // Not valid, not accepted, not our arrangement.
    ["a tourist visa is not valid for employment", "टुरिस्ट भिसा रोजगारीका लागि मान्य छैन।", "travel.touristVisa"],
    ["a visit visa is not lawful for work", "भिजिट भिसा काम गर्नका लागि वैध होइन।", "travel.touristVisa"],
    ["employment on a tourist visa is not accepted", "टुरिस्ट भिसामा रोजगारी स्वीकार गरिँदैन।", "travel.touristVisa"],
    ["we have no arrangement for working on a tourist visa", "टुरिस्ट भिसामा आएर काम गर्ने व्यवस्था हामीसँग छैन।", "travel.touristVisa"],
    ["an employment visa from the company, not a visit visa", "रोजगार भिसा कम्पनीले दिन्छ, भिजिट भिसामा होइन।", "travel.touristVisa"],
    // We do not, it is not taken.
    ["we do not arrange tourist visas", "हामी टुरिस्ट भिसा मिलाउँदैनौं।", "travel.touristVisa"],
    ["we do not give a free ticket", "फ्री टिकट हामी दिँदैनौं।", "travel.flightProvided"],
    ["we take a registration fee from no one", "रजिस्ट्रेसन शुल्क हामी कसैसँग लिँदैनौं।", "fees.upfrontFee"],
    ["no lawful company demands a processing fee", "प्रोसेसिङ शुल्क कुनै पनि वैध कम्पनीले माग्दैन।", "fees.upfrontFee"],
    ["the company does not collect a processing fee", "प्रोसेसिङ शुल्क कम्पनीले असुल गर्दैनौं।", "fees.upfrontFee"],
    ["a deposit may not be taken from workers", "कामदारसँग धरौटी रकम लिन पाइँदैन।", "fees.upfrontFee"],
    // Do not go, do not travel, do not accept, do not pay.
    ["do not travel on a tourist visa", "टुरिस्ट भिसामा यात्रा नगर्नुहोस्।", "travel.touristVisa"],
    ["do not accept an offer to come on a visit visa", "भिजिट भिसामा बोलाउने प्रस्ताव स्वीकार नगर्नुहोस्।", "travel.touristVisa"],
    ["do not try to start work on a tourist visa", "टुरिस्ट भिसामा आएर काम सुरु गर्ने प्रयास नगर्नुहोस्।", "travel.touristVisa"],
    ["familiar 'don't go' to a younger brother", "टुरिस्ट भिसामा काम खोज्न नजाऊ भाइ।", "travel.touristVisa"],
    ["do not get trapped on a tourist visa", "टुरिस्ट भिसामा नफस्नुहोस्।", "travel.touristVisa"],
    ["an offer of free board and lodging is not to be accepted", "बस्ने खाने फ्री भन्ने प्रस्ताव स्वीकार नगर्नुहोस्।", "travel.accommodationProvided"],
    ["pay no one a deposit", "धरौटी रकम कसैलाई नतिर्नुहोस्।", "fees.upfrontFee"],
    ["send no one money called a visa fee", "भिसा शुल्क भनेर कसैलाई पैसा नपठाउनुहोस्।", "fees.upfrontFee"],
    ["do not deposit a deposit in a personal account", "धरौटी रकम व्यक्तिगत खातामा जम्मा नगर्नुहोस्।", "fees.upfrontFee"],
    // Urged not to go, beware if, report it.
    ["repeatedly urged not to go on a visit visa", "भिजिट भिसामा नजान बारम्बार आग्रह गरिएको छ।", "travel.touristVisa"],
    ["if told to come on a tourist visa, be alert at once", "टुरिस्ट भिसामा आउन भनिए तुरुन्तै सतर्क हुनुहोस्।", "travel.touristVisa"],
    ["a tourist visa together with high pay is a great risk", "टुरिस्ट भिसा र उच्च तलब सँगै आए खतरा धेरै हुन्छ।", "travel.touristVisa"],
    ["if a registration fee is asked, beware", "रजिस्ट्रेसन फि मागे सावधान रहनुहोस्।", "fees.upfrontFee"],
    ["beware of agents demanding a registration fee", "रजिस्ट्रेसन शुल्क माग्ने एजेन्टबाट सावधान रहनुहोस्।", "fees.upfrontFee"],
    ["complain about agents who send people on tourist visas", "टुरिस्ट भिसामा पठाउने एजेन्टबारे उजुरी गर्नुहोस्।", "travel.touristVisa"],
    ["brokers send young people on tourist visas", "दलालहरूले युवालाई टुरिस्ट भिसामा पठाउँछन्।", "travel.touristVisa"],
    ["a fake free ticket shown to cheat", "नक्कली फ्री टिकट देखाएर ठग्छन्।", "travel.flightProvided"],
    // Romanised Nepali as typed in chat.
    ["romanised: work is not allowed on a tourist visa", "tourist visa ma kaam garna paidaina.", "travel.touristVisa"],
    ["romanised: we do not send on visit visas", "visit visa ma pathaudainau hami.", "travel.touristVisa"],
    ["romanised: pay no one a registration fee", "registration fee kasailai natirnus.", "fees.upfrontFee"],
  ])("reads as negated: %s", (_name, text, flag) => {
    expect(flagValues(text)[flag]).toBe(false);
  });

  it.each<[string, string, string]>([
    // An older cue read this deferral as a denial.
    ["'a service fee of Rs 50,000 is not charged, it is cut from the salary'", "सेवा शुल्क रु ५०,००० लाग्दैन, तलबबाट काटिन्छ।", "fees.upfrontFee"],
    // Reassurances: "no problem", "no need to fear", "no worry", "no danger".
    ["'come on a tourist visa, no trouble'", "टुरिस्ट भिसामा आउने, कुनै दिक्कत छैन।", "travel.touristVisa"],
    ["'come on a tourist visa, no need to fear'", "टुरिस्ट भिसामा आउनुहोस्, डराउनु पर्दैन।", "travel.touristVisa"],
    ["'come on a tourist visa, don't worry'", "टुरिस्ट भिसामा आउने, चिन्ता नलिनुहोस्।", "travel.touristVisa"],
    ["'coming on a tourist visa has no danger'", "टुरिस्ट भिसामा आउने कुनै खतरा छैन।", "travel.touristVisa"],
    ["'if you come on a tourist visa there is no danger'", "टुरिस्ट भिसामा आए कुनै खतरा छैन।", "travel.touristVisa"],
    ["'coming on a tourist visa is not dangerous'", "टुरिस्ट भिसामा आउनु खतरनाक छैन।", "travel.touristVisa"],
    ["'coming on a tourist visa is no crime'", "टुरिस्ट भिसामा आउनु कुनै अपराध होइन।", "travel.touristVisa"],
    ["'not illegal' spelled as two words", "टुरिस्ट भिसामा जानु गैर कानुनी होइन।", "travel.touristVisa"],
    ["'it won't be illegal'", "टुरिस्ट भिसामा काम गर्नु अवैध हुँदैन।", "travel.touristVisa"],
    ["'working on a tourist visa is not refused'", "टुरिस्ट भिसामा काम अस्वीकार गरिँदैन।", "travel.touristVisa"],
    ["'is it a crime to come on a tourist visa?' (rhetorical)", "टुरिस्ट भिसामा आउनु अपराध हो र?", "travel.touristVisa"],
    ["'a tourist visa is not hard, is it?'", "टुरिस्ट भिसा सजिलो होइन र?", "travel.touristVisa"],
    ["the claim that it is a fraud called wrong", "टुरिस्ट भिसामा आउनु ठगी हो भन्ने गलत हो।", "travel.touristVisa"],
    ["'that there is trouble is a lie'", "टुरिस्ट भिसामा आउँदा समस्या हुन्छ भनेको झुटो हो।", "travel.touristVisa"],
    ["'the rumour that a tourist visa is dangerous is false'", "टुरिस्ट भिसा खतरनाक छ भन्ने हल्ला झुटो हो।", "travel.touristVisa"],
    ["'we will not cheat you'", "टुरिस्ट भिसामा आउने हामी धोका दिँदैनौं।", "travel.touristVisa"],
    ["romanised 'no tension'", "tourist visa ma aaune, koi tension chaina.", "travel.touristVisa"],
    ["a ticket with 'no problem'", "टिकट कम्पनीले दिन्छ कुनै समस्या हुँदैन।", "travel.flightProvided"],
    // Denials of something else nearby: other agencies, the passport, pay, secrecy, urgency.
    ["'going through a manpower agency is the real fraud'", "टुरिस्ट भिसामा आउनुस्, म्यानपावरबाट जानु नै ठगी हो।", "travel.touristVisa"],
    ["'and going through a broker is a fraud'", "टुरिस्ट भिसामा आउने र दलालबाट जानु ठगी हो।", "travel.touristVisa"],
    ["'not through a broker, we send you ourselves'", "दलालले होइन, हामी आफैं टुरिस्ट भिसामा पठाउँछौं।", "travel.touristVisa"],
    ["'don't delay'", "टुरिस्ट भिसामा आउने हो ढिला नगर्नुहोस्।", "travel.touristVisa"],
    ["'tell no one'", "टुरिस्ट भिसामा आउने कुरा कसैलाई नभन्नुहोस्।", "travel.touristVisa"],
    ["'don't travel alone'", "टुरिस्ट भिसामा आउनुहोस् एक्लै यात्रा नगर्नुहोस्।", "travel.touristVisa"],
    ["'don't go to other agents'", "टुरिस्ट भिसा भए पुग्छ, अरू एजेन्टकहाँ नजाऊ।", "travel.touristVisa"],
    ["'don't apply at other agencies'", "टुरिस्ट भिसामा आउनुहोस् अरू एजेन्सीमा आवेदन नदिनुहोस्।", "travel.touristVisa"],
    ["'don't try elsewhere'", "टुरिस्ट भिसामा आउने, अरू ठाउँमा प्रयास नगर्नुहोस्।", "travel.touristVisa"],
    ["coaching to speak carefully at immigration", "टुरिस्ट भिसा भए होसियार भएर अध्यागमनमा बोल्नू।", "travel.touristVisa"],
    ["'no meals arranged' after the visa", "टुरिस्ट भिसामा आउने, खानाको व्यवस्था छैन।", "travel.touristVisa"],
    ["'we give the passport to no one'", "टिकट फ्री, पासपोर्ट हामी कसैलाई दिँदैनौं।", "travel.flightProvided"],
    ["'we never pay late'", "टिकट फ्री हामी तलब ढिलो दिँदैनौं।", "travel.flightProvided"],
    // Deferrals: a fee taken later, from the salary, abroad, or in part, is still a fee.
    ["'we don't take it now, deducted later from salary'", "प्रोसेसिङ शुल्क अहिले लिँदैनौं, पछि तलबबाट कटाइन्छ।", "fees.upfrontFee"],
    ["'don't pay now, it is cut from the salary'", "प्रोसेसिङ शुल्क रु. ५०,००० अहिले नतिर्नुस्, तलबबाट काटिन्छ।", "fees.upfrontFee"],
    ["'not now, cut from the salary later'", "प्रोसेसिङ फि अहिले होइन, पछि तलबबाट कटाइन्छ।", "fees.upfrontFee"],
    ["'we don't take it in Nepal, pay on arrival'", "सेवा शुल्क रु. १ लाख नेपालमा लिँदैनौं, त्यहाँ पुगेपछि तिर्ने।", "fees.upfrontFee"],
    ["'we don't take it in advance, later from salary'", "प्रोसेसिङ शुल्क रु. ५०,००० अग्रिम लिँदैनौं पछि तलबबाट।", "fees.upfrontFee"],
    ["'cannot be taken now, cut later'", "प्रोसेसिङ शुल्क रु. ५०,००० अहिले लिन मिल्दैन पछि तलबबाट काटिन्छ।", "fees.upfrontFee"],
    ["romanised deferral 'ahile natirnus'", "प्रोसेसिङ शुल्क रु. ५०,००० ahile natirnus salary bata katinchha.", "fees.upfrontFee"],
    // A fee with a reassurance, a secrecy order, or a jab at others.
    ["a deposit with 'no risk'", "धरौटी रु. २०,००० खल्तीमा पठाउनुहोस्, कुनै रिस्क छैन।", "fees.upfrontFee"],
    ["a fee with 'it's not a fraud'", "सेवा शुल्क रु. ५०,००० बुझाउनुहोस्, ठगी होइन।", "fees.upfrontFee"],
    ["a fee with 'tell no one about it'", "रजिस्ट्रेसन फि रु. ५,००० लाग्छ, यसको बारेमा कसैलाई जानकारी नदिनुहोस्।", "fees.upfrontFee"],
    ["a fee while calling other agencies frauds", "प्रोसेसिङ शुल्क रु. ५०,००० तिर्नुहोस्, अरू एजेन्सीले ३ लाख लिन्छन् त्यो ठगी हो।", "fees.upfrontFee"],
    ["a fee while warning against fake agents", "प्रोसेसिङ शुल्क रु. ५०,००० मात्र नक्कली एजेन्टबाट सावधान रहनुहोस्।", "fees.upfrontFee"],
    ["a fee while calling those who say fees are not allowed cheats", "प्रोसेसिङ शुल्क लिन मिल्दैन भन्नेहरू ठग हुन्।", "fees.upfrontFee"],
    // Hindi shares the script: its "if anything goes wrong" is no Nepali predicate.
    ["Hindi 'if anything goes wrong we are responsible'", "टूरिस्ट वीज़ा पर आओ अगर कुछ गलत हो तो हम जिम्मेदार हैं।", "travel.touristVisa"],
    ["Hinglish 'if any fraud happens'", "tourist visa pe aao agar koi thagi ho to hum zimmedar.", "travel.touristVisa"],
  ])("keeps the marker: %s", (_name, text, flag) => {
    expect(flagValues(text)[flag]).toBe(true);
  });
});
