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
    // Native and colloquial wording beyond the train ads.
    ["reads a fare paid by the company and free meals", "travel", "Tambang kapal terbang ditanggung, free makan sepanjang kontrak.", ["flightProvided", "foodProvided"]],
    ["reads Manglish 'flight company belanja' and a free room", "travel", "Flight company belanja, free bilik lagi.", ["accommodationProvided", "flightProvided"]],
    ["reads a visa settled by the agent", "travel", "Urusan visa ditanggung ejen, korang datang je.", ["visaProvided"]],
    ["reads a visit pass with the permit sorted over there", "travel", "Masuk dulu guna pas lawatan sosial, permit kerja diuruskan di sana nanti.", ["touristVisa", "workPermitAfterArrival"]],
    ["reads 'no need for a work permit'", "travel", "Tak payah permit kerja, bos uruskan semua.", ["workPermitAfterArrival"]],
    ["reads a visa on arrival", "travel", "Dapat visa ketibaan terus di lapangan terbang.", ["touristVisa"]],
    ["reads 'no need to apply for a visa'", "travel", "Tak perlu mohon visa, pasport cukup.", ["noVisaNeeded"]],
    ["reads departure within days and an airport pickup", "travel", "Fly dalam 3 hari, driver kami tunggu di airport.", ["airportPickup", "urgentDeparture"]],
    ["reads 'fly next week'", "travel", "Passport ready boleh terus fly minggu depan.", ["urgentDeparture"]],
    ["reads pretending to be on holiday", "travel", "Buat-buat macam pelancong, jangan cakap nak kerja.", ["poseAsTourist"]],
    ["reads hiding the job from parents", "travel", "Tak payah bagitahu mak ayah dulu.", ["hideFromFamily"]],
    ["reads a boat crossing off the checkpoint", "travel", "Kita tak lalu imigresen, naik sampan seberang.", ["borderCrossing"]],
    ["reads work overseas", "travel", "Peluang kerja di overseas untuk anak muda.", ["workAbroad"]],
    ["does not read a visitor's work pass (PLKS) as a tourist visa", "travel", "Pekerja asing mesti ada pas lawatan kerja sementara yang sah.", []],
    ["does not read an airfare reimbursed after reporting for duty as a free flight", "travel", "Tambang penerbangan dibayar balik selepas melapor diri.", []],
    ["does not read overseas experience as a job abroad", "travel", "Ada pengalaman kerja di overseas diutamakan.", []],
    ["does not read starting work in two weeks as urgent departure", "travel", "Boleh mula kerja dalam 2 minggu.", []],
    ["reads colloquial no-experience and no-SPM", "requirements", "Takde pengalaman pun takpe, SPM pun tak perlu.", ["noDegree", "noExperience"]],
    ["reads school leavers welcome and anyone can do it", "requirements", "Lepasan SPM dialu-alukan, sesiapa pun boleh buat.", ["noExperience", "noSkills"]],
    ["reads only knowing how to use a phone", "requirements", "Asalkan pandai guna handphone dan taip pantas.", ["computerBasicsOnly", "typingTest"]],
    ["reads looks and height requirements", "requirements", "Perempuan je, muka cantik, tinggi 160cm ke atas.", ["genderOrAppearance"]],
    ["reads a ready passport and a passport scan by WhatsApp", "requirements", "Asalkan ada passport, whatsapp gambar passport kepada admin.", ["passportCopyRequested", "passportRequired"]],
    ["does not read a degree in accounting as minimal requirements", "requirements", "Ijazah perakaunan dan 3 tahun pengalaman.", ["seniorQualifications"]],
    ["reads a registration deposit and a ticket repaid by instalments", "fees", "Kena bayar dulu RM500 duit pendaftaran, tiket ditolak ansuran dari gaji.", ["advanceRepaidFromSalary", "upfrontFee"]],
    ["reads a penalty for quitting early", "fees", "Denda RM5,000 kalau nak berhenti sebelum 6 bulan.", ["penaltyForLeaving"]],
    ["reads all costs covered and no cash out", "fees", "Semua kos ditanggung, x keluar duit langsung.", ["zeroCostClaim"]],
    ["reads 'no fee charged at all' as a no-fee policy", "fees", "Tiada sebarang bayaran dikenakan kepada calon.", ["noFeePolicy"]],
    ["reads 'no need to pay RM500' as zero cost, not as a fee", "fees", "Anda tak perlu bayar RM500 kepada sesiapa.", ["zeroCostClaim"]],
    ["does not read a hotel service charge as a fee", "fees", "Gaji RM1,800 + caj perkhidmatan.", []],
    ["reads a government job-matching scheme", "legitimacy", "Jawatan diiklankan melalui JobsMalaysia dan Penjana Kerjaya.", ["governmentScheme"]],
    ["reads a two-word final interview", "legitimacy", "Temu duga akhir di pejabat Shah Alam.", ["multiStageInterview"]],
    ["reads an employer sponsoring the employment pass", "legitimacy", "Majikan akan menaja employment pass anda.", ["workPermitSponsored"]],
    ["does not read a permit handled over there as sponsored", "legitimacy", "Permit kerja akan diuruskan oleh majikan di sana.", []],
    // A bare "tiada pengalaman" in a list of what the job offers reads as "no experience needed"; a
    // candidate "without experience" who is then turned away does not.
    ["reads a bare 'tiada pengalaman' in a list of perks", "requirements", "Kerja CS di Kemboja, gaji RM8,000, tiada pengalaman, tiket percuma.", ["noExperience"]],
    ["reads 'tiada pengalaman.' at the end of a line", "requirements", "Syarat: umur 18-30, tiada pengalaman.\nHubungi kami.", ["noExperience"]],
    ["does not read candidates without experience who are not eligible", "requirements", "Calon tiada pengalaman, tidak layak memohon.", []],
    ["does not read 'without experience in sales' as no experience needed", "requirements", "Calon yang tiada pengalaman dalam jualan akan dilatih selama 3 bulan.", []],
  ])("%s", (_name, family, description, expected) => {
    expect(familyFlags(family, description)).toEqual(expected);
  });

  it("reads the age range of a talent call", () => {
    expect(extractRequirements(contextFrom({ description: "Cari talent perempuan umur 18-27, berpenampilan menarik." })).ageRange).toEqual({ min: 18, max: 27 });
  });

  it.each<[string, string, string, RoleFamily]>([
    ["reads 'CS' staff in a title as customer service", "Cari 8 org CS untuk pejabat", "Gaji RM2,500", "customer-service"],
    ["reads a kitchen helper as hospitality", "Pembantu Dapur", "Restoran di Ipoh perlukan pembantu dapur", "hospitality"],
    ["reads 'kerja CS' as customer service", "Kerja CS di Kemboja", "Gaji RM8,000, tiket percuma", "customer-service"],
    ["reads 'staf CS' as customer service", "Kekosongan", "Kami perlukan staf CS untuk syif malam", "customer-service"],
    ["reads answering customer messages as chat support", "Kerja pejabat", "Jawab mesej pelanggan je, gaji lumayan", "chat-support"],
    ["reads a Mandarin translator", "Penterjemah Mandarin", "Kilang di Pasir Gudang", "translator"],
    ["reads an online admin as chat support", "Admin Online", "Layan chat customer, gaji lumayan", "chat-support"],
    ["reads typing work", "Kerja Menaip", "Taip je dari rumah", "typing"],
    ["reads an online betting company as casino", "Kerja Kosong", "Syarikat pertaruhan online di Kemboja perlukan staf", "casino"],
  ])("%s", (_name, title, description, family) => {
    expect(extractRole(contextFrom({ title, description })).family).toBe(family);
  });
});

