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
    // Regional and informal variants (Mexico, Andes, Southern Cone, Spain) next to legitimate look-alikes.
    ["reads an employer paying the ticket and housing 'por cuenta de la empresa'", "travel", "La empresa paga tu pasaje y el hospedaje corre por cuenta de la empresa.", ["accommodationProvided", "flightProvided"]],
    ["reads a return ticket and housing 'sin costo'", "travel", "Boleto aéreo ida y vuelta sin costo; alojamiento sin costo para el personal.", ["accommodationProvided", "flightProvided"]],
    ["reads staff housing 'y comidas'", "travel", "Alojamiento para el personal y comidas.", ["accommodationProvided", "foodProvided"]],
    ["reads 'te damos donde vivir' and a visa the recruiter arranges", "travel", "Te damos donde vivir y la visa la tramitamos nosotros.", ["accommodationProvided", "visaProvided"]],
    ["reads a Spain-style 'visado de turismo' and papers fixed 'allá'", "travel", "Vas con visado de turismo y allá te arreglamos los papeles.", ["touristVisa", "workPermitAfterArrival"]],
    ["reads no visado and a tourist visa switched to a work visa on arrival", "travel", "No se necesita visado, te cambiamos la visa de turista a visa de trabajo al llegar.", ["noVisaNeeded", "touristVisa", "workPermitAfterArrival"]],
    ["reads departure in three days and someone waiting at the airport", "travel", "Viajas en 3 días; alguien te espera en el aeropuerto.", ["airportPickup", "urgentDeparture"]],
    ["reads a drive to the border and a river crossed by boat", "travel", "Te llevamos en carro hasta la frontera y se cruza el río en lancha.", ["borderCrossing"]],
    ["reads migration coaching and secrecy from family", "travel", "Si en migración te preguntan, di que vas de paseo. No lo comentes con tu familia.", ["hideFromFamily", "poseAsTourist"]],
    ["reads slang for work abroad ('chamba en el extranjero')", "travel", "Chamba en el extranjero: vente a trabajar a Tailandia.", ["workAbroad"]],
    ["reads Spanish hotel board and lodging as housing and food only", "travel", "Hotel en Mallorca: alojamiento y manutención para camareros de temporada.", ["accommodationProvided", "foodProvided"]],
    ["does not read airport ramp shifts as a pickup", "travel", "Agente de rampa en el aeropuerto, te esperan turnos rotativos.", []],
    ["does not read a tour guide's clients 'que vienen de turistas' as a tourist visa", "travel", "Guía de turismo: acompañas a los clientes que vienen de turistas a Cusco.", []],
    ["does not read imports from Asia as work abroad", "travel", "Analista de comercio exterior con experiencia en importaciones desde Asia.", []],
    ["does not read sales travel allowances as a free flight", "travel", "Ejecutivo de ventas: viáticos y gastos de viaje cubiertos cuando visitas clientes.", []],
    ["does not read a seasonal programme's warning against a tourist visado", "travel", "Programa de trabajadores temporales: nunca viaje con visado de turista.", []],
    ["reads 'sin exp.', 'cero experiencia', 'solo secundaria' and 'la compu'", "requirements", "Sin exp., cero experiencia, solo secundaria y saber usar la compu.", ["computerBasicsOnly", "noDegree", "noExperience"]],
    ["reads a passport as the only requirement and 'solo ganas de trabajar'", "requirements", "Único requisito: pasaporte. Solo ganas de trabajar.", ["noSkills", "passportRequired"]],
    ["reads 'experiencia: no necesaria' and a passport photo request", "requirements", "Experiencia: no necesaria. Manda foto de tu pasaporte.", ["noExperience", "passportCopyRequested"]],
    ["does not read a completed secondary school plus experience as minimal", "requirements", "Secundaria completa y experiencia de 1 año en atención al cliente.", []],
    ["reads a deposit to reserve a place", "fees", "Para separar tu cupo se depositan 200 dólares por Yape.", ["upfrontFee"]],
    ["reads a stated processing cost and a travel debt 'se paga trabajando'", "fees", "El costo del trámite es de 300 USD y la deuda del viaje se paga trabajando.", ["advanceRepaidFromSalary", "upfrontFee"]],
    ["reads 'si te retiras antes' with a sum and 'todo lo paga la empresa'", "fees", "Si te retiras antes del contrato pagas 5000 dólares. Todo lo paga la empresa.", ["penaltyForLeaving", "zeroCostClaim"]],
    ["does not read a free government programme registration as a fee", "fees", "Programa PTAT: no tienes que pagar la inscripción, el trámite es gratuito.", []],
    ["does not read a sales commission or a registration date as a fee", "fees", "Vendedor con sueldo base más comisión de 5% por venta. Inscripción: 15 de marzo.", []],
    ["does not read a cashier taking Yape payments as a fee", "fees", "Cajero/a para bodega: recibirás pagos por Yape y Plin de los clientes.", []],
    ["reads hiring at origin and an H-2A visa as legitimacy", "legitimacy", "Programa GECCO: contratación en origen con visa H-2A para temporeros.", ["governmentScheme", "workPermitSponsored", "writtenContractBeforeTravel"]],
    // River trips, board deducted under a collective agreement and passport-size photos are ordinary job-ad wording.
    ["does not read a tour guide's boat trip on the river as a border crossing", "travel", "Guía turístico: recorridos en lancha por el río Amazonas con los pasajeros.", []],
    ["does not read taking tourists along the river as a border crossing", "travel", "Los llevamos a pasear por el río en lancha y visitamos comunidades.", []],
    ["still reads a night crossing of the river by the recruiter", "travel", "Te cruzamos por el río de noche, sin pasar por migración.", ["borderCrossing"]],
    ["still reads a boat to the other side", "travel", "Desde Mae Sot vas en bote al otro lado.", ["borderCrossing"]],
    ["does not read room and board deducted under the collective agreement as a travel debt", "fees", "Hotel en Mallorca: el alojamiento y la manutención se descuenta del sueldo según convenio.", []],
    ["does not read housing 'se te descontará del salario' as a travel debt", "fees", "La habitación en residencia de personal se te descontará del salario.", []],
    ["still reads a ticket 'se te descontará del sueldo'", "fees", "El pasaje se te descontará del sueldo.", ["advanceRepaidFromSalary"]],
    ["still reads a flight 'descontado de tu sueldo'", "fees", "El boleto aéreo será descontado de tu sueldo.", ["advanceRepaidFromSalary"]],
    ["does not read a passport-size photo in a document list as a passport copy", "requirements", "Documentos: CV, foto de pasaporte y certificado de antecedentes.", []],
    ["does not read 'foto tamaño pasaporte' as a passport copy", "requirements", "Adjuntar currículum con foto tamaño pasaporte.", []],
    ["still reads a photo of the passport itself", "requirements", "Envía una foto del pasaporte por WhatsApp.", ["passportCopyRequested"]],
    ["still reads a copy of the passport without a possessive", "requirements", "Copia de pasaporte y CV.", ["passportCopyRequested"]],
  ])("%s", (_name, family, description, expected) => {
    expect(familyFlags(family, description)).toEqual(expected);
  });

  it.each<[string, string, number | null, number | null]>([
    ["reads 'jóvenes de 18 a 30 años'", "Buscamos jóvenes de 18 a 30 años.", 18, 30],
    ["does not read '2 a 5 años de experiencia' as an age range", "Con 2 a 5 años de experiencia en ventas.", null, null],
    ["reads 'mayores de 18 y menores de 35'", "Mayores de 18 y menores de 35.", 18, 35],
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
    ["reads a Peruvian 'tipeador' as typing", "Tipeador", "typing"],
    ["reads a 'capturador de datos' as data entry", "Capturador de datos", "data-entry"],
    ["reads an 'agente telefónico' as customer service", "Agente telefónico", "customer-service"],
    ["reads an 'asesor de criptomonedas' as sales", "Asesor de criptomonedas", "sales"],
    ["does not read an 'asesor financiero' as sales", "Asesor financiero", "other"],
  ])("%s", (_name, title, family) => {
    expect(extractRole(contextFrom({ title })).family).toBe(family);
  });
});
