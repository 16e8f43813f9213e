/**
 * Synthetic job ads of about 2,000 characters for benchmarks: a realistic mix of ordinary ads and
 * lure-like ones, built from sentence pools with a seeded generator so every run sees the same ads.
 * They measure speed only; they are not labelled data and say nothing about accuracy.
 */
import { createWriteStream } from "node:fs";
import { once } from "node:events";
import { seededRandom } from "../fit/logistic.js";

/** A posting object as the benchmark feeds it to `screen()` and the CLI. */
export interface GeneratedAd {
  id: string;
  title: string;
  company?: string;
  location?: string;
  salary?: string;
  description: string;
}

const TITLES = [
  "Customer Service Representative",
  "Data Entry Operator",
  "Warehouse Associate",
  "Registered Nurse",
  "Hotel Receptionist",
  "Online Marketing Staff",
  "Accounts Payable Clerk",
  "Chinese-English Typist",
  "Delivery Driver",
  "Junior Software Developer",
  "Game Tester",
  "Bank Teller",
];
const COMPANIES = ["Northwind Logistics Ltd.", "Harbour Health Group", "Blue Lotus Trading", "Sunrise Digital Co.", "Meridian Hotels plc", "Golden Bridge Company"];
const LOCATIONS = ["Manila, Philippines", "Bangkok, Thailand", "Sihanoukville, Cambodia", "Nairobi, Kenya", "Jakarta, Indonesia", "Dubai, UAE", "Leeds, United Kingdom"];
const SALARIES = ["PHP 22,000 per month", "USD 1,500 per month", "KSh 60,000 per month", "IDR 6.500.000 per bulan", "£24,000 a year", "USD 2,000 + commission"];

const ORDINARY = [
  "We are a growing company with offices in three cities and more than four hundred employees.",
  "You will answer customer questions by phone and email and record each case in our ticketing system.",
  "Requirements: a diploma or degree, at least one year of relevant experience and good written English.",
  "The selection process has a written test, a panel interview and a final interview with the manager.",
  "Benefits include health insurance, paid annual leave, a thirteenth-month salary and training.",
  "Working hours are Monday to Friday, 9 am to 6 pm, with occasional Saturday shifts paid as overtime.",
  "Please send your CV and two references to our recruitment team through the careers page.",
  "Our office is on the fourth floor of the Metro Business Centre, next to the central station.",
  "The successful candidate will join a team of twelve and report to the operations supervisor.",
  "We follow the labour code: a written contract is signed before the first working day.",
  "Knowledge of spreadsheets and basic accounting software is an advantage but not required.",
  "Shortlisted applicants will be contacted within two weeks; we regret we cannot reply to everyone.",
  "The role includes checking stock levels, preparing orders and keeping the storage area tidy.",
  "You should be comfortable working with numbers, careful with details and able to meet deadlines.",
  "We never charge fees to applicants at any stage of recruitment.",
];
const LURE_LIKE = [
  "No experience needed, we train you, easy work with high salary and fast promotion.",
  "Free flight ticket, free food and accommodation provided by the company.",
  "Interview on Telegram only, send your passport photo to our HR first.",
  "You will travel on a tourist visa and the work permit is done after arrival.",
  "Monthly salary USD 1,800 plus commission for simple typing work in the office.",
  "Join immediately, the flight is next week, limited places, contact us on WhatsApp now.",
  "Only basic computer skills and typing required, age 18 to 35, any nationality.",
  "Ticket cost will be deducted from your first salary, no need to pay anything now.",
  "Do not tell your family the details of the job before you arrive.",
  "Company in Sihanoukville is hiring many staff for customer service and online marketing.",
];

/** One ad of about `targetLength` characters; about a third of them lean towards lure markers. */
function generateAd(random: () => number, index: number, targetLength: number): GeneratedAd {
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
  const lureLike = random() < 0.33;
  const sentences: string[] = [];
  let length = 0;
  while (length < targetLength - 120) {
    const sentence = lureLike && random() < 0.4 ? pick(LURE_LIKE) : pick(ORDINARY);
    sentences.push(sentence);
    length += sentence.length + 1;
  }
  const ad: GeneratedAd = { id: `gen-${index}`, title: `${pick(TITLES)} – ${pick(LOCATIONS).split(",")[0]}`, description: sentences.join(" ") };
  if (random() < 0.6) ad.company = pick(COMPANIES);
  if (random() < 0.6) ad.location = pick(LOCATIONS);
  if (random() < 0.5) ad.salary = pick(SALARIES);
  return ad;
}

/** `count` ads of about 2,000 characters (all fields together). */
export function generateAds(count: number, seed = 20240601, targetLength = 2000): GeneratedAd[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, index) => generateAd(random, index, targetLength));
}

/** Writes `count` ads as JSONL without holding them in memory. Returns the file size in bytes. */
export async function writeAdsFile(path: string, count: number, seed = 20240601, targetLength = 2000): Promise<number> {
  const random = seededRandom(seed);
  const out = createWriteStream(path);
  let bytes = 0;
  for (let index = 0; index < count; index++) {
    const line = `${JSON.stringify(generateAd(random, index, targetLength))}\n`;
    bytes += Buffer.byteLength(line);
    if (!out.write(line)) await once(out, "drain");
  }
  out.end();
  await once(out, "finish");
  return bytes;
}
