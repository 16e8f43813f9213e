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
