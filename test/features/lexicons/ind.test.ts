import { describe, expect, it } from "vitest";
import { familyFlags, flagValues, type Family } from "./flags.js";
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
    ["reads abbreviated no-experience, no-diploma, fast typing and a passport", "requirements", "Tnp pengalaman, gak perlu ijazah, yang penting bisa ngetik cepat dan punya paspor.", ["computerBasicsOnly", "noDegree", "noExperience", "passportRequired", "typingTest"]],
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
    // Native wording beyond the first table: informal chat register, abbreviations, misspellings.
    ["reads a ticket already bought and a dorm provided", "travel", "Tiket udah dibeliin, tinggal berangkat. Dapat mess dan makan 3x.", ["accommodationProvided", "flightProvided", "foodProvided", "urgentDeparture"]],
    ["reads the flight cost covered and a free flight out", "travel", "Ongkos pesawat PP ditanggung, diterbangkan gratis dari Soekarno-Hatta.", ["flightProvided"]],
    ["reads a visa made for the worker and a visit visa", "travel", "Visa dibuatin kantor, pakai visa pelancong.", ["touristVisa", "visaProvided"]],
    ["reads visa on arrival in its abbreviation", "travel", "Masuk pakai VOA saja, nanti sampai sana urusan beres.", ["touristVisa"]],
    ["reads 'no need to arrange a visa' in chat register", "travel", "Gak usah ngurus visa, cukup paspor.", ["noVisaNeeded"]],
    ["reads a work permit arranged over there later", "travel", "Izin kerja diurus di sana, visa dirubah jadi visa kerja.", ["workPermitAfterArrival"]],
    ["reads departure within a week written in words", "travel", "Proses kilat, berangkat dalam seminggu.", ["urgentDeparture"]],
    ["reads a flight this week and departure the day after tomorrow", "travel", "Flight minggu ini, yang siap bisa terbang lusa.", ["urgentDeparture"]],
    ["reads someone waiting at the airport", "travel", "Sampai airport nanti ada yang jemput.", ["airportPickup"]],
    ["reads a pickup at the border", "travel", "Kalian dijemput di perbatasan oleh sopir.", ["airportPickup"]],
    ["reads a crossing by speedboat that skips immigration", "travel", "Naik speedboat nyebrang, tidak lewat imigrasi.", ["borderCrossing"]],
    ["reads coaching for the immigration question", "travel", "Kalau ditanya petugas, bilang mau jenguk saudara. Jangan bilang mau kerja.", ["poseAsTourist"]],
    ["reads a return ticket that is only for show", "travel", "Tiket pulang cuma formalitas buat imigrasi.", ["poseAsTourist"]],
    ["reads keeping the job from the family", "travel", "Jangan sampai ortu tahu dulu ya.", ["hideFromFamily"]],
    ["reads 'parents need not know'", "travel", "Orang tua gak usah dikasih tau.", ["hideFromFamily"]],
    ["reads the misspelt 'luar negri' and the LN abbreviation", "travel", "Loker luar negri, kerja di LN gaji dolar.", ["workAbroad"]],
    ["reads a call for migrant-worker candidates", "travel", "Dibutuhkan calon TKW untuk Taiwan.", ["workAbroad"]],
    ["does not read a hotel driver's airport shuttle as a pickup of the recruit", "travel", "Dicari sopir antar jemput bandara untuk hotel di Bali.", []],
    ["does not read 'go straight to work' after interview as a departure", "travel", "Lolos interview langsung berangkat kerja di pabrik Cikarang.", []],
    ["does not read a self-paid ticket as a free flight", "travel", "Biaya pesawat ditanggung sendiri oleh kandidat.", []],
    ["does not read a warning against overseas jobs as work abroad", "travel", "Jangan mudah tergiur loker luar negri di media sosial.", []],
    ["does not read a meal allowance deduction as free food", "travel", "Uang transport dan lembur dibayar bulanan.", []],
    ["reads 'no experience is fine' in several registers", "requirements", "Gak ada pengalaman juga gpp, nanti dilatih dari nol.", ["noExperience"]],
    ["reads 'never worked before is welcome'", "requirements", "Belum pernah kerja boleh daftar.", ["noExperience"]],
    ["reads 'education does not matter' and 'any schooling'", "requirements", "Ijazah tdk penting, lulusan apa saja.", ["noDegree"]],
    ["reads reading and writing as the only skill", "requirements", "Yang penting bisa baca tulis, gak perlu skill.", ["noSkills"]],
    ["reads 'as long as you can type' and 'can use a phone'", "requirements", "Asal bisa ngetik dan bisa pegang HP.", ["computerBasicsOnly"]],
    ["reads basic computer in its loanword order", "requirements", "Syarat: basic komputer, ngerti komputer.", ["computerBasicsOnly"]],
    ["reads looks and height in abbreviations", "requirements", "Dicari cewe good looking, TB min 160 cm.", ["genderOrAppearance"]],
    ["reads a fast-typing requirement in slang", "requirements", "Wajib jago ngetik.", ["typingTest"]],
    ["reads a passport already in hand and a passport upload", "requirements", "Udah punya paspor? Unggah foto paspor di link.", ["passportCopyRequested", "passportRequired"]],
    ["does not read a bachelor's-level admin post as basic-computer-only", "requirements", "Lulusan D4 akuntansi, bisa komputer.", ["seniorQualifications"]],
    ["does not read 'experience required' as none needed", "requirements", "Pengalaman minimal 2 tahun wajib, ijazah S1 diperlukan.", ["seniorQualifications"]],
    ["does not read mixed-gender hiring as a gender requirement", "requirements", "Dibutuhkan pria/wanita untuk staf gudang.", []],
    ["reads a deposit to transfer first and a processing fee", "fees", "Transfer dulu uang deposit Rp 2 juta untuk biaya pemberangkatan.", ["upfrontFee"]],
    ["reads a debt paid back from wages", "fees", "Hutang tiket dicicil dari gaji, bayarnya belakangan.", ["advanceRepaidFromSalary"]],
    ["reads a penalty for resigning", "fees", "Kalau resign sebelum 1 tahun kena denda Rp 20 juta.", ["penaltyForLeaving"]],
    ["reads a no-capital pitch", "fees", "Gratis total, modal niat saja.", ["zeroCostClaim"]],
    ["reads a corporate warning about fee-charging impostors", "fees", "Hati-hati penipuan yang mengatasnamakan perusahaan; kami tidak dikenakan biaya apa pun kepada pelamar.", ["noFeePolicy"]],
    ["does not read fees the employer bears as fees charged", "fees", "Biaya pemberangkatan ditanggung oleh pemberi kerja.", []],
    ["does not read 'no penalty' as a penalty", "fees", "Boleh resign kapan saja tanpa penalti.", []],
    ["does not read 'no deposit' in chat register as a fee", "fees", "Gak ada uang deposit, gak ada biaya registrasi.", []],
    ["reads Japanese and Korean government schemes", "legitimacy", "Program SSW (Tokutei Ginou) dan EPS-TOPIK Korea, terdaftar di BP2MI.", ["governmentScheme"]],
    ["reads a contract signed before the labour office", "legitimacy", "Penandatanganan perjanjian kerja di hadapan Disnaker setempat.", ["writtenContractBeforeTravel"]],
    ["reads a competence test and document screening", "legitimacy", "Tahapan: seleksi berkas, tes kompetensi, lalu interview user.", ["multiStageInterview"]],
    ["reads an address without the dot after Jl and a housing-estate block", "legitimacy", "Kantor: Jl Merdeka no 12, gudang di Perum Griya Asri blok C3.", ["streetAddress"]],
    ["reads a work visa sponsored by the employer in English", "legitimacy", "Working visa ditanggung perusahaan.", ["workPermitSponsored"]],
    // Third pass: wording the earlier tables missed (colon-separated fields, misspellings, "kami yang
    // tanggung" word order, chat register), each with a look-alike that must stay quiet.
    ["reads a career abroad and work overseas", "travel", "Peluang berkarir di luar negeri, lowongan kerja overseas.", ["workAbroad"]],
    ["reads a call for migrant-worker candidates by its acronym", "travel", "Penerimaan CPMI tujuan Taiwan.", ["workAbroad"]],
    ["does not read past overseas experience as work abroad", "travel", "Pernah berkarir di luar negeri menjadi nilai tambah.", []],
    ["reads the departure ticket covered and a free flight", "travel", "Tiket berangkat ditanggung, penerbangan gratis.", ["flightProvided"]],
    ["reads 'we are the ones who pay the ticket'", "travel", "Tiket pesawat kami yang tanggung.", ["flightProvided"]],
    ["reads 'we handle the visa' and travel papers arranged", "travel", "Visa kita yang urus, dokumen keberangkatan diurus perusahaan.", ["visaProvided"]],
    ["reads a facilities line with dorm and meals", "travel", "Fasilitas: mess dan makan.", ["accommodationProvided", "foodProvided"]],
    ["reads meals named before the dorm", "travel", "Makan & mess gratis.", ["accommodationProvided", "foodProvided"]],
    ["reads departure within days in several forms", "travel", "Keberangkatan dalam 7 hari, paling lambat terbang dalam hitungan hari.", ["urgentDeparture"]],
    ["reads a pickup in a transit city by the company's people", "travel", "Sampai Bangkok dijemput perwakilan perusahaan.", ["airportPickup"]],
    ["reads a pickup named by city", "travel", "Nanti dijemput di Phnom Penh.", ["airportPickup"]],
    ["reads 'no work permit needed'", "travel", "Gak perlu work permit, berangkat tanpa izin kerja.", ["workPermitAfterArrival"]],
    ["does not read a warning against working without a permit", "travel", "Jangan bekerja tanpa izin kerja yang sah.", []],
    ["does not read a station pickup as an airport pickup", "travel", "Sopir bertugas menjemput tamu yang dijemput di stasiun.", []],
    ["does not read a self-paid ticket in passive voice as a free flight", "travel", "Tiket pesawat dibayar sendiri oleh pekerja.", []],
    ["reads 'experience: not needed' written as a field", "requirements", "Pengalaman: tidak diperlukan.", ["noExperience"]],
    ["reads 'experience is not a requirement' and 'open to beginners'", "requirements", "Pengalaman bukan syarat, terbuka untuk pemula.", ["noExperience"]],
    ["reads 'trained until you can'", "requirements", "Tidak diwajibkan berpengalaman, dilatih sampai bisa.", ["noExperience"]],
    ["does not read training to mastery next to required experience", "requirements", "Pengalaman minimal 1 tahun, dilatih sampai mahir oleh senior.", []],
    ["reads the misspelt 'ijasah'", "requirements", "Ijasah tidak penting, tanpa ijasah juga bisa.", ["noDegree"]],
    ["reads primary-school leavers welcome", "requirements", "Lulusan SD/SMP juga bisa daftar.", ["noDegree"]],
    ["reads 'education background does not matter' and 'no degree needed'", "requirements", "Tidak memandang latar belakang pendidikan, tidak harus sarjana.", ["noDegree"]],
    ["does not read a non-discrimination line as no degree", "requirements", "Perusahaan tidak memandang agama, suku dan ras.", []],
    ["does not read a lower-secondary minimum as no degree", "requirements", "Pendidikan minimal SMP/SMA sederajat.", []],
    ["reads a 'live' passport and 'who already has one'", "requirements", "Paspor masih hidup, yang sudah ada paspor diutamakan.", ["passportRequired"]],
    ["reads the misspelt 'pasfor' and passport-making help", "requirements", "Wajib punya pasfor, bikin paspor dibantu.", ["passportRequired"]],
    ["reads looks by gender word and body", "requirements", "Dicari cewek cantik, bertubuh langsing, kulit putih.", ["genderOrAppearance"]],
    ["reads a typing test in mixed register", "requirements", "Ada tes typing sebelum berangkat.", ["typingTest"]],
    ["reads 'as long as you want to work'", "requirements", "Yang penting mau kerja.", ["noSkills"]],
    ["reads 'can use WhatsApp' as the only computer skill", "requirements", "Cukup bisa main WA.", ["computerBasicsOnly"]],
    ["reads a wage cut for three months", "fees", "Tiket nanti dipotong 3 bulan gaji.", ["advanceRepaidFromSalary"]],
    ["reads the first salary going to the ticket", "fees", "Gaji bulan pertama untuk mengganti tiket.", ["advanceRepaidFromSalary"]],
    ["reads an instalment of the departure cost", "fees", "Cicilan biaya keberangkatan tiap bulan.", ["advanceRepaidFromSalary", "upfrontFee"]],
    ["does not read statutory payroll deductions as a debt", "fees", "Gaji dipotong BPJS dan PPh 21 sesuai aturan.", []],
    ["reads an agent's fee and payment before departure", "fees", "Fee agen Rp 3 juta, bayar sebelum berangkat.", ["upfrontFee"]],
    ["reads the applicant paying for passport and medical", "fees", "Biaya paspor dan medical ditanggung pelamar.", ["upfrontFee"]],
    ["does not read salary paid early in the month as a fee", "fees", "Gaji dibayar di awal bulan.", []],
    ["does not read a passport fee the company bears as a fee", "fees", "Biaya paspor ditanggung perusahaan.", []],
    ["does not read a medical fee the licensed agency (P3MI) bears as a fee", "fees", "Biaya medical check up ditanggung oleh P3MI.", []],
    ["reads 'not allowed home before the contract ends'", "fees", "Tidak boleh pulang sebelum kontrak habis.", ["penaltyForLeaving"]],
    ["reads a ransom for the passport", "fees", "Kalau mau pulang harus bayar uang tebusan.", ["penaltyForLeaving"]],
    ["does not read leaving before the end of a shift as a penalty", "fees", "Karyawan tidak boleh pulang sebelum jam kerja selesai.", []],
    ["reads 'no levy of any kind'", "fees", "Proses rekrutmen tanpa dipungut biaya, tidak ada pungutan.", ["noFeePolicy"]],
    ["reads a contract signed at the labour office before departure", "legitimacy", "Kontrak kerja ditandatangani di kantor Disnaker.", ["writtenContractBeforeTravel"]],
    ["reads the Triple Win nurse scheme", "legitimacy", "Program Triple Win perawat ke Jerman.", ["governmentScheme"]],
    // Fourth pass (blind batch 17): list-style benefits, chat abbreviations ("gk", "mkn", "jgn bilang2"),
    // hashtags, placement through a "partner office", and the warning look-alikes that must stay quiet.
    ["reads a colon list after 'all covered'", "travel", "Semua ditanggung: tiket, mess, makan 3x.", ["accommodationProvided", "flightProvided", "foodProvided"]],
    ["reads the abbreviated 'mkn' in a plus-joined package", "travel", "Tiket + mess + mkn ditanggung.", ["accommodationProvided", "flightProvided", "foodProvided"]],
    ["reads shared lodging provided", "travel", "Akomodasi bersama disediakan dekat kantor.", ["accommodationProvided"]],
    ["does not read 'all covered by the applicant' as provided", "travel", "Semua ditanggung pelamar: tiket, mess dan makan.", []],
    ["does not read 'all free except the ticket' as a free flight", "travel", "Semua gratis kecuali tiket.", []],
    ["reads a friend promising to ask the boss for the ticket", "travel", "Tiket aku mintain ke bos, tinggal berangkat.", ["flightProvided", "urgentDeparture"]],
    ["reads an office car waiting at the airport", "travel", "Dari bandara Bangkok ada mobil kantor.", ["airportPickup"]],
    ["reads a pickup by the team at the airport", "travel", "Transit Bangkok, dijemput tim di bandara.", ["airportPickup"]],
    ["does not read public transport at the airport as a pickup", "travel", "Di bandara ada mobil travel umum ke kota.", []],
    ["does not read a tour guide meeting guests at the airport as a pickup", "travel", "Sering menjemput tamu di bandara Ngurah Rai dengan mobil kantor.", []],
    ["reads 'don't tell your parents' in chat spelling", "travel", "Jgn bilang2 ortu dulu ya.", ["hideFromFamily"]],
    ["reads 'keep it quiet from the family'", "travel", "Rahasiain dulu dari keluarga.", ["hideFromFamily"]],
    ["does not read a warning that quotes the recruiter's 'don't tell your parents'", "travel", "Hati-hati jika perekrut bilang jangan bilang ke orang tua.", []],
    ["reads overseas-job hashtags", "travel", "#lokerluarnegeri #kerjaluarnegeri", ["workAbroad"]],
    ["reads a destination hashtag", "travel", "Info lengkap DM. #lokerkamboja", ["workAbroad"]],
    ["reads placement at a partner office abroad", "travel", "Dibutuhkan staf untuk ditempatkan di kantor mitra luar negeri.", ["workAbroad"]],
    ["reads a typing job abroad with a word in between", "travel", "Butuh 5 orang buat kerjaan ketik di luar negri.", ["workAbroad"]],
    ["reads a placement in Southeast Asia", "travel", "Staf Admin, penempatan Asia Tenggara.", ["workAbroad"]],
    ["does not read earlier work at a branch abroad as work abroad", "travel", "Pernah bekerja di kantor cabang luar negeri menjadi nilai tambah.", []],
    ["reads work papers done in the destination country", "travel", "Pengurusan dokumen kerja dilakukan di Thailand.", ["workPermitAfterArrival"]],
    ["reads a work permit made 'over there'", "travel", "Pakai visa kunjungan, nanti di sana dibuatin izin kerja.", ["touristVisa", "workPermitAfterArrival"]],
    ["does not read a warning about a permit made over there", "travel", "Waspada! Jangan percaya jika dijanjikan izin kerja dibuatin di sana.", []],
    ["reads 'no need to bother with a visa'", "travel", "Gak usah pusing urus visa.", ["noVisaNeeded"]],
    ["reads 'gk' as a negation for experience, diploma and skills", "requirements", "Gk perlu pengalaman, gk perlu ijazah, gk perlu skill.", ["noDegree", "noExperience", "noSkills"]],
    ["reads 'experience not compulsory' with the negation first", "requirements", "Minimal SMA, tidak wajib pengalaman.", ["noExperience"]],
    ["does not read 'experience compulsory' as none needed", "requirements", "Wajib pengalaman minimal 1 tahun.", []],
    ["does not read 'gk' before 'ada biaya' as a fee", "fees", "Gk ada biaya pendaftaran.", []],
  ])("%s", (_name, family, description, expected) => {
    expect(familyFlags(family, description)).toEqual(expected);
  });

  it("reads the age range of a women-only call", () => {
    expect(extractRequirements(contextFrom({ description: "Dicari cewek usia 18-25, wajah cantik." })).ageRange).toEqual({ min: 18, max: 25 });
  });

  it.each<[string, string, { min: number | null; max: number | null }]>([
    ["an age range after the gender word", "Wanita 18-28 thn, good looking.", { min: 18, max: 28 }],
    ["an age range written with 'dan'", "Usia antara 20 dan 30.", { min: 20, max: 30 }],
    ["'max' spelt the English way", "Umur max 35.", { min: null, max: 35 }],
    ["a minimum age with the word first", "Minimal usia 21 tahun.", { min: 21, max: null }],
    ["'and older'", "Usia 18 tahun ke atas.", { min: 18, max: null }],
  ])("reads %s", (_name, description, expected) => {
    expect(extractRequirements(contextFrom({ description })).ageRange).toEqual(expected);
  });

  it("reads a typing speed given as 'kpm' (words per minute)", () => {
    expect(extractRequirements(contextFrom({ description: "Kecepatan ketik 40 kpm." })).typingSpeed).toBe(40);
  });

  it("does not read a head count after a gender word as an age range", () => {
    expect(extractRequirements(contextFrom({ description: "Dibutuhkan wanita 20-30 orang untuk pabrik garmen." })).ageRange).toBeNull();
  });

  it.each<[string, string, string, RoleFamily]>([
    ["reads 'CS' in a vacancy title as customer service", "LOWONGAN CS KAMBOJA", "Gaji USD 1.000", "customer-service"],
    ["reads kitchen help as hospitality", "Bagian Dapur Restoran", "Bantu masak dan cuci piring", "hospitality"],
    ["reads an online-slot operator as casino work", "Lowongan", "Dicari operator slot online shift malam", "casino"],
    ["reads a private tutor as a teacher, not an entry-level lure role", "Guru Les Privat Matematika", "Mengajar anak SD", "teacher"],
    ["reads a casino dealer as casino work", "Lowongan Dealer Baccarat", "Kerja di kasino luar negeri", "casino"],
    ["reads replying to customers' chats as chat support", "Admin Online", "Tugas: balas chat pelanggan dan member", "chat-support"],
    ["reads a data inputter as data entry", "Penginput Data", "Input data harian", "data-entry"],
    ["reads a game tester", "Lowongan", "Dicari penguji game, kerja dari kantor", "game-tester"],
    ["reads work on a gambling website as casino work", "Lowongan", "Kerja di website judi, shift malam", "casino"],
    ["reads 'judol' masked with an asterisk as casino work", "Dicari Operator J*D0L", "Shift malam", "casino"],
    ["reads an online-game operator as admin work", "Lowongan", "Jadi operator game online, kerja dari kantor", "admin"],
    ["reads 'just play and watch games' as game testing", "Lowongan", "Cuma main & mantau game online", "game-tester"],
    ["reads a typing job in chat register", "Lowongan", "Kerjaan ketik, bisa dari mess", "typing"],
    ["reads replying to prospective buyers' DMs as chat support", "Lowongan", "Tugas membalas DM calon pembeli", "chat-support"],
  ])("%s", (_name, title, description, family) => {
    expect(extractRole(contextFrom({ title, description })).family).toBe(family);
  });
});

