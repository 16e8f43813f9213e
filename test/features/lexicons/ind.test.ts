import { describe, expect, it } from "vitest";
import { familyFlags, type Family } from "./flags.js";
import { contextFrom } from "../../../src/features/evidence.js";
import { extractRequirements } from "../../../src/features/requirements.js";
import { type RoleFamily, extractRole } from "../../../src/features/roles.js";

// Indonesian: the ways posters state each indicator, and look-alikes from ordinary local and licensed
// overseas ads that must stay quiet.
describe("Indonesian lexicon (ind)", () => {
  it.each<[string, Family, string, string[]]>([
    ["reads a ticket bought by the company and free dorm and meals", "travel", "Tiket pesawat dibelikan perusahaan, mess dan makan gratis selama kontrak.", ["accommodationProvided", "flightProvided", "foodProvided"]],
    ["reads a tourist visa with the work permit 'following' after arrival", "travel", "Berangkat pakai visa wisata dulu, izin kerja menyusul setelah sampai.", ["touristVisa", "workPermitAfterArrival"]],
    ["reads work said to be abroad", "travel", "Lowongan kerja luar negeri untuk admin.", ["workAbroad"]],
    ["does not read experience abroad as work abroad", "travel", "Pengalaman kerja di luar negeri diutamakan.", []],
    ["reads coaching to tell immigration it is a holiday", "travel", "Kalau ditanya petugas imigrasi, bilang saja mau liburan ke Bangkok.", ["poseAsTourist"]],
    ["reads an airport pickup and a back-route crossing", "travel", "Sampai bandara langsung dijemput tim kami, lalu lewat jalur belakang ke lokasi.", ["airportPickup", "borderCrossing"]],
    ["reads colloquial 'no visa needed' and departure this week", "travel", "Gak perlu visa, siap berangkat minggu ini.", ["noVisaNeeded", "urgentDeparture"]],
    ["reads abbreviated no-experience, no-diploma, fast typing and a passport", "requirements", "Tnp pengalaman, gak perlu ijazah, yang penting bisa ngetik cepat dan punya paspor.", ["noDegree", "noExperience", "passportRequired", "typingTest"]],
    ["reads a request for ID card and passport photos", "requirements", "Kirim foto KTP dan paspor lewat WA untuk pendaftaran.", ["passportCopyRequested"]],
    ["reads a women-only call with looks", "requirements", "Dicari cewek usia 18-25, wajah cantik.", ["genderOrAppearance"]],
    ["reads a ticket advanced and repaid in instalments from salary", "fees", "Ongkos tiket ditalangi dulu, nanti dicicil dari gaji.", ["advanceRepaidFromSalary"]],
    ["reads a fine for going home early", "fees", "Denda kalau pulang sebelum kontrak habis.", ["penaltyForLeaving"]],
    ["reads a zero-cost promise", "fees", "Semua gratis, tanpa keluar uang sepeser pun.", ["zeroCostClaim"]],
    ["reads a work visa arranged before departure and a two-step interview", "legitimacy", "Visa kerja diurus perusahaan sebelum keberangkatan. Tahapan: interview HR lalu interview user.", ["multiStageInterview", "workPermitSponsored"]],
    ["reads an office-tower floor as an address", "legitimacy", "Kantor kami di Gedung Graha Mulia Lt. 5, Jakarta Selatan.", ["streetAddress"]],
    ["does not read a ticket the applicant pays as a free flight", "travel", "Tiket pesawat ditanggung sendiri oleh pelamar.", []],
    ["does not read a staff shuttle as an airport pickup", "travel", "Tersedia antar-jemput karyawan dari stasiun.", []],
    ["does not read urgent local hiring as urgent departure", "travel", "Dibutuhkan segera admin gudang, penempatan Bekasi.", []],
    ["does not read a work visa processed after arrival as sponsored", "legitimacy", "Visa kerja akan diproses perusahaan setelah kandidat tiba.", []],
    ["does not call computer skills basic next to a bachelor's degree", "requirements", "Bisa mengoperasikan komputer, minimal S1 Teknik Sipil.", ["seniorQualifications"]],
    ["does not read 'no salary deduction for the agency' as a deduction", "fees", "Tidak ada potongan gaji untuk agensi.", []],
    ["does not read a salary paid to a bank account as a fee", "fees", "Gaji dibayar lewat rekening bank tiap bulan.", []],
  ])("%s", (_name, family, description, expected) => {
    expect(familyFlags(family, description)).toEqual(expected);
  });

  it("reads the age range of a women-only call", () => {
    expect(extractRequirements(contextFrom({ description: "Dicari cewek usia 18-25, wajah cantik." })).ageRange).toEqual({ min: 18, max: 25 });
  });

  it.each<[string, string, string, RoleFamily]>([
    ["reads 'CS' in a vacancy title as customer service", "LOWONGAN CS KAMBOJA", "Gaji USD 1.000", "customer-service"],
    ["reads kitchen help as hospitality", "Bagian Dapur Restoran", "Bantu masak dan cuci piring", "hospitality"],
    ["reads an online-slot operator as casino work", "Lowongan", "Dicari operator slot online shift malam", "casino"],
    ["reads a private tutor as a teacher, not an entry-level lure role", "Guru Les Privat Matematika", "Mengajar anak SD", "teacher"],
  ])("%s", (_name, title, description, family) => {
    expect(extractRole(contextFrom({ title, description })).family).toBe(family);
  });
});
