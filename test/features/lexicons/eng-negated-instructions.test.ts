import { describe, expect, it } from "vitest";
import { contextFrom } from "../../../src/features/evidence.js";
import { findPayStatements } from "../../../src/features/pay/index.js";
import type { TravelFlag } from "../../../src/features/travel.js";
import { createScreener } from "../../../src/index.js";
import { type FeeValues, NO_FEES, NO_REQUIREMENTS, type RequirementValues, feeValues, requirementValues } from "../extractor-values.js";
import { familyFlags } from "./flags.js";

// One-line English warnings that deny or forbid a lure's instruction ("We never ask for your passport
// copy", "Never lie to immigration") were read as the instruction itself: a bare "passport copy" of the
// romanised Bengali and Sinhala lexicons matched English text whatever came before it, and the travel
// flags for posing as a tourist, crossing a border and a work permit after arrival took no negation.
// Each denial is paired with the lure that gives the same instruction. Later: a negated instruction
// that reaches the crossing through a boat or a pick-up ("never board a boat to cross a river", "do not
// agree to be picked up at the border"), a penalty in a job the reader is told never to accept, a
// denial of interviews on a messaging app, and pay that an advisory says scammers promise. Then: the
// same reach into an airport pick-up ("do not agree to be picked up at the airport", "never let a
// stranger pick you up at the airport") and interviews in a job the reader is told never to accept
// ("never accept a job where interviews are held on Telegram"); the role that scammers are said to
// promise has its rows in test/features/roles.test.ts.

describe("English denials of a passport-copy request", () => {
  it.each<[string, string, Partial<RequirementValues>]>([
    ["does not read 'we never ask for your passport copy'", "We never ask for your passport copy.", {}],
    ["does not read 'never send your passport photo'", "Never send your passport photo to a recruiter you have not met.", {}],
    ["does not read 'do not share a passport scan'", "Do not share a passport scan with anyone on Telegram.", {}],
    ["does not read employers who do not ask for a passport copy", "Genuine employers do not ask for a passport copy before an offer.", {}],
    ["does not read 'don't send passport copy'", "Don't send passport copy to any agent.", {}],
    ["does not read 'no agency should ask for your passport pic'", "No agency should ask for your passport pic on Facebook.", {}],
    ["does not read 'never send your ID or passport photo'", "Never send your ID or passport photo on Facebook Messenger.", {}],
    ["does not read Malaysian 'jangan send passport'", "Jangan send passport kepada agent.", {}],
    ["reads a passport copy sent with a CV on WhatsApp", "Send passport copy and CV on WhatsApp today.", { passportCopyRequested: true }],
    ["reads 'please send your passport photo now'", "Please send your passport photo now.", { passportCopyRequested: true }],
    ["reads a passport copy followed by a denial of something else", "Send passport copy, no need to send CV.", { passportCopyRequested: true }],
    ["reads romanised Bengali 'passporter chobi'", "Passporter chobi inbox e pathan.", { passportCopyRequested: true }],
    ["reads Sinhala-English 'passport copy එක'", "ඊට පස්සේ passport copy එක එවන්න.", { passportCopyRequested: true }],
    ["reads Sinhala 'passport පිටපත'", "Passport පිටපත WhatsApp කරන්න.", { passportCopyRequested: true }],
  ])("%s", (_name, description, expected) => {
    expect(requirementValues(description)).toEqual({ ...NO_REQUIREMENTS, ...expected });
  });
});

