import { beforeAll, describe, expect, it } from "vitest";
import { familyFlags } from "./flags.js";

// Statutory social insurance (SSS, BPJS, 4대보험, PF and ESI…) is a sign of formal employment, and it
// withholds the high band. A lure that offers cash in hand says the opposite: "BPJS tidak ada", "4대보험
// 미가입", "ประกันสังคมไม่มี". Those denials must not read as the insurance itself, while an ad that
// names the insurance and denies something else in the next words still does.

type Row = [language: string, gloss: string, text: string];

const statutory = (text: string): boolean => familyFlags("legitimacy", text).includes("statutoryBenefits");

describe("statutory insurance a lure denies", () => {
  // The first extraction builds every lexicon; pay for it here rather than in the first row's timeout.
  beforeAll(() => {
    statutory("BPJS Kesehatan dan Ketenagakerjaan");
  }, 60_000);

  it.each<Row>([
    ["eng", "insurances denied as 'no A or B'", "No SSS or PhilHealth, cash salary."],
    ["eng", "insurances 'not included'", "SSS and PhilHealth not included."],
    ["eng", "insurances denied as 'without A/B'", "Without EPF/SOCSO, paid in cash."],
    ["ind", "BPJS that is not there", "BPJS tidak ada, gaji dibayar tunai."],
    ["ind", "BPJS not covered", "BPJS Kesehatan tidak ditanggung perusahaan."],
    ["msa", "EPF and SOCSO that are not there", "KWSP dan SOCSO tiada, gaji tunai."],
    ["tgl", "SSS and PhilHealth that are not there", "SSS at PhilHealth wala, cash ang sahod."],
    ["spa", "social security not included", "Seguro social no incluido, pago en efectivo."],
    ["spa", "social security answered 'no'", "Seguridad social: no."],
    ["por", "a signed work card answered 'no'", "Carteira assinada não, pagamento em dinheiro."],
    ["por", "no INSS", "INSS não tem, pagamento por fora."],
    ["vie", "social insurance answered 'none'", "BHXH: không có, lương trả tiền mặt."],
    ["vie", "social insurance not paid", "BHXH không đóng, nhận lương tiền mặt."],
    ["tha", "social security that is not there", "ประกันสังคมไม่มี จ่ายเงินสด"],
    ["tha", "social security not paid in", "ประกันสังคม ไม่ได้ทำให้ จ่ายสด"],
    ["zho", "five insurances not bought", "不买五险一金，现金发工资"],
    ["zho", "social insurance that is not there", "社保没有，包吃住"],
    ["kor", "the four insurances not enrolled", "4대보험 미가입, 현금 지급"],
    ["kor", "the four insurances crossed out", "4대보험 X, 세금 없이 현금"],
    ["kor", "the four insurances absent", "4대 보험 없음"],
    ["kor", "insurances listed and then not applied", "국민연금, 고용보험 적용 안 됨"],
    ["hin", "PF and ESI that will not be given", "पीएफ और ईएसआई नहीं मिलेगा, सैलरी कैश में।"],
    ["hin", "a PF and ESI facility that will not be given", "पीएफ और ईएसआई की सुविधा नहीं मिलेगी।"],
  ])("%s: does not read %s as statutory insurance", (_language, _gloss, text) => {
    expect(statutory(text)).toBe(false);
  });

  it.each<Row>([
    ["eng", "insurances listed after a no-fee line", "No fees, SSS and PhilHealth provided."],
    ["eng", "insurances in the sentence after a 'no'", "No placement fee. SSS, PhilHealth and Pag-IBIG from day one."],
    ["ind", "BPJS with pay that is never late", "BPJS Kesehatan dan Ketenagakerjaan, gaji tidak pernah telat."],
    ["msa", "EPF and SOCSO, no fee", "KWSP dan SOCSO disediakan. Tiada yuran."],
    ["tgl", "SSS and PhilHealth, no placement fee", "May SSS at PhilHealth. Walang placement fee."],
    ["spa", "social security, no experience needed", "Seguro social desde el primer día, no se requiere experiencia."],
    ["por", "a signed work card, no experience needed", "Carteira assinada. Não exigimos experiência."],
    ["vie", "social insurance, no fee", "Đóng BHXH đầy đủ. Không thu phí."],
    ["tha", "social security, no fee", "มีประกันสังคม ไม่เก็บค่าสมัคร"],
    ["tha", "social security, then 'no application cost'", "มีประกันสังคม ไม่มีค่าใช้จ่ายในการสมัคร"],
    ["zho", "five insurances and housing fund", "缴纳五险一金，包吃住"],
    ["kor", "the four insurances, with no severance pay", "4대보험 가입, 퇴직금 없음"],
    ["kor", "the four insurances in full", "4대보험 완비"],
    ["hin", "PF and ESI given, and no fee", "पीएफ और ईएसआई मिलेगा, कोई फीस नहीं।"],
  ])("%s: still reads %s", (_language, _gloss, text) => {
    expect(statutory(text)).toBe(true);
  });
});
