import { describe, expect, it } from "vitest";
import { contextFrom } from "../../src/features/evidence.js";
import { type FeesFeature, extractFees } from "../../src/features/fees.js";

type Values = Omit<FeesFeature, "evidence" | "evidenceByFlag">;

const NOTHING: Values = {
  upfrontFee: false,
  feeAmount: null,
  paymentChannel: null,
  advanceRepaidFromSalary: false,
  penaltyForLeaving: false,
  zeroCostClaim: false,
  noFeePolicy: false,
};

function values(description: string): Values {
  const { evidence: _evidence, evidenceByFlag: _byFlag, ...rest } = extractFees(contextFrom({ description }));
  return rest;
}

describe("extractFees", () => {
  it.each<[string, string, Partial<Values>]>([
    ["reads 'we never charge placement fees' as a no-fee policy", "We never charge placement fees to applicants.", { noFeePolicy: true }],
    ["reads a placement fee and its amount", "Placement fee: USD 500.", { upfrontFee: true, feeAmount: "USD 500" }],
    ["reads a fee to be paid in USDT", "Send the placement fee in USDT to secure your slot.", { upfrontFee: true, paymentChannel: "crypto" }],
    ["does not read a salary paid to a bank account as a channel", "Salary is credited monthly to your bank account.", {}],
    ["reads a ticket deducted from salary", "The company pays your ticket first; it will be deducted from your salary.", { advanceRepaidFromSalary: true }],
    ["does not read 'never deducted' as a deduction", "Flights are paid by the employer and never deducted.", {}],
    ["reads 'you don't pay a single cent'", "You don't pay a single cent, everything is covered.", { zeroCostClaim: true }],
    ["does not read a course fee as zero cost", "The course fee is USD 200.", {}],
    ["reads the Kenyan processing and visa fee with its amount", "Processing and visa fee KSh 200,000 payable to our agent before departure.", { upfrontFee: true, feeAmount: "KSh 200,000" }],
    ["reads 'we never charge applicants any fee'", "We never charge applicants any fee.", { noFeePolicy: true }],
    ["reads compensation for resigning early", "If you resign before 12 months you must pay compensation of USD 3,000.", { penaltyForLeaving: true }],
    ["does not read a notice period as a penalty", "You may resign with one month's notice.", {}],
    ["reads a visa fee paid by the employer as policy, not as a fee", "Visa fee is paid by the employer.", { noFeePolicy: true }],
    ["does not read 'no placement fee' as a fee", "No placement fee. Employer pays all costs.", { noFeePolicy: true }],
    ["reads an Indonesian registration fee to a personal account", "Bayar biaya pendaftaran Rp 5 juta ke rekening pribadi saya", { upfrontFee: true, feeAmount: "Rp 5 juta", paymentChannel: "personal-account" }],
    ["reads a Vietnamese exit fee and an advance", "Phí xuất cảnh 2.700 USD, ứng trước tiền vé", { upfrontFee: true, feeAmount: "2.700 USD", advanceRepaidFromSalary: true }],
    ["reads a Chinese deposit and breach penalty", "先交押金5000元，违约金3万", { upfrontFee: true, feeAmount: "5000元", penaltyForLeaving: true }],
    ["does not read a Western Union teller vacancy as a payment channel", "Western Union teller needed for our branch", {}],
    ["reads a reservation fee via GCash", "Pay the reservation fee via GCash", { upfrontFee: true, paymentChannel: "gcash" }],
    ["reads a Thai recruitment fee in baht", "ค่าหัวคิว 50,000 บาท", { upfrontFee: true, feeAmount: "50,000 บาท" }],
    ["reads the Malaysian zero-cost bait", "Work in Cambodia, up to RM15,000/month. You don't pay a single sen.", { zeroCostClaim: true }],
    ["reads a Korean lump fee for visa and lodging", "비자·숙소·보험 일괄 대행비 선입금", { upfrontFee: true }],
    ["reads the Chinese 'company pays everything'", "所有费用公司承担，一分钱不用花", { zeroCostClaim: true }],
    ["reads a Tagalog no-fee policy", "Walang placement fee! Hindi kami naniningil ng bayad.", { noFeePolicy: true }],
    ["reads a Spanish advance repaid from salary", "El pasaje se descontará de tu sueldo.", { advanceRepaidFromSalary: true }],
    ["does not read a Thai medical check the company pays as a fee", "บริษัทออกค่าตรวจสุขภาพให้", {}],
    ["reads Indonesian 'tidak dipungut biaya' as a no-fee policy", "Proses rekrutmen tidak dipungut biaya apapun.", { noFeePolicy: true }],
    ["reads a Korean breach penalty", "중도 퇴사 시 위약금 500만 원", { penaltyForLeaving: true }],
  ])("%s", (_name, description, expected) => {
    expect(values(description)).toEqual({ ...NOTHING, ...expected });
  });

  it("points the fee amount evidence at the amount as typed", () => {
    const feature = extractFees(contextFrom({ description: "Reservation fee ₱50,000 via GCash." }));
    expect(feature.feeAmount).toBe("₱50,000");
    expect(feature.evidenceByFlag.feeAmount).toEqual([{ field: "description", start: 16, end: 23, text: "₱50,000" }]);
    expect(feature.evidenceByFlag.paymentChannel?.map((item) => item.text)).toEqual(["GCash"]);
  });
});
