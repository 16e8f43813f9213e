import { beforeAll, describe, expect, it } from "vitest";
import { advisoryCueTable } from "./advisory-cue-table.js";
import { flagValues } from "./flags.js";

// Ordinary ways lawful Nepali recruitment ads and notices state the checkable signs of a lawful
// recruiter (a government scheme, a permit the employer obtains before travel, a selection process, a
// contract before departure, a registration number, a street address, a no-fee policy), and the
// lure forms beside them: vague claims ("government approved", "licensed manpower"), promises that
// only hold after arrival, fees disguised as "free now, from your salary later".

describe("Nepali legitimacy markers", () => {
  // The first read builds every lexicon; on a busy machine that alone can exceed a test's timeout.
  beforeAll(() => {
    flagValues("");
    flagValues("कम्पनी दर्ता नं. १२३४५६/०७५/७६, वर्क परमिट कम्पनीले बनाउँछ।");
  }, 120_000);

  it.each<[string, string, Record<string, boolean>]>([
    // governmentScheme
    ["reads the Prime Minister Employment Programme", "प्रधानमन्त्री रोजगार कार्यक्रमअन्तर्गत १०० दिनको रोजगारी।", { "legitimacy.governmentScheme": true }],
    ["reads a local employment service centre", "आवेदन स्थानीय रोजगार सेवा केन्द्रमा दिनुहोस्।", { "legitimacy.governmentScheme": true }],
    ["reads the Foreign Employment Welfare Fund", "श्रम स्वीकृति लिँदा वैदेशिक रोजगार कल्याणकारी कोषमा रकम जम्मा गरिन्छ।", { "legitimacy.governmentScheme": true }],
    ["reads Korea's E-9 visa in Latin script", "E-9 भिसामा कोरियाको उत्पादन क्षेत्रमा काम।", { "legitimacy.governmentScheme": true }],
    ["reads Korea's E-9 visa in Devanagari", "ई-९ भिसा, कोरियाली रोजगारदाताबाट।", { "legitimacy.governmentScheme": true }],
    ["reads Japan's technical intern training programme", "जापानको प्राविधिक प्रशिक्षार्थी तालिम कार्यक्रम (TITP) अन्तर्गत।", { "legitimacy.governmentScheme": true }],
    ["reads an agreement with the other government named first", "दक्षिण कोरिया सरकार र नेपाल सरकारबीचको समझदारीअनुसार।", { "legitimacy.governmentScheme": true }],
    ["reads a demand letter (loanword) attested by the embassy", "डिमान्ड लेटर नेपाली दूतावासबाट प्रमाणित।", { "legitimacy.governmentScheme": true }],
    ["reads an agency licensed by the Department of Foreign Employment, written joined", "वैदेशिक रोजगार विभागबाट इजाजतप्राप्त संस्था।", { "legitimacy.governmentScheme": true }],
    ["does not read a vague 'government approved, 100% legal'", "सरकार स्वीकृत, १००% कानुनी काम।", { "legitimacy.governmentScheme": false }],
    ["does not read 'we are a licensed manpower' without the authority", "हामी इजाजतप्राप्त म्यानपावर हौं।", { "legitimacy.governmentScheme": false }],
    ["does not read an e-wallet payment of 9 thousand as an E-9 visa", "ई-सेवामा ९ हजार पठाउनुहोस्।", { "legitimacy.governmentScheme": false }],

    // workPermitSponsored
    ["reads a work permit (Latin) the restaurant itself obtains", "work permit र employment card रेस्टुरेन्टले नै बनाउँछ।", { "legitimacy.workPermitSponsored": true }],
    ["reads a work permit and labour card the employer makes at its own cost", "वर्क परमिट र श्रम मन्त्रालयको कार्ड रेस्टुरेन्टले आफ्नै खर्चमा बनाउँछ।", { "legitimacy.workPermitSponsored": true }],
    ["reads an Employment Pass the company sponsors", "मलेसियाको Employment Pass कम्पनीले प्रायोजन गर्ने।", { "legitimacy.workPermitSponsored": true }],
    ["reads travel only after the work permit is approved", "वर्क परमिट स्वीकृत भएपछि मात्र उडान।", { "legitimacy.workPermitSponsored": true }],
    ["reads Malaysia's calling visa", "कलिङ भिसा स्वीकृत भएपछि मेडिकल हुन्छ।", { "legitimacy.workPermitSponsored": true }],
    ["reads the Qatar Visa Centre", "कतार भिसा सेन्टरमा बायोमेट्रिक र करार।", { "legitimacy.workPermitSponsored": true }],
    ["reads sending only with a work visa stamped", "वर्क भिसा लगाएर मात्र पठाइन्छ।", { "legitimacy.workPermitSponsored": true }],
    ["does not read a permit the company arranges after a tourist visa", "सुरुमा टुरिस्ट भिसा, पछि work permit कम्पनीले बनाउँछ।", { "legitimacy.workPermitSponsored": false, "travel.touristVisa": true }],
    ["does not read a permit made after joining", "कम्पनीमा जोइन भएपछि वर्क पर्मिट कम्पनी आफैंले बनाइदिन्छ।", { "legitimacy.workPermitSponsored": false }],
    ["does not read a permit made once the worker has arrived", "भिजिट भिसामा आउनुहोस्, यहाँ आइपुगेपछि कम्पनीले वर्क परमिट बनाउँछ।", { "legitimacy.workPermitSponsored": false }],
    ["does not read an employment visa sorted out after arrival", "Employment visa पुगेपछि कम्पनीले मिलाउँछ।", { "legitimacy.workPermitSponsored": false }],
    ["does not read 'fly only after the visa' without a work visa", "भिसा आएपछि मात्र उडान।", { "legitimacy.workPermitSponsored": false }],
    ["does not read 'no hassle of labour approval' (a lure's denial)", "श्रम स्वीकृतिको झन्झट गर्नु पर्दैन, टिकट कम्पनीले।", { "legitimacy.workPermitSponsored": false }],
    ["does not read 'no labour approval hassle' without गर्नु", "श्रम स्वीकृतिको झन्झट पर्दैन।", { "legitimacy.workPermitSponsored": false }],
    ["still reads labour approval the company handles, with no hassle for the worker", "श्रम स्वीकृतिको सबै काम कम्पनी आफैं गर्छ, कामदारले कुनै झन्झट गर्नु पर्दैन।", { "legitimacy.workPermitSponsored": true }],

    // multiStageInterview
    ["reads a panel interview and a medical test", "प्यानल अन्तर्वार्ता र मेडिकल परीक्षण।", { "legitimacy.multiStageInterview": true }],
    ["reads the GAMCA medical", "गाम्का मेडिकल पास हुनुपर्ने।", { "legitimacy.multiStageInterview": true }],
    ["reads pre-departure orientation training", "प्रस्थानपूर्व अभिमुखीकरण तालिम अनिवार्य।", { "legitimacy.multiStageInterview": true }],
    ["reads a language test then an interview", "जापानी भाषा परीक्षा पास गरेपछि अन्तर्वार्ता।", { "legitimacy.multiStageInterview": true }],
    ["reads an HR screening", "CV → HR स्क्रिनिङ → भिडियो कल।", { "legitimacy.multiStageInterview": true }],
    ["reads an interview with the head of department", "विभागीय प्रमुखसँग भिडियो अन्तर्वार्ता।", { "legitimacy.multiStageInterview": true }],
    ["reads a technical round", "प्राविधिक राउन्ड पास गरेपछि अफर।", { "legitimacy.multiStageInterview": true }],
    ["reads a cooking test", "काठमाडौंमा कुकिङ टेस्ट हुन्छ।", { "legitimacy.multiStageInterview": true }],
    ["reads two interviews", "दुई पटक अन्तर्वार्ता हुन्छ।", { "legitimacy.multiStageInterview": true }],
    ["does not read a short online interview and a typing test", "छोटो अनलाइन अन्तर्वार्ता र टाइपिङ टेस्ट मात्र।", { "legitimacy.multiStageInterview": false }],
    ["does not read medical insurance as a medical test", "मेडिकल इन्स्योरेन्स, वार्षिक बिदा।", { "legitimacy.multiStageInterview": false }],
    ["does not read 'no medical test needed'", "मेडिकल टेस्ट चाहिँदैन।", { "legitimacy.multiStageInterview": false }],
    ["does not read a final interview and orientation in Dubai", "दुबईमा अन्तिम अन्तर्वार्ता र ओरिएन्टेसन।", { "legitimacy.multiStageInterview": false }],

    // writtenContractBeforeTravel
    ["reads a contract in hand before flying (joined form)", "करार नेपाली र अंग्रेजी दुवै भाषामा, उड्नुअघि नै तपाईंको हातमा हुन्छ।", { "legitimacy.writtenContractBeforeTravel": true }],
    ["reads 'before going, sign the contract'", "कोरिया जानुअघि नै Standard Labour Contract मा हस्ताक्षर।", { "legitimacy.writtenContractBeforeTravel": true }],
    ["reads a contract to read before coming", "करारपत्र आउनुअघि नै पढ्न पाउनुहुन्छ।", { "legitimacy.writtenContractBeforeTravel": true }],
    ["reads a contract verified by the Department", "रोजगार करार वैदेशिक रोजगार विभागबाट प्रमाणित हुन्छ।", { "legitimacy.writtenContractBeforeTravel": true }],
    ["reads a contract signed in Kathmandu itself", "सम्झौता काठमाडौंमै हस्ताक्षर हुन्छ।", { "legitimacy.writtenContractBeforeTravel": true }],
    ["does not read 'no contract before coming'", "करार आउनुअघि हुँदैन, यहाँ आएपछि मात्र।", { "legitimacy.writtenContractBeforeTravel": false }],
    ["does not read a contract signed on arrival", "कन्ट्र्याक्ट उड्नुअघि दिइँदैन, कम्पनी पुगेपछि साइन गर्ने।", { "legitimacy.writtenContractBeforeTravel": false }],
    ["does not read a contract made after reaching Cambodia", "सम्झौता कम्बोडिया पुगेपछि हुन्छ।", { "legitimacy.writtenContractBeforeTravel": false }],

    // Lure forms the older patterns read as lawful (fixed with these rows)
    ["does not read a permit the company makes after arrival", "वर्क परमिट त्यहाँ पुगेपछि कम्पनीले बनाउँछ।", { "legitimacy.workPermitSponsored": false }],
    ["does not read 'no money now, deducted from salary later' as a no-fee policy", "अहिले हामी पैसा लिँदैनौं, पछि तलबबाट काटिन्छ।", { "fees.noFeePolicy": false }],
    ["still reads a plain 'we take no fee'", "हामी कुनै शुल्क लिँदैनौं।", { "fees.noFeePolicy": true }],

    // statutoryBenefits
    ["reads SSF enrolment", "सबै कर्मचारीलाई एसएसएफमा आबद्ध गरिन्छ।", { "legitimacy.statutoryBenefits": true }],
    ["reads SSF in Latin letters", "तलब ३५,०००, SSF र बिदा।", { "legitimacy.statutoryBenefits": true }],
    ["reads the Citizen Investment Trust", "नागरिक लगानी कोष कट्टी गरिन्छ।", { "legitimacy.statutoryBenefits": true }],

    // streetAddress
    ["reads New Road written joined", "न्यूरोड, पोखरा", { "legitimacy.streetAddress": true }],
    ["reads a house number", "घर नं. २३, बालुवाटार", { "legitimacy.streetAddress": true }],
    ["reads a building and its floor", "मेरिडियन प्लाजा, दोस्रो तल्ला, न्यू बानेश्वर", { "legitimacy.streetAddress": true }],
    ["reads a Malaysian jalan", "जालान तुन पेराक, क्वालालम्पुर", { "legitimacy.streetAddress": true }],
    ["reads a numbered Bangkok soi", "सुखुमभित सोई ११, बैंकक", { "legitimacy.streetAddress": true }],
    ["does not read a hostel floor as an address", "होस्टलको दोस्रो तल्लामा कोठा।", { "legitimacy.streetAddress": false }],
    ["does not read 'सोई' (the same) before a word", "सोई बमोजिम कागजात बुझाउनुहोस्।", { "legitimacy.streetAddress": false }],

    // registrationNumber and legal entity
    ["reads a company registration number in Bikram Sambat years", "कम्पनी दर्ता नं. १२३४५६/०७५/७६", { "legitimacy.registrationNumber": true }],
    ["reads a bare registration number with a fiscal year", "दर्ता नं. ४५६/०६८/६९", { "legitimacy.registrationNumber": true }],
    ["reads a PAN number", "प्यान नं. ६०१२३४५६७", { "legitimacy.registrationNumber": true }],
    ["reads a PAN number in Latin script", "PAN No. 601234567", { "legitimacy.registrationNumber": true }],
    ["reads 'प्रा.लि' typed without the final dot", "सगरमाथा ओभरसिज प्रा.लि, काठमाडौं", { "legitimacy.legalEntity": true }],
    ["does not read a registration fee as a registration number", "दर्ता शुल्क रु. १५००", { "legitimacy.registrationNumber": false }],
    ["does not read 'we are a registered company'", "हामी दर्ता भएको कम्पनी हौं।", { "legitimacy.registrationNumber": false }],
    ["does not read a registration number promised later", "दर्ता नं. पछि दिइन्छ।", { "legitimacy.registrationNumber": false }],

    // noFeePolicy
    ["reads 'we ask applicants for no fee at any stage'", "हामी कुनै पनि चरणमा आवेदकसँग शुल्क माग्दैनौं।", { "fees.noFeePolicy": true }],
    ["reads 'we take no admission fee or deposit from anyone'", "हामी कसैसँग पनि भर्ना शुल्क वा धरौटी लिँदैनौं।", { "fees.noFeePolicy": true }],
    ["reads 'no deposit or fee'", "कुनै धरौटी वा शुल्क लाग्दैन।", { "fees.noFeePolicy": true }],
    ["reads the company taking no fee at any stage", "कम्पनीले कुनै पनि चरणमा उम्मेदवारसँग शुल्क लिँदैन।", { "fees.noFeePolicy": true }],
    ["reads the hospital taking no recruitment fee", "अस्पतालले कुनै भर्ती शुल्क लिँदैन।", { "fees.noFeePolicy": true }],
    ["reads 'we have no agent, so pay no one'", "हाम्रो कुनै एजेन्ट छैन, त्यसैले कसैलाई पैसा नतिर्नुहोस्।", { "fees.noFeePolicy": true }],
    ["reads 'the worker pays not a single rupee'", "कामदारले एक रुपैयाँ पनि तिर्नु पर्दैन।", { "fees.noFeePolicy": true }],
    ["reads a selection process free of cost", "छनोट प्रक्रिया पूर्ण रूपमा निःशुल्क छ।", { "fees.noFeePolicy": true }],
    ["reads the employer-pays principle", "रोजगारदाताले तिर्ने सिद्धान्त अनुसार सबै खर्च।", { "fees.noFeePolicy": true }],
    ["does not read 'pay no one, pay our account directly'", "कसैलाई पैसा नदिनुस्, सिधै हाम्रो खातामा पठाउनुस्।", { "fees.noFeePolicy": false }],
    ["does not read 'nothing to pay now, deducted from salary later'", "अहिले उम्मेदवारले कुनै पनि शुल्क तिर्नु पर्दैन, पछि तलबबाट।", { "fees.noFeePolicy": false }],
    ["does not read a free application followed by a visa fee", "आवेदन निःशुल्क, भिसा शुल्क ५० हजार मात्र।", { "fees.noFeePolicy": false }],
    ["does not read a deposit demanded", "धरौटी ५० हजार।", { "fees.noFeePolicy": false }],
    ["does not read 'not a rupee now'", "अहिले एक रुपैयाँ पनि लाग्दैन!", { "fees.noFeePolicy": false }],
    ["does not read a free visa and ticket", "फ्री भिसा फ्री टिकट!", { "fees.noFeePolicy": false }],
  ])("%s", (_name, description, expected) => {
    const actual = flagValues(description);
    for (const [flag, value] of Object.entries(expected)) expect(actual[flag], flag).toBe(value);
  });
});

