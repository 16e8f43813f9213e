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
    ["a quote followed by कहाँ (where), not कहा (said)", '"फ्री टिकट" कहाँ मिलेगा? यहीं, आज ही आवेदन करें।', "flightProvided"],
    ["the offer outside a reported quote", "Don't worry, it's easy: come on a tourist visa, they said 'no problem' to all of us.", "touristVisa"],
  ])("still reads %s", (_name, description, flag) => {
    expect(travel(description)[flag]).toBe(true);
  });
});