// legitimacy.warnsJobSeekers: two separate cues from TPPO, online-scam and forced-work vocabulary, reporting
// to or checking with the police, KBRI/KJRI, BP2MI/KP2MI or Kemnaker, and warnings aimed at job seekers.
// A lure's borrowed line ("hati-hati penipuan yang mengatasnamakan kami"), its reassurances ("bukan scam",
// "tanpa calo") and "no need to report to BP2MI" must not add up to two.
describe("Indonesian lexicon (ind): advisories warning job seekers", () => {
  it.each<[string, string, string[]]>([
    ["reads Kemlu's appeal, TPPO victims held and forced to scam, and a report to KBRI", "Kemlu mengimbau WNI agar tidak mudah tergiur tawaran kerja di luar negeri bergaji tinggi. Banyak korban TPPO disekap dan dipaksa menjadi scammer. Segera laporkan ke KBRI terdekat.", ["warnsJobSeekers"]],
    ["reads a scam-method warning and checking the recruiter in SISKOP2MI", "Waspada modus penipuan lowongan kerja ke luar negeri! Pastikan perusahaan penyalur terdaftar di SISKOP2MI sebelum mendaftar.", ["governmentScheme", "warnsJobSeekers"]],
    ["reads 'visa-free is not for work' and 'don't leave non-procedurally'", "Bebas visa kunjungan tidak dapat digunakan untuk bekerja. Jangan berangkat secara nonprosedural.", ["warnsJobSeekers"]],
    ["reads a warning about high-pay offers and the BP2MI crisis centre", "Hati-hati tawaran kerja ke Kamboja bergaji tinggi. Hubungi Crisis Center BP2MI 0800-1000 jika menemukan lowongan mencurigakan.", ["warnsJobSeekers"]],
    ["reads 'never hand over your passport' and trafficking victims", "Jangan serahkan paspor kepada siapa pun. Banyak PMI nonprosedural menjadi korban perdagangan orang.", ["warnsJobSeekers"]],
    ["reads Kemnaker's reminder to go only through a licensed P3MI and a report to the police", "Kemnaker mengingatkan calon PMI agar hanya berangkat melalui P3MI resmi. Laporkan calo kepada polisi.", ["warnsJobSeekers"]],
    ["does not read one borrowed line against impostors as an advisory", "Hati-hati penipuan yang mengatasnamakan perusahaan kami! Visa turis, tiket gratis, hubungi Telegram kami.", []],
    ["does not read a borrowed warning and 'check this company' as two cues", "Waspadai tawaran kerja palsu yang mengatasnamakan kami. Cek legalitas perusahaan ini di Kemnaker.", []],
    ["does not read a lure's reassurance and 'no need to report to BP2MI'", "Perusahaan 100% legal dan aman, bukan scam. Gak perlu lapor ke BP2MI, berangkat pakai visa turis, tanpa calo.", []],
    ["does not read 'this is no trafficking, no online-scam company' beside a warning", "Hati-hati tawaran kerja palsu! Ini bukan perdagangan orang, bukan perusahaan online scam, 100% legal.", []],
    ["does not read one mention of trafficking as an advisory", "Kami menolak perdagangan orang. Gaji USD 1.000, tanpa pengalaman, visa turis.", []],
    ["does not count two patterns over one phrase twice", "Banyak korban perdagangan orang.", []],
    ["does not count a crisis centre and its number twice", "Hubungi Crisis Center BP2MI 0800-1000.", []],
    ["does not read 'no paperwork at Disnaker or BP2MI' as checking with them", "Tidak perlu mengurus apa pun di Disnaker atau BP2MI karena berangkat sebagai wisatawan.", []],
  ])("%s", (_name, description, expected) => {
    expect(familyFlags("legitimacy", description)).toEqual(expected);
  });
});

