import { beforeAll, describe, expect, it } from "vitest";
import { ADVISORY_ANCHORS, advisoryCues, allFlags } from "./flags.js";

// Ordinary ways Nepali advisories, news reports, notices and forum replies warn job seekers: each
// line below is one advisory cue. The lure forms beside them (a borrowed "beware of fake ads, we are
// legal", a denial, "don't give your passport to strangers, send it to us") are not.

const ANCHOR = ADVISORY_ANCHORS.nep;

describe("Nepali advisory cues", () => {
  beforeAll(() => {
    allFlags("");
  }, 60_000);

  it("the anchor alone reads two cues", () => {
    expect(advisoryCues(ANCHOR)).toBe(2);
  });

  it.each<[string, string]>([
    ["beware of such offers", "विदेशमा सजिलो कामका यस्ता प्रस्तावबाट सावधान रहनुहोस्।"],
    ["do not fall for the lure of high pay", "धेरै तलबको प्रलोभनमा नपर्नुहोस्।"],
    ["brokers lure youths with promises of pay (report)", "दलालहरूले आकर्षक तलबको प्रलोभन देखाएर गाउँका युवा भर्ती गर्छन्।"],
    ["beaten when the target was missed", "टार्गेट नपुगे कुटपिट गरिन्थ्यो।"],
    ["managed to escape", "तीन महिनापछि उनी भाग्न सफल भए।"],
    ["fled and came home", "दुई जना भागेर थाइल्याण्ड आए।"],
    ["sold on to another company", "पछि हामीलाई अर्को कम्पनीलाई बेचिदिए।"],
    ["traffickers (बेचबिखनकर्ता)", "बेचबिखनकर्ताहरूले विदेशमा राम्रो जागिरको सपना देखाउँछन्।"],
    ["a trafficking gang", "यो काम तस्कर गिरोहको हो भन्ने प्रमाण भेटियो।"],
    ["the embassy urges workers to stay alert", "दूतावासले नेपाली कामदारलाई सतर्क रहन आग्रह गरेको छ।"],
    ["the public is asked to be careful", "सर्वसाधारणलाई विशेष सतर्क रहन अनुरोध गरिएको छ।"],
    ["contact the nearest police office", "शंका लागेमा नजिकको प्रहरी कार्यालयमा सम्पर्क गर्नुहोस्।"],
    ["contact the foreign employment board at once", "समस्या परेमा वैदेशिक रोजगार बोर्डमा तुरुन्त सम्पर्क गर्नुहोला।"],
    ["sent illegally via India", "उनीहरूलाई अवैध रूपमा भारत हुँदै पठाइएको थियो।"],
    ["do not send a passport photo to strangers", "पासपोर्टको फोटो अपरिचित व्यक्तिलाई नपठाउनुहोस्।"],
    ["strangers, passport: do not hand over", "अनजान मान्छेलाई राहदानी नदिनुहोस्।"],
    ["do not trust such adverts", "सामाजिक सञ्जालमा आउने यस्ता विज्ञापनमा विश्वास नगर्नुहोस्।"],
    ["do not fall into the trap of fraud", "ठगीको जालमा नपर्नुहोस्।"],
    ["many youths fell into the broker's trap", "धेरै युवा दलालको जालमा परेका छन्।"],
    ["this offer is a scam (a reply's verdict)", "यो अफर पक्कै ठगी हो।"],
    ["this could be a scam", "मलाई त यस्तो काम ठगी हुन सक्छ जस्तो लाग्यो।"],
    ["police arrested two brokers", "प्रहरीले दुई जना दलाललाई पक्राउ गरेको छ।"],
    ["we were kept locked in a room", "एउटा कोठामा थुनेर राखिएको थियो।"],
    ["gangs target unemployed youths", "गिरोहले बेरोजगार युवालाई लक्षित गर्दै अनलाइनमा विज्ञापन गर्छ।"],
    ["only found out after arriving", "त्यहाँ पुगेपछि मात्र थाहा भयो कि काम अर्कै रहेछ।"],
    ["deceived and taken to Myanmar", "उनलाई झुक्याएर म्यानमार पुर्‍याइएको थियो।"],
    ["go abroad only with labour approval", "श्रम स्वीकृति लिएर मात्र विदेश जानुहोस्।"],
    ["the police cyber bureau", "नेपाल प्रहरीको साइबर ब्युरोमा पनि जानकारी गराउन सकिन्छ।"],
    ["pay only after verifying", "सबै कागज आफैं रुजु गरेर मात्र पैसा तिर्नुहोस्।"],
    ["a suspicious offer", "कुनै शंकास्पद प्रस्ताव आए परिवारसँग सल्लाह गर्नुहोस्।"],
    ["be suspicious of such offers", "अनुभव नचाहिने तर धेरै तलब दिने प्रस्तावमा शंका गर्नुहोस्।"],
    ["do not believe such messages", "भाइबरमा आउने यस्ता सन्देश नपत्याउनुहोस्।"],
    ["an awareness notice", "जनचेतनामूलक सन्देश: विदेश जाने युवाका लागि"],
    ["avoid being drawn into fraud", "अनलाइन जागिरको नाममा हुने ठगीबाट बच्नुहोस्।"],
    ["check before going abroad", "विदेश जानुअघि रोजगारदाता कम्पनीबारे राम्ररी जाँच गर्नुहोस्।"],
  ])("reads '%s' as one more cue", (_name, line) => {
    expect(advisoryCues(`${line}\n${ANCHOR}`)).toBe(3);
  });

  it.each<[string, string]>([
    ["beware of fake adverts, we are legal", "नक्कली विज्ञापनबाट सावधान रहनुहोस्! हामी १००% वैध कम्पनी हौं।"],
    ["beware of offers, then our own pay", "अरू प्रस्तावबाट सावधान, हाम्रो तलब पक्का छ।"],
    ["do not fall for the lure of pay, ours is real", "धेरै तलबको प्रलोभनमा नपर्नुहोस्, हाम्रो तलब साँचो हो।"],
    ["we lure nobody with false promises", "हामी कसैलाई झुटो प्रलोभन दिँदैनौं।"],
    ["nobody is beaten here", "यहाँ कुटपिट गरिँदैन, सबै सुरक्षित छ।"],
    ["nobody is sold to another company", "यहाँ कसैलाई अर्को कम्पनीलाई बेच्ने होइन।"],
    ["we are not traffickers", "हामी बेचबिखनकर्ता होइनौं, दर्ता भएको कम्पनी हौं।"],
    ["beware of trafficking gangs, our company is registered", "तस्कर गिरोहबाट सावधान! हाम्रो कम्पनी सरकार दर्ता छ।"],
    ["the embassy urges caution, so see our licence", "दूतावासले सतर्क रहन आग्रह गरेको छ, त्यसैले हाम्रो लाइसेन्स हेर्नुहोस्।"],
    ["youths asked to beware of fake pages, our number", "युवाहरूलाई नक्कली पेजबाट सतर्क रहन अनुरोध गर्दछौं, हाम्रो आधिकारिक नम्बर यही हो।"],
    ["no need to contact the embassy", "दूतावासमा सम्पर्क गर्नु पर्दैन, सबै मिलाइन्छ।"],
    ["contact our office (not an authority)", "थप जानकारीका लागि हाम्रो कार्यालयमा सम्पर्क गर्नुहोस्।"],
    ["we never send anyone illegally", "हामी अवैध रूपमा पठाउँदैनौं।"],
    ["passport not to strangers, send it to us", "पासपोर्ट अपरिचितलाई नदिनुहोस्, सिधै हाम्रो अफिसमा पठाउनुहोस्।"],
    ["do not trust fake adverts, our page only", "फेसबुकका नक्कली विज्ञापनमा विश्वास नगर्नुहोस्, हाम्रो पेज मात्र आधिकारिक हो।"],
    ["do not fall into the trap, come to us", "ठगीको जालमा नपर्नुहोस्, हामीसँग आउनुहोस्।"],
    ["this is not a scam", "यो ठगी होइन, पक्का काम हो।"],
    ["is it a scam? no", "के यो ठगी हो? होइन, पक्का काम!"],
    ["some say it is a scam, but we are legal", "कसैले यो ठगी हो भन्छन्, तर हामी वैध छौं।"],
    ["if this is a scam, money back", "यो ठगी हो भने पैसा फिर्ता।"],
    ["nobody is held here", "यहाँ कोही थुनेर राखिएको छैन, सबै स्वतन्त्र छन्।"],
    ["none of our agents was arrested", "हाम्रो कुनै पनि एजेन्ट पक्राउ परेको छैन।"],
    ["go only with labour approval, we arrange it", "श्रम स्वीकृति लिएर मात्र जानुहोस्, हामी सबै प्रक्रिया मिलाइदिन्छौं।"],
    ["check our licence, then pay", "हाम्रो लाइसेन्स रुजु गरेर मात्र पैसा तिर्नुहोस्।"],
    ["no reason to complain to the cyber bureau", "साइबर ब्युरोमा उजुरी गर्नुपर्ने कुनै कारण छैन।"],
    ["you will see the work once you arrive", "काम के हो भन्ने कुरा पुगेपछि थाहा हुन्छ।"],
    ["nothing suspicious about our company", "हाम्रो कम्पनीमा कुनै शंकास्पद कुरा छैन।"],
    ["a suspicious agent, then our own office", "शंकास्पद एजेन्टबाट टाढा रहनुहोस्, हाम्रो अफिसमा आउनुहोस्।"],
    ["do not doubt other offers, trust ours", "अरू अफरमा शंका गर्नुहोस्, हामीमा होइन।"],
    ["an awareness notice from our company", "सतर्कता सूचना: हाम्रो नाममा नक्कली पेज चलेको छ, हामीलाई मात्र सम्पर्क गर्नुहोस्।"],
    ["avoid fraud, come to us", "ठगीबाट बच्नुहोस्, हामीसँग सुरक्षित रोजगारी पाउनुहोस्।"],
    ["avoid offers, apply direct", "प्रस्तावहरूबाट बच्नुहोस्, सिधै कम्पनीमा आवेदन दिनुहोस्।"],
    ["check our licence before going abroad", "विदेश जानुअघि हाम्रो लाइसेन्स जाँच गर्नुहोस्।"],
  ])("does not read '%s'", (_name, line) => {
    expect(advisoryCues(`${line}\n${ANCHOR}`)).toBe(2);
  });
});