// Stories and news reports about victims (a relative trapped abroad, a rescue, a case filed): each
// line is one advisory cue. The lure forms beside them (denials, present-tense conditions of the job,
// a testimonial of a relative doing well) are not.
advisoryCueTable("Nepali advisory cues in stories and news", "nep", {
  counted: [
    ["my brother had gone to Cambodia", "मेरो भाइ गत वर्ष कम्बोडिया गएको थियो।"],
    ["the son is trapped in Myanmar", "छोरा म्यानमारमा फसेको छ।"],
    ["they are stuck in Laos", "उनीहरू लाओसमा अड्किएका छन्।"],
    ["he was locked in a room", "उसलाई एउटा कोठामा थुनियो।"],
    ["a ransom was demanded", "छुटाउन ५ लाख फिरौती माग्यो।"],
    ["money demanded to let him leave", "कम्पनीले छोड्न ३ लाख माग्यो।"],
    ["no contact with the son for six months", "छ महिनादेखि छोरासँग सम्पर्क हुन सकेको छैन।"],
    ["the family lost contact", "परिवार सम्पर्कविहीन भएको छ।"],
    ["police rescued twelve (active voice)", "प्रहरीले १२ जनाको उद्धार गरेको छ।"],
    ["Nepalis were brought back home", "२५ जना नेपाली स्वदेश फर्काइएका छन्।"],
    ["they did not let him go home", "घर फर्कन दिएनन्।"],
    ["they would not let us out", "बाहिर निस्कन दिँदैनथे।"],
    ["I was cheated", "म त ठगिएँ।"],
    ["forced into scam work", "उनीहरूलाई विदेशीलाई ठग्ने काम गर्न बाध्य पारियो।"],
    ["sold on by the company", "कम्पनीले अर्कैलाई बेचिदियो।"],
    ["the company kept his passport", "उसको पासपोर्ट कम्पनीले राख्यो।"],
    ["a fraud case was filed", "दलालविरुद्ध ठगी मुद्दा दर्ता भएको छ।"],
    ["a complaint lodged with the police", "परिवारले जाहेरी दिएका छन्।"],
  ],
  notCounted: [
    ["nobody is trapped here", "यहाँ कोही फसेको छैन, सबै खुसी छन्।"],
    ["many were trapped elsewhere, but our company is safe", "अरू कम्पनीमा धेरै फसे, तर हाम्रो कम्पनी सुरक्षित छ।"],
    ["the company keeps the passport (a lure's condition)", "पासपोर्ट कम्पनीले राख्छ, काम सकिएपछि फिर्ता।"],
    ["leaving mid-contract is not allowed (a lure's condition)", "बीचमा छोड्न पाइँदैन।"],
    ["my brother went and earns well (a testimonial)", "मेरो भाइ पनि कम्बोडिया गएको छ, महिनाको २ लाख कमाउँछ।"],
    ["it is no ransom, just a processing fee", "फिरौती होइन, प्रोसेसिङ शुल्क मात्र।"],
    ["nobody has been cheated, our company is reliable", "कोही पनि ठगिएको छैन, हाम्रो कम्पनी भरपर्दो छ।"],
    ["a sales bonus if 100 pieces are sold", "सामान महिनामा १०० वटा बेचियो भने बोनस।"],
    ["our staff have never been locked up", "हाम्रा स्टाफलाई कहिल्यै थुनिएको छैन।"],
  ],
});