// legitimacy.warnsJobSeekers: two separate cues from pemerdagangan orang, syndicate and forced-work
// vocabulary, reporting to or checking with the police, NSRC 997, JTKSM or Wisma Putra, and warnings aimed at
// job seekers ("orang ramai dinasihatkan"). A lure's borrowed line ("berhati-hati dengan ejen palsu yang
// menggunakan nama kami"), its reassurances ("bukan scam", "bukan ejen haram") must not add up to two.
describe("Malay lexicon (msa): advisories warning job seekers", () => {
  it.each<[string, string, string[]]>([
    ["reads 'the public is advised' against job offers abroad and a police report", "Orang ramai dinasihatkan agar tidak terpedaya dengan tawaran kerja di luar negara bergaji lumayan. Buat laporan polis dengan segera.", ["warnsJobSeekers"]],
    ["reads syndicate victims confined and forced to scam, and NSRC 997", "Ramai mangsa sindiket dikurung dan dipaksa menjadi scammer di Kemboja. Hubungi NSRC di talian 997.", ["warnsJobSeekers"]],
    ["reads a warning against unlicensed agents and checking the agency with JTKSM", "Amaran: berhati-hati dengan ejen tidak berlesen. Semak status lesen agensi pekerjaan di laman rasmi JTKSM sebelum memohon.", ["warnsJobSeekers"]],
    ["reads 'a social visit pass is not for work' and a report to the police", "Pas lawatan sosial tidak boleh digunakan untuk bekerja. Laporkan sebarang tawaran kerja mencurigakan kepada pihak polis.", ["warnsJobSeekers"]],
    ["reads Wisma Putra's advice and 'never hand over your passport'", "Wisma Putra menasihati rakyat Malaysia supaya tidak mudah percaya tawaran kerja di Kemboja. Jangan serahkan pasport kepada ejen.", ["warnsJobSeekers"]],
    ["reads 'only through licensed agencies' and Malaysians sold to scam syndicates", "Orang ramai diingatkan supaya melalui agensi pekerjaan berlesen sahaja. Ramai rakyat Malaysia dijual kepada sindiket scam di Myanmar.", ["warnsJobSeekers"]],
    ["does not read one borrowed line against impostors as an advisory", "Berhati-hati dengan ejen palsu yang menggunakan nama syarikat kami! Tiket, visa, rumah semua free, PM Telegram.", []],
    ["does not read a lure's reassurances and 'no need for a police report'", "Syarikat 100% sah dan berlesen, bukan scam, tiada masalah. Tak payah buat laporan polis. Kami bukan ejen haram.", []],
    ["does not read 'no syndicate, no trafficking' beside a warning", "Berhati-hati dengan tawaran kerja palsu! Ini bukan sindiket penipuan, bukan pemerdagangan orang.", []],
    ["does not read 'don't report anything to the police' beside a warning", "Jangan laporkan apa-apa kepada polis. Berhati-hati dengan tawaran kerja palsu.", []],
    ["does not read one mention of trafficking as an advisory", "Kami menentang pemerdagangan orang. Gaji RM8,000, visa pelancong.", []],
    ["does not count two patterns over one phrase twice", "Ramai mangsa pemerdagangan orang.", []],
    ["does not count NSRC and its hotline number twice", "Hubungi NSRC di talian 997.", []],
    ["does not read 'check our licence with JTK' beside a warning about impostors", "Semak status lesen kami di laman rasmi JTK sebelum memohon. Berhati-hati dengan individu yang menggunakan nama agensi kami.", []],
  ])("%s", (_name, description, expected) => {
    expect(familyFlags("legitimacy", description)).toEqual(expected);
  });
});
