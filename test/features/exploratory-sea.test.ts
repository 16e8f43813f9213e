import { describe, expect, it } from "vitest";
import { screen } from "../../src/index.js";
import { familyFlags } from "./lexicons/flags.js";

// Misreadings found by exploratory testing of Indonesian, Malay, Tagalog and Vietnamese wording.

// Vietnamese text is read with its tones folded, so "đảm bảo an toàn" (ensure safety) and "bảo an"
// (security guard) read as "bao ăn" (meals included). Job-board ads for drivers, site engineers and
// guards say "đảm bảo an toàn" all the time, and each one offered free food.
describe("vie: bảo an is not bao ăn", () => {
  it.each<[string, string, string[]]>([
    ["đảm bảo an toàn (ensure safety)", "Lái xe, đảm bảo an toàn trong quá trình vận chuyển.", []],
    ["đảm bảo an ninh (ensure security)", "Đảm bảo an ninh trật tự tại khu vực được giao.", []],
    ["nhân viên bảo an (security guard)", "Tuyển nhân viên bảo an, lương 7 triệu.", []],
    ["bảo an tòa nhà (building security)", "Bảo an tòa nhà, làm ca đêm.", []],
  ])("%s", (_name, description, expected) => {
    expect(familyFlags("travel", description)).toEqual(expected);
  });

  // Meals included still read, with or without tones, alone or with lodging.
  it.each<[string, string, string[]]>([
    ["bao ăn", "Lương 8 triệu, bao ăn, có chỗ ở.", ["foodProvided"]],
    ["bao an without tones", "luong 8 trieu, bao an, co cho o.", ["foodProvided"]],
    ["chủ bao ăn (the boss feeds you)", "Chủ bao ăn, ngủ tại quán.", ["foodProvided"]],
    ["bao ăn ở (room and board)", "Bao ăn ở tại khu.", ["accommodationProvided", "foodProvided"]],
    ["bao ăn trưa (lunch included)", "Lương 15 triệu, bao ăn trưa.", ["foodProvided"]],
  ])("%s", (_name, description, expected) => {
    expect(familyFlags("travel", description)).toEqual(expected);
  });
});

// An advisory sentence that tells the reader not to trust or take an offer governs the whole offer it
// describes: "Jangan percaya lowongan kerja ke Kamboja dengan gaji tinggi, tiket gratis dan visa
// turis" lists the lure's perks, and the "before" cues reach only three words, so the free ticket and
// the tourist visa further on read as the post's own offer. English has had such clause cues ("Do not
// trust job offers … with free flights and a tourist visa"); these are the same for ind, msa, tgl, vie.
describe("a warning not to trust an offer governs its clause (ind, msa, tgl, vie)", () => {
  it.each<[string, "travel" | "fees", string, string[]]>([
    ["ind: jangan percaya lowongan", "travel", "Jangan percaya lowongan kerja ke Kamboja dengan gaji tinggi, tiket gratis dan visa turis.", []],
    ["ind: jangan tergiur tawaran", "travel", "Jangan tergiur tawaran kerja ke Kamboja dengan tiket gratis dan visa turis.", []],
    ["ind: waspadai tawaran", "travel", "Waspadai tawaran kerja di Kamboja dengan tiket gratis dan visa turis.", []],
    ["ind: fee in the offer warned of", "fees", "Jangan percaya lowongan yang meminta biaya pendaftaran 2 juta lewat DANA.", []],
    ["msa: berhati-hati dengan tawaran", "travel", "Berhati-hati dengan tawaran kerja di Kemboja yang menawarkan tiket percuma dan visa pelancong.", []],
    ["tgl: mag-ingat sa alok", "travel", "Mag-ingat sa alok na trabaho sa Cambodia na may libreng plane ticket at tourist visa.", []],
    ["tgl: huwag magpaloko sa mga alok", "travel", "Huwag magpaloko sa mga alok na trabaho sa Cambodia na tourist visa lang.", []],
    ["vie: cảnh giác với lời mời", "travel", "Cảnh giác với lời mời làm việc tại Campuchia bao vé máy bay, đi bằng visa du lịch.", []],
    ["vie: đừng tin lời mời", "travel", "Đừng tin lời mời việc nhẹ lương cao có bao vé máy bay và đi bằng visa du lịch.", []],
  ])("%s", (_name, family, description, expected) => {
    expect(familyFlags(family, description)).toEqual(expected);
  });

  // A lure's own "don't worry", a warning about others that ends before the offer, a pivot to "we" or
  // "because", and "nội dung tin tuyển dụng" (the content of the job post) keep the offer read.
  it.each<[string, "travel" | "fees", string, string[]]>([
    ["ind: comma right after the warned-of calo", "travel", "Jangan percaya calo, tiket gratis dan visa turis diurus kantor.", ["flightProvided", "touristVisa"]],
    ["ind: jangan ragu", "travel", "Jangan ragu, tiket gratis dan visa turis diurus.", ["flightProvided", "touristVisa"]],
    ["ind: jangan lewatkan lowongan", "travel", "Jangan lewatkan lowongan kerja ke Kamboja dengan tiket gratis dan visa turis.", ["flightProvided", "touristVisa"]],
    ["ind: di sini after the warning", "travel", "Jangan percaya agen lain yang minta biaya mahal, di sini tiket gratis dan visa turis.", ["flightProvided", "touristVisa"]],
    ["ind: karena the company pays", "travel", "Jangan percaya calo yang minta biaya karena tiket pesawat dan visa ditanggung perusahaan.", ["flightProvided", "visaProvided"]],
    ["ind: a new sentence", "travel", "Jangan percaya calo. Tiket gratis dan visa turis diurus kantor.", ["flightProvided", "touristVisa"]],
    ["msa: jangan takut", "travel", "Jangan takut, tiket percuma dan visa pelancong diuruskan.", ["flightProvided", "touristVisa", "visaProvided"]],
    ["tgl: huwag mag-alala", "travel", "Huwag mag-alala, libre ang ticket at tourist visa.", ["flightProvided", "touristVisa"]],
    ["tgl: dahil dito", "travel", "Huwag maniwala sa ibang agency dahil dito libre ang ticket at tourist visa.", ["flightProvided", "touristVisa"]],
    ["vie: đừng tin lời đồn, bên em", "travel", "Đừng tin lời đồn, bên em bao vé máy bay, đi bằng visa du lịch.", ["flightProvided", "touristVisa"]],
    ["vie: nội dung tin tuyển dụng", "travel", "Nội dung tin tuyển dụng: bao vé máy bay, đi bằng visa du lịch.", ["flightProvided", "touristVisa"]],
    ["vie: đừng bỏ lỡ công việc", "travel", "Đừng bỏ lỡ công việc tại Campuchia, bao vé máy bay, đi bằng visa du lịch.", ["flightProvided", "touristVisa"]],
  ])("%s", (_name, family, description, expected) => {
    expect(familyFlags(family, description)).toEqual(expected);
  });
});