describe("English denials of a travel instruction", () => {
  it.each<[string, string, TravelFlag[]]>([
    ["does not read 'we do not require you to pretend to be a tourist'", "We do not require you to pretend to be a tourist.", []],
    ["does not read 'never lie to immigration'", "Never lie to immigration officers about the purpose of your trip.", []],
    ["does not read 'do not cross the border with people you met online'", "Do not cross the border with people you met online.", []],
    ["does not read 'avoid agents who say the permit is done after arrival'", "Avoid agents who say the work permit will be processed after arrival.", []],
    ["does not read 'do not let anyone keep your passport' as hiding the job", "Do not let anyone keep your passport.", []],
    ["does not read 'no employer should ask you to travel on a visit visa'", "No employer should ask you to travel on a visit visa for work.", []],
    ["reads 'pretend to be a tourist at the airport'", "At the airport, pretend to be a tourist.", ["poseAsTourist"]],
    ["reads 'tell immigration you are a tourist'", "Tell immigration you are a tourist, our guy meets you after.", ["poseAsTourist"]],
    ["reads 'don't tell immigration you are going for work'", "Don't tell them you are going for work.", ["poseAsTourist"]],
    ["reads a border crossed by boat at night", "We cross the border by boat at night.", ["borderCrossing"]],
    ["reads a work permit processed after arrival", "Work permit will be processed after arrival.", ["workPermitAfterArrival"]],
    ["reads 'don't let your family know'", "Don't let your family know until you arrive.", ["hideFromFamily"]],
    ["does not read employers who will not ask you to keep the job secret", "Legitimate employers will not ask you to keep the job secret from your family.", []],
    ["reads 'keep the job secret'", "Keep the job secret until you land.", ["hideFromFamily"]],
    ["does not read employers who never ask you to keep the offer private from your family", "Real employers never ask you to keep the offer private from your family.", []],
    ["reads 'keep the offer private from your family'", "Keep the offer private from your family, we sort everything.", ["hideFromFamily"]],
    ["reads 'don't worry, the work permit is done after arrival'", "Don't worry, the work permit will be processed after arrival.", ["workPermitAfterArrival"]],
    ["does not read 'never board a boat to cross a river at night'", "Never board a boat to cross a river at night with people you met online.", []],
    ["does not read 'never take a boat across the river'", "Never take a boat across the river with people you met online.", []],
    ["does not read 'never travel at night to the border'", "Never travel at night to the border with people you met online.", []],
    ["does not read 'do not agree to be picked up at the border'", "Do not agree to be picked up at the border by someone you do not know.", []],
    ["does not read 'never let a stranger pick you up at the border'", "Never let a stranger pick you up at the border.", []],
    ["does not read 'never travel by boat to Cambodia'", "Never travel by boat to Cambodia with people you met online.", []],
    ["reads a boat boarded to cross the river at night", "Board the boat to cross the river at night, our man waits.", ["borderCrossing"]],
    ["reads a boat taken across the river", "We take a boat across the river.", ["borderCrossing"]],
    ["reads a trip by boat into Myanmar", "You travel by boat into Myanmar, our man waits.", ["borderCrossing"]],
    ["reads a night trip to the border", "Travel at night to the border, our agent waits there.", ["borderCrossing"]],
    ["reads 'our driver picks you up at the border'", "Our driver picks you up at the border.", ["borderCrossing"]],
    ["reads a pick-up at the border after 'don't worry'", "Don't worry, someone will pick you up at the border.", ["borderCrossing"]],
    ["does not read 'do not agree to be picked up at the airport'", "Do not agree to be picked up at the airport by someone you do not know.", []],
    ["does not read 'never let a stranger pick you up at the airport'", "Beware: never let a stranger pick you up at the airport.", []],
    ["does not read 'do not let anyone meet you at the arrivals hall'", "Do not let anyone meet you at the arrivals hall unless you know them.", []],
    ["reads 'our staff will pick you up at the airport'", "Our staff will pick you up at the airport.", ["airportPickup"]],
    ["reads 'airport pick-up provided'", "Airport pick-up provided.", ["airportPickup"]],
    ["reads an airport pick-up after 'don't worry'", "Don't worry, our driver will pick you up at the airport.", ["airportPickup"]],
    ["reads 'you will be met at the airport'", "You will be met at the airport by our agent.", ["airportPickup"]],
  ])("%s", (_name, description, expected) => {
    expect(familyFlags("travel", description)).toEqual(expected);
  });
});

describe("English denials of a deduction from pay", () => {
  it.each<[string, string, Partial<FeeValues>]>([
    ["does not read 'no fees will be deducted from your salary'", "No fees will be deducted from your salary for flights.", {}],
    ["does not read 'no employer should ask you to pay a placement fee'", "No employer should ask you to pay a placement fee.", {}],
    ["reads a ticket deducted from the first salary", "Ticket cost will be deducted from your first salary.", { advanceRepaidFromSalary: true }],
    ["reads a deduction after 'no fee upfront' in another clause", "No fee upfront. Flight cost deducted from your salary.", { advanceRepaidFromSalary: true }],
  ])("%s", (_name, description, expected) => {
    expect(feeValues(description)).toEqual({ ...NO_FEES, ...expected });
  });
});

