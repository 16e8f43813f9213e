import { describe, expect, it } from "vitest";
import { familyFlags, type Family } from "./flags.js";
import { contextFrom } from "../../../src/features/evidence.js";
import { extractRequirements } from "../../../src/features/requirements.js";
import { type RoleFamily, extractRole } from "../../../src/features/roles.js";

// Portuguese (Brazil, Portugal, Angola, Mozambique): each lure wording next to a look-alike from legitimate
// ads (CLT meal vouchers, Pix salaries, FGTS severance, sponsored work visas, warnings against tourist visas).
describe("Portuguese lexicon", () => {
  it.each<[string, Family, string, string[]]>([
    ["reads a ticket, housing and food package that is \"tudo pago\"", "travel", "Passagem + moradia + comida = tudo pago", ["accommodationProvided", "flightProvided", "foodProvided"]],
    ["reads a list with the hotel in the middle", "travel", "Passagem, hotel e alimentação por conta da empresa.", ["accommodationProvided", "flightProvided", "foodProvided"]],
    ["reads living in the company building", "travel", "Eu moro no prédio da empresa e não gasto com nada.", ["accommodationProvided"]],
    ["reads papers sorted out on arrival and coached airport answers", "travel", "Chegando lá a gente resolve os papéis do visto de trabalho. Se perguntarem no aeroporto, diga que veio passear.", ["poseAsTourist", "workPermitAfterArrival"]],
    ["reads a departure next week", "travel", "O grupo embarca na semana que vem, vagas limitadas.", ["urgentDeparture"]],
    ["does not read a warning against tourist visas", "travel", "Nunca viaje com visto de turista para trabalhar no exterior.", []],
    ["reads \"não precisa de visto\"", "travel", "Não precisa de visto para entrar na Tailândia.", ["noVisaNeeded"]],
    ["reads a sponsored work visa without reading a tourist trip", "travel", "Candidatos de fora da UE: tratamos do visto de trabalho antes da viagem.", ["visaProvided"]],
    ["reads \"recém-formados bem-vindos\" and \"qualquer escolaridade\"", "requirements", "Recém-formados são bem-vindos, qualquer escolaridade.", ["noDegree", "noExperience"]],
    ["reads knowing how to use a computer", "requirements", "Só precisa saber usar o computador.", ["computerBasicsOnly"]],
    ["reads \"só precisa de passaporte\"", "requirements", "Só precisa de passaporte, o resto a gente resolve.", ["passportRequired"]],
    ["reads a registration fee paid by Pix", "fees", "Taxa de cadastro de R$ 50 via Pix para garantir sua vaga.", ["upfrontFee"]],
    ["does not read \"não cobramos nenhuma taxa de cadastro\" as a fee", "fees", "Não cobramos nenhuma taxa de cadastro dos candidatos.", ["noFeePolicy"]],
    ["does not read FGTS severance as a penalty for leaving", "fees", "Multa de 40% do FGTS em caso de demissão sem justa causa.", []],
    ["reads a penalty for quitting and a ticket repaid from the salary", "fees", "Se desistir antes de 6 meses, paga multa de US$ 2.000. A passagem é descontada no salário.", ["advanceRepaidFromSalary", "penaltyForLeaving"]],
    ["reads \"não gasta um centavo\"", "fees", "Você não gasta um centavo, tudo por conta da empresa.", ["zeroCostClaim"]],
    ["reads a Mozambican NUIT and a multi-stage process", "legitimacy", "NUIT 400123456. Primeira etapa: triagem; segunda etapa: entrevista técnica.", ["multiStageInterview", "registrationNumber"]],
    ["reads a work visa the employer pays for", "legitimacy", "A empresa patrocina o visto de trabalho antes da viagem.", ["workPermitSponsored"]],
  ])("%s", (_name, family, description, expected) => {
    expect(familyFlags(family, description)).toEqual(expected);
  });

  it.each<[string, string, number | null, number | null]>([
    ["reads \"de 18 a 30 anos\"", "Procuramos modelos de 18 a 30 anos.", 18, 30],
    ["does not read years of experience as an age range", "Experiência de 2 a 5 anos de experiência em vendas.", null, null],
  ])("%s", (_name, description, min, max) => {
    const range = extractRequirements(contextFrom({ description })).ageRange;
    expect(range === null ? [null, null] : [range.min, range.max]).toEqual([min, max]);
  });

  it.each<[string, string, RoleFamily]>([
    ["reads an administrative assistant", "Assistente administrativo", "admin"],
    ["reads a typist as data entry", "Digitador(a) home office", "data-entry"],
    ["reads a sales consultant", "Consultor comercial de investimentos", "sales"],
    ["reads a chat attendant", "Atendente de chat bilíngue", "chat-support"],
  ])("%s", (_name, title, family) => {
    expect(extractRole(contextFrom({ title })).family).toBe(family);
  });
});
