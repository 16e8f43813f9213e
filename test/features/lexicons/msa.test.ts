import { describe, expect, it } from "vitest";
import { familyFlags, type Family } from "./flags.js";
import { contextFrom } from "../../../src/features/evidence.js";
import { extractRequirements } from "../../../src/features/requirements.js";
import { type RoleFamily, extractRole } from "../../../src/features/roles.js";

// Malay: standard and colloquial (short forms such as "tak", "x", "je", "takpe"), and look-alikes from
// ordinary Malaysian ads and licensed agencies that must stay quiet.
describe("Malay lexicon (msa)", () => {
  it.each<[string, Family, string, string[]]>([
    ["reads ticket, visa and hostel all paid by the company", "travel", "Tiket kapal terbang, visa dan asrama semua syarikat tanggung.", ["accommodationProvided", "flightProvided", "visaProvided"]],
    ["reads a free condo and free meals", "travel", "Penginapan kondo + makan free sepanjang kontrak.", ["accommodationProvided", "foodProvided"]],
    ["reads a tourist visa with the permit sorted after arrival", "travel", "Masuk guna visa pelancong dulu, permit kerja diuruskan selepas sampai.", ["touristVisa", "workPermitAfterArrival"]],
    ["reads coaching to tell immigration it is a holiday", "travel", "Kalau imigresen tanya, cakap nak jalan-jalan dengan kawan.", ["poseAsTourist"]],
    ["reads departure next week and a pickup at the border", "travel", "Berlepas minggu depan, ada orang jemput di sempadan.", ["airportPickup", "urgentDeparture"]],
    ["reads colloquial no-experience, no-SPM and fast typing", "requirements", "Tak perlu exp, SPM pun takpe, boleh taip laju je.", ["noDegree", "noExperience", "typingTest"]],
    ["reads a passport photo sent by WhatsApp", "requirements", "Hantar gambar pasport kat WhatsApp malam ni.", ["passportCopyRequested"]],
    ["reads a women-only talent call with looks", "requirements", "Cari talent perempuan umur 18-27, berpenampilan menarik.", ["genderOrAppearance"]],
    ["reads a ticket advanced by the company and deducted from pay", "fees", "Kos tiket didahulukan oleh syarikat dan dipotong secara ansuran daripada gaji.", ["advanceRepaidFromSalary"]],
    ["reads a not-a-single-cent promise", "fees", "Korang tak perlu keluar satu sen pun, semua percuma.", ["zeroCostClaim"]],
    ["reads a no-fee statement", "fees", "Kami tak kenakan sebarang bayaran kepada calon.", ["noFeePolicy"]],
    ["reads a sponsored employment pass and a contract signed before departure", "legitimacy", "Pas pekerjaan ditaja majikan, kontrak ditandatangani sebelum berlepas.", ["workPermitSponsored", "writtenContractBeforeTravel"]],
    ["reads a written test and a panel interview", "legitimacy", "Proses: ujian bertulis, temuduga panel dan pemeriksaan kesihatan.", ["multiStageInterview"]],
    ["does not read a self-paid ticket as a free flight", "travel", "Tiket ditanggung sendiri, elaun tidak termasuk.", []],
    ["does not read a permit applied for after arrival as sponsored", "legitimacy", "Permit kerja dipohon oleh cawangan selepas calon tiba.", []],
    ["does not read help finding a rented room as free housing", "travel", "Bilik sewa berhampiran boleh dibantu cari.", []],
    ["does not read 'a diploma in any field' as a senior qualification", "requirements", "Diploma dalam apa-apa bidang, fresh graduate digalakkan memohon.", ["noExperience"]],
    ["does not read 'men/women welcome' as a gender restriction", "requirements", "Lelaki/perempuan umur 18-35 dialu-alukan.", []],
    ["does not read salary paid to a bank account as a fee", "fees", "Gaji dibayar setiap 7 haribulan ke akaun bank.", []],
  ])("%s", (_name, family, description, expected) => {
    expect(familyFlags(family, description)).toEqual(expected);
  });

  it("reads the age range of a talent call", () => {
    expect(extractRequirements(contextFrom({ description: "Cari talent perempuan umur 18-27, berpenampilan menarik." })).ageRange).toEqual({ min: 18, max: 27 });
  });

  it.each<[string, string, string, RoleFamily]>([
    ["reads 'CS' staff in a title as customer service", "Cari 8 org CS untuk pejabat", "Gaji RM2,500", "customer-service"],
    ["reads a kitchen helper as hospitality", "Pembantu Dapur", "Restoran di Ipoh perlukan pembantu dapur", "hospitality"],
    ["reads answering customer messages as chat support", "Kerja pejabat", "Jawab mesej pelanggan je, gaji lumayan", "chat-support"],
    ["reads a Mandarin translator", "Penterjemah Mandarin", "Kilang di Pasir Gudang", "translator"],
  ])("%s", (_name, title, description, family) => {
    expect(extractRole(contextFrom({ title, description })).family).toBe(family);
  });
});
