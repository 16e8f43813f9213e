import { describe, expect, it } from "vitest";
import { flagValues } from "./flags.js";
import { contextFrom } from "../../../src/features/evidence.js";
import { type RoleFamily, extractRole } from "../../../src/features/roles.js";

// Urdu (Pakistan usage, Arabic script with the English job words Pakistani ads borrow).
describe("Urdu lexicon", () => {
  it.each<[string, string, Record<string, boolean>]>([
    ["reads a ticket, visa, room and food list 'all free'", "ٹکٹ + ویزا + کمرہ + کھانا سب فری", { "travel.flightProvided": true, "travel.visaProvided": true, "travel.accommodationProvided": true, "travel.foodProvided": true }],
    ["reads housing inside the company compound", "کمپنی کے کمپاؤنڈ میں رہائش، جم، کھانا۔", { "travel.accommodationProvided": true, "travel.foodProvided": true }],
    ["reads a return ticket", "آنے جانے کا ٹکٹ کمپنی دے گی۔", { "travel.flightProvided": true }],
    ["reads a visit visa converted into a work visa", "وزٹ ویزا پر آئیں، بعد میں ورک ویزا میں تبدیل ہو جائے گا۔", { "travel.touristVisa": true, "travel.workPermitAfterArrival": true }],
    ["reads the onward trip in the recruiter's car", "بینکاک تک ٹورسٹ ویزا، آگے کا سفر ہماری گاڑی میں۔", { "travel.airportPickup": true, "travel.touristVisa": true }],
    ["reads a flight within days", "پانچ دن میں فلائٹ، جلدی رابطہ کریں۔", { "travel.urgentDeparture": true }],
    ["reads posing as a tourist", "سیاح بن کر جانا ہے، کام کے لیے جا رہے ہو یہ مت بتانا۔", { "travel.poseAsTourist": true }],
    ["reads keeping the job from the family", "گھر والوں کو کچھ مت بتانا۔", { "travel.hideFromFamily": true }],
    ["reads 'experience or not'", "تجربہ ہو یا نہ ہو، اپلائی کریں۔", { "requirements.noExperience": true }],
    ["reads matric pass as no degree", "میٹرک پاس بھی چلے گا۔", { "requirements.noDegree": true }],
    ["reads three years in words as senior", "تین سال کا تجربہ ضروری۔", { "requirements.seniorQualifications": true }],
    ["reads a seat confirmed by paying", "سیٹ پکی کرنے کے لیے 20 ہزار ایزی پیسہ پر بھیجیں۔", { "fees.upfrontFee": true }],
    ["does not read a government-capped receipted service charge as a fee", "پروسیسنگ فیس صرف حکومت کی مقرر کردہ حد تک، رسید کے ساتھ۔", { "fees.upfrontFee": false }],
    ["reads instalments cut from salary", "ٹکٹ کے پیسے تنخواہ سے قسطوں میں کٹیں گے۔", { "fees.advanceRepaidFromSalary": true }],
    ["reads a penalty for breaking the contract", "معاہدہ توڑنے پر جرمانہ ادا کرنا ہوگا۔", { "fees.penaltyForLeaving": true }],
    ["reads 'not a single rupee'", "ایک روپیہ بھی نہیں لگے گا۔", { "fees.zeroCostClaim": true }],
    ["does not read the protector stamp before departure as skipping it", "روانگی سے پہلے پروٹیکٹر اسٹیمپ لازمی۔", { "legitimacy.workPermitSponsored": true }],
  ])("%s", (_name, description, expected) => {
    const actual = flagValues(description);
    for (const [flag, value] of Object.entries(expected)) expect(actual[flag], flag).toBe(value);
  });

  it.each<[string, string, string, RoleFamily]>([
    ["reads a game tester", "گیم ٹیسٹر – لاؤس", "", "game-tester"],
    ["reads an AI model", "اے آئی ماڈل درکار – کمبوڈیا", "", "model"],
    ["reads a chat agent as chat support", "چیٹ ایجنٹ کی ضرورت", "", "chat-support"],
    ["reads telesales", "ٹیلی سیلز ایگزیکٹو", "", "sales"],
    ["reads a translator", "مترجم کی نوکری", "", "translator"],
  ])("%s", (_name, title, description, family) => {
    expect(extractRole(contextFrom({ title: title || undefined, description })).family).toBe(family);
  });
});

