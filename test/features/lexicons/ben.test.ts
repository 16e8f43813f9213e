import { beforeAll, describe, expect, it } from "vitest";
import { flagValues } from "./flags.js";
import { contextFrom } from "../../../src/features/evidence.js";
import { extractRequirements } from "../../../src/features/requirements.js";
import { type RoleFamily, extractRole } from "../../../src/features/roles.js";
import { createScreener } from "../../../src/index.js";

// Bengali (Bangladesh usage) and Banglish (romanised Bengali from Facebook groups).
describe("Bengali lexicon", () => {
  // The first read builds every lexicon and compiles the patterns its words trigger; on a busy machine that alone can exceed a test's timeout.
  beforeAll(() => {
    flagValues("ভিসা ও টিকিট কোম্পানি দিবে, থাকা খাওয়া ফ্রি।");
  }, 60_000);

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

// Spellings and registers the first table does not cover: ফ্রী with a long ী, পাশ for পাস, English
// job words in Bengali script (এক্সপেরিয়েন্স, এডমিন), misspellings (অভিঙ্গতা) and Facebook-post slang.
describe("Bengali lexicon: native variants", () => {
  it.each<[string, string, Record<string, boolean>]>([
    ["reads board and lodging free spelled ফ্রী", "থাকা খাওয়া ফ্রী, এসি রুম।", { "travel.accommodationProvided": true, "travel.foodProvided": true }],
    ["reads an air ticket free spelled ফ্রী", "এয়ার টিকেট ফ্রী, ভিসা ফ্রী।", { "travel.flightProvided": true, "travel.visaProvided": true }],
    ["reads the visa cost borne by the company", "ভিসা খরচ কোম্পানি বহন করবে।", { "travel.visaProvided": true, "travel.flightProvided": false }],
    ["reads a plane fare the worker need not pay", "প্লেন ভাড়া লাগবে না, সব কোম্পানির।", { "travel.flightProvided": true }],
    ["reads a place to stay that will be given", "থাকার জায়গা দেওয়া হবে, খাবার কোম্পানির।", { "travel.accommodationProvided": true, "travel.foodProvided": true }],
    ["reads lodging and food free with খাবার", "থাকা ও খাবার ফ্রি, কোনো খরচ নেই।", { "travel.accommodationProvided": true, "travel.foodProvided": true, "fees.zeroCostClaim": true }],
    ["does not read 'no lodging provided' as lodging", "কোম্পানির বাস সার্ভিস আছে, থাকার ব্যবস্থা নেই।", { "travel.accommodationProvided": false }],
    ["does not read 'food facility none' as food", "দুপুরে খাবার সুবিধা নেই, নিজে আনতে হবে।", { "travel.foodProvided": false }],
    ["reads visa on arrival in the English order", "ভিসা অন অ্যারাইভাল, এয়ারপোর্টে নামলেই কোম্পানির গাড়ি।", { "travel.touristVisa": true, "travel.airportPickup": true }],
    ["reads a tour visa", "ট্যুর ভিসায় যাবেন, পরে সব ঠিক হবে।", { "travel.touristVisa": true }],
    ["reads 'no work permit needed'", "ওয়ার্ক পারমিটের দরকার নেই, সরাসরি কাজে যোগ দেবেন।", { "travel.noVisaNeeded": true }],
    ["does not read a warning against jobs without a work permit", "ওয়ার্ক পারমিট লাগবে না এমন চাকরিতে বিদেশ যাবেন না।", { "travel.noVisaNeeded": false }],
    ["reads a flight as soon as the visa comes", "ভিসা হাতে পেলেই ফ্লাইট, ১৫ দিনে রওনা।", { "travel.urgentDeparture": true }],
    ["reads 'flight very soon'", "খুব শীঘ্রই ফ্লাইট, সিট সীমিত।", { "travel.urgentDeparture": true }],
    ["does not read a flight schedule for staff leave as urgency", "বছরে একবার দেশে আসার টিকিট দেওয়া হবে।", { "travel.urgentDeparture": false }],
    ["reads a reception at the airport", "বিমানবন্দরে রিসিভ করা হবে, চিন্তার কিছু নেই।", { "travel.airportPickup": true }],
    ["reads our man waiting at the border", "বর্ডারে আমাদের লোক অপেক্ষা করবে।", { "travel.airportPickup": true }],
    ["reads coaching not to mention work at immigration", "ইমিগ্রেশনে কাজের কথা বলবেন না, বলবেন বেড়াতে যাচ্ছেন।", { "travel.poseAsTourist": true }],
    ["reads an immigration 'contact' arranged", "ইমিগ্রেশন কন্টাক্ট করা আছে, কোনো সমস্যা হবে না।", { "travel.poseAsTourist": true }],
    ["reads telling no one at home", "বাড়িতে কাউকে বলবেন না, বিষয়টা গোপন রাখবেন।", { "travel.hideFromFamily": true }],
    ["does not read a PIN warning as secrecy", "পিন নম্বর কাউকে বলবেন না।", { "travel.hideFromFamily": false }],
    ["reads work outside the country", "দেশের বাইরে চাকরির সুযোগ, আগ্রহীরা যোগাযোগ করুন।", { "travel.workAbroad": true }],
    ["reads 'those willing to go abroad'", "প্রবাসে যেতে ইচ্ছুকরা যোগাযোগ করুন।", { "travel.workAbroad": true }],
    ["does not read experience abroad as a job abroad", "দেশের বাইরে কাজের অভিজ্ঞতা থাকলে ভালো।", { "travel.workAbroad": false }],
    ["reads experience in English loanword", "এক্সপেরিয়েন্স লাগবে না, কাজ শিখিয়ে দেওয়া হবে।", { "requirements.noExperience": true }],
    ["reads the misspelling অভিঙ্গতা", "অভিঙ্গতা লাগবে না।", { "requirements.noExperience": true }],
    ["reads 'no experience? no problem'", "অভিজ্ঞতা নেই? সমস্যা নেই!", { "requirements.noExperience": true }],
    ["reads experienced and inexperienced both", "অভিজ্ঞ/অনভিজ্ঞ উভয়ই আবেদন করতে পারবেন।", { "requirements.noExperience": true }],
    ["does not read mandatory experience as none needed", "অভিজ্ঞতা বাধ্যতামূলক, কমপক্ষে ২ বছর।", { "requirements.noExperience": false, "requirements.seniorQualifications": true }],
    ["reads SSC spelled পাশ", "এসএসসি পাশ হলেই চলবে।", { "requirements.noDegree": true }],
    ["reads class eight spelled শ্রেণী পাশ", "৮ম শ্রেণী পাশ হলেই হবে।", { "requirements.noDegree": true }],
    ["reads literacy as the only schooling", "অক্ষরজ্ঞান থাকলেই চলবে।", { "requirements.noDegree": true }],
    ["does not read an SSC requirement alone as no degree", "যোগ্যতা: এসএসসি পাস, বয়স ২০–৪৫।", { "requirements.noDegree": false }],
    ["reads running Facebook as the only skill", "ফেসবুক চালাতে পারলেই হবে।", { "requirements.computerBasicsOnly": true }],
    ["reads copy-paste as the only skill", "শুধু কপি পেস্ট করতে জানলেই হবে।", { "requirements.computerBasicsOnly": true }],
    ["reads fast typing as a typing screen", "ইংরেজি ও বাংলায় দ্রুত টাইপ করতে পারা প্রয়োজন।", { "requirements.typingTest": true }],
    ["reads fair skin as appearance", "ফর্সা ও স্লিম মেয়ে চাই।", { "requirements.genderOrAppearance": true }],
    ["reads 'must look good'", "দেখতে সুন্দর হতে হবে।", { "requirements.genderOrAppearance": true }],
    ["does not read both sexes as a gender restriction", "মহিলা ও পুরুষ উভয়ে আবেদন করতে পারবেন।", { "requirements.genderOrAppearance": false }],
    ["reads a passport screenshot request", "পাসপোর্টের পিক ইনবক্সে দিন।", { "requirements.passportCopyRequested": true }],
    ["reads a 'contact' package cost", "কন্টাক্ট মাত্র ৩ লাখ টাকা, বাকি কোম্পানি দেবে।", { "fees.upfrontFee": true }],
    ["reads booking money", "বুকিং মানি ২০ হাজার টাকা বিকাশে।", { "fees.upfrontFee": true }],
    ["does not read a salary package as a fee", "বেতন প্যাকেজ ৫০ হাজার টাকা।", { "fees.upfrontFee": false }],
    ["does not read a salary advance as a fee", "অগ্রিম ৫০০০ টাকা বেতন দেওয়া হয়।", { "fees.upfrontFee": false }],
    ["does not read money sent to the worker as a fee", "আপনার টাকা বিকাশে পাঠানো হবে।", { "fees.upfrontFee": false }],
    ["reads the debt worked off", "টিকিটের টাকা কাজ করে শোধ করবেন।", { "fees.advanceRepaidFromSalary": true }],
    ["reads a payback for going home early", "দেশে ফিরতে চাইলে ২ লাখ টাকা দিতে হবে।", { "fees.penaltyForLeaving": true }],
    ["reads a payback for quitting", "কাজ ছাড়লে টাকা ফেরত দিতে হবে।", { "fees.penaltyForLeaving": true }],
    ["reads no registration fee as a no-fee policy", "কোনো রেজিস্ট্রেশন ফি নেই।", { "fees.noFeePolicy": true, "fees.upfrontFee": false }],
    ["reads G2G written together", "জিটুজি পদ্ধতিতে মালয়েশিয়ায় কর্মী নিয়োগ।", { "legitimacy.governmentScheme": true }],
    ["reads a warning against brokers as a no-fee policy", "সরকার নির্ধারিত খরচের বাইরে কোনো টাকা দেবেন না; দালালের সাথে যোগাযোগ করবেন না।", { "fees.noFeePolicy": true, "fees.upfrontFee": false }],
    ["reads G2G hyphenated", "জি-টু-জি পদ্ধতিতে কর্মী নিয়োগ।", { "legitimacy.governmentScheme": true }],
    ["reads years of experience after a visarga colon as senior", "অভিজ্ঞতাঃ কমপক্ষে ৩ বছর।", { "requirements.seniorQualifications": true }],
    ["reads the contract before departure in either order", "যাওয়ার আগেই চুক্তিপত্র হাতে পাবেন।", { "legitimacy.writtenContractBeforeTravel": true }],
    ["reads a contract handed over before leaving, named first", "চুক্তি: ২ বছর, আরবি ও ইংরেজিতে, যাওয়ার আগে হাতে দেওয়া হবে।", { "legitimacy.writtenContractBeforeTravel": true }],
    ["reads a company representative receiving the worker", "ব্যাংককে পৌঁছানোর পর কোম্পানির প্রতিনিধি রিসিভ করে কর্মস্থলে নিয়ে যাবেন।", { "travel.airportPickup": true }],
    ["reads the outbound air ticket and shared housing listed as benefits", "সুবিধা: যাওয়ার এয়ার টিকিট, শেয়ারড আবাসন।", { "travel.flightProvided": true, "travel.accommodationProvided": true }],
    ["does not read an outbound ticket the worker buys", "যাওয়ার টিকিট নিজেকে কাটতে হবে।", { "travel.flightProvided": false }],
    ["reads a work pass processed locally after entry", "কোম্পানি প্রথমে প্রবেশের ব্যবস্থা করবে; ওয়ার্ক পাস স্থানীয়ভাবে প্রক্রিয়া করা হবে।", { "travel.workPermitAfterArrival": true, "legitimacy.workPermitSponsored": false }],
    ["reads a flight within a week", "এক সপ্তাহের মধ্যেই ফ্লাইট, পাসপোর্ট রেডি রাখুন।", { "travel.urgentDeparture": true, "requirements.passportRequired": true }],
    ["reads coaching to show a return ticket", "ইমিগ্রেশনে রিটার্ন টিকিট আর হোটেল বুকিং দেখাবেন।", { "travel.poseAsTourist": true }],
    ["reads crossing the border on foot", "রাতের অন্ধকারে বর্ডার পার হয়ে যেতে হবে।", { "travel.borderCrossing": true }],
    ["reads visa-free entry", "ভিসামুক্ত প্রবেশ, এয়ারপোর্টে কোনো ঝামেলা নেই।", { "travel.noVisaNeeded": true }],
    ["reads the balance paid once the visa comes", "ভিসা হাতে পাওয়ার পর বাকি টাকা দিবেন।", { "fees.upfrontFee": true }],
    ["reads a penalty for leaving before the contract ends", "চুক্তি শেষ না করে দেশে ফিরলে সব খরচ ফেরত দিতে হবে।", { "fees.penaltyForLeaving": true }],
    ["reads Banglish visa and ticket on the company", "Visa ticket sob company er, apnake shudhu passport dite hobe.", { "travel.visaProvided": true, "travel.flightProvided": true }],
    ["reads Banglish telling no one at home", "Barir kauke kichu bolben na.", { "travel.hideFromFamily": true }],
    ["reads a Banglish work permit made later", "Tourist visa te jaben, pore work permit kore dibe.", { "travel.touristVisa": true, "travel.workPermitAfterArrival": true }],
    ["reads a Banglish deduction month by month", "Beton theke mase mase kete nibe.", { "fees.advanceRepaidFromSalary": true }],
    ["reads Banglish 'fine even without experience'", "Experience na thakleo cholbe, kaj shikhiye dewa hobe.", { "requirements.noExperience": true }],
    ["reads Banglish 'fine even without schooling'", "Porashona na thakleo cholbe.", { "requirements.noDegree": true }],
    ["reads a Banglish fine for leaving", "Majhpothe chole ashle 2 lakh taka jorimana dite hobe.", { "fees.penaltyForLeaving": true }],
    ["does not read a Banglish visa requirement as provided", "Company r visa lagbe, nijer khoroche.", { "travel.visaProvided": false }],
    ["does not read the commute to the office as a flight", "শেয়ারড স্টাফ অ্যাপার্টমেন্ট, অফিসে যাতায়াত কোম্পানির।", { "travel.flightProvided": false, "travel.accommodationProvided": true }],
    ["still reads travel costs on the company as a flight", "থাকা খাওয়া ও যাতায়াত কোম্পানির।", { "travel.flightProvided": true }],
    ["reads the ticket cost borne by the company", "টিকিটের খরচ কোম্পানি বহন করবে।", { "travel.flightProvided": true }],
    ["reads a room given to stay in", "থাকার জন্য রুম দেওয়া হবে।", { "travel.accommodationProvided": true }],
    ["reads খাবার-দাবার free", "খাবার দাবার ফ্রি।", { "travel.foodProvided": true }],
    ["reads 'the flight is next week' with পরের", "পরের সপ্তাহেই ফ্লাইট।", { "travel.urgentDeparture": true }],
    ["reads 'experience will not be needed'", "অভিজ্ঞতার দরকার পড়বে না।", { "requirements.noExperience": true }],
    ["reads 'no need to know reading and writing'", "লেখাপড়া জানা লাগবে না।", { "requirements.noDegree": true }],
    ["reads 'knowing computers is enough'", "কম্পিউটার জানলেই হবে।", { "requirements.computerBasicsOnly": true }],
    ["does not read a computer requirement without 'only' as basics only", "কম্পিউটারে এমএস অফিস ও ট্যালিতে দক্ষ হতে হবে।", { "requirements.computerBasicsOnly": false }],
    ["reads 'no skill needed' with the English loanword", "কোনো স্কিল লাগবে না, আমরা শিখিয়ে দেব।", { "requirements.noSkills": true }],
    ["does not read a required skill as none needed", "কম্পিউটার স্কিল থাকতে হবে।", { "requirements.noSkills": false }],
    ["reads 'no money at all needed'", "কোনো টাকা-পয়সা লাগবে না, সব খরচ কোম্পানির।", { "fees.zeroCostClaim": true }],
    ["reads an office floor as a street address", "অফিস: ৫ম তলা, পুরানা পল্টন, ঢাকা।", { "legitimacy.streetAddress": true }],
    ["does not read a floor count without a number", "বহুতল ভবনের নির্মাণ কাজ।", { "legitimacy.streetAddress": false }],
    ["does not read the storeys of a building as an address", "১০ তলা ভবনে অফিস, এসি রুম।", { "legitimacy.streetAddress": false }],
  ])("%s", (_name, description, expected) => {
    const actual = flagValues(description);
    for (const [flag, value] of Object.entries(expected)) expect(actual[flag], flag).toBe(value);
  });

  it.each<[string, string, { min: number | null; max: number | null } | null]>([
    ["reads an age range written before বয়সী", "১৮ থেকে ৩০ বছর বয়সী ছেলে-মেয়ে", { min: 18, max: 30 }],
    ["reads বয়সসীমা", "বয়সসীমা: ১৮-৩২", { min: 18, max: 32 }],
    ["reads the visarga used as a colon", "বয়সঃ ২০ থেকে ৩০", { min: 20, max: 30 }],
    ["reads a maximum age", "বয়স সর্বোচ্চ ৩০ বছর", { min: null, max: 30 }],
    ["reads অনূর্ধ্ব", "অনূর্ধ্ব ৩০ বছর", { min: null, max: 30 }],
    ["reads a minimum age", "বয়স ১৮ এর উপরে", { min: 18, max: null }],
    ["does not read years of experience as an age", "৩ বছরের অভিজ্ঞতা", null],
  ])("%s", (_name, description, range) => {
    expect(extractRequirements(contextFrom({ description })).ageRange).toEqual(range);
  });

  it.each<[string, string, number | null]>([
    ["reads words per minute written after মিনিটে", "মিনিটে অন্তত ৩৫ শব্দ ইংরেজি টাইপিং", 35],
    ["reads words per minute written before প্রতি মিনিট", "৩০ শব্দ প্রতি মিনিট", 30],
    ["does not read minutes of an interview as a speed", "৫ মিনিটের ইন্টারভিউ", null],
  ])("%s", (_name, description, wpm) => {
    expect(extractRequirements(contextFrom({ description })).typingSpeed ?? null).toBe(wpm);
  });

  it.each<[string, string, RoleFamily]>([
    ["reads কাস্টোমার সার্ভিস", "কাস্টোমার সার্ভিস প্রতিনিধি – থাইল্যান্ড", "customer-service"],
    ["reads গ্রাহকসেবা written together", "গ্রাহকসেবা প্রতিনিধি নিয়োগ", "customer-service"],
    ["reads ডাটাএন্ট্রি written together", "ডাটাএন্ট্রি অপারেটর", "data-entry"],
    ["reads ডাটা এনট্রি misspelled", "ডাটা এনট্রি অপারেটর", "data-entry"],
    ["reads a page admin spelled এডমিন", "ফেসবুক পেজ এডমিন", "admin"],
    ["reads রিসিপশনিস্ট", "রিসিপশনিস্ট প্রয়োজন", "admin"],
    ["reads typing work with এর", "টাইপিং এর কাজ", "typing"],
    ["reads game testing", "গেম টেস্টিং এর কাজ", "game-tester"],
    ["reads translation work", "ট্রান্সলেশনের কাজ", "translator"],
    ["reads an online marketer", "অনলাইন মার্কেটার", "marketing"],
    ["reads office staff", "অফিস স্টাফ", "admin"],
    ["reads office work in the genitive", "কম্বোডিয়াতে অফিসের কাজ", "admin"],
    ["does not read an office address as a role", "অফিসের ঠিকানা: মতিঝিল", "other"],
  ])("%s", (_name, title, family) => {
    expect(extractRole(contextFrom({ title })).family).toBe(family);
  });
});

// Wording the train ads never use, written from ordinary Bangladeshi and West Bengal job-ad usage:
// ফুডিং-লজিং and অ্যাকোমোডেশন as loanwords, বাহিরে for বাইরে, মেট্রিক and দাখিল for SSC, colon
// forms of the requirement lines (অভিজ্ঞতা: প্রয়োজন নেই), ভিতরে for মধ্যে, common misspellings, and
// a bare না after the promise, which turns it into a refusal.
describe("Bengali lexicon: wording beyond the train ads", () => {
  it.each<[string, string, Record<string, boolean>]>([
    ["reads food and lodging as ফুডিং লজিং", "ফুডিং লজিং ফ্রি, ডিউটি ১০ ঘণ্টা।", { "travel.accommodationProvided": true, "travel.foodProvided": true }],
    ["reads accommodation as a loanword", "একোমোডেশন ফ্রি, খাবার নিজের।", { "travel.accommodationProvided": true, "travel.foodProvided": false }],
    ["reads free housing as বাসস্থান", "ফ্রি বাসস্থান ও যাতায়াত।", { "travel.accommodationProvided": true }],
    ["reads board and lodging the company will give", "থাকা খাওয়া কোম্পানি দিবে।", { "travel.accommodationProvided": true, "travel.foodProvided": true }],
    ["reads pay quoted besides board and lodging", "থাকা খাওয়া বাদে বেতন ৮০ হাজার টাকা।", { "travel.accommodationProvided": true, "travel.foodProvided": true }],
    ["reads food and a place to stay from the company", "খাবার ও থাকার ব্যবস্থা কোম্পানির।", { "travel.accommodationProvided": true, "travel.foodProvided": true }],
    ["does not read lodging at the worker's cost", "ফুডিং লজিং নিজ খরচে।", { "travel.accommodationProvided": false, "travel.foodProvided": false }],
    ["does not read 'no good lodging'", "থাকার সুব্যবস্থা নেই।", { "travel.accommodationProvided": false }],
    ["reads the air fare written as one word", "বিমানভাড়া কোম্পানির, ভিসা ফ্রি।", { "travel.flightProvided": true, "travel.visaProvided": true }],
    ["reads 'no money needed for the ticket'", "টিকিটের টাকা লাগবে না।", { "travel.flightProvided": true }],
    ["reads visa and ticket arranged by the company", "ভিসা ও টিকিটের ব্যবস্থা কোম্পানি করবে।", { "travel.flightProvided": true, "travel.visaProvided": true }],
    ["reads a visa that will be made for the worker", "ভিসা করে দেওয়া হবে, পাসপোর্ট রেডি রাখুন।", { "travel.visaProvided": true }],
    ["does not read a visa that will not be made", "ভিসা করে দেওয়া হবে না, নিজে করতে হবে।", { "travel.visaProvided": false }],
    ["does not read a ticket the company will not bear", "টিকিট কোম্পানি বহন করবে না।", { "travel.flightProvided": false }],
    ["does not read a ticket the worker pays for", "টিকিটের টাকা দিতে হবে।", { "travel.flightProvided": false }],
    ["reads an arrival visa without অন", "এরাইভাল ভিসায় ঢুকবেন, বাকিটা আমরা দেখব।", { "travel.touristVisa": true }],
    ["reads 'no work permit hassle'", "ওয়ার্ক পারমিটের কোনো ঝামেলা নেই।", { "travel.noVisaNeeded": true }],
    ["reads 'no permit needed'", "পারমিট লাগবে না, সরাসরি কাজে।", { "travel.noVisaNeeded": true }],
    ["does not read a warning against jobs without a permit", "পারমিট লাগবে না এমন চাকরিতে যাবেন না।", { "travel.noVisaNeeded": false }],
    ["reads a flight within seven days with ভিতরে", "৭ দিনের ভিতরে ফ্লাইট।", { "travel.urgentDeparture": true }],
    ["reads a flight within a month", "এক মাসের মধ্যেই ফ্লাইট।", { "travel.urgentDeparture": true }],
    ["reads the flight named before the days", "ফ্লাইট ১০ দিনের মধ্যে, সিট সীমিত।", { "travel.urgentDeparture": true }],
    ["reads an emergency flight", "ইমার্জেন্সি ফ্লাইট, আজই যোগাযোগ করুন।", { "travel.urgentDeparture": true }],
    ["reads a flight as soon as the passport is handed in", "পাসপোর্ট জমা দিলেই ফ্লাইট।", { "travel.urgentDeparture": true }],
    ["does not read an application deadline as urgency", "৭ দিনের ভিতরে আবেদন করুন।", { "travel.urgentDeparture": false }],
    ["reads our man coming to take the worker", "নামার পর আমাদের লোক এসে নিয়ে যাবে।", { "travel.airportPickup": true }],
    ["reads a transfer from the airport to the workplace", "এয়ারপোর্ট থেকে সরাসরি কর্মস্থলে নিয়ে যাওয়া হবে।", { "travel.airportPickup": true }],
    ["does not read a transfer that will not be given", "বর্ডার থেকে নিয়ে যাওয়া হবে না, নিজে আসবেন।", { "travel.airportPickup": false }],
    ["does not read a company bus to the office as a pickup", "কোম্পানির গাড়ি অফিসে নিয়ে যাবে।", { "travel.airportPickup": false }],
    ["reads immigration managed by the recruiter", "ইমিগ্রেশন আমরা ম্যানেজ করব, চিন্তা নেই।", { "travel.poseAsTourist": true }],
    ["reads an airport 'contact' arranged", "এয়ারপোর্টে কন্টাক্ট করা আছে।", { "travel.poseAsTourist": true }],
    ["reads coming without telling the family", "পরিবারকে না জানিয়ে চলে আসুন।", { "travel.hideFromFamily": true }],
    ["does not read a warning against leaving without telling parents", "বাবা-মাকে না জানিয়ে বিদেশ যাবেন না।", { "travel.hideFromFamily": false }],
    ["reads telling no one about the job", "এই চাকরির কথা কাউকে বলবেন না।", { "travel.hideFromFamily": true }],
    ["reads a sea route to Malaysia", "সাগর পথে মালয়েশিয়া, খরচ কম।", { "travel.borderCrossing": true }],
    ["reads crossing the hills on foot", "পাহাড় পার হয়ে ঢুকতে হবে।", { "travel.borderCrossing": true }],
    ["does not read a warning against the sea route", "সাগর পথে বিদেশ যাবেন না।", { "travel.borderCrossing": false }],
    ["reads a golden chance to go abroad", "বিদেশ যাওয়ার সুবর্ণ সুযোগ!", { "travel.workAbroad": true }],
    ["reads a job outside the country spelled বাহিরে", "দেশের বাহিরে চাকরি, বেতন ভালো।", { "travel.workAbroad": true }],
    ["reads a job abroad with the loanword জব", "বিদেশে জব করতে আগ্রহীরা যোগাযোগ করুন।", { "travel.workAbroad": true }],
    ["does not read job experience abroad as a job abroad", "বিদেশে চাকরির অভিজ্ঞতা থাকলে অগ্রাধিকার।", { "travel.workAbroad": false }],
    ["reads 'experience: not needed' with a colon", "অভিজ্ঞতা: প্রয়োজন নেই", { "requirements.noExperience": true }],
    ["reads 'experience: not needed' with a visarga", "অভিজ্ঞতাঃ লাগবে না", { "requirements.noExperience": true }],
    ["reads 'experience not required'", "অভিজ্ঞতা আবশ্যক নয়।", { "requirements.noExperience": true }],
    ["reads the misspelling অবিজ্ঞতা", "অবিজ্ঞতা লাগবে না।", { "requirements.noExperience": true }],
    ["reads 'fine even if not experienced'", "অভিজ্ঞ না হলেও চলবে।", { "requirements.noExperience": true }],
    ["does not read 'experience required'", "অভিজ্ঞতা আবশ্যক, কমপক্ষে ২ বছর।", { "requirements.noExperience": false }],
    ["does not read 'experience: at least two years'", "অভিজ্ঞতা: কমপক্ষে ২ বছর", { "requirements.noExperience": false }],
    ["reads matric pass as enough", "মেট্রিক পাস হলেই চলবে।", { "requirements.noDegree": true }],
    ["reads Dakhil (madrasa SSC) as enough", "দাখিল পাশ হলেই হবে।", { "requirements.noDegree": true }],
    ["reads non-matric welcome", "নন মেট্রিক চলবে।", { "requirements.noDegree": true }],
    ["reads 'even uneducated is fine'", "অশিক্ষিত হলেও চলবে।", { "requirements.noDegree": true }],
    ["reads 'education: not needed' with a colon", "শিক্ষাগত যোগ্যতা: প্রয়োজন নেই", { "requirements.noDegree": true }],
    ["does not read a matric certificate to hand in", "মেট্রিক পাসের সার্টিফিকেট জমা দিতে হবে।", { "requirements.noDegree": false }],
    ["does not read 'any graduate' as no degree", "শিক্ষাগত যোগ্যতা: যেকোনো বিষয়ে স্নাতক", { "requirements.noDegree": false }],
    ["reads knowing MS Word as the only skill", "এমএস ওয়ার্ড জানলেই হবে।", { "requirements.computerBasicsOnly": true }],
    ["reads knowing a little typing as the only skill", "মোটামুটি টাইপিং জানলেই চলবে।", { "requirements.computerBasicsOnly": true }],
    ["reads unmarried girls", "অবিবাহিত মেয়ে নেওয়া হবে।", { "requirements.genderOrAppearance": true }],
    ["reads an attractive figure", "আকর্ষণীয় ফিগার থাকতে হবে।", { "requirements.genderOrAppearance": true }],
    ["reads a total package price", "টোটাল খরচ ৪ লাখ টাকা।", { "fees.upfrontFee": true }],
    ["reads 'it will cost'", "খরচ পড়বে ৩ লাখ ৫০ হাজার টাকা।", { "fees.upfrontFee": true }],
    ["reads a first payment to deposit", "প্রথমে ৫০ হাজার টাকা জমা দিতে হবে।", { "fees.upfrontFee": true }],
    ["does not read the cost of one's own food", "খাওয়ার খরচ লাগবে ৩ হাজার টাকা।", { "fees.upfrontFee": false }],
    ["reads paying after arrival", "কাজে যোগদানের পর বাকি টাকা দিবেন।", { "fees.advanceRepaidFromSalary": true }],
    ["reads the first months' pay held back", "প্রথম তিন মাসের বেতন কোম্পানি রাখবে।", { "fees.advanceRepaidFromSalary": true }],
    ["does not read a probation period as pay held back", "প্রথম ৩ মাস প্রবেশন, পরে স্থায়ী।", { "fees.advanceRepaidFromSalary": false }],
    ["reads a payback for coming home before the term", "মেয়াদের আগে চলে আসলে সব খরচ দিতে হবে।", { "fees.penaltyForLeaving": true }],
    ["reads 'no money changes hands' as a no-fee policy", "নিয়োগ প্রক্রিয়ায় কোনো প্রকার আর্থিক লেনদেন হয় না।", { "fees.noFeePolicy": true, "fees.upfrontFee": false }],
    ["reads 'no fee of any kind'", "কোনো প্রকার ফি নেই।", { "fees.noFeePolicy": true }],
    ["reads an emigration clearance as sponsored", "বহির্গমন ছাড়পত্র কোম্পানি করে দেবে।", { "legitimacy.workPermitSponsored": true }],
    ["does not read 'no emigration clearance needed' as sponsored", "বহির্গমন ছাড়পত্র লাগবে না।", { "legitimacy.workPermitSponsored": false }],
    ["reads 'we are taking people abroad'", "বিদেশে লোক নিচ্ছি, আগ্রহীরা যোগাযোগ করুন।", { "travel.workAbroad": true }],
    ["reads a flight as soon as the visa is ready", "ভিসা রেডি, দ্রুত ফ্লাইট।", { "travel.urgentDeparture": true }],
    ["reads coming without telling anyone", "কাউকে না জানিয়ে চলে আসবেন।", { "travel.hideFromFamily": true }],
    ["reads 'anyone can do this work'", "যে কেউ এই কাজ করতে পারবে।", { "requirements.noSkills": true }],
    ["reads a passport as the only condition with হলেই", "শুধু পাসপোর্ট হলেই চলবে।", { "requirements.passportRequired": true }],
    ["reads a passport number asked in the inbox", "পাসপোর্ট নম্বর ইনবক্সে দিন।", { "requirements.passportCopyRequested": true }],
    ["reads 'the cost is only two lakh'", "খরচ মাত্র ২ লাখ টাকা, বাকিটা কোম্পানির।", { "fees.upfrontFee": true }],
    ["does not read the cost of one's own lodging", "থাকার খরচ মাত্র ২ হাজার টাকা।", { "fees.upfrontFee": false }],
    ["reads free recruitment as a no-fee policy, not a zero-cost lure", "নিয়োগ প্রক্রিয়া সম্পূর্ণ বিনামূল্যে।", { "fees.noFeePolicy": true, "fees.zeroCostClaim": false }],
    ["still reads going abroad entirely free as a zero-cost lure", "বিদেশ যাওয়া সম্পূর্ণ ফ্রি।", { "fees.zeroCostClaim": true, "fees.noFeePolicy": false }],
    ["reads the Japan TITP programme as a government scheme", "টিআইটিপি প্রোগ্রামে জাপানে কর্মী নিয়োগ।", { "legitimacy.governmentScheme": true }],
    ["does not read 'nobody is sent on a visit visa' as a tourist visa", "ভিজিট ভিসায় কাউকে পাঠাই না।", { "travel.touristVisa": false }],
    ["does not read 'nobody is taken on a tourist visa'", "ট্যুরিস্ট ভিসায় লোক নেওয়া হয় না।", { "travel.touristVisa": false }],
    ["reads Malaysia's social visit pass as a tourist visa", "প্রথমে সোশ্যাল ভিজিট পাসে যাবেন।", { "travel.touristVisa": true }],
    ["does not read a medical fitness check as a medical fee", "শর্ত: মেডিকেল ফিটনেস ও বৈধ পাসপোর্ট।", { "fees.upfrontFee": false }],
    ["still reads a medical fee", "মেডিকেল ফি ৮ হাজার টাকা।", { "fees.upfrontFee": true }],
    ["reads 'no recruitment fee' with a loanword in between", "কোনো রিক্রুটমেন্ট ফি নেই।", { "fees.noFeePolicy": true, "fees.upfrontFee": false }],
    ["reads lodging the firm will give, West Bengal সংস্থা", "থাকার জায়গা সংস্থা দেবে, মাইনে ভালো।", { "travel.accommodationProvided": true }],
    ["reads lunch and dinner as food provided", "দুপুর ও রাতের খাবার, সপ্তাহে একদিন ছুটি।", { "travel.foodProvided": true }],
    ["does not read lunch and dinner at one's own cost", "দুপুর ও রাতের খাবার নিজ খরচে।", { "travel.foodProvided": false }],
    ["reads an employment pass after arrival, West Bengal spelling", "ওখানে পৌঁছনোর পর এমপ্লয়মেন্ট পাস করে দেবে।", { "travel.workPermitAfterArrival": true, "legitimacy.workPermitSponsored": false }],
    ["reads a work permit after work starts", "ওয়ার্ক পারমিট কাজ শুরুর পর মালিক করবে।", { "travel.workPermitAfterArrival": true, "legitimacy.workPermitSponsored": false }],
    ["reads an employment visa sponsored by the employer", "নিয়োগকর্তার স্পনসরে এমপ্লয়মেন্ট ভিসা।", { "legitimacy.workPermitSponsored": true, "travel.workPermitAfterArrival": false }],
    ["reads an agreement given before the journey", "যাত্রার আগে আন্তর্জাতিক মান অনুযায়ী এমপ্লয়মেন্ট এগ্রিমেন্ট দেওয়া হবে।", { "legitimacy.writtenContractBeforeTravel": true }],
    ["does not read a road journey as a street address", "সেখান থেকে সড়কপথে কর্মস্থলে।", { "legitimacy.streetAddress": false }],
  ])("%s", (_name, description, expected) => {
    const actual = flagValues(description);
    for (const [flag, value] of Object.entries(expected)) expect(actual[flag], flag).toBe(value);
  });

  it.each<[string, string, { min: number | null; max: number | null } | null]>([
    ["reads an age range written before যুবক", "১৮-৩০ বছরের যুবক", { min: 18, max: 30 }],
    ["reads the maximum age named first", "সর্বোচ্চ বয়স: ৩৫", { min: null, max: 35 }],
    ["reads the minimum age named first", "ন্যূনতম বয়স ২১", { min: 21, max: null }],
  ])("%s", (_name, description, range) => {
    expect(extractRequirements(contextFrom({ description })).ageRange).toEqual(range);
  });

  it.each<[string, string, RoleFamily]>([
    ["reads a casino spelled কেসিনো", "কেসিনো রিসেপশন", "casino"],
    ["reads a telecaller as customer service", "টেলিকলার নিয়োগ", "customer-service"],
    ["reads data processing as data entry", "ডাটা প্রসেসিং অফিসার", "data-entry"],
    ["reads ট্রান্সলেটার", "ট্রান্সলেটার প্রয়োজন", "translator"],
    ["reads a games tester", "গেমস টেস্টার", "game-tester"],
    ["reads a Telegram group admin", "টেলিগ্রাম গ্রুপ এডমিন", "admin"],
    ["reads typing work as টাইপের কাজ", "টাইপের কাজ – লাওস", "typing"],
    ["reads a chat executive as chat support", "চ্যাট এক্সিকিউটিভ", "chat-support"],
    ["reads an able seaman as a seafarer", "এবল সিম্যান ও অয়েলার নিয়োগ", "seafarer"],
    ["reads order entry as data entry", "অর্ডার এন্ট্রি অপারেটর", "data-entry"],
    ["does not read a DC manager as a seaman", "ডিসি ম্যানেজার", "professional"],
    ["does not read a data analyst as data entry", "ডাটা অ্যানালিস্ট", "other"],
  ])("%s", (_name, title, family) => {
    expect(extractRole(contextFrom({ title })).family).toBe(family);
  });
});

// Third pass, fresh wording: কোম্পানী with a long ী and West Bengal's সংস্থা as the payer, ফ্লাই as a
// verb ("১০ দিনের মধ্যে ফ্লাই"), lists after "সব ফ্রি –", duties (দায়িত্ব) put on the company, and
// the legitimate lines that share the words: "do not apply without experience", "nothing beyond
// the government fee", a processing fee that is charged rather than given, a BMET card "no hassle".
describe("Bengali lexicon: third pass", () => {
  it.each<[string, string, Record<string, boolean>]>([
    ["reads a plane ticket the firm (সংস্থা) will give", "প্লেনের টিকিট সংস্থা দেবে।", { "travel.flightProvided": true }],
    ["reads কোম্পানী spelled with a long ী", "টিকিট কোম্পানী দিবে, থাকা খাওয়া কোম্পানীর।", { "travel.flightProvided": true, "travel.accommodationProvided": true, "travel.foodProvided": true }],
    ["reads visa and ticket inside 'all costs borne by the company'", "ভিসা, টিকেট, মেডিকেল সব খরচ কোম্পানি বহন করবে।", { "travel.visaProvided": true, "travel.flightProvided": true }],
    ["does not read the same costs put on the candidate", "ভিসা, টিকেট সব খরচ প্রার্থীকে বহন করতে হবে।", { "travel.visaProvided": false, "travel.flightProvided": false }],
    ["reads a list after 'all free –'", "সব ফ্রি – ভিসা, টিকিট, থাকা, খাওয়া।", { "travel.visaProvided": true, "travel.flightProvided": true, "travel.accommodationProvided": true, "travel.foodProvided": true }],
    ["reads the ticket as the company's duty", "টিকিটের দায়িত্ব কোম্পানির।", { "travel.flightProvided": true }],
    ["reads board and lodging as the employer's duty", "থাকা খাওয়া মালিকের দায়িত্বে।", { "travel.accommodationProvided": true, "travel.foodProvided": true }],
    ["does not read board and lodging on one's own responsibility", "থাকা খাওয়া নিজ দায়িত্বে।", { "travel.accommodationProvided": false, "travel.foodProvided": false }],
    ["reads housing and food free with বাসস্থান", "বাসস্থান ও খাবার বিনামূল্যে।", { "travel.accommodationProvided": true, "travel.foodProvided": true }],
    ["reads a free mess without free food", "মেস ফ্রি, খাবার নিজের।", { "travel.accommodationProvided": true, "travel.foodProvided": false }],
    ["reads a visa given free", "ভিসা বিনামূল্যে।", { "travel.visaProvided": true }],
    ["does not read a visa processing fee as a visa given", "ভিসা প্রসেসিং বাবদ ৬০ হাজার টাকা আগে দিতে হবে।", { "travel.visaProvided": false, "fees.upfrontFee": true }],
    ["reads the trip's cost on the company", "যাওয়ার খরচ কোম্পানির।", { "travel.flightProvided": true }],
    ["does not read the commute's cost as a flight", "অফিসে যাওয়ার খরচ কোম্পানির।", { "travel.flightProvided": false }],
    ["reads a job abroad with words in between", "বিদেশে টাইপিং জব, বেতন ভালো।", { "travel.workAbroad": true }],
    ["reads a job abroad named after the job", "অনলাইন চাকরি বিদেশে।", { "travel.workAbroad": true }],
    ["does not read experience of a job abroad with words in between", "বিদেশে কোনো চাকরির অভিজ্ঞতা থাকলে ভালো।", { "travel.workAbroad": false }],
    ["does not read the expatriates' ministry as a job abroad", "প্রবাসী কল্যাণ ও বৈদেশিক কর্মসংস্থান মন্ত্রণালয়।", { "travel.workAbroad": false }],
    ["reads 'you must fly within ten days'", "১০ দিনের মধ্যে ফ্লাই করতে হবে।", { "travel.urgentDeparture": true }],
    ["reads 'you fly very fast'", "খুব দ্রুত ফ্লাই হবে।", { "travel.urgentDeparture": true }],
    ["reads a flight tomorrow", "কালকেই ফ্লাইট।", { "travel.urgentDeparture": true }],
    ["does not read an application deadline with ফ্লাই nowhere", "১৫ দিনের মধ্যে আবেদন করুন।", { "travel.urgentDeparture": false }],
    ["reads 'no work permit will be needed'", "ওয়ার্ক পারমিটের দরকার পড়বে না।", { "travel.noVisaNeeded": true }],
    ["reads a business visa changed later", "বিজনেস ভিসায় যাবেন, পরে কাজের ভিসা হবে।", { "travel.workPermitAfterArrival": true }],
    ["reads our representative taking the worker on after arrival", "কেএল পৌঁছানোর পর আমাদের প্রতিনিধি হোটেলে নিয়ে যাবে।", { "travel.airportPickup": true }],
    ["reads a car ready on landing", "ব্যাংকক এয়ারপোর্টে নামলেই গাড়ি রেডি থাকবে।", { "travel.airportPickup": true }],
    ["still does not read a company car to the office", "কোম্পানির গাড়ি অফিসে নিয়ে যাবে।", { "travel.airportPickup": false }],
    ["reads immigration got through for the worker", "ইমিগ্রেশন পার করিয়ে দেওয়া হবে।", { "travel.poseAsTourist": true }],
    ["reads a dummy return ticket", "ডামি রিটার্ন টিকিট দেওয়া হবে।", { "travel.poseAsTourist": true }],
    ["reads 'no need to tell the family' with নাই", "ফ্যামিলিকে জানানোর দরকার নাই।", { "travel.hideFromFamily": true }],
    ["reads coming without telling parents", "বাবা মাকে না বলে চলে আসুন।", { "travel.hideFromFamily": true }],
    ["does not read a promise to keep applicants' data private", "প্রার্থীর তথ্যের গোপনীয়তা রক্ষা করা হবে।", { "travel.hideFromFamily": false }],
    ["reads 'no experience, no problem' with নাই", "এক্সপেরিয়েন্স না থাকলেও সমস্যা নাই।", { "requirements.noExperience": true }],
    ["does not read 'do not apply without experience'", "অভিজ্ঞতা ছাড়া আবেদন করবেন না।", { "requirements.noExperience": false }],
    ["does not read 'no need to apply without experience'", "অভিজ্ঞতা ছাড়া আবেদন করার প্রয়োজন নেই।", { "requirements.noExperience": false }],
    ["still reads 'without experience' as an offer", "অভিজ্ঞতা ছাড়াই কাজ শুরু করুন।", { "requirements.noExperience": true }],
    ["reads 'having experience is not essential'", "অভিজ্ঞতা থাকা জরুরি নয়।", { "requirements.noExperience": true }],
    ["reads 'we want no certificate'", "কোনো সার্টিফিকেট চাই না।", { "requirements.noDegree": true }],
    ["reads সনদ as a certificate", "সনদ লাগবে না।", { "requirements.noDegree": true }],
    ["does not read 'do not apply without a certificate'", "সার্টিফিকেট ছাড়া আবেদন করবেন না।", { "requirements.noDegree": false }],
    ["reads typing English as the only skill", "ইংলিশ টাইপ করতে পারলেই হবে।", { "requirements.computerBasicsOnly": true }],
    ["reads a little computer as the only skill", "অল্প কম্পিউটার জানলেই চলবে।", { "requirements.computerBasicsOnly": true }],
    ["reads a full photo", "নিজের একটা ফুল ছবি দিন।", { "requirements.genderOrAppearance": true }],
    ["reads a package price", "প্যাকেজ মাত্র ২ লাখ ৮০ হাজার।", { "fees.upfrontFee": true }],
    ["does not read a salary package as a fee with মাত্র nowhere", "বেতন প্যাকেজ ৫০ হাজার টাকা।", { "fees.upfrontFee": false }],
    ["reads a deposit 'as security'", "জামানত হিসেবে ২০ হাজার টাকা দিতে হবে।", { "fees.upfrontFee": true }],
    ["reads money to send by bKash as a verb", "টাকা বিকাশ করুন, সিট কনফার্ম।", { "fees.upfrontFee": true }],
    ["reads the balance worked off after joining", "কাজে যোগ দেওয়ার পর বাকি টাকা শোধ করবেন।", { "fees.advanceRepaidFromSalary": true }],
    ["reads the cost booked as a loan", "খরচটা ঋণ হিসেবে ধরা হবে।", { "fees.advanceRepaidFromSalary": true }],
    ["reads a payback for coming back half-way", "মাঝপথে চলে আসলে সব খরচ ফেরত দিতে হবে।", { "fees.penaltyForLeaving": true }],
    ["reads a broken bond", "বন্ড ভাঙলে ২ লাখ টাকা।", { "fees.penaltyForLeaving": true }],
    ["reads 'no cost' with নাই", "কোন খরচ নাই।", { "fees.zeroCostClaim": true }],
    ["reads 'nothing beyond the government fee' as a no-fee policy, not a free trip", "সরকার নির্ধারিত খরচের বাইরে কোনো টাকা লাগবে না।", { "fees.noFeePolicy": true, "fees.zeroCostClaim": false }],
    ["reads 'no extra money besides the fee'", "সরকার নির্ধারিত ফি ছাড়া অতিরিক্ত কোনো টাকা নেওয়া হয় না।", { "fees.noFeePolicy": true }],
    ["does not read 'no hassle of a BMET card' as a sponsored permit", "বিএমইটি কার্ড করার ঝামেলা নাই।", { "legitimacy.workPermitSponsored": false }],
    ["reads recruitment under BMET's supervision", "বিএমইটির তত্ত্বাবধানে জাপানে কর্মী নিয়োগ।", { "legitimacy.governmentScheme": true }],
    ["reads Singapore's IPA letter", "ফ্লাইটের আগেই আইপিএ লেটার হাতে পাবেন।", { "legitimacy.workPermitSponsored": true }],
    ["reads eMigrate clearance", "ই-মাইগ্রেট পোর্টালের মাধ্যমে ক্লিয়ারেন্স নেওয়া হবে।", { "legitimacy.workPermitSponsored": true }],
    ["does not read 'no eMigrate needed' as sponsored", "ই-মাইগ্রেট ক্লিয়ারেন্স লাগবে না।", { "legitimacy.workPermitSponsored": false }],
    ["reads the appointment letter before the flight", "নিয়োগপত্র হাতে পাওয়ার পর ফ্লাইট।", { "legitimacy.writtenContractBeforeTravel": true }],
    ["reads a house number spelled হাউস", "হাউস #১২, গুলশান।", { "legitimacy.streetAddress": true }],
  ])("%s", (_name, description, expected) => {
    const actual = flagValues(description);
    for (const [flag, value] of Object.entries(expected)) expect(actual[flag], flag).toBe(value);
  });

  it.each<[string, string, { min: number | null; max: number | null } | null]>([
    ["reads an age range with an adjective before the noun", "১৮ থেকে ২৮ বছরের স্মার্ট মেয়ে চাই", { min: 18, max: 28 }],
    ["reads 'younger than thirty'", "৩০ বছরের কম বয়সী প্রার্থী", { min: null, max: 30 }],
    ["does not read a range of years of experience as an age", "২ থেকে ৩ বছরের অভিজ্ঞতা", null],
  ])("%s", (_name, description, range) => {
    expect(extractRequirements(contextFrom({ description })).ageRange).toEqual(range);
  });

  it.each<[string, string, string[]]>([
    ["reads a Bengali-speaking requirement", "বাংলাভাষী চ্যাট সাপোর্ট অ্যাসোসিয়েট নিচ্ছে", ["ben"]],
    ["reads 'skilled in English'", "ইংরেজিতে দক্ষ হতে হবে", ["eng"]],
  ])("%s", (_name, description, languages) => {
    expect(extractRequirements(contextFrom({ description })).languagesRequired).toEqual(languages);
  });

  it.each<[string, string, RoleFamily]>([
    ["reads a chat moderator", "চ্যাট মডারেটর", "chat-support"],
    ["reads a typing operator", "টাইপিং অপারেটর প্রয়োজন", "typing"],
    ["reads কাসটমার সার্ভিস", "কাসটমার সার্ভিস প্রতিনিধি", "customer-service"],
  ])("%s", (_name, title, family) => {
    expect(extractRole(contextFrom({ title })).family).toBe(family);
  });
});

describe("Bengali lexicon: fourth pass (batch-16 registers)", () => {
  it.each<[string, string, Record<string, boolean>]>([
    ["reads travel costs advanced and set off in instalments after joining", "যাত্রার খরচ অগ্রিম দেওয়া হবে, যোগদানের পর কিস্তিতে সমন্বয়।", { "fees.advanceRepaidFromSalary": true, "fees.upfrontFee": false }],
    ["reads a chat-register 'pay it back from your salary'", "আগে যান, পরে বেতন থেকে দিয়ে দিয়েন।", { "fees.advanceRepaidFromSalary": true }],
    ["reads a loan cut month by month", "যাওয়ার খরচ ধার হিসেবে দেওয়া হবে, মাসে মাসে কেটে নেওয়া হবে।", { "fees.advanceRepaidFromSalary": true }],
    ["reads খরচাপাতি as 'no costs'", "খরচাপাতি কিছু লাগবে না।", { "fees.zeroCostClaim": true }],
    ["reads 'not a taka from your pocket'", "পকেট থেকে এক টাকাও লাগবে না।", { "fees.zeroCostClaim": true }],
    ["reads costs paid back for coming home early", "চুক্তি শেষের আগে ফিরলে টিকিট ও ভিসার টাকা ফেরত দিতে হবে।", { "fees.penaltyForLeaving": true }],
    ["reads pay cut for a missed target", "টার্গেট পূরণ না হলে বেতন কাটা হবে।", { "fees.penaltyForLeaving": true }],
    ["does not read a bonus for a met target", "টার্গেট পূরণ হলে বোনাস দেওয়া হবে।", { "fees.penaltyForLeaving": false }],
    ["reads 'flight, visa, room – all on us'", "ফ্লাইট, ভিসা, থাকা—সব আমাদের দায়িত্বে।", { "travel.flightProvided": true, "travel.visaProvided": true, "travel.accommodationProvided": true, "travel.foodProvided": false }],
    ["does not read a visa and ticket left to the candidate before 'all on us'", "ভিসা ও টিকিট প্রার্থী নিজে করবেন, থাকা-খাওয়া সব আমাদের দায়িত্বে।", { "travel.visaProvided": false, "travel.flightProvided": false, "travel.accommodationProvided": true }],
    ["reads a ticket 'from our side'", "টিকিট আমাদের তরফ থেকে।", { "travel.flightProvided": true }],
    ["reads an overland transfer from the arrival city", "প্রথমে ব্যাংককে যাবেন, সেখান থেকে সড়কপথে অফিসে পৌঁছে দেওয়া হবে।", { "travel.airportPickup": true }],
    ["reads the company's transport onward from the arrival city", "ব্যাংকক থেকে কোম্পানির পরিবহনে কর্মস্থলে নেওয়া হবে।", { "travel.airportPickup": true }],
    ["reads HR receiving the worker at the airport", "এয়ারপোর্টে আমাদের এইচআর রিসিভ করবে।", { "travel.airportPickup": true }],
    ["does not read a daily company car from home", "বাসা থেকে কোম্পানির গাড়িতে অফিসে নেওয়া হবে।", { "travel.airportPickup": false }],
    ["does not read a commute car", "অফিসে যাতায়াতের গাড়ি দেওয়া হবে।", { "travel.airportPickup": false }],
    ["reads work papers (কাজের কাগজ) made there", "ওখানে গিয়ে কাজের কাগজ করে দেওয়া হবে।", { "travel.workPermitAfterArrival": true }],
    ["does not read an appointment letter on joining a local job", "যোগদানের পর নিয়োগপত্র দেওয়া হবে।", { "travel.workPermitAfterArrival": false }],
    ["reads 'no work papers needed'", "কাজের কাগজ লাগবে না।", { "travel.noVisaNeeded": true }],
    ["does not read a warning against jobs without work papers", "কাজের কাগজ লাগবে না এমন চাকরিতে যাবেন না।", { "travel.noVisaNeeded": false }],
    ["reads a visa-free country", "ভিসা ফ্রি দেশ, সরাসরি চলে যাবেন।", { "travel.noVisaNeeded": true }],
    ["reads 'we send you as a tourist'", "আমরা টুরিস্ট হিসেবে পাঠাব।", { "travel.touristVisa": true }],
    ["reads a business visa used for the job", "বিজনেস ভিসায় যাবেন।", { "travel.touristVisa": true }],
    ["reads a flight the day after the visa comes", "ভিসা হাতে পেলে পরের দিনই ফ্লাইট।", { "travel.urgentDeparture": true }],
    ["reads leaving without telling parents (বাবা মা, no hyphen)", "বাবা মাকে না জানিয়ে আসতে হবে।", { "travel.hideFromFamily": true }],
    ["does not read advice not to leave without telling parents", "বাবা মাকে না জানিয়ে বিদেশে যাবেন না।", { "travel.hideFromFamily": false }],
    ["reads a cover story for the family", "বাড়িতে বলবেন ঢাকায় চাকরি করছেন।", { "travel.hideFromFamily": true }],
    ["reads Excel and browsing as enough", "Excel আর ইন্টারনেট ব্রাউজিং জানলেই যথেষ্ট।", { "requirements.computerBasicsOnly": true }],
    ["reads 'the candidate bears no cost'", "প্রার্থীকে কোনো খরচ বহন করতে হবে না, সব খরচ নিয়োগকর্তার।", { "fees.noFeePolicy": true }],
    ["reads a BMET smart card arranged", "বিএমইটি থেকে স্মার্ট কার্ড করে দেওয়া হবে।", { "legitimacy.workPermitSponsored": true }],
    ["reads the appointment letter in hand before the flight", "নিয়োগপত্র ফ্লাইটের আগে হাতে দেওয়া হবে।", { "legitimacy.writtenContractBeforeTravel": true }],
    ["reads selection in two stages, written and viva", "দুই ধাপে বাছাই: লিখিত ও মৌখিক।", { "legitimacy.multiStageInterview": true }],
    ["does not read a single walk-in interview as multi-stage", "সরাসরি সাক্ষাৎকারে বাছাই।", { "legitimacy.multiStageInterview": false }],
  ])("%s", (_name, description, expected) => {
    const actual = flagValues(description);
    for (const [flag, value] of Object.entries(expected)) expect(actual[flag], flag).toBe(value);
  });

  it.each<[string, string, RoleFamily]>([
    ["reads an online support officer", "অনলাইন সাপোর্ট অফিসার – ভিয়েনতিয়েন", "customer-service"],
    ["reads online promotion work", "কম্বোডিয়ায় অনলাইন প্রমোশনের কাজ", "marketing"],
    ["reads running a Facebook page", "ফেসবুক পেজ চালানোর কাজ", "admin"],
    ["reads chatting with customers", "কাস্টমারের সাথে চ্যাট করার কাজ", "chat-support"],
  ])("%s", (_name, title, family) => {
    expect(extractRole(contextFrom({ title })).family).toBe(family);
  });
});

describe("Bengali lexicon: fifth pass (batch-17 registers and warnings)", () => {
  it.each<[string, string, Record<string, boolean>]>([
    ["does not read a warning not to come on a tourist visa", "ট্যুরিস্ট ভিসায় আসবেন না, ওভাবে আমরা কাউকে কাজে নিই না।", { "travel.touristVisa": false }],
    ["does not read a warning not to go on a visit visa for work", "ভিজিট ভিসায় কাজের জন্য যাবেন না, প্রতারিত হবেন।", { "travel.touristVisa": false }],
    ["does not read 'working on a tourist visa is illegal'", "ট্যুরিস্ট ভিসায় কাজ করা অবৈধ।", { "travel.touristVisa": false }],
    ["still reads a tourist visa taken to go and work", "ট্যুরিস্ট ভিসায় কাজ করতে যাবেন, পরে সব ঠিক হবে।", { "travel.touristVisa": true }],
    ["reads the Thai WP3 / Non-B route and not the permit book collected on arrival as a permit after arrival", "আমরা থাই শ্রম দপ্তরে WP3 আবেদন করব; অনুমোদন পেলে Non-Immigrant B ভিসা নেবেন, থাইল্যান্ডে পৌঁছে ওয়ার্ক পারমিট বই পাবেন।", { "legitimacy.workPermitSponsored": true, "travel.workPermitAfterArrival": false }],
    ["reads a Non-B visa in Bengali script as sponsored", "নন-ইমিগ্রান্ট বি ভিসা স্কুল করে দেবে।", { "legitimacy.workPermitSponsored": true }],
    ["still reads a permit to be made after arrival", "পৌঁছে ওয়ার্ক পারমিট করে দেওয়া হবে।", { "travel.workPermitAfterArrival": true }],
    ["reads papers fixed by the company over there", "ট্যুরিস্ট ভিসায় যাবেন, ওখানে গিয়ে কোম্পানি কাগজ ঠিক করবে।", { "travel.touristVisa": true, "travel.workPermitAfterArrival": true }],
    ["reads the permit process started there after a visit visa", "সেখানে কোম্পানির প্রতিনিধি সাক্ষাৎকার নিয়ে ওয়ার্ক পারমিটের কাজ শুরু করবেন।", { "travel.workPermitAfterArrival": true }],
    ["reads a permit made later after a visa on arrival", "লাওসে অন-অ্যারাইভাল ভিসা, পরে কোম্পানি ওয়ার্ক পারমিট করে দেবে।", { "travel.touristVisa": true, "travel.workPermitAfterArrival": true }],
    ["does not read a permit renewed later", "পরে কোম্পানি ওয়ার্ক পারমিট নবায়ন করবে।", { "travel.workPermitAfterArrival": false }],
    ["reads Banglish 'pore company work permit kore dibe'", "Tourist visa te jaben, pore company work permit kore dibe.", { "travel.workPermitAfterArrival": true }],
    ["reads 'visa, ticket – all given by the company' with দিবে", "ভিসা, টিকিট সব কোম্পানি দিবে।", { "travel.flightProvided": true, "travel.visaProvided": true }],
    ["reads the same in Banglish with the passport as the only thing", "Visa, ticket sob company dibe, apnar shudhu passport.", { "travel.flightProvided": true, "travel.visaProvided": true, "requirements.passportRequired": true }],
    ["does not read a visa and ticket the company will not give", "ভিসা, টিকিট কোম্পানি দিবে না।", { "travel.flightProvided": false, "travel.visaProvided": false }],
    ["reads a ticket bought up to a transit city", "কোম্পানি হো চি মিন সিটি পর্যন্ত টিকিট দেবে, সেখান থেকে গাড়িতে বর্ডার পার করে নিয়ে যাবে।", { "travel.flightProvided": true, "travel.borderCrossing": true }],
    ["reads 'nobody knows anybody' on the same flight", "আমাদের আরো ৩ জন একই ফ্লাইটে যাবে, কেউ কাউকে চিনবেন না।", { "travel.poseAsTourist": true }],
    ["reads a hotel booking and return ticket sent as cover", "হোটেল বুকিং আর রিটার্ন টিকিট আমি পাঠিয়ে দেব।", { "travel.poseAsTourist": true }],
    ["does not read a hotel booking alone arranged by the employer", "প্রথম সপ্তাহের হোটেল বুকিং আমরা করে দেব।", { "travel.poseAsTourist": false }],
    ["reads an office across the river towards Myanmar", "অফিস নদীর ওপারে, মায়ানমারের দিকে।", { "travel.borderCrossing": true }],
    ["does not read a factory across the Buriganga", "বুড়িগঙ্গা নদীর ওপারে কেরানীগঞ্জে কারখানা।", { "travel.borderCrossing": false }],
    ["reads 'those who can leave within 10 days'", "আগামী ১০ দিনের মধ্যে যারা রওনা দিতে পারবেন তাদের অগ্রাধিকার।", { "travel.urgentDeparture": true }],
    ["reads joining this very month", "জয়েনিং এই মাসেই।", { "travel.urgentDeparture": true }],
    ["does not read joining next month as urgent", "যোগদান আগামী মাসের প্রথম সপ্তাহে।", { "travel.urgentDeparture": false }],
    ["reads 'understanding a little English is enough' in Banglish", "English ektu bujhlei hobe, typing parle aro bhalo.", { "requirements.computerBasicsOnly": true }],
    ["reads 'understanding a little English is enough'", "ইংরেজি একটু বুঝলেই হবে।", { "requirements.computerBasicsOnly": true }],
    ["reads a total cost after a colon and a sum before the visa", "মোট খরচ: ৩ লাখ ৫০ হাজার টাকা। ১ লাখ ২০ হাজার ভিসার আগে বিকাশ/নগদে।", { "fees.upfrontFee": true }],
    ["does not read a salary followed by pre-departure training as a fee", "বেতন ৩০ হাজার টাকা, যাওয়ার আগে প্রশিক্ষণ।", { "fees.upfrontFee": false }],
  ])("%s", (_name, description, expected) => {
    const actual = flagValues(description);
    for (const [flag, value] of Object.entries(expected)) expect(actual[flag], flag).toBe(value);
  });
});

describe("Bengali lexicon: sixth pass (phrasing families beyond the corpus)", () => {
  // The first read builds every lexicon and the rule pack; on a busy machine that alone can exceed a test's timeout.
  beforeAll(() => {
    flagValues("");
    createScreener().screen({ description: "প্রস্তুতি", language: "ben" });
  }, 60_000);

  it.each<[string, string, Record<string, boolean>]>([
    ["reads a job somewhere in Southeast Asia", "দক্ষিণ-পূর্ব এশিয়ায় আমাদের নতুন অফিসে কাস্টমার সাপোর্ট কর্মী চাই।", { "travel.workAbroad": true }],
    ["does not read Southeast Asia named as an export market", "দক্ষিণ-পূর্ব এশিয়ার বাজারে আমাদের পণ্য রপ্তানি হয়।", { "travel.workAbroad": false }],
    ["reads 'a country in Asia' as the only destination", "এশিয়ার একটি দেশে অফিসে কাজ, বিস্তারিত পরে।", { "travel.workAbroad": true }],
    ["reads Banglish 'south east asia te' with a job", "South east asia te call center job, beton valo.", { "travel.workAbroad": true }],
    ["reads 'if you can work on a laptop, that will do'", "ল্যাপটপে কাজ করতে পারলেই হবে।", { "requirements.computerBasicsOnly": true }],
    ["reads 'knowing how to work on a phone is enough'", "মোবাইলে কাজ করতে জানলেই চলবে।", { "requirements.computerBasicsOnly": true }],
    ["reads the same in Banglish", "Laptop e kaj korte parlei hobe.", { "requirements.computerBasicsOnly": true }],
    ["reads 'speaking passable English is enough'", "ইংরেজিতে মোটামুটি কথা বলতে পারলেই যথেষ্ট।", { "requirements.computerBasicsOnly": true }],
    ["reads 'knowing how to run a computer is all it takes'", "কম্পিউটার চালানো জানা থাকলেই আবেদন করুন।", { "requirements.computerBasicsOnly": true }],
    ["does not read working on one's own laptop as a bare minimum", "ল্যাপটপে কাজ করতে হবে, নিজের ল্যাপটপ আনবেন।", { "requirements.computerBasicsOnly": false }],
    ["reads 'failed SSC is fine too'", "এসএসসি ফেল হলেও চলবে।", { "requirements.noDegree": true }],
    ["reads the same in Banglish", "SSC fail holeo cholbe.", { "requirements.noDegree": true }],
    ["does not read an SSC pass that is required", "এসএসসি পাস ও কম্পিউটার দক্ষতা আবশ্যক।", { "requirements.noDegree": false }],
    ["reads 'no need to tell home the details'", "বাড়িতে বিস্তারিত জানানোর দরকার নেই।", { "travel.hideFromFamily": true }],
    ["reads the same in Banglish", "Barite details janano dorkar nai.", { "travel.hideFromFamily": true }],
    ["reads the cover story 'just say you got an office job abroad'", "শুধু বলবেন বিদেশে অফিসের চাকরি পেয়েছেন।", { "travel.hideFromFamily": true }],
    ["does not read advice to decide with the family", "বাড়িতে জানিয়ে সিদ্ধান্ত নিন।", { "travel.hideFromFamily": false }],
    ["does not read interview coaching about experience", "ইন্টারভিউতে শুধু বলবেন আপনার অভিজ্ঞতা কত বছরের।", { "travel.hideFromFamily": false }],
    ["does not read dormitory rent deducted from pay as a travel debt", "ডরমিটরির ভাড়া বেতন থেকে কাটা হবে।", { "fees.advanceRepaidFromSalary": false }],
    ["does not read room rent kept back from pay as a travel debt", "রুমের ভাড়া বেতন থেকে কেটে রাখা হবে।", { "fees.advanceRepaidFromSalary": false }],
    ["does not read income tax deducted from pay", "আয়কর বেতন থেকে কাটা হবে।", { "fees.advanceRepaidFromSalary": false }],
    ["still reads the airfare cut from pay", "বিমান ভাড়া বেতন থেকে কাটা হবে।", { "fees.advanceRepaidFromSalary": true }],
    ["still reads the fare of the journey cut from pay", "যাওয়ার ভাড়া বেতন থেকে কেটে নেওয়া হবে।", { "fees.advanceRepaidFromSalary": true }],
  ])("%s", (_name, description, expected) => {
    const actual = flagValues(description);
    for (const [flag, value] of Object.entries(expected)) expect(actual[flag], flag).toBe(value);
  });

  const screener = createScreener();
  it.each<[string, string, string, boolean]>([
    ["reads 'knock on Line'", "message-for-details", "লাইনে নক দিন, বিস্তারিত পাবেন।", true],
    ["reads Banglish 'Line e knock din'", "message-for-details", "Line e knock din.", true],
    ["reads Banglish 'Imo te nok din'", "message-for-details", "Imo te nok din, kotha hobe.", true],
    ["reads Banglish 'inbox korun'", "message-for-details", "আগ্রহীরা inbox korun.", true],
    ["does not read standing in a queue (লাইনে) for a token", "message-for-details", "লাইনে দাঁড়িয়ে টোকেন নিন।", false],
  ])("%s", (_name, rule, description, fires) => {
    expect(screener.screen({ description, language: "ben" }).signals.some((signal) => signal.id === rule)).toBe(fires);
  });
});

// Advisories and careful employers warn job seekers in the lures' own words (batch 20: an awareness post against
// visit-visa jobs and dalals, an EPS notice). Two separate advisory cues make `warnsJobSeekers`; one borrowed line,
// a lure's reassurance or one mention does not, and two patterns over one phrase count once.
describe("Bengali lexicon: warnings to job seekers (batch-20 advisories)", () => {
  it.each<[string, string, boolean]>([
    ["reads trafficking victims and a complaint at the police station", "অনেক তরুণ চাকরির প্রলোভনে পড়ে মানব পাচারের শিকার হয়েছেন। এমন প্রস্তাব পেলে নিকটস্থ থানায় অভিযোগ করুন।", true],
    ["reads a dalal warning, scam work under a job pretext and the Probash Bondhu call centre", "দালাল থেকে সাবধান! কম্বোডিয়ায় কল সেন্টারের চাকরির কথা বলে নিয়ে গিয়ে প্রতারণার কাজ করানো হচ্ছে। সন্দেহ হলে প্রবাসবন্ধু কল সেন্টার ১৬১৩৫-এ ফোন করুন।", true],
    ["reads a licence check with BMET and captivity in a scam compound", "রিক্রুটিং এজেন্সি বৈধ কিনা বিএমইটির ওয়েবসাইটে যাচাই করুন। মিয়ানমারে স্ক্যাম কম্পাউন্ডে আটকে রেখে নির্যাতন করা হচ্ছে।", true],
    ["reads an awareness notice, visit-visa work called illegal and the embassy", "জনসচেতনতামূলক বিজ্ঞপ্তি: ভিজিট ভিসায় বিদেশে কাজ করা অবৈধ। বিপদে পড়লে বাংলাদেশ দূতাবাসের সাথে যোগাযোগ করুন।", true],
    ["reads unlicensed dalals and the 999 emergency line", "লাইসেন্সবিহীন দালালের মাধ্যমে বিদেশে যাবেন না। জরুরি প্রয়োজনে ৯৯৯-এ কল করুন।", true],
    ["reads an EPS notice: visit-visa work illegal, no money to anyone promising a visa", "ভিজিট ভিসায় কোরিয়া গিয়ে কাজ করা সম্পূর্ণ অবৈধ। ভিসা বা নিয়োগ পাইয়ে দেওয়ার নামে কাউকে টাকা দেবেন না।", true],
    ["reads a rescue with the embassy's help and a ransom", "দূতাবাসের সহায়তায় তিনি দেশে ফিরেছেন। পরিবারের কাছে মুক্তিপণ দাবি করা হয়েছিল।", true],
    ["reads trafficking under a job pretext and a check with BMET", "থাইল্যান্ডে কল সেন্টারের চাকরি দেওয়ার কথা বলে তরুণদের মিয়ানমারে পাচার করা হচ্ছে। বিদেশে যাওয়ার আগে বিএমইটিতে যাচাই করে নিন।", true],
    ["reads the same warnings in Banglish", "Dalal theke sabdhan! Kono somossa hole thanay jogajog korun.", true],
    ["does not read one borrowed line about fake pages using the lure's name", "সাবধান! আমাদের নাম ব্যবহার করে ভুয়া পেজ খোলা হয়েছে। ট্যুরিস্ট ভিসা, ফ্রি টিকিট, টেলিগ্রামে যোগাযোগ করুন।", false],
    ["does not count a lure's one line of dalal warnings twice", "দালাল থেকে সাবধান, দালালকে টাকা দেবেন না! সরাসরি কোম্পানিতে নিয়োগ, ভিজিট ভিসায় যাবেন, ফ্রি টিকিট।", false],
    ["does not read a ring and dalals warned against in one line of a lure", "প্রতারক চক্র ও দালাল থেকে সাবধান, দালালের খপ্পরে পড়বেন না! থাইল্যান্ডে ডাটা এন্ট্রি, বেতন ১ লাখ।", false],
    ["does not read a lure's reassurances", "এটা মানব পাচার না, কাজটা ১০০% লিগ্যাল, পুলিশের কোনো ঝামেলা নাই, জোর করে কাজ করানো হয় না, পাসপোর্ট আটকে রাখা হয় না।", false],
    ["does not read 'this is no fraud, no abuse, no beatings'", "এটা প্রতারণা না, ১০০% আসল কোম্পানি। কোনো নির্যাতন নেই, মারধর নাই।", false],
    ["does not read a reassurance and one dalal warning", "ইমিগ্রেশনে কোনো সমস্যা নেই, মানব পাচার নয়, সব বৈধ। দালাল থেকে সাবধান!", false],
    ["does not read one mention of trafficking", "আমরা মানব পাচারের বিরুদ্ধে। থাইল্যান্ডে কল সেন্টার, অভিজ্ঞতা লাগবে না, ট্যুরিস্ট ভিসা।", false],
    ["does not count two patterns over one phrase twice", "মানব পাচারকারী চক্রের শিকার", false],
    ["does not read a lure telling the worker not to contact the police or embassy", "পুলিশ বা দূতাবাসে যোগাযোগ করবেন না, ইমিগ্রেশনে বলবেন ঘুরতে যাচ্ছেন।", false],
    ["does not read a call-centre job or a থানা road address as an authority", "কল সেন্টারে কাজ, আগ্রহীরা যোগাযোগ করুন। মিরপুর থানা রোড, যোগাযোগ করুন ০১৭১১।", false],
    ["does not read 'no police clearance, no BMET card' as an advisory", "পুলিশ ক্লিয়ারেন্স লাগবে না, বিএমইটি কার্ড লাগবে না, আগ্রহীরা জানান।", false],
    ["does not read a header warning only against fake pages using the lure's name", "সতর্কতা: আমাদের নামে ভুয়া পেজ থেকে সাবধান! ফ্রি ভিসা, ফ্রি টিকিট।", false],
    // Review probes: a lure may borrow a warning line and an instruction to report or verify; reporting
    // advice counts only with its condition ("if you get such an offer…"), and "verify OUR licence" never.
    ["does not read a lure's 'beware of rings' and a bare 'tell the police'", "প্রতারক চক্র থেকে সাবধান থাকুন। থানায় জানান। বিদেশে মার্কেটিং চাকরি, বেতন ২ লাখ, ভিসা ও টিকিট কোম্পানির, জামানত ৫০ হাজার টাকা।", false],
    ["does not read a lure's 'beware of rings' and 'check our licence with BMET'", "প্রতারক চক্র থেকে সাবধান থাকুন। আমাদের লাইসেন্স নম্বর বিএমইটির ওয়েবসাইটে যাচাই করুন। দুবাই হয়ে কম্বোডিয়া, ট্যুরিস্ট ভিসা, খরচ ৩ লাখ টাকা বিকাশে পাঠাতে হবে।", false],
    ["does not read a lure's 'if in doubt, check our licence' and a dalal warning", "সন্দেহ হলে আমাদের লাইসেন্স নম্বর বিএমইটির ওয়েবসাইটে যাচাই করুন। দালাল থেকে সাবধান।", false],
    ["does not read the same borrowed lines in Banglish", "Dalal theke sabdhan! Thanay janan. Visit visa, free ticket.", false],
  ])("%s", (_name, description, fires) => {
    expect(flagValues(description)["legitimacy.warnsJobSeekers"]).toBe(fires);
  });

  // The warnings' own lure words: each must-not-fire case beside the lure phrasing that must still fire.
  it.each<[string, string, Record<string, boolean>]>([
    ["does not read 'working there on a visit visa is wholly illegal' with the country between", "ভিজিট ভিসায় কোরিয়া গিয়ে কাজ করা সম্পূর্ণ অবৈধ।", { "travel.touristVisa": false }],
    ["still reads a lure saying working on a tourist visa is not illegal", "ট্যুরিস্ট ভিসায় থাইল্যান্ডে গিয়ে কাজ করা অবৈধ না, কোনো সমস্যা নেই।", { "travel.touristVisa": true }],
    ["does not read 'know that this is fraud'", "কেউ ট্যুরিস্ট ভিসায় চাকরির অফার দিলে বুঝবেন এটা প্রতারণা।", { "travel.touristVisa": false }],
    ["still reads a lure's 'this is not fraud'", "ট্যুরিস্ট ভিসায় আসবেন, এটা প্রতারণা না, ১০০% আসল।", { "travel.touristVisa": true }],
    ["does not read 'don't fall for a free ticket'", "ফ্রি টিকিটের লোভে পড়বেন না।", { "travel.flightProvided": false }],
    ["still reads a free ticket next to an attractive salary", "ফ্রি টিকিট, থাকা খাওয়া ফ্রি, লোভনীয় বেতন।", { "travel.flightProvided": true, "travel.accommodationProvided": true }],
    ["does not read 'beware of tourist-visa job offers'", "ট্যুরিস্ট ভিসায় চাকরির অফার থেকে সাবধান।", { "travel.touristVisa": false }],
    ["still reads a free ticket before a separate warning about fake pages", "ফ্রি টিকিট, ভুয়া পেজ থেকে সাবধান।", { "travel.flightProvided": true }],
    ["does not read a quoted promise followed by 'don't believe such talk'", "\"ফ্রি টিকিট দেব\" — এমন কথা বললে বিশ্বাস করবেন না।", { "travel.flightProvided": false }],
    ["does not read 'never go to work abroad on a visit visa'", "কখনো ভিজিট ভিসায় বিদেশে কাজ করতে যাবেন না।", { "travel.touristVisa": false }],
    ["still reads a visit visa after 'we never cheat anyone'", "আমরা কখনো কাউকে ঠকাই না, ভিজিট ভিসায় যাবেন।", { "travel.touristVisa": true }],
    ["still reads 'sometimes a free ticket is given'", "কখনো কখনো ফ্রি টিকিট দেওয়া হয়।", { "travel.flightProvided": true }],
    ["does not read a visit visa in a sentence headed 'সতর্কবার্তা:'", "⚠️ সতর্কবার্তা: ভিজিট ভিসায় থাইল্যান্ড–কম্বোডিয়া–মিয়ানমারে 'কম্পিউটার অপারেটর' চাকরির ফাঁদে পা দেবেন না", { "travel.touristVisa": false }],
    ["still reads a lure's instructions after a bare 'সতর্কতা:'", "সতর্কতা: বর্ডার পার হওয়ার সময় ফোন বন্ধ রাখবেন, ভিজিট ভিসায় যাবেন।", { "travel.touristVisa": true, "travel.borderCrossing": true }],
    ["still reads a river crossing after a bare 'সাবধান:'", "সাবধান: ইমিগ্রেশনে কাজের কথা বলবেন না, নদী পার করে অফিসে নিয়ে যাওয়া হবে।", { "travel.borderCrossing": true, "travel.poseAsTourist": true }],
    ["still reads a visit visa after a lure's 'urgent hiring:' header", "জরুরি নিয়োগ: ভিজিট ভিসা, ফ্রি টিকিট, থাকা খাওয়া ফ্রি।", { "travel.touristVisa": true, "travel.flightProvided": true }],
    [
      "does not read a red-flag list of lure promises",
      "যেসব লক্ষণ দেখলে সাবধান হবেন:\n❌ ভিজিট/ট্যুরিস্ট ভিসায় গিয়ে \"পরে ওয়ার্ক পারমিট হবে\"\n❌ \"ফ্রি টিকিট, থাকা-খাওয়া ফ্রি\" — কিন্তু খরচ পরে বেতন থেকে কাটবে",
      { "travel.touristVisa": false, "travel.workPermitAfterArrival": false, "travel.flightProvided": false, "travel.accommodationProvided": false, "fees.advanceRepaidFromSalary": false },
    ],
    ["does not read a list under 'signs of fraud'", "প্রতারণার লক্ষণ:\n• ভিজিট ভিসায় গিয়ে পরে ওয়ার্ক পারমিট হবে\n• ফ্রি টিকিট, থাকা খাওয়া ফ্রি\n• টিকিটের টাকা বেতন থেকে কাটবে", { "travel.touristVisa": false, "travel.workPermitAfterArrival": false, "travel.flightProvided": false, "travel.accommodationProvided": false, "fees.advanceRepaidFromSalary": false }],
    // A line opened by ❌ is a lure's "not needed" bullet as often as a warning: only a header makes a list of warning signs.
    ["still reads a ❌ 'no experience needed' bullet with a visit visa, free ticket and board", "❌ অভিজ্ঞতা লাগবে না, ভিজিট ভিসায় সরাসরি কম্বোডিয়া, বিমান টিকিট ফ্রি, থাকা খাওয়া ফ্রি\nবেতন ১ লাখ টাকা, টেলিগ্রামে যোগাযোগ করুন", { "travel.touristVisa": true, "travel.flightProvided": true, "travel.accommodationProvided": true, "travel.foodProvided": true }],
    ["still reads a tourist visa on a ❌ line with no tick after it", "❌ অভিজ্ঞতা লাগবে না, ট্যুরিস্ট ভিসায় কম্বোডিয়া\nটেলিগ্রামে যোগাযোগ", { "travel.touristVisa": true }],
    ["still reads an English ❌ bullet (the cues of every language apply to every text)", "Cambodia CSR hiring\n❌ No placement fee, tourist visa & free ticket\nTelegram @kh", { "travel.touristVisa": true, "travel.flightProvided": true }],
    ["still reads a ❌ line's work permit after arrival", "❌ অভিজ্ঞতা লাগবে না, ট্যুরিস্ট ভিসায় গিয়ে সেখানে গিয়ে ওয়ার্ক পারমিট করে দেওয়া হবে", { "travel.touristVisa": true, "travel.workPermitAfterArrival": true }],
    ["still reads a ticket cut from pay after a ❌ '… but'", "❌ বেতন কাটা হবে না এমন নয়, কিন্তু টিকিটের টাকা বেতন থেকে কিস্তিতে কেটে নেওয়া হবে\nকম্বোডিয়া, ট্যুরিস্ট ভিসা", { "fees.advanceRepaidFromSalary": true }],
    ["still reads a lure's tick list after a ❌ 'not needed'", "❌ অভিজ্ঞতা লাগবে না ✅ ফ্রি টিকিট ✅ ভিজিট ভিসায় যাবেন, পরে ওয়ার্ক পারমিট হবে", { "travel.touristVisa": true, "travel.workPermitAfterArrival": true, "travel.flightProvided": true }],
    ["still reads a ticket cut from pay after a ❌ 'no advance'", "❌ অগ্রিম টাকা লাগবে না, টিকিটের টাকা বেতন থেকে কাটবে", { "fees.advanceRepaidFromSalary": true }],
    ["still reads the ticket money cut from salary", "টিকিটের টাকা বেতন থেকে কাটবে।", { "fees.advanceRepaidFromSalary": true }],
    ["does not read what dalals are quoted as promising", "দালালরা বলবে \"ভিজিট ভিসায় যান, পরে ওয়ার্ক পারমিট হবে, টিকিট ফ্রি\"।", { "travel.touristVisa": false, "travel.workPermitAfterArrival": false, "travel.flightProvided": false }],
    ["still reads 'go on a visit visa, the work permit comes later'", "ভিজিট ভিসায় যাবেন, পরে ওয়ার্ক পারমিট হবে।", { "travel.touristVisa": true, "travel.workPermitAfterArrival": true }],
    ["still reads a lure's free visa and ticket after 'dalals say it costs a lot'", "দালালরা বলে অনেক টাকা লাগে, কিন্তু আমাদের এখানে ভিসা ফ্রি, টিকিট ফ্রি।", { "travel.visaProvided": true, "travel.flightProvided": true }],
    ["still reads a visit visa after a closed quote of what frauds say", "প্রতারকরা বলে \"বিদেশে গেলে বিপদ\", কিন্তু আমাদের মাধ্যমে ট্যুরিস্ট ভিসায় গিয়ে সেখানে গিয়ে ওয়ার্ক পারমিট করে দেওয়া হবে।", { "travel.touristVisa": true, "travel.workPermitAfterArrival": true }],
    ["still reads a visit visa after a closed quote of what dalals will say", "দালালরা বলবে \"অনেক টাকা লাগবে\", কিন্তু আমরা ভিজিট ভিসায় মাত্র ৫০ হাজার টাকায় মালয়েশিয়া হয়ে কম্বোডিয়া পাঠাই।", { "travel.touristVisa": true }],
    ["still reads 'working on a tourist visa, is it illegal? not at all'", "ট্যুরিস্ট ভিসায় কাজ, এটা অবৈধ? একদম না, হাজারো বাংলাদেশি কম্বোডিয়ায় কাজ করছে। বেতন ৯০ হাজার টাকা, টিকিট ফ্রি।", { "travel.touristVisa": true, "travel.flightProvided": true }],
    ["still reads 'not illegal, is it illegal? not at all'", "ট্যুরিস্ট ভিসায় কম্বোডিয়া যাওয়া অবৈধ নয়, এটা অবৈধ? একদম না! টেলিগ্রামে যোগাযোগ", { "travel.touristVisa": true }],
    ["still reads 'is working on a visit visa illegal? not at all'", "ভিজিট ভিসায় গিয়ে কাজ করা অবৈধ? একদম না! লাওসে অনলাইন মার্কেটিং।", { "travel.touristVisa": true }],
    ["still reads a tourist visa before a borrowed 'beware of dalals'", "টুরিস্ট ভিসায় লোক নেওয়া হবে দালাল থেকে সাবধান থাকুন সরাসরি কোম্পানিতে যোগাযোগ করুন। কম্বোডিয়া, বেতন ১ লাখ ২০ হাজার।", { "travel.touristVisa": true }],
    ["still reads a tourist visa before 'beware of fake offers'", "ট্যুরিস্ট ভিসা, ফ্রি টিকিট, ভুয়া অফার থেকে সাবধান।", { "travel.touristVisa": true, "travel.flightProvided": true }],
    ["still reads a free ticket before 'don't fall into a dalal's clutches'", "ভিজিট ভিসা, ফ্রি টিকিট, দালালের খপ্পরে পড়বেন না, সরাসরি কোম্পানি।", { "travel.touristVisa": true, "travel.flightProvided": true }],
    ["still reads 'don't believe that tourist-visa work is illegal'", "ট্যুরিস্ট ভিসায় কাজ অবৈধ — এমন কথা বিশ্বাস করবেন না। আমাদের মাধ্যমে শত শত লোক কম্বোডিয়া গেছে। বেতন ১ লাখ, টিকিট ফ্রি।", { "travel.touristVisa": true }],
    ["still reads the same with the warning in quotes", "\"ট্যুরিস্ট ভিসায় কাজ অবৈধ\" — এমন কথা বিশ্বাস করবেন না। টিকিট ফ্রি।", { "travel.touristVisa": true }],
    ["still reads 'nobody on a visit visa has ever been caught'", "কখনো কেউ ভিজিট ভিসায় গিয়ে ধরা খায়নি, তাই নিশ্চিন্তে আসুন। মিয়ানমারে কাস্টমার সার্ভিস, বেতন ১ লাখ।", { "travel.touristVisa": true }],
    ["still reads 'never had a problem on a tourist visa'", "কম্বোডিয়ায় চাকরি। কখনোই ট্যুরিস্ট ভিসায় সমস্যা হয়নি, বেতন ১ লাখ।", { "travel.touristVisa": true }],
    ["still reads 'they will be sent on a tourist visa' after a full stop", "কম্বোডিয়ায় চাকরি। ওদেরকে ট্যুরিস্ট ভিসায় পাঠানো হবে, বেতন ১ লাখ।", { "travel.touristVisa": true }],
    ["still reads 'they will be taken on a visit visa' after a full stop", "আমাদের কোম্পানিতে ১০০ জন কর্মী দরকার। তাদের ভিজিট ভিসায় নেওয়া হবে। বেতন ৮০ হাজার টাকা।", { "travel.touristVisa": true }],
    // The visit visa in a victim's story is read: "তাদের/ওদেরকে … ভিসায় পাঠানো হবে" after a full stop is how lures go on.
    ["does not read a victim's past payment to a dalal as a fee", "নোয়াখালীর এক তরুণ এক দালালকে ৮০ হাজার টাকা দেন। তাকে ভিজিট ভিসায় দুবাই, সেখান থেকে ব্যাংকক নেওয়া হয়।", { "fees.upfrontFee": false }],
    ["does not read money already paid to a dalal", "অনেকে দালালকে ২ লাখ টাকা দিয়েছেন, কিন্তু বিদেশে চাকরি পাননি।", { "fees.upfrontFee": false }],
    ["still reads money the worker must pay a dalal or an agent", "দালালকে ২ লাখ টাকা দিতে হবে, ভিসা হলে বাকি টাকা। এজেন্টকে ৫০ হাজার টাকা দিতে হবে, ভিজিট ভিসায় দুবাই হয়ে ব্যাংকক।", { "fees.upfrontFee": true, "travel.touristVisa": true }],
    ["still reads a free ticket for 'whoever comes first'", "যে আগে আসবে তাকে ফ্রি টিকিট দেওয়া হবে।", { "travel.flightProvided": true }],
    ["does not read a river crossing told as a deception that happened", "\"১০ মিনিটের পথ\" বলে গাড়িতে তোলা হলেও সারা রাত চলার পর নৌকায় নদী পার করে মিয়ানমারের একটি কম্পাউন্ডে নিয়ে যাওয়া হয়।", { "travel.borderCrossing": false }],
    ["still reads a river crossing by boat promised at night", "রাতে নৌকায় নদী পার করে অফিসে নিয়ে যাওয়া হবে।", { "travel.borderCrossing": true }],
    ["does not read fines told with beatings", "টার্গেট পূরণ না হলে জরিমানা ও মারধর।", { "fees.penaltyForLeaving": false }],
    ["still reads a fine for a missed target", "টার্গেট পূরণ না হলে জরিমানা, মাসে ৫০০ ডলার কাটা হবে।", { "fees.penaltyForLeaving": true }],
  ])("%s", (_name, description, expected) => {
    const actual = flagValues(description);
    for (const [flag, value] of Object.entries(expected)) expect(actual[flag], flag).toBe(value);
  });
});

describe("Bengali lexicon: batch-22 advisories (verification checklists, quoted scripts, victims' stories)", () => {
  // Each must-not-fire case sits beside the lure phrasing that must still fire.
  it.each<[string, string, Record<string, boolean>]>([
    // A "verify these N things:" checklist quotes the lures' words item by item (sectionBefore).
    [
      "does not read the items of a 'verify these 5 things' checklist",
      "বিদেশে চাকরির প্রস্তাব পেলে এই ৫টি বিষয় যাচাই করুন:\n১. \"ভিজিট ভিসায় যান, পরে কাগজ হবে\" মানেই ঝুঁকি।\n২. বিকাশে ব্যক্তিগত নম্বরে \"প্রসেসিং ফি\" চাইলে সাবধান।\n৩. অভিজ্ঞতা ছাড়াই লাখ টাকা বেতন, ৭ দিনে ফ্লাইট",
      { "travel.touristVisa": false, "fees.upfrontFee": false, "requirements.noExperience": false, "travel.urgentDeparture": false },
    ],
    ["does not read a 'check the following things' header without a number", "নিচের বিষয়গুলো অবশ্যই যাচাই করুন:\n• ট্যুরিস্ট ভিসায় কাজের অফার\n• পাসপোর্টের কপি আগে চাওয়া", { "travel.touristVisa": false, "requirements.passportCopyRequested": false }],
    ["still reads a lure's 'know the following:' list", "আবেদনের আগে নিচের বিষয়গুলো জেনে নিন:\nভিজিট ভিসায় যাবেন, প্রসেসিং ফি ২০ হাজার টাকা বিকাশে, অভিজ্ঞতা লাগবে না", { "travel.touristVisa": true, "fees.upfrontFee": true, "requirements.noExperience": true }],
    ["still reads a lure's 'check these and apply' line", "নিচের বিষয়গুলো যাচাই করে আবেদন করুন: ভিজিট ভিসা, প্রসেসিং ফি ২০ হাজার টাকা", { "travel.touristVisa": true, "fees.upfrontFee": true }],
    ["still reads a lure's offer after the checklist ends at a blank line", "এই ৩টি বিষয় যাচাই করুন:\n১. আরএল নম্বর\n\nভিজিট ভিসায় যাবেন, ফ্রি টিকিট, অভিজ্ঞতা লাগবে না", { "travel.touristVisa": true, "travel.flightProvided": true, "requirements.noExperience": true }],
    // Victims' stories in the past perfect (travel `after`).
    ["does not read a visit visa in a victim's story ('had set off on')", "অনেকে ভিজিট ভিসায় রওনা দিয়েছিলেন, পরে কম্বোডিয়ায় আটকে পড়েন।", { "travel.touristVisa": false }],
    ["does not read 'had been sent on a tourist visa'", "তাদের ট্যুরিস্ট ভিসায় দুবাই পাঠানো হয়েছিল।", { "travel.touristVisa": false }],
    ["still reads 'you will set off on a visit visa'", "ভিজিট ভিসায় রওনা দেবেন, পরে ওয়ার্ক পারমিট হবে।", { "travel.touristVisa": true, "travel.workPermitAfterArrival": true }],
    ["still reads a lure's boast that many went on a visit visa", "গত মাসে ৫০ জন ভিজিট ভিসায় গিয়েছিলেন, সবাই এখন কাজ করছেন।", { "travel.touristVisa": true }],
    // A bare "Beware!" right before the lure words (travel `beforeAdjacent`), not "beware of X!".
    ["does not read a visit visa right after a bare 'সাবধান!'", "সাবধান! ভিজিট ভিসায় 'থাইল্যান্ডে কম্পিউটার জব'", { "travel.touristVisa": false }],
    ["still reads a visit visa after 'beware of dalals!'", "দালাল থেকে সাবধান! ভিজিট ভিসায় এসে ওয়ার্ক পারমিট করে দেওয়া হবে।", { "travel.touristVisa": true }],
    // "Don't send a processing fee" (fees `after`).
    ["does not read 'don't send a processing fee to a personal number'", "ব্যক্তিগত নম্বরে প্রসেসিং ফি পাঠাবেন না।", { "fees.upfrontFee": false }],
    ["still reads a processing fee to be sent by bKash", "প্রসেসিং ফি ২০ হাজার টাকা বিকাশে পাঠাবেন।", { "fees.upfrontFee": true }],
    // A quoted coaching line followed by "if you hear such talk" (guard on poseAsTourist).
    ["does not read a quoted 'say you are sightseeing' followed by 'if you hear such talk, stop'", "\"এয়ারপোর্টে বলবেন ঘুরতে যাচ্ছি\" – এসব কথা শুনলে সেখানেই থামুন।", { "travel.poseAsTourist": false }],
    ["still reads 'say you are sightseeing, such talk causes no problem'", "এয়ারপোর্টে বলবেন ঘুরতে যাচ্ছি, এমন কথা বললে কোনো সমস্যা হবে না।", { "travel.poseAsTourist": true }],
    ["still reads 'tell immigration you are sightseeing'", "ইমিগ্রেশনে বলবেন ঘুরতে যাচ্ছেন।", { "travel.poseAsTourist": true }],
    // What was done to victims, in the perfect passive (guard on borderCrossing).
    ["does not read a border crossing that victims were taken across", "দুবাই থেকে থাইল্যান্ড, তারপর সীমান্ত পার করে মিয়ানমারে নেওয়া হয়েছে।", { "travel.borderCrossing": false }],
    ["still reads a border crossing the worker will be taken across", "থাইল্যান্ড থেকে সীমান্ত পার করে মিয়ানমারে নেওয়া হবে।", { "travel.borderCrossing": true }],
    // A passport copy in a rescue instruction (guard on passportCopyRequested).
    ["does not read a passport copy brought to the embassy for someone trapped", "কেউ এমন জায়গায় আটকে থাকলে তার অবস্থান, পাসপোর্টের কপি নিয়ে দূতাবাসে যোগাযোগ করুন।", { "requirements.passportCopyRequested": false }],
    ["still reads a passport copy sent to the recruiter", "পাসপোর্টের কপি ইনবক্সে পাঠান, ভিসা প্রসেসিং শুরু হবে।", { "requirements.passportCopyRequested": true }],
    ["still reads a passport copy when the visa is held up", "ভিসা আটকে থাকলে পাসপোর্টের কপি আবার পাঠান।", { "requirements.passportCopyRequested": true }],
  ])("%s", (_name, description, expected) => {
    const actual = flagValues(description);
    for (const [flag, value] of Object.entries(expected)) expect(actual[flag], flag).toBe(value);
  });
});

// Batch 24: an NGO warning that quotes the lures' promises under "যেসব কথা থাকলে সাবধান হবেন:", and a licensed
// agency saying "(ভিজিট ভিসা নয়)" and "we send nobody on a visit visa". Each must-not-fire case sits beside the
// lure phrasing that must still fire.
describe("Bengali lexicon: batch-24 warning lists, 'if someone tells you' frames and lawful denials", () => {
  it.each<[string, string, Record<string, boolean>]>([
    // sectionBefore: "যেসব কথা থাকলে সাবধান হবেন:" and its kin ("if these words appear, beware").
    [
      "does not read quoted lure promises under 'যেসব কথা থাকলে সাবধান হবেন:'",
      "যেসব কথা থাকলে সাবধান হবেন:\n🚩 \"অভিজ্ঞতা লাগবে না\", \"শুধু পাসপোর্ট লাগবে\"\n🚩 \"ভিজিট ভিসায় যাবেন, কাজের ভিসা ওখানে গিয়ে হবে\"\n🚩 \"ফ্রি টিকেট, খরচ পরে বেতন থেকে কেটে নেবে\"\n🚩 \"ইমিগ্রেশনে বলবেন ঘুরতে যাচ্ছেন\"",
      { "travel.touristVisa": false, "travel.workPermitAfterArrival": false, "travel.flightProvided": false, "travel.poseAsTourist": false, "fees.advanceRepaidFromSalary": false, "requirements.noExperience": false, "requirements.passportRequired": false },
    ],
    [
      "still reads a lure's 'don't miss such a chance:' list",
      "এমন সুযোগ পেলে দেরি করবেন না:\n• অভিজ্ঞতা লাগবে না\n• ভিজিট ভিসায় যাবেন, ফ্রি টিকেট\n• ইমিগ্রেশনে বলবেন ঘুরতে যাচ্ছেন",
      { "travel.touristVisa": true, "travel.flightProvided": true, "travel.poseAsTourist": true, "requirements.noExperience": true },
    ],
    ["does not read a list under 'if you get such an offer, be careful!'", "এমন অফার পেলে সতর্ক হোন!\n• ট্যুরিস্ট ভিসায় কাজ\n• পাসপোর্টের কপি আগে পাঠাতে বলা", { "travel.touristVisa": false, "requirements.passportCopyRequested": false }],
    ["still reads a lure's offer in the same sentence as 'beware of dalals' offers'", "দালালের এমন অফার পেলে সাবধান, আমাদের মাধ্যমে ভিজিট ভিসায় যাবেন, ফ্রি টিকেট।", { "travel.touristVisa": true, "travel.flightProvided": true }],
    [
      "does not read a list under 'if you hear these, know it is fraud:'",
      "নিচের কথাগুলো শুনলেই বুঝবেন এটা প্রতারণা:\n১. \"প্রসেসিং ফি ২০ হাজার টাকা বিকাশে পাঠান\"\n২. \"ওয়ার্ক পারমিট লাগবে না\"",
      { "fees.upfrontFee": false, "travel.noVisaNeeded": false },
    ],
    [
      "still reads a lure's list under 'if you hear these, know we are genuine:'",
      "নিচের কথাগুলো শুনলেই বুঝবেন আমরা আসল:\n১. প্রসেসিং ফি ২০ হাজার টাকা বিকাশে পাঠান\n২. ওয়ার্ক পারমিট লাগবে না",
      { "fees.upfrontFee": true, "travel.noVisaNeeded": true },
    ],
    // sectionBefore: "এ ধরনের বিজ্ঞাপন থেকে দূরে থাকুন:" ("이런 광고는 의심하세요"-style).
    [
      "does not read a list under 'stay away from ads like these:'",
      "এ ধরনের বিজ্ঞাপন থেকে দূরে থাকুন:\n- থাইল্যান্ডে ডাটা এন্ট্রি, ট্যুরিস্ট ভিসা\n- ফ্রি টিকিট, থাকা খাওয়া ফ্রি",
      { "travel.touristVisa": false, "travel.flightProvided": false, "travel.accommodationProvided": false },
    ],
    ["still reads a lure's list under 'you won't get such a chance again:'", "এ ধরনের সুযোগ আর পাবেন না:\n- থাইল্যান্ডে ডাটা এন্ট্রি, ট্যুরিস্ট ভিসা\n- ফ্রি টিকিট, থাকা খাওয়া ফ্রি", { "travel.touristVisa": true, "travel.flightProvided": true, "travel.accommodationProvided": true }],
    ["still reads a lure's list under 'beware of fake pages in our name:'", "আমাদের নামে ভুয়া পেজ থেকে সাবধান:\n- ট্যুরিস্ট ভিসায় যাবেন\n- ফ্রি টিকিট", { "travel.touristVisa": true, "travel.flightProvided": true }],
    ["does not read a list under 'don't fall for such lures:'", "এসব প্রলোভনে পা দেবেন না:\n• অভিজ্ঞতা লাগবে না\n• ভিসা অন অ্যারাইভাল", { "requirements.noExperience": false, "travel.touristVisa": false }],
    // sectionBefore: "সাবধান হোন যদি কেউ বলে:" ("beware if").
    [
      "does not read a list under 'beware if someone says:'",
      "সাবধান হোন যদি কেউ বলে:\n• ট্যুরিস্ট ভিসায় গিয়ে পরে ওয়ার্ক পারমিট হবে\n• খরচ বেতন থেকে কেটে নেওয়া হবে",
      { "travel.touristVisa": false, "travel.workPermitAfterArrival": false, "fees.advanceRepaidFromSalary": false },
    ],
    ["still reads a lure going on after 'beware if someone says we are fake'", "সাবধান হোন যদি কেউ বলে আমরা ভুয়া, আমাদের মাধ্যমে ট্যুরিস্ট ভিসায় যাবেন।", { "travel.touristVisa": true }],
    // clauseBefore: "কেউ যদি আপনাকে বলে \"…" — only inside the quote still open.
    ["does not read a quote after 'if someone tells you'", "কেউ যদি আপনাকে বলে \"ভিজিট ভিসায় যান, ফ্রি টিকিট দেব\", বুঝবেন এটা ফাঁদ।", { "travel.touristVisa": false, "travel.flightProvided": false }],
    ["still reads a lure's offer after a closed 'if someone says \"it is fake\"'", "কেউ যদি বলে \"এটা ভুয়া\", বিশ্বাস করবেন না: ভিজিট ভিসায় যাবেন, ফ্রি টিকিট।", { "travel.touristVisa": true, "travel.flightProvided": true }],
    ["still reads a lure's offer after an unquoted 'if someone says'", "কেউ যদি বলে আমরা ভুয়া, ভুল বলছে; ভিজিট ভিসায় যাবেন, ফ্রি টিকিট।", { "travel.touristVisa": true, "travel.flightProvided": true }],
    // after: a licensed agency's "(ভিজিট ভিসা নয়)" and "we send nobody on a visit visa".
    ["does not read 'employment visa (not a visit visa)'", "এমপ্লয়মেন্ট ভিসা (ভিজিট ভিসা নয়)", { "travel.touristVisa": false }],
    ["still reads 'not a work visa, a visit visa'", "কাজের ভিসা নয়, ভিজিট ভিসায় যাবেন।", { "travel.touristVisa": true }],
    ["does not read 'we send nobody to work on a visit visa'", "আমরা ভিজিট ভিসায় কাজের জন্য কাউকে পাঠাই না।", { "travel.touristVisa": false }],
    ["still reads 'we send nobody except on a visit visa'", "আমরা ভিজিট ভিসা ছাড়া কাউকে পাঠাই না।", { "travel.touristVisa": true }],
    // zeroCostClaim: a helpline's free advice is not a free job.
    ["does not read 'advice is wholly free' as a zero-cost offer", "আমাদের হেল্পডেস্কে যোগাযোগ করুন। পরামর্শ সম্পূর্ণ বিনামূল্যে, তথ্য গোপন রাখা হবে।", { "fees.zeroCostClaim": false }],
    ["still reads 'processing wholly free'", "প্রসেসিং সম্পূর্ণ বিনামূল্যে, ভিজিট ভিসায় যাবেন।", { "fees.zeroCostClaim": true }],
  ])("%s", (_name, description, expected) => {
    const actual = flagValues(description);
    for (const [flag, value] of Object.entries(expected)) expect(actual[flag], flag).toBe(value);
  });

  // warnsJobSeekers: "আটকা পড়েছেন" (a spelling of আটকে পড়া) and "জোর করে অনলাইন প্রতারণা".
  it.each<[string, string, boolean]>([
    ["reads people trapped in a scam centre and forced into online fraud", "অনেকে কম্বোডিয়ার প্রতারণা কেন্দ্রে আটকা পড়েছেন। সেখানে জোর করে অনলাইন প্রতারণা করানো হয়।", true],
    ["does not read a lure's 'nobody gets trapped, no forced online fraud'", "এখানে কেউ আটকা পড়েন না, জোর করে অনলাইন প্রতারণা করানো হয় না, ১০০% বৈধ।", false],
  ])("%s", (_name, description, fires) => {
    expect(flagValues(description)["legitimacy.warnsJobSeekers"]).toBe(fires);
  });
});

describe("Bengali lexicon: batch-26 lawful statements (no visit visa, visa cost on the employer, lists of refused items)", () => {
  it.each<[string, string, Record<string, boolean>]>([
    // travel.negation.after: "… ভিসায় এসে চাকরি খুঁজবেন না" (do not come on a visit visa looking for work).
    ["does not read 'do not come on a tourist or visit visa looking for a job'", "দয়া করে ট্যুরিস্ট বা ভিজিট ভিসায় এসে চাকরি খুঁজবেন না – এভাবে কাজ করা বেআইনি।", { "travel.touristVisa": false }],
    ["does not read 'do not go on a visit visa to look for work'", "ভিজিট ভিসায় গিয়ে কাজ খুঁজতে যাবেন না।", { "travel.touristVisa": false }],
    ["still reads 'come on a visit visa and look for work, we will help'", "ভিজিট ভিসায় এসে চাকরি খুঁজবেন, আমরা সাহায্য করব।", { "travel.touristVisa": true }],
    ["still reads 'come on a visit visa, no need to look for work'", "ভিজিট ভিসায় এসে চাকরি খুঁজতে হবে না, কোম্পানি কাজ দেবে।", { "travel.touristVisa": true }],
    // travel.negation.after: "… ভিসায় কাজের প্রতিশ্রুতি দেওয়া কোনো অফারে …" (any offer promising work on a visit visa).
    ["does not read 'do not trust any offer promising work on a visit visa'", "ভিজিট ভিসায় কাজের প্রতিশ্রুতি দেওয়া কোনো অফারে বিশ্বাস করবেন না।", { "travel.touristVisa": false }],
    ["does not read 'stay away from such ads guaranteeing a job on a tourist visa'", "ট্যুরিস্ট ভিসায় চাকরির নিশ্চয়তা দেওয়া এমন বিজ্ঞাপন থেকে দূরে থাকুন।", { "travel.touristVisa": false }],
    ["still reads 'we promise work on a visit visa'", "ভিজিট ভিসায় কাজের প্রতিশ্রুতি দিচ্ছি, ফ্রি টিকেট।", { "travel.touristVisa": true, "travel.flightProvided": true }],
    ["still reads 'a guaranteed job on a visit visa is given'", "ভিজিট ভিসায় কাজের গ্যারান্টি দেওয়া হবে, পরে ওয়ার্ক পারমিট।", { "travel.touristVisa": true }],
    // fees.negation.after: "ভিসা খরচ নিয়োগকর্তার" (the visa cost is the employer's).
    ["does not read 'air ticket and employment visa cost are the employer's' as a fee", "বিমান টিকেট ও এমপ্লয়মেন্ট ভিসা খরচ নিয়োগকর্তার\nখাবার ভাতা মাসিক ২০০ দিরহাম", { "fees.upfrontFee": false }],
    ["does not read 'the visa cost is wholly the company's, and the ticket too'", "ভিসা খরচ সম্পূর্ণ কোম্পানির, টিকিটও।", { "fees.upfrontFee": false }],
    ["does not read 'the processing cost the employer will pay'", "প্রসেসিং খরচ নিয়োগকর্তা বহন করবেন।", { "fees.upfrontFee": false }],
    ["still reads a visa cost paid into the company's account", "ভিসা খরচ কোম্পানির অ্যাকাউন্টে ৫০ হাজার টাকা জমা দিতে হবে।", { "fees.upfrontFee": true }],
    ["still reads a visa cost of 50 thousand with 'company' further on", "ভিসা খরচ ৫০ হাজার, কোম্পানির অফিসে জমা দিন।", { "fees.upfrontFee": true }],
    // fees.negation.before: "কোনো টাকা, রেজিস্ট্রেশন ফি বা …" (a comma list under "any").
    ["does not read 'we never take any money, registration fee or deposit'", "নিয়োগের জন্য আমরা কখনো কোনো টাকা, রেজিস্ট্রেশন ফি বা \"সিকিউরিটি ডিপোজিট\" নিই না।", { "fees.upfrontFee": false }],
    ["still reads 'no other money, only a registration fee of 5,000'", "আর কোনো টাকা লাগবে না, শুধু রেজিস্ট্রেশন ফি ৫০০০ টাকা বিকাশে পাঠান।", { "fees.upfrontFee": true }],
    // requirements.passportCopyRequested: "পাসপোর্টের ছবি অচেনা কাউকে পাঠাবেন না" (do not send a passport photo to strangers).
    ["does not read 'do not send a photo of your passport to strangers'", "পাসপোর্টের ছবি অচেনা কাউকে পাঠাবেন না।", { "requirements.passportCopyRequested": false }],
    ["does not read 'never hand your passport copy to a dalal'", "পাসপোর্টের কপি দালালের হাতে তুলে দেবেন না।", { "requirements.passportCopyRequested": false }],
    ["still reads 'send a photo of your passport first, do not give it to anyone else'", "পাসপোর্টের ছবি আগে পাঠান, অন্য কাউকে দেবেন না।", { "requirements.passportCopyRequested": true }],
  ])("%s", (_name, description, expected) => {
    const actual = flagValues(description);
    for (const [flag, value] of Object.entries(expected)) expect(actual[flag], flag).toBe(value);
  });

  // warnsJobSeekers: "ভিসায় এসে চাকরি খুঁজবেন না" and "ভিসায় কাজের প্রতিশ্রুতি দেওয়া … বিশ্বাস করবেন না" are advisory cues.
  it.each<[string, string, boolean]>([
    [
      "reads 'do not come on a visit visa looking for a job' and 'do not trust offers promising work on a visit visa'",
      "ট্যুরিস্ট বা ভিজিট ভিসায় এসে চাকরি খুঁজবেন না।\nভিজিট ভিসায় কাজের প্রতিশ্রুতি দেওয়া কোনো অফারে বিশ্বাস করবেন না।",
      true,
    ],
    ["does not read a lure's 'come on a visit visa, look for work, we promise work on a visit visa'", "ভিজিট ভিসায় এসে চাকরি খুঁজবেন।\nভিজিট ভিসায় কাজের প্রতিশ্রুতি দিচ্ছি, বিশ্বাস করুন।", false],
  ])("%s", (_name, description, fires) => {
    expect(flagValues(description)["legitimacy.warnsJobSeekers"]).toBe(fires);
  });
});
