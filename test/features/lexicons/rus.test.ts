import { describe, expect, it } from "vitest";
import { familyFlags, type Family } from "./flags.js";
import { contextFrom } from "../../../src/features/evidence.js";
import { extractRequirements } from "../../../src/features/requirements.js";
import { type RoleFamily, extractRole } from "../../../src/features/roles.js";

// Russian (Russia and Central Asia): each lure wording next to a look-alike from legitimate ads
// (sponsored work visas issued before the job, warnings against tourist visas, fee-free agencies).
describe("Russian lexicon", () => {
  it.each<[string, Family, string, string[]]>([
    ["reads a ticket the company buys and housing \"включено\"", "travel", "Билеты покупаем мы, проживание включено.", ["accommodationProvided", "flightProvided"]],
    ["reads \"жильё и еда бесплатно\"", "travel", "Жильё и еда бесплатно, кормят три раза в день.", ["accommodationProvided", "foodProvided"]],
    ["reads a work visa made after arrival and entry as a tourist", "travel", "По приезду оформим рабочую визу, сейчас въезжаете как турист.", ["touristVisa", "workPermitAfterArrival"]],
    ["reads coaching at the border", "travel", "Скажите на границе, что едете на отдых.", ["poseAsTourist"]],
    ["reads a departure next week and an airport meeting", "travel", "Вылет на следующей неделе, встретим в аэропорту.", ["airportPickup", "urgentDeparture"]],
    ["reads secrecy from family", "travel", "Держите всё в секрете, никому не говорите.", ["hideFromFamily"]],
    ["does not read a warning against tourist visas", "travel", "Не работайте по туристической визе.", []],
    ["reads \"опыт необязателен, научим с нуля\"", "requirements", "Опыт необязателен, всему научим с нуля.", ["noExperience"]],
    ["reads \"главное — загранпаспорт\"", "requirements", "Главное — наличие загранпаспорта.", ["passportRequired"]],
    ["keeps years of experience and 1C senior", "requirements", "Знание 1С, опыт от 3 лет.", ["seniorQualifications"]],
    ["reads a fee for documents and a reserved place", "fees", "Нужно оплатить 300$ за документы и бронь места до пятницы.", ["upfrontFee"]],
    ["does not read a fee-free agency as a fee", "fees", "Никогда не платите за трудоустройство. Мы не берём денег с кандидатов.", ["noFeePolicy"]],
    ["reads a ticket deducted later and a penalty for leaving early", "fees", "Билет компания покупает, потом вычтут из зарплаты. Если уйдёшь раньше, придётся вернуть деньги за билет.", ["advanceRepaidFromSalary", "penaltyForLeaving"]],
    ["reads \"ни копейки\"", "fees", "Ты не потратишь ни копейки.", ["zeroCostClaim"]],
    ["does not read a work visa promised after arrival as sponsored", "legitimacy", "По приезду оформим рабочую визу.", []],
    ["reads a multi-stage selection", "legitimacy", "Первый этап — HR, второй этап — интервью с руководителем.", ["multiStageInterview"]],
  ])("%s", (_name, family, description, expected) => {
    expect(familyFlags(family, description)).toEqual(expected);
  });

  it.each<[string, string, number | null, number | null]>([
    ["reads \"возраст 18–35\"", "Возраст 18–35, гражданство РФ или РК.", 18, 35],
  ])("%s", (_name, description, min, max) => {
    const range = extractRequirements(contextFrom({ description })).ageRange;
    expect(range === null ? [null, null] : [range.min, range.max]).toEqual([min, max]);
  });

  it.each<[string, string, RoleFamily]>([
    ["reads a support consultant as customer service", "Консультант по работе с клиентами", "customer-service"],
    ["reads a chat manager", "Чат-менеджер (переписка с клиентами)", "chat-support"],
    ["reads a gamer as a game tester", "Геймеры и тестировщики игр", "game-tester"],
    ["does not read a system administrator as admin", "Системный администратор", "other"],
  ])("%s", (_name, title, family) => {
    expect(extractRole(contextFrom({ title })).family).toBe(family);
  });
});