describe("English denials of a penalty for leaving", () => {
  it.each<[string, string, Partial<FeeValues>]>([
    ["does not read 'never agree to a job where you must pay a penalty to leave'", "Never agree to a job where you must pay a penalty to leave.", {}],
    ["does not read 'never sign a contract that has an exit fee'", "Never sign a contract that has an exit fee.", {}],
    ["reads a penalty of USD 3,000 for leaving early", "Pay a penalty of USD 3,000 if you leave before the contract ends.", { penaltyForLeaving: true }],
    ["reads 'you must pay a penalty to leave'", "You must pay a penalty to leave.", { penaltyForLeaving: true }],
    ["reads an early termination penalty", "Early termination penalty applies if you leave before one year.", { penaltyForLeaving: true }],
    ["reads Indonesian 'kena penalty'", "Kalau resign sebelum 1 tahun kena penalty 10 juta.", { penaltyForLeaving: true }],
  ])("%s", (_name, description, expected) => {
    expect(feeValues(description)).toEqual({ ...NO_FEES, ...expected });
  });
});

describe("English denials of an interview on a messaging app", () => {
  const screener = createScreener();
  const fired = (description: string): boolean =>
    screener.screen({ description }).signals.some((signal) => signal.id === "interview-on-messaging-app");

  it.each<[string, string, boolean]>([
    ["does not read 'we never conduct interviews on Telegram'", "We never conduct interviews on Telegram.", false],
    ["does not read 'real employers never interview candidates on WhatsApp'", "Real employers never interview candidates on WhatsApp.", false],
    ["does not read 'interviews are never held over WhatsApp'", "Interviews are never held over WhatsApp or Telegram.", false],
    ["does not read 'never accept a job where interviews are held on Telegram'", "Never accept a job where interviews are held on Telegram.", false],
    ["does not read 'never sign with an agency whose interviews are done over WhatsApp'", "Never sign with an agency whose interviews are done over WhatsApp.", false],
    ["does not read 'avoid taking any offer where the interview happens over Telegram'", "Avoid taking any offer where the interview happens over Telegram.", false],
    ["reads 'interview via Telegram only'", "Interview via Telegram only.", true],
    ["reads 'interviews are held on Telegram'", "Interviews are held on Telegram.", true],
    ["reads interviews on Telegram after 'we do not accept walk-ins'", "We do not accept walk-ins, interviews are held on Telegram.", true],
    ["reads 'interviews are done on WhatsApp video call'", "Interviews are done on WhatsApp video call.", true],
    ["reads an interview on WhatsApp after 'don't be late'", "Don't be late for your interview on WhatsApp tomorrow.", true],
    ["reads an interview that is not at the office but on WhatsApp", "Interview is not at office, on WhatsApp.", true],
  ])("%s", (_name, description, expected) => {
    expect(fired(description)).toBe(expected);
  });
});

describe("English advisories quoting the pay lures promise", () => {
  const pay = (description: string): string[] =>
    findPayStatements(contextFrom({ description })).map((statement) => `${statement.currency} ${statement.amount} ${statement.period}`);

  it.each<[string, string, string[]]>([
    ["does not read what scammers promise as pay", "Scammers promise USD 1,500 a month for simple typing jobs.", []],
    ["does not read what traffickers offer as pay", "Traffickers offer USD 2,000 a month to lure young people.", []],
    ["reads 'salary USD 1,500 a month for typing'", "Salary USD 1,500 a month for typing.", ["USD 1500 month"]],
    ["reads the pay after 'we are not scammers'", "We are not scammers, salary USD 1,500 a month.", ["USD 1500 month"]],
    ["reads the pay after 'no scammers here'", "No scammers here - salary USD 1,500 a month.", ["USD 1500 month"]],
  ])("%s", (_name, description, expected) => {
    expect(pay(description)).toEqual(expected);
  });
});
