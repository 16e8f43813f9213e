import { describe, expect, it } from "vitest";
import { familyFlags } from "./lexicons/flags.js";

// "Covered by the applicant", "ditanggung pekerja", "por conta do trabalhador", "sagot ng aplikante":
// the worker pays, so nothing is provided. The flag patterns stop at the verb ("covered", "ditanggung",
// "por conta d", "sagot ng"), and until the travel lexicons' after-cues named the worker these read as
// a flight, visa or room the employer provides: a lure marker on an ad saying the opposite.
describe("travel costs the worker bears are not provided", () => {
  it.each<[string, string, string[]]>([
    ["eng: covered by the applicant", "Visa and ticket covered by the applicant.", []],
    ["eng: covered by the worker", "Visa and flight ticket covered by the worker.", []],
    ["eng: paid by the applicant himself", "Accommodation and visa paid by the applicant himself.", []],
    ["eng: arranged by yourself", "Flight and visa arranged by yourself.", []],
    ["ind: ditanggung pekerja sendiri", "Tiket dan visa ditanggung pekerja sendiri.", []],
    ["ind: ditanggung pekerja", "Tiket dan visa ditanggung pekerja.", []],
    ["por: por conta do trabalhador", "Passagem e visto por conta do trabalhador.", []],
    ["por: pagos pelo trabalhador", "Passagem e visto pagos pelo trabalhador.", []],
    ["tgl: sagot ng aplikante", "Pamasahe at visa ay sagot ng aplikante.", []],
  ])("%s", (_name, description, expected) => {
    expect(familyFlags("travel", description)).toEqual(expected);
  });

  // The same words with the employer paying, or the worker as the one who benefits, still read.
  it.each<[string, string, string[]]>([
    ["eng: provided by your employer", "Air ticket, visa and accommodation provided by your employer.", ["accommodationProvided", "flightProvided", "visaProvided"]],
    ["eng: free for all workers", "Free visa and flight for all workers.", ["flightProvided", "visaProvided"]],
    ["eng: covered by the worker's employer is not the worker", "Visa and ticket covered by the worker's employer.", ["flightProvided", "visaProvided"]],
    ["ind: free ticket for workers", "Tiket pesawat gratis untuk pekerja.", ["flightProvided"]],
    ["ind: borne by the company", "Tiket dan visa ditanggung perusahaan.", ["flightProvided", "visaProvided"]],
    ["ind: a worker named after a comma", "Tiket dan visa ditanggung, pekerja cukup membawa paspor.", ["flightProvided", "visaProvided"]],
    ["por: free housing for the worker", "Moradia grátis para o trabalhador.", ["accommodationProvided"]],
    ["por: por conta da empresa", "Passagem e visto por conta da empresa.", ["flightProvided", "visaProvided"]],
    ["tgl: sagot ng kumpanya", "Pamasahe at visa ay sagot ng kumpanya.", ["flightProvided", "visaProvided"]],
  ])("%s", (_name, description, expected) => {
    expect(familyFlags("travel", description)).toEqual(expected);
  });
});