// travel/fees.negation.sectionBefore: every item under a header over a list of warning signs ("Ciri-ciri lowongan
// kerja palsu:", "Waspada jika:", "Jangan berangkat jika:") is something to refuse. A lure's own headers
// ("Persyaratan", "Fasilitas", "Benefit") open no such list; a header that runs on into a sentence is an item of
// its own, and a blank line ends the list.
describe("Indonesian lexicon (ind): lists of warning signs", () => {
  it.each<[string, string, Record<string, boolean>]>([
    ["does not read the items under 'signs of a fake job opening'", "Ciri-ciri lowongan kerja palsu:\n- Berangkat pakai visa turis\n- Bayar biaya administrasi Rp 5 juta", { "travel.touristVisa": false, "fees.upfrontFee": false }],
    ["does not read the items under 'beware of offers that'", "Waspadai tawaran kerja yang:\n- Berangkat pakai visa turis\n- Bayar biaya administrasi Rp 5 juta", { "travel.touristVisa": false, "fees.upfrontFee": false }],
    ["does not read the items under 'do not leave if'", "Jangan berangkat jika:\n- Berangkat pakai visa turis", { "travel.touristVisa": false }],
    ["does not read the items under 'how to spot a fake job ad'", "Cara mengenali loker palsu:\n- Bayar biaya administrasi Rp 5 juta", { "fees.upfrontFee": false }],
    ["still reads the same items under 'requirements'", "Persyaratan:\n- Berangkat pakai visa turis\n- Bayar biaya administrasi Rp 5 juta", { "travel.touristVisa": true, "fees.upfrontFee": true }],
    ["still reads the same items under 'benefit'", "Benefit:\n- Bayar biaya administrasi Rp 5 juta\n- visa turis", { "travel.touristVisa": true, "fees.upfrontFee": true }],
    ["still reads the items under 'facilities'", "Fasilitas:\n- Tiket pesawat gratis\n- Mess gratis", { "travel.flightProvided": true, "travel.accommodationProvided": true }],
    ["still reads a line below a header that runs on into a sentence", "Ciri-ciri lowongan kerja palsu sering kita temui di media sosial setiap hari\n- Berangkat pakai visa turis", { "travel.touristVisa": true }],
    ["still reads a line below a lure's borrowed 'beware if' sentence", "Waspada jika ada yang minta uang atas nama kami\n- Berangkat pakai visa turis", { "travel.touristVisa": true }],
    ["reads the offer again after the blank line that ends the list", "Waspada jika:\n- Berangkat pakai visa turis\n\nBerangkat pakai visa turis, tiket gratis.", { "travel.touristVisa": true, "travel.flightProvided": true }],
  ])("%s", (_name, description, expected) => {
    const actual = flagValues(description);
    for (const [flag, value] of Object.entries(expected)) expect(actual[flag], flag).toBe(value);
  });
});
