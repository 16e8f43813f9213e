import { beforeAll, describe, expect, it } from "vitest";
import { advisoryCueTable } from "./advisory-cue-table.js";
import { flagValues } from "./flags.js";

// Batch 37's train half (Burmese): a relative's warning post, a returnee's account, a forum thread, a
// ministry notice, a Q&A about Japan's SSW, and licensed MOU / Malaysia recruitment read as lures.
// Each row below is written for this file; lure forms that use the same words to make an offer keep
// their markers.

advisoryCueTable("Burmese advisory cues (batch 37)", "mya", {
  counted: [
    ["taken across illegally (notice)", "လူငယ်များကို နယ်စပ်မှ တရားမဝင် ခေါ်ဆောင်သွားသည့် ဖြစ်ရပ်များ ရှိသည်။"],
    ["made to work by force", "အဓမ္မ စေခိုင်းခံရသူ အများအပြား ရှိပါသည်။"],
    ["online fraud operations", "အွန်လိုင်းလိမ်လည်မှုလုပ်ငန်းများသို့ ရောက်သွားကြသည်။"],
    ["a formal advisory's title", "ပြည်ပအလုပ်ရှာသူများအတွက် သတိပေးနှိုးဆော်ချက်"],
    ["the ministry urges (notice)", "ဝန်ကြီးဌာနမှ ပြည်သူများကို နှိုးဆော်အပ်ပါသည်။"],
    ["sent into a compound (account)", "နောက်ဆုံး ခြံဝင်းကြီးတစ်ခုထဲ ရောက်သွားတယ်။"],
    ["phone taken on arrival (account)", "ရောက်တဲ့နေ့မှာပဲ ဖုန်းကို သိမ်းတယ်။"],
    ["made to scam people (account)", "တစ်နေ့လုံး လူတွေကို လိမ်ခိုင်းတယ်။"],
    // "NGO" is lower-cased with the text before the patterns run; written in capitals it never matched.
    ["help from NGOs (account)", "NGOများ၏ အကူအညီဖြင့် ပြန်လာနိုင်ခဲ့သည်။"],
    ["a ransom quoted (account)", "'ပြန်ချင်ရင် ဒေါ်လာ ၃ ထောင် ပေးရမယ်' တဲ့။"],
    ["if asked for money, do not go", "ပွဲစားက လမ်းစရိတ် ကြိုတောင်းရင် မသွားပါနဲ့။"],
    ["do not believe such ads", "ဒီလို ကြော်ငြာမျိုးကို မယုံပါနဲ့။"],
    ["go only through a licensed agency", "လိုင်စင်ရ အေဂျင်စီကနေ MOU နဲ့ပဲ သွားပါ။"],
    ["check with the labour office", "အလုပ်သမားရုံးမှာ အရင် စစ်ဆေးပါ။"],
    ["report to the police", "ဒီလို ကြုံရရင် ရဲကို တိုင်ကြားပါ။"],
    ["the ministry's hotline", "ဝန်ကြီးဌာန hotline ကို ဆက်ခေါ်နိုင်ပါသည်။"],
    ["I am a returnee (account)", "ကျွန်မက မြဝတီကနေ ပြန်လာခဲ့သူပါ။"],
    ["rescued (news)", "လူငယ် ၂၀ ဦး ကယ်ဆယ်ခံရသည်။"],
    ["with the help of organisations", "အဖွဲ့အစည်းများ၏ အကူအညီဖြင့် ပြန်ရောက်လာသည်။"],
    ["that is not a lawful job", "အဲဒါ တရားဝင် အလုပ် မဟုတ်ဘူး။"],
    ["don't end up like me", "ကျွန်တော့်လို မဖြစ်ပါစေနဲ့။"],
    ["be suspicious", "လစာ အရမ်းများရင် သံသယဖြစ်ပါ။"],
    ["I blocked them (thread)", "နံပါတ်ကို block လိုက်ပြီ။"],
    ["debts pile up on arrival", "ရောက်ရင် အကုန်လုံး အကြွေးတင်တာ။"],
    ["is this real? (an open question)", "ဒါ ဟုတ်ရဲ့လား။ သိတဲ့သူ ပြောပြပေးပါ။"],
    ["is this a scam? (an open question)", "ဒါ လိမ်တာလား။ ဘယ်သူ သိလဲ။"],
  ],
  notCounted: [
    ["a lure's denial: no trafficking here", "ကျွန်ုပ်တို့ဆီမှာ လူကုန်ကူးတာ မဟုတ်ပါ၊ စိတ်ချပါ။"],
    ["a lure's denial: not a fraud business", "ဒီလုပ်ငန်းသည် လိမ်လည်မှုလုပ်ငန်း မဟုတ်ပါ။"],
    ["a lure's denial: nobody is made to scam", "လိမ်ခိုင်းတာ လုံးဝ မရှိပါ။"],
    ["a lure's rule: phones kept in working hours", "အလုပ်ချိန်အတွင်း ဖုန်း သိမ်းထားမည်။"],
    ["a lure's offer: leave whenever you like", "ပြန်ချင်ရင် အချိန်မရွေး ပြန်လို့ရပါတယ်။"],
    ["a lure dismissing the news", "သတင်းတွေကို မယုံပါနဲ့၊ ကျွန်တော်တို့ဆီ လာကြည့်ပါ။"],
    ["a lure: don't believe other ads, only us", "တခြား ကြော်ငြာတွေ မယုံပါနဲ့၊ ကျွန်တော်တို့ကိုသာ ယုံပါ။"],
    ["a lure's borrowed licence claim", "MOU စောင့်စရာမလို၊ လိုင်စင်ရ အေဂျင်စီ ဖြစ်လို့ စိတ်ချပါ။"],
    ["a lure inviting doubters to its office", "သံသယရှိရင် ကျွန်တော်တို့ ရုံးကို လာကြည့်ပါ။"],
    ["a lure welcoming returnees", "ထိုင်းက ပြန်လာခဲ့သူများလည်း လျှောက်နိုင်ပါသည်။"],
    ["a lure's FAQ answering itself", "ဒါ ဟုတ်ရဲ့လား? ✅ ဟုတ်ပါတယ်၊ တရားဝင်ပါ။"],
    ["a lure's FAQ denying a scam", "ဒါ လိမ်တာလား? ❌ မဟုတ်ပါ။"],
  ],
});

