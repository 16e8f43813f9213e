import { describe, expect, it } from "vitest";
import { flagValues } from "./flags.js";
import { contextFrom } from "../../../src/features/evidence.js";
import { type RoleFamily, extractRole } from "../../../src/features/roles.js";

// Bengali (Bangladesh usage) and Banglish (romanised Bengali from Facebook groups).
describe("Bengali lexicon", () => {
  it.each<[string, string, Record<string, boolean>]>([
    ["reads the ticket and visa given by the company", "ভিসা ও টিকিট কোম্পানি দিবে, আপনাকে কিছু করতে হবে না।", { "travel.flightProvided": true, "travel.visaProvided": true }],
    ["reads a ticked list ending in 'all free'", "থাকা ✔ খাওয়া ✔ টিকিট ✔ সব ফ্রি", { "travel.flightProvided": true, "travel.accommodationProvided": true, "travel.foodProvided": true, "travel.visaProvided": false }],
    ["reads three meals and a staff mess", "স্টাফ মেসে থাকা, তিন বেলা খাবার কোম্পানির।", { "travel.accommodationProvided": true, "travel.foodProvided": true }],
    ["reads 'no visa needed' in Banglish", "Laos e jete visa lagbe na, border e hoye jabe.", { "travel.noVisaNeeded": true }],
    ["does not read a warning against travelling without a visa", "ভিসা ছাড়া বিদেশে কাজ করতে যাবেন না।", { "travel.noVisaNeeded": false }],
    ["reads a company man taking the worker on from Bangkok", "ব্যাংককে নামার পর কোম্পানির লোক এসে নিয়ে যাবে।", { "travel.airportPickup": true }],
    ["reads coaching to say it is a holiday", "ইমিগ্রেশনে বলবেন ঘুরতে যাচ্ছেন, সবাই আলাদা লাইনে দাঁড়াবেন।", { "travel.poseAsTourist": true }],
    ["does not read a bKash OTP warning as secrecy", "বিকাশের পিন কাউকে জানাবেন না।", { "travel.hideFromFamily": false }],
    ["reads 'experience is not needed' with the genitive", "অভিজ্ঞতার কোনো প্রয়োজন নেই, কাজ শিখিয়ে দেওয়া হবে।", { "requirements.noExperience": true }],
    ["reads 'experienced is better, if not still fine'", "অভিজ্ঞ হলে ভালো, না হলেও চলবে।", { "requirements.noExperience": true }],
    ["reads 'SSC pass is enough' as no degree", "এসএসসি পাস হলেই চলবে।", { "requirements.noDegree": true }],
    ["reads typing in Bangla or English as the only computer skill", "কম্পিউটারে বাংলা বা ইংরেজি টাইপ করতে পারলেই হবে।", { "requirements.computerBasicsOnly": true }],
    ["reads 'new graduates too' without a senior degree", "নতুন গ্র্যাজুয়েটরাও আবেদন করতে পারবেন।", { "requirements.noExperience": true, "requirements.seniorQualifications": false }],
    ["reads three years in words as senior", "কমপক্ষে তিন বছরের অভিজ্ঞতা প্রয়োজন।", { "requirements.seniorQualifications": true }],
    ["reads height and weight", "উচ্চতা ও ওজন লিখে ছবি পাঠান।", { "requirements.genderOrAppearance": true }],
    ["does not read boys and girls together as a gender restriction", "ছেলে ও মেয়ে নেওয়া হবে।", { "requirements.genderOrAppearance": false }],
    ["reads the first and last page of the passport", "পাসপোর্টের প্রথম ও শেষ পাতার ছবি পাঠান।", { "requirements.passportCopyRequested": true }],
    ["reads paying to confirm the seat", "সিট নিশ্চিত করতে ১০,০০০ টাকা বিকাশে পাঠাতে হবে।", { "fees.upfrontFee": true }],
    ["does not read 'no deposit' as a fee", "ল্যাপটপ অফিস দেবে, কোনো জামানত ফি নেই।", { "fees.upfrontFee": false }],
    ["reads a ticket cut from salary in instalments", "টিকিটের টাকা বেতন থেকে কিস্তিতে কাটা হবে।", { "fees.advanceRepaidFromSalary": true }],
    ["reads a penalty for leaving half-way", "মাঝপথে কাজ ছেড়ে দিলে ২ লাখ টাকা ক্ষতিপূরণ দিতে হবে।", { "fees.penaltyForLeaving": true }],
    ["reads a no-fee policy and a written and viva exam", "প্রার্থীর কাছ থেকে কোনো ফি নেওয়া হয় না। লিখিত ও মৌখিক পরীক্ষার মাধ্যমে নির্বাচন।", { "fees.noFeePolicy": true, "legitimacy.multiStageInterview": true }],
    ["does not read 'no BMET clearance needed' as a sponsored permit", "বিএমইটি ক্লিয়ারেন্স লাগবে না, সরাসরি ফ্লাইট।", { "legitimacy.workPermitSponsored": false }],
    ["reads a work permit processed by the company before the flight", "ওয়ার্ক পারমিট কোম্পানি করবে, ফ্লাইটের আগেই হাতে পাবেন।", { "legitimacy.workPermitSponsored": true }],
    ["reads a Banglish free visa, ticket, board and lodging with costs on the company", "Free visa free ticket, thaka khawa free, khoroch company dibe.", { "travel.flightProvided": true, "travel.visaProvided": true, "travel.accommodationProvided": true, "travel.foodProvided": true, "fees.zeroCostClaim": true }],
    ["reads Banglish 'no experience, typing is enough' spelled abhijnata", "Thailand e data entry job, abhijnata lagbe na, shudhu typing janlei hobe.", { "requirements.noExperience": true, "requirements.computerBasicsOnly": true }],
    ["reads a ticked list with টিকেট and crossed-out experience and certificate", "টিকেট ✅ থাকা ✅ খাওয়া ✅ সব ফ্রি, অভিজ্ঞতা ❌ সার্টিফিকেট ❌", { "travel.flightProvided": true, "travel.accommodationProvided": true, "travel.foodProvided": true, "requirements.noExperience": true, "requirements.noDegree": true }],
    ["reads the company buying the ticket and a passport as the only condition", "টিকিট কোম্পানি কেটে দেবে, পাসপোর্ট থাকলেই চলবে।", { "travel.flightProvided": true, "requirements.passportRequired": true }],
    ["reads a work permit promised after joining, not as a sponsored permit", "কাজের অনুমতিপত্র যোগদানের পর কোম্পানি করে দেবে।", { "travel.workPermitAfterArrival": true, "legitimacy.workPermitSponsored": false }],
    ["reads a staff quarter with canteen and a full-length photo", "স্টাফ কোয়ার্টার ও ক্যান্টিন, পূর্ণ দৈর্ঘ্যের ছবি পাঠান।", { "travel.accommodationProvided": true, "travel.foodProvided": true, "requirements.genderOrAppearance": true }],
    ["reads half the cost now and the rest set against salary", "মোট খরচ মাত্র ২ লাখ টাকা – অর্ধেক এখন, বাকিটা বেতন থেকে সমন্বয় করা হবে।", { "fees.upfrontFee": true, "fees.advanceRepaidFromSalary": true }],
    ["does not read a visa cost the worker need not pay as a fee", "ভিসার টাকা দিতে হবে না, কোম্পানি বহন করবে।", { "fees.upfrontFee": false }],
    ["does not read board and lodging at the worker's own cost", "ঢাকায় কল সেন্টারে চাকরি, থাকা ও খাওয়ার ব্যবস্থা নিজ খরচে।", { "travel.accommodationProvided": false, "travel.foodProvided": false }],
    ["does not read a subsidised canteen as free food", "কোম্পানিতে থাকার ব্যবস্থা ও ক্যান্টিনে ভর্তুকি মূল্যে খাবার।", { "travel.accommodationProvided": true, "travel.foodProvided": false }],
    ["does not read 'no BMET card needed' in Banglish as a sponsored permit", "BMET card lagbe na, sorasori flight.", { "legitimacy.workPermitSponsored": false }],
    ["reads a manpower card and BMET registration as emigration clearance", "Manpower card o BMET registration amra kore dibo.", { "legitimacy.workPermitSponsored": true }],
    ["reads a Banglish flight within days", "7 diner moddhe flight, passport ready rakhun.", { "travel.urgentDeparture": true }],
    ["reads a Banglish job abroad with visa and ticket from the company", "Bidesh e chakri: visa company korbe, ticket company dibe.", { "travel.workAbroad": true, "travel.visaProvided": true, "travel.flightProvided": true }],
    ["reads a Banglish border crossing", "Bangkok theke gari kore border diye dhukbe, nodi par hoye jete hobe.", { "travel.borderCrossing": true }],
  ])("%s", (_name, description, expected) => {
    const actual = flagValues(description);
    for (const [flag, value] of Object.entries(expected)) expect(actual[flag], flag).toBe(value);
  });

  it.each<[string, string, string, RoleFamily]>([
    ["reads a data entry title spelled ডেটা", "ডেটা এন্ট্রি অপারেটর – কম্বোডিয়া", "", "data-entry"],
    ["reads a painter as construction", "রংমিস্ত্রি নিয়োগ", "", "construction"],
    ["reads a cook as hospitality", "হোটেলে রাঁধুনি প্রয়োজন", "", "hospitality"],
    ["reads a face model title", "ফেস মডেল প্রয়োজন", "", "model"],
    ["reads a game tester", "গেম টেস্টার – লাওস", "", "game-tester"],
    ["reads a chatting job as chat support", "চ্যাটিং জব – কম্বোডিয়া", "", "chat-support"],
    ["reads 'typing work' as typing", "টাইপ করার কাজ – থাইল্যান্ড", "", "typing"],
  ])("%s", (_name, title, description, family) => {
    expect(extractRole(contextFrom({ title: title || undefined, description })).family).toBe(family);
  });
});
