import { describe, expect, it } from "vitest";
import { contextFrom } from "../../src/features/evidence.js";
import { extractFees } from "../../src/features/fees.js";
import { findPayStatements } from "../../src/features/pay/index.js";
import { familyFlags } from "./lexicons/flags.js";

// English lines found misread by exploratory testing, each with look-alikes that keep their reading.

// "Stay-in" is Philippine and Malaysian job-ad English for housing at the workplace; "stay in" in
// running prose is a verb with a place or state after it ("stay in touch", "stay in school", "a
// six-month stay in Bavaria") and provides nothing.
describe("eng: 'stay in' is housing only as the live-in term", () => {
  it.each<[string, string, string[]]>([
    ["stay in touch", "We stay in touch with every candidate after the interview.", []],
    ["stay in school", "Our app helps students stay in school.", []],
    ["a stay in a region", "Minimum of a six month stay in Bavaria, Germany.", []],
    ["a dog's stay in daycare", "Bring your dog and let it stay in our dog daycare.", []],
    ["stay in the loop", "Subscribe to stay in the loop about new openings.", []],
  ])("%s", (_name, description, expected) => {
    expect(familyFlags("travel", description)).toEqual(expected);
  });

  it.each<[string, string, string[]]>([
    ["stay-in helper", "Stay-in helper needed in Kuala Lumpur.", ["accommodationProvided"]],
    ["stay in, alone", "Kasambahay, stay in, 8000 monthly.", ["accommodationProvided"]],
    ["stay in or stay out", "Stay in or stay out, salary negotiable.", ["accommodationProvided"]],
    ["stay in with meals", "Stay in with free meals.", ["accommodationProvided", "foodProvided"]],
    ["stay in caregiver", "Hiring stay in caregiver for an elderly couple.", ["accommodationProvided"]],
    ["stay in sa company", "Stay in sa company, may sahod buwan-buwan.", ["accommodationProvided"]],
    // The housing a "stay in" once stood for in such a line is read by its own words.
    ["company-provided accommodation", "Willing to stay in company-provided accommodation on site.", ["accommodationProvided"]],
    ["employer-paid housing", "Employer-paid housing near the plant.", ["accommodationProvided"]],
    ["no company-provided accommodation", "No company-provided accommodation.", []],
  ])("%s", (_name, description, expected) => {
    expect(familyFlags("travel", description)).toEqual(expected);
  });
});

// Nigerian ads write the naira as a plain "N" glued to the amount ("N150,000", "N500k"); the pay went
// unread, so a lure's inflated pay never met its benchmark. The letter also names masks, roads and
// models ("N95", "N1"), so only a grouped or multiplied amount is read.
describe("eng: a glued N before a large amount is the naira", () => {
  const pay = (description: string) =>
    findPayStatements(contextFrom({ description })).map((s) => [s.currency, s.min, s.max]);

  it.each<[string, string, unknown[]]>([
    ["N500,000 monthly", "Customer care job in Thailand. Salary N500,000 monthly.", [["NGN", 500000, 500000]]],
    ["N500k monthly", "Customer care job in Thailand. Salary N500k monthly.", [["NGN", 500000, 500000]]],
    ["a range N150,000-N200,000", "Salary N150,000-N200,000 per month.", [["NGN", 150000, 200000]]],
    ["N1.5m", "Earn N1.5m every month.", [["NGN", 1500000, 1500000]]],
    // The same glued letter after a range dash, for the peso as for the naira.
    ["a range P25,000-P30,000", "Sahod P25,000-P30,000 monthly.", [["PHP", 25000, 30000]]],
  ])("%s", (_name, description, expected) => {
    expect(pay(description)).toEqual(expected);
  });

  it.each<[string, string]>([
    ["an N95 mask", "Wear an N95 mask on site at all times."],
    ["the N1 road", "Take the N1 road to reach our office."],
    ["a spaced N", "Grade N 500 steel rods in stock."],
  ])("%s", (_name, description) => {
    expect(pay(description).filter(([currency]) => currency === "NGN")).toEqual([]);
  });

  // A glued P before one or two digits is a job grade ("P7-P8 engineers"), not pesos; the range dash
  // newly read after a glued letter must not join two grades into a pay range.
  it.each<[string, string]>([
    ["a grade range", "Hiring P7-P8 engineers for the platform team."],
    ["a grade and up", "Level P8+ candidates only."],
  ])("%s", (_name, description) => {
    expect(pay(description).filter(([currency]) => currency === "PHP")).toEqual([]);
  });

  it.each<[string, string, unknown[]]>([
    ["a daily P500", "Sahod P500 per day.", [["PHP", 500, 500]]],
    ["a monthly P18,000", "Sahod P18,000 monthly.", [["PHP", 18000, 18000]]],
  ])("%s", (_name, description, expected) => {
    expect(pay(description)).toEqual(expected);
  });
});

