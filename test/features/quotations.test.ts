import { beforeAll, describe, expect, it } from "vitest";
import { contextFrom } from "../../src/features/evidence.js";
import { extractTravel } from "../../src/features/travel.js";
import { allFlags } from "./lexicons/flags.js";

const travel = (description: string) => extractTravel(contextFrom({ description }));

// What a text quotes is what someone else says: a notice's list of quoted lure lines, or a line a
// story reports ("he was told …"). Neither is the ad's own offer; both leave the ad's own lines alone.
describe("quotations are not the ad's own offer", () => {
  beforeAll(() => {
    allFlags("");
  }, 60_000);

  it.each<[string, string]>([
    ["a list of two or more quoted lines", 'Some of what we have seen:\n• "Come on a tourist visa, the permit comes later"\n• "Free flight and free room"'],
    ["a list of quoted lines under any header, in Thai", "ตอบ: ถ้ามีหลายข้อรวมกัน เช่น\n• \u201cใช้วีซ่าท่องเที่ยวไปก่อน\u201d\n• \u201cบินฟรี ที่พักฟรี\u201d"],
    ["a line an agent is reported to have said", 'The agent told him "come on a tourist visa, we fix the permit later" and he went.'],
    ["a Korean line reported with 라고", '"관광비자로 먼저 들어오면 된다"라고 했다고 합니다.'],
    ["a Nepali line reported with भनिएको", 'एक जना विद्यार्थीलाई "पहिले टुरिस्ट भिसामा आउनुस्" भनिएको थियो।'],
    ["a Korean line in single quotes with 라고 attached", "'관광비자로 먼저 들어오면 된다'라고 했다고 합니다."],
    ["a reported quote after a word with an apostrophe", "It's true: the agent told him 'come on a tourist visa' and he went."],
    ["a Nepali notice's example ('…' जस्ता अफरबाट सावधान)", "'थाइल्याण्डमा टुरिस्ट भिसामा आउनुस्, टिकट फ्री' जस्ता अफरबाट सावधान रहनुहोस्।"],
    ["a Hindi quote of what such ads say", 'विज्ञापनों में लिखा होता है "टूरिस्ट वीज़ा पर आइए, फ्री टिकट"।'],
    ["a Korean example of such ads (같은 광고)", '"관광비자로 오시면 됩니다, 항공권 무료" 같은 광고는 의심하세요.'],
    ["a Thai question about a quoted line", "มีคนทักมาว่างาน \u201cไปด้วยวีซ่าท่องเที่ยว ตั๋วเครื่องบินฟรี\u201d จริงไหมคะ"],
    ["a Korean question about a quoted line", '"관광비자로 들어오면 항공권 무료" 진짜인가요?'],
    ["an English question about a quoted line", 'I got a message: "come on a tourist visa, free flight" is it legit?'],
    ["English ads introduced as examples", 'Beware of ads saying "tourist visa is fine, free flight included".'],
    ["a list of quotes held up as examples by its last item ('…', '…' या '…' जैसी बातें)", 'संदेशों में "ऊँचा वेतन", "टूरिस्ट वीज़ा" या "फ्री हवाई टिकट" जैसी बातें लिखी होती हैं।'],
    ["a Thai list of quotes introduced by ลักษณะคล้ายกัน เช่น", 'ข้อความมีลักษณะคล้ายกัน เช่น "ใช้วีซ่าท่องเที่ยวเข้าไปได้เลย" หรือ "บินฟรี ที่พักฟรี"'],
    ["a Korean line reported with 고 하는데요", 'Q2. "관광비자로 먼저 들어가면 된다"고 하는데요?'],
    ["a Korean offer reported as received (제안을 받았어요)", '텔레그램으로 "관광비자로 오면 항공권 무료" 제안을 받았어요.'],
    ["a Nepali line reported with भन्छ and a danda (।) right after the verb", '"टुरिस्ट भिसामा आउनू, टिकट फ्री" भन्छ।'],
    ["a Nepali offer reported with भन्ने", '"टुरिस्ट भिसामा आउनू, टिकट फ्री" भन्ने अफर आयो।'],
    ["a Hindi line someone wrote (ने लिखा –)", 'एक एजेंट ने लिखा – "टूरिस्ट वीज़ा पर आ जाओ, फ्री टिकट"।'],
    ["a quote on a Q&A card's question line", 'Q1. "Tourist visa is fine, free flight"\nA. It is not fine.\nQ2. "Send your passport today"\nA. Do not.'],
    ["a Korean list of quotes ending in 등 and a few words before its noun (등 출처가 불분명한 제안)", '"관광비자로 오면 항공권 무료", "월 1,000만 원 보장" 등 출처가 불분명한 제안은 본 사업과 무관합니다.'],
    ["a romanised Nepali line reported with bhanera", "maile ni ad dekhya thye, 'Thailand ma typing job, tourist visa ma aaunu, ticket free' bhanera. aba najane"],
    ["a romanised Hindi line reported with bola", 'agent aaya tha, "tourist visa pe chalo, ticket free" bola, papa ne mana kar diya'],
    ["a Nepali notice's proposals (… जस्ता प्रस्ताव)", '"फ्री टिकट, भिजिट भिसामा कोरिया गएर काम" जस्ता प्रस्ताव EPS सँग सम्बन्धित छैनन्।'],
    ["a romanised Hindi line reported with bole before it", "aur jo bhi bole 'visa on arrival pe aa jao, ticket free', uska number block karo"],
    ["a romanised Hindi line an agent is reported to have said", "agent ne kaha tha: 'tourist visa pe aao, ticket free', phir passport le liya"],
    ["a forward that is going round, quoted (msg forward ho raha hai:)", 'groups me ek msg forward ho raha hai:\n"Thailand – visa on arrival – ticket free – join in 7 days"'],
    ["a Hindi seeker's question after a quote (जाऊँ या नहीं?)", "'लाओस में नौकरी, टूरिस्ट वीज़ा पर आओ, टिकट फ़्री' — जाऊँ या नहीं?"],
    ["a romanised question after a quote (kya ye real hai)", '"tourist visa pe aao, ticket free" kya ye real hai?'],
    ["a quote explained and judged (matlab … illegal)", '"Visa on arrival pe join karo, ticket free" matlab tourist entry pe kaam – illegal bhi, dangerous bhi.'],
  ])("does not read %s", (_name, description) => {
    const result = travel(description);
    expect(result.touristVisa).toBe(false);
    expect(result.flightProvided).toBe(false);
  });

  it.each<[string, string, "touristVisa" | "flightProvided"]>([
    ["a single quoted list item", '• "Tourist visa, we handle the rest"\n• Salary USD 1,500', "touristVisa"],
    ["unquoted list items", "• Come on a tourist visa\n• Free flight and free room", "touristVisa"],
    ["the ad's own claim in quotes, with nobody reported saying it", 'We offer "free flight, free room" to every new agent.', "flightProvided"],
    ["a Nepali guarantee of the ad's own ('… भन्ने ग्यारेन्टी')", '"टिकट फ्री" भन्ने ग्यारेन्टी छ। भिजिट भिसामा दुबई।', "flightProvided"],
    ["a romanised quote followed by a word that only starts like a saying verb (bolaiye)", "'tourist visa ma aaunu, ticket free' bolaiye sabai lai, hami pathauchhau", "flightProvided"],
    ["a quote followed by कहाँ (where), not कहा (said)", '"फ्री टिकट" कहाँ मिलेगा? यहीं, आज ही आवेदन करें।', "flightProvided"],
    ["the offer outside a reported quote", "Don't worry, it's easy: come on a tourist visa, they said 'no problem' to all of us.", "touristVisa"],
    ["an ad's perks listed 'like' a quoted one (no noun of ads or messages)", '"टूरिस्ट वीज़ा" जैसी सुविधाएँ, फ्री टिकट भी।', "touristVisa"],
    ["a Thai ad praising its own quoted offer (แบบนี้)", "\u201cบินฟรี ที่พักฟรี\u201d แบบนี้หาที่ไหนไม่ได้แล้ว", "flightProvided"],
    ["a Korean ad's own quoted perk followed by 같은 혜택", '"항공권 무료" 같은 혜택까지 드립니다', "flightProvided"],
    ["a Korean ad's own quoted perks ending in 등 다양한 혜택", '"관광비자 OK", "항공권 무료" 등 다양한 혜택을 드립니다', "flightProvided"],
    ["an ad's own quoted perks in a list that nothing reports", '"관광비자 OK", "항공권 무료" 그리고 "숙소 제공"까지!', "flightProvided"],
    ["a Thai ad's perks 'such as' a quote (สวัสดิการ เช่น)", 'สวัสดิการ เช่น "บินฟรี ที่พักฟรี" ใช้วีซ่าท่องเที่ยวได้', "flightProvided"],
    ["a romanised ad's own perk explained with matlab and no judgement", '"Free ticket" matlab company ka kharcha. Tourist visa pe aao.', "flightProvided"],
    ["a referral that reports an offer it received and recommends", 'mujhe offer aaya hai: "tourist visa pe aao, ticket free", tum bhi aa jao', "touristVisa"],
    // Lures an adversarial review wrote against the readings above: the rest of the quote's line vouches for it.
    ["a 'viral' frame the poster then vouches for", 'Facebook pe ye post viral ho rahi hai: "Thailand job, tourist visa pe aao, ticket free" Sab sach hai, humne hi daali hai.', "touristVisa"],
    ["a question the poster answers yes at once", '"Tourist visa pe aao, ticket free" kya ye real hai? Haan 100% real hai!', "touristVisa"],
    ["a Hindi question followed by seats left", '"टूरिस्ट वीज़ा पर आओ, टिकट फ़्री" — जाऊँ या नहीं? इनबॉक्स करें, 5 सीट बची हैं।', "touristVisa"],
    ["the ad's own HR quoted (romanised kaha before a quote)", 'Humare HR ne kaha: "Tourist visa pe aao, ticket free."', "touristVisa"],
    ["a quote explained with matlab and its judgement denied", '"Tourist visa pe aao, ticket free" yaani bas entry ke liye, koi fraud nahi.', "touristVisa"],
    ["an FAQ lure's answer line after a quoting question line", 'Q1. "Is the flight free?"\nA. Yes: free flight and free room.\nQ2. "Tourist visa?"\nA. Yes, come on a tourist visa.', "touristVisa"],
  ])("still reads %s", (_name, description, flag) => {
    expect(travel(description)[flag]).toBe(true);
  });
});