describe("Burmese negation cues and legitimacy markers (batch 37)", () => {
  beforeAll(() => {
    flagValues("");
  }, 60_000);

  it.each<[string, string, string, boolean]>([
    // A tourist visa named only to forbid it.
    ["if told to go on a tourist visa first, don't go", "ခရီးသွားဗီဇာနဲ့ အရင်လာခိုင်းရင် မသွားပါနဲ့။", "travel.touristVisa", false],
    ["not to go abroad for work on a visit visa (notice)", "Visit Visa ဖြင့် ပြည်ပသို့ အလုပ်လုပ်ရန် မသွားရန်။", "travel.touristVisa", false],
    ["lure: come on a tourist visa, no problem", "ခရီးသွားဗီဇာနဲ့ လာရင် ပြဿနာ မရှိပါ။", "travel.touristVisa", true],
    ["lure: go on a tourist visa, permit after arrival", "Tourist visa နဲ့ သွားမယ်၊ ရောက်မှ ပါမစ် လုပ်ပေးမယ်။", "travel.touristVisa", true],
    // A service charge at the ministry's rate, or one over the rate reported.
    ["service charge at the ministry's set rate only", "ဝန်ဆောင်ခ – ဝန်ကြီးဌာန သတ်မှတ်နှုန်းအတိုင်းသာ ယူပါသည်။", "fees.upfrontFee", false],
    ["a charge above the set rate is to be reported", "သတ်မှတ်နှုန်းထားထက် ပို၍ ဝန်ဆောင်ခ တောင်းလျှင် တိုင်ကြားပါ။", "fees.upfrontFee", false],
    ["lure: pay a service charge in advance", "ဝန်ဆောင်ခ ဒေါ်လာ ၅၀၀ ကြိုပေးရမည်။", "fees.upfrontFee", true],
    ["lure: a service charge, no ministry needed", "ဝန်ဆောင်ခ ၃ သိန်း၊ ဝန်ကြီးဌာန မလိုပါ။", "fees.upfrontFee", true],
    // An ID copy brought to the office in person is not sent to a chat.
    ["ID copy brought to the office in person", "မှတ်ပုံတင် မိတ္တူ၊ ဓာတ်ပုံ ၄ ပုံ ယူပြီး ရုံးသို့ ကိုယ်တိုင် လာပါ။", "requirements.passportCopyRequested", false],
    ["lure: send the ID copy on Viber, then come", "မှတ်ပုံတင် မိတ္တူကို Viber ကနေ ပို့ပြီးမှ ရုံးကို လာပါ။", "requirements.passportCopyRequested", true],
    ["lure: send an ID photo on Telegram", "မှတ်ပုံတင် ဓာတ်ပုံ Telegram ကို ပို့ပါ။", "requirements.passportCopyRequested", true],
    // The contract read and signed before departure, the permit or work visa obtained before it.
    ["contract read and signed before departure", "ထွက်ခွာမီ သင်တန်းတက်ပြီး နှစ်ဘာသာ စာချုပ်ကို ဖတ်ပြီး လက်မှတ်ထိုးရမည်။", "legitimacy.writtenContractBeforeTravel", true],
    ["lure: no contract needed before departure", "ထွက်ခွာမီ စာချုပ် ချုပ်ဆိုရန် မလိုပါ။", "legitimacy.writtenContractBeforeTravel", false],
    ["lure: contract signed after arrival", "စာချုပ်ကို ထိုင်းရောက်မှ ချုပ်မယ်။", "legitimacy.writtenContractBeforeTravel", false],
    ["work permit completed before departure", "Work Permit ကို ထွက်ခွာမီ ပြီးစီးအောင် လုပ်ဆောင်ပေးမည်။", "legitimacy.workPermitSponsored", true],
    ["depart only once the work visa is granted", "အလုပ်ဗီဇာ ရရှိမှသာ ထွက်ခွာရမည်။", "legitimacy.workPermitSponsored", true],
    ["lure: a tourist visa issued before departure", "ခရီးသွားဗီဇာ ထွက်ခွာမီ ရရှိမည်။", "legitimacy.workPermitSponsored", false],
    ["lure: no permit needed before departure", "Work permit ထွက်ခွာမီ မလိုပါ၊ ရောက်မှ လုပ်မယ်။", "legitimacy.workPermitSponsored", false],
  ])("%s", (_gloss, line, flag, expected) => {
    expect(flagValues(line)[flag]).toBe(expected);
  });

  it("keeps the tourist visa in a lure whose visa is issued before departure", () => {
    expect(flagValues("ခရီးသွားဗီဇာ ထွက်ခွာမီ ရရှိမည်။")["travel.touristVisa"]).toBe(true);
  });
});