// legitimacy.warnsJobSeekers: two separate cues from human-smuggling, hostage and forced-fraud vocabulary,
// reporting to or checking with the FIA, the police, the embassy or the Bureau of Emigration, and warnings
// or public notices aimed at job seekers. A lure's borrowed line, its reassurances and its instruction to
// tell the police nothing must not add up to two.
describe("Urdu lexicon: advisories warning job seekers", () => {
  it.each<[string, string, Record<string, boolean>]>([
    ["reads a public notice, a job used as bait, hostages and a report to the FIA", "اطلاعِ عام: کمبوڈیا اور میانمار میں نوکری کا جھانسہ دے کر نوجوانوں کو یرغمال بنایا جا رہا ہے۔ ایسی کسی پیشکش کی اطلاع فوری طور پر ایف آئی اے کو دیں۔", { "legitimacy.warnsJobSeekers": true }],
    ["reads human-smuggling gangs and checking the agent's licence with the Bureau", "انسانی اسمگلنگ کے گروہ جعلی ایجنٹوں کے ذریعے لوگوں کو بیرون ملک بھیجتے ہیں۔ ایجنٹ کا لائسنس بیورو آف امیگریشن کی ویب سائٹ پر ضرور چیک کریں۔", { "legitimacy.warnsJobSeekers": true }],
    ["reads visit-visa work called illegal and a warning against unlicensed agents", "وزٹ ویزا پر کام کرنا غیر قانونی ہے۔ غیر لائسنس یافتہ ایجنٹوں سے ہوشیار رہیں۔", { "legitimacy.warnsJobSeekers": true }],
    ["reads the Foreign Office's warning, the salary bait and 'only registered promoters'", "وزارت خارجہ نے شہریوں کو خبردار کیا ہے کہ بیرون ملک زیادہ تنخواہ کے لالچ میں نہ آئیں۔ صرف رجسٹرڈ اوورسیز ایمپلائمنٹ پروموٹرز کے ذریعے جائیں۔", { "legitimacy.warnsJobSeekers": true }],
    ["reads forced online fraud and a complaint to the police", "تھائی لینڈ بارڈر پر نوجوانوں سے زبردستی آن لائن فراڈ کروایا جاتا ہے۔ ایسے ایجنٹ کی شکایت قریبی پولیس اسٹیشن میں کریں۔", { "legitimacy.warnsJobSeekers": true }],
    ["reads a Roman Urdu forward: fake agents, an FIA complaint and the FIA helpline", "Khabardar! Jaali agents Thailand mein call center ki naukri ka jhansa dete hain. Aisi kisi offer ki shikayat foran FIA ko karein, FIA helpline 111-345-786.", { "legitimacy.warnsJobSeekers": true }],
    ["does not read one borrowed line against fake agents as an advisory", "جعلی ایجنٹوں سے ہوشیار رہیں، ہمارا صرف یہی نمبر ہے۔ ٹورسٹ ویزا، فری ٹکٹ۔", { "legitimacy.warnsJobSeekers": false, "travel.touristVisa": true }],
    ["does not read a lure's reassurance and 'tell the police nothing'", "کام 100٪ قانونی ہے، کوئی غیر قانونی ایجنٹ نہیں۔ پولیس کو کچھ نہ بتائیں۔", { "legitimacy.warnsJobSeekers": false }],
    ["does not read 'no human smuggling, no fraud call centre' beside a borrowed warning", "جعلی ایجنٹوں سے ہوشیار رہیں! یہ انسانی اسمگلنگ نہیں، کوئی فراڈ کال سینٹر نہیں۔", { "legitimacy.warnsJobSeekers": false }],
    ["does not read Roman Urdu 'don't inform the police' beside a borrowed warning", "Police ko ittila na dein, bas kehna ghoomne ja rahe hain. Jaali agents se hoshiyar rahein.", { "legitimacy.warnsJobSeekers": false }],
    ["does not read one mention of human smuggling as an advisory", "ہم انسانی اسمگلنگ کے خلاف ہیں۔ تنخواہ 1500 ڈالر، ٹورسٹ ویزا۔", { "legitimacy.warnsJobSeekers": false, "travel.touristVisa": true }],
    ["does not count a helpline and its number twice", "ایف آئی اے کی ہیلپ لائن 111-345-786", { "legitimacy.warnsJobSeekers": false }],
    ["does not read Protector registration or a Bureau licence as an advisory", "روانگی سے پہلے پروٹیکٹر آف ایمیگرنٹس آفس سے رجسٹریشن لازمی۔ بیورو آف امیگریشن اینڈ اوورسیز ایمپلائمنٹ سے لائسنس یافتہ۔", { "legitimacy.warnsJobSeekers": false, "legitimacy.workPermitSponsored": true }],
  ])("%s", (_name, description, expected) => {
    const actual = flagValues(description);
    for (const [flag, value] of Object.entries(expected)) expect(actual[flag], flag).toBe(value);
  });
});