// A fee asked "to secure your slot" and a debt owed "if you resign" are the reservation-fee and
// debt-bondage wording of illegal recruiters (POEA's "reservation fee"; FBI's made-up travel debts),
// and went unread when no fee word or penalty word stood in the line.
describe("eng: fees to secure a slot, and debts owed on leaving", () => {
  it.each<[string, string, string[]]>([
    ["pay an amount to secure a slot", "Pay 5,000 for medical and processing to secure your slot.", ["upfrontFee"]],
    ["send an amount to reserve a slot", "Send 3000 to reserve your slot for the next batch.", ["upfrontFee"]],
    ["pay 10k to confirm", "Pay 10k to confirm your position.", ["upfrontFee"]],
    ["a payment that secures a place", "A payment of 200 dollars secures your place in the batch.", ["upfrontFee"]],
    ["owe the company if you resign", "You will owe the company your ticket cost if you resign before 1 year.", ["penaltyForLeaving"]],
    ["if you resign you owe", "If you resign within 1 year you owe us the ticket.", ["penaltyForLeaving"]],
    ["workers who leave early will owe", "Workers who leave early will owe the agency 2000 USD.", ["penaltyForLeaving"]],
  ])("%s", (_name, description, expected) => {
    expect(familyFlags("fees", description)).toEqual(expected);
  });

  it.each<[string, string, string[]]>([
    ["the employer pays to secure", "We pay your visa fee to secure your placement.", []],
    ["a free slot", "Please secure your slot for the free webinar by registering.", []],
    ["reserve a slot, no fee", "Reserve your slot for the walk-in interview, no fee.", []],
    ["a warning", "Do not pay 5000 to secure a slot, it is a scam.", []],
    ["no money, an application", "Transfer your application to secure a place in the next intake.", []],
    ["owe nothing if you resign", "If you resign early you owe us nothing.", []],
    ["owe the company nothing", "You owe the company nothing if you resign.", []],
  ])("%s", (_name, description, expected) => {
    expect(familyFlags("fees", description)).toEqual(expected);
  });

  // The amount is read beside a fee's evidence, so the slot wording must not swallow it.
  it.each<[string, string, string | null]>([
    ["the amount before the slot", "Pay the reservation fee of ₱5,000 to hold your slot.", "₱5,000"],
    ["the amount and a channel", "Send Ksh 2,000 via M-Pesa to book your slot.", "Ksh 2,000"],
  ])("keeps the fee amount: %s", (_name, description, amount) => {
    expect(extractFees(contextFrom({ description })).feeAmount).toBe(amount);
  });
});

// "Fly to <any city> as a tourist" is the third-country routing of the Philippine and Indonesian
// cases (tourists to Hanoi, Ho Chi Minh City, Kuala Lumpur, then on by road); only a short list of
// named countries and hubs was read, so the routing through any other city went unread.
describe("eng: travelling to a named place as a tourist", () => {
  it.each<[string, string, string[]]>([
    ["fly to a four-word city", "Fly to Ho Chi Minh City as a tourist, then our driver will take you to the office.", ["touristVisa"]],
    ["travel to Kuala Lumpur", "You will travel to Kuala Lumpur as a tourist first.", ["touristVisa"]],
    ["go to Hanoi as tourist", "Go to Hanoi as tourist, then cross by land.", ["touristVisa"]],
    ["depart from Manila", "Depart from Manila as a tourist.", ["touristVisa"]],
  ])("%s", (_name, description, expected) => {
    expect(familyFlags("travel", description)).toEqual(expected);
  });

  it.each<[string, string, string[]]>([
    ["a warning", "Do not travel to Vietnam as a tourist for work.", []],
    ["beware of agents", "Beware of agents who ask you to fly to Bangkok as a tourist.", []],
    ["an advisory", "Applicants should never travel to Thailand or Cambodia as tourists to take up jobs.", []],
    ["a visitor to the office", "Come to our office as a visitor on Friday.", []],
    ["no place named", "Travel with your family as tourists.", []],
    ["guests who come as tourists", "Hotel guests come to Bangkok as tourists from all over the world.", []],
    ["guests who fly in as tourists", "Our guests fly to Phuket as tourists all year round.", []],
  ])("%s", (_name, description, expected) => {
    expect(familyFlags("travel", description)).toEqual(expected);
  });
});

// "Compensation" owed for breaking the contract is a penalty for leaving (debt bondage), which went
// unread; compensation the employer pays, or for leave not taken, is not.
describe("eng: compensation for breaking the contract", () => {
  it.each<[string, string, string[]]>([
    ["a heading and an amount", "Breaking contract: compensation of 50,000 baht.", ["penaltyForLeaving"]],
    ["compensation for breaking", "Compensation for breaking the contract is 50,000 baht.", ["penaltyForLeaving"]],
    ["damages for leaving", "Damages for leaving before 2 years: 3 months salary.", ["penaltyForLeaving"]],
    ["the employer's severance", "Compensation for termination by the employer: one month salary.", []],
    ["leave not taken", "Compensation for leave not taken is paid at year end.", []],
    ["on resignation, none", "Compensation on resignation: none.", []],
  ])("%s", (_name, description, expected) => {
    expect(familyFlags("fees", description)).toEqual(expected);
  });
});