// "Hindi kukunin ng employer ang passport mo" (the employer will not take your passport) fired the
// passport-held-by-employer marker: the Tagalog patterns start at the verb, so the denial before it
// was not seen. The same for "hindi hawak ng agency ang passport" and the advice "huwag iiwan ang
// passport mo sa agency" (don't leave your passport with the agency).
describe("tgl: a denial of passport retention is no retention", () => {
  const fires = (description: string): boolean =>
    screen({ description, language: "tgl" }).signals.some((signal) => signal.id === "passport-held-by-employer");

  it.each<[string, string, boolean]>([
    ["hindi kukunin ng employer", "Hindi kukunin ng employer ang passport mo, ikaw ang hahawak nito.", false],
    ["hindi po kukunin ng agency", "Hindi po kukunin ng agency ang pasaporte ninyo.", false],
    ["hindi hawak ng agency", "Hindi hawak ng agency ang passport, nasa iyo ito palagi.", false],
    ["huwag iiwan ang passport sa agency", "Huwag iiwan ang passport mo sa agency o sa employer.", false],
    ["kukunin ng company (the lure)", "Pagdating sa Cambodia, kukunin ng company ang passport mo para sa visa.", true],
    ["hawak ng amo (the lure)", "Libre ang bahay at pagkain. Hawak ng amo ang passport habang may kontrata.", true],
    ["iiwan ang passport sa opisina (the lure)", "Pagdating, iiwan mo ang passport mo sa opisina para sa papeles.", true],
  ])("%s", (_name, description, expected) => {
    expect(fires(description)).toBe(expected);
  });
});

// poseAsTourist is not negatable (a lure's "jangan bilang ke imigrasi" is itself the coaching), so a
// warning or a promise never to coach the worker read as coaching: "Jangan pernah berpura-pura menjadi
// turis", "Tuyệt đối không khai là đi du lịch", "Huwag ninyong sabihin na bakasyon lang". The English
// patterns carry their own negation lookbehind; the ind, msa, tgl and vie ones now do too.
describe("a warning against posing as a tourist is no coaching (ind, msa, tgl, vie)", () => {
  it.each<[string, string, string[]]>([
    ["ind: jangan pernah berpura-pura", "Jangan pernah berpura-pura menjadi turis di imigrasi.", []],
    ["ind: tidak perlu mengaku liburan", "Tidak perlu mengaku liburan ke petugas imigrasi.", []],
    ["msa: jangan berpura-pura sebagai pelancong", "Jangan berpura-pura sebagai pelancong untuk bekerja.", []],
    ["tgl: hindi namin kayo uutusang magkunwari", "Hindi namin kayo uutusang magkunwaring turista sa immigration.", []],
    ["tgl: huwag ninyong sabihin na bakasyon", "Huwag ninyong sabihin na bakasyon lang kung trabaho ang pakay.", []],
    ["vie: tuyệt đối không khai là đi du lịch", "Tuyệt đối không khai là đi du lịch khi xuất cảnh.", []],
    ["vie: không được giả làm khách du lịch", "Không được giả làm khách du lịch.", []],
  ])("%s", (_name, description, expected) => {
    expect(familyFlags("travel", description)).toEqual(expected);
  });

  // The coaching itself, including after a lure's reassurance ("jangan takut", "wag kang kabahan",
  // "không sao đâu"), still reads.
  it.each<[string, string, string[]]>([
    ["ind: pura-pura jadi turis", "Nanti di bandara pura-pura jadi turis ya.", ["poseAsTourist"]],
    ["ind: jangan takut, ngaku turis", "Jangan takut, ngaku turis aja ke imigrasi.", ["poseAsTourist"]],
    ["ind: jangan lupa ngaku liburan", "Jangan lupa ngaku liburan ke petugas.", ["poseAsTourist"]],
    ["msa: buat-buat jadi pelancong", "Buat-buat jadi pelancong je masa lalu imigresen.", ["poseAsTourist"]],
    ["tgl: magkunwaring turista", "Magkunwaring turista ka lang sa immigration.", ["poseAsTourist"]],
    ["tgl: sabihin mo na magbabakasyon", "Sabihin mo na magbabakasyon ka lang.", ["poseAsTourist"]],
    ["vie: không sao đâu, cứ nói là đi du lịch", "Không sao đâu, cứ nói là đi du lịch.", ["poseAsTourist"]],
  ])("%s", (_name, description, expected) => {
    expect(familyFlags("travel", description)).toEqual(expected);
  });
});
