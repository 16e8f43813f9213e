import { describe, expect, it } from "vitest";
import { familyFlags, type Family } from "./flags.js";
import { contextFrom } from "../../../src/features/evidence.js";
import { extractRequirements } from "../../../src/features/requirements.js";
import { type RoleFamily, extractRole } from "../../../src/features/roles.js";

// Spanish (Latin America and Spain): each lure wording next to a look-alike from legitimate ads
// (Chilean "casino" canteens, relocation packages, warnings against tourist visas, local hiring).
describe("Spanish lexicon", () => {
  it.each<[string, Family, string, string[]]>([
    ["reads a board-and-lodging list ending in a plural participle", "travel", "Alojamiento, comida y pasaje pagados por la empresa.", ["accommodationProvided", "flightProvided", "foodProvided"]],
    ["reads a check-mark package", "travel", "vuelo ✔ cuarto ✔ comida ✔ todo pagado", ["accommodationProvided", "flightProvided", "foodProvided"]],
    ["reads 'casa y comida por mi cuenta' and a ticket the recruiter sends", "travel", "Casa y comida por mi cuenta, yo te mando el pasaje.", ["accommodationProvided", "flightProvided", "foodProvided"]],
    ["does not read a hotel describing its own free wifi as housing", "travel", "Hotel, restaurante y spa con wifi gratis para huéspedes.", []],
    ["does not read housing the worker pays for", "travel", "El trabajador debe pagar su propia alimentación y alojamiento.", []],
    ["reads a permit 'sacado allá', entry as a tourist and no visa", "travel", "No necesitas visa, entras como turista y el permiso de trabajo lo sacamos allá.", ["noVisaNeeded", "touristVisa", "workPermitAfterArrival"]],
    ["does not read 'no se viaja como turista' in a sponsored-visa ad", "travel", "La empresa tramita la visa 9(g) antes de tu viaje; no se viaja como turista.", []],
    ["does not read a warning against tourist visas", "travel", "Nunca viaje con visa de turista para trabajar.", []],
    ["reads coaching for migration and an overland transfer", "travel", "Si te preguntan en migración, di que vas de vacaciones. De Bangkok te llevamos por tierra.", ["borderCrossing", "poseAsTourist"]],
    ["reads a flight next Tuesday and an airport pickup", "travel", "Sales en el vuelo del próximo martes; te recogemos en el aeropuerto.", ["airportPickup", "urgentDeparture"]],
    ["reads 'no hace falta experiencia' and 'ni título universitario'", "requirements", "No se requiere experiencia ni título universitario.", ["noDegree", "noExperience"]],
    ["reads basic computer use and fast typing", "requirements", "Solo saber usar computadora y escribir rápido.", ["computerBasicsOnly", "typingTest"]],
    ["keeps a real degree requirement senior", "requirements", "Título universitario en ingeniería y 3 años de experiencia.", ["seniorQualifications"]],
    ["reads full-body photos as an appearance requirement", "requirements", "Manda dos fotos de cuerpo entero y tu estatura.", ["genderOrAppearance"]],
    ["reads a placement fee in USDT", "fees", "Tienes que comprar tu pasaje y pagar USD 800 de gestión de plaza en USDT.", ["upfrontFee"]],
    ["does not read 'no se cobra ninguna tarifa de reclutamiento' as a fee", "fees", "Según el Convenio MLC 2006, no se cobra ninguna tarifa de reclutamiento.", ["noFeePolicy"]],
    ["does not read a Chilean 'cargo de gestión' (a job position) as a fee", "fees", "Buscamos profesional para cargo de gestión comercial.", []],
    ["reads a ticket repaid from salary and a penalty for leaving", "fees", "El pasaje te lo descontamos en cuotas de tu sueldo. Multa de USD 3.000 si renuncias antes.", ["advanceRepaidFromSalary", "penaltyForLeaving"]],
    ["reads 'no pones ni un peso'", "fees", "No pones ni un peso: todo corre por cuenta de la empresa.", ["zeroCostClaim"]],
    ["reads a Colombian street address and a Peruvian RUC", "legitimacy", "Oficina en Carrera 7 # 72-64, Bogotá. RUC 20512345678.", ["registrationNumber", "streetAddress"]],
    ["does not read 'pasaje y pagar USD 800' as a street address", "legitimacy", "Compra tu pasaje y pagar USD 800 al llegar.", []],
    ["reads a work visa the employer sponsors before travel", "legitimacy", "La empresa patrocina la visa de trabajo antes de viajar.", ["workPermitSponsored"]],
  ])("%s", (_name, family, description, expected) => {
    expect(familyFlags(family, description)).toEqual(expected);
  });

  it.each<[string, string, number | null, number | null]>([
    ["reads 'jóvenes de 18 a 30 años'", "Buscamos jóvenes de 18 a 30 años.", 18, 30],
    ["does not read '2 a 5 años de experiencia' as an age range", "Con 2 a 5 años de experiencia en ventas.", null, null],
  ])("%s", (_name, description, min, max) => {
    const range = extractRequirements(contextFrom({ description })).ageRange;
    expect(range === null ? [null, null] : [range.min, range.max]).toEqual([min, max]);
  });

  it.each<[string, string, RoleFamily]>([
    ["reads a game tester title", "Gamer tester – solo jugar y chatear", "game-tester"],
    ["reads a croupier as casino", "Crupier para casino en línea", "casino"],
    ["does not read a Chilean 'ayudante de casino' (canteen) as casino", "Ayudante de casino para empresa minera", "hospitality"],
    ["reads an 'asesor comercial' as sales", "Asesor comercial de inversiones", "sales"],
    ["reads a chat operator", "Operadores de chat en Asia", "chat-support"],
    ["reads a capturista as data entry", "Capturista de datos", "data-entry"],
  ])("%s", (_name, title, family) => {
    expect(extractRole(contextFrom({ title })).family).toBe(family);
  });
});
