import { describe, expect, it } from "vitest";
import { contextFrom } from "../../src/features/evidence.js";
import { MAX_OTHER_ITEMS, type ProvisionListCues, provisionListSources } from "../../src/features/provision-lists.js";
import { type TravelFlag, extractTravel } from "../../src/features/travel.js";

const PROVISIONS: readonly TravelFlag[] = ["flightProvided", "visaProvided", "accommodationProvided", "foodProvided"];

/** The provision flags the travel extractor sets on a description, sorted. */
function provisions(description: string): TravelFlag[] {
  const travel = extractTravel(contextFrom({ description }));
  return PROVISIONS.filter((flag) => travel[flag]).sort();
}

const ALL_THREE: TravelFlag[] = ["accommodationProvided", "flightProvided", "visaProvided"];

describe("lists of provisions under one word", () => {
  // Each of these read only the first item (or the last) before the lists were read.
  it.each<[string, string, TravelFlag[]]>([
    ["eng: 'Free flight, visa and accommodation'", "Free flight, visa and accommodation.", ALL_THREE],
    ["eng: 'Free visa, ticket and accommodation'", "Free visa, ticket and accommodation.", ALL_THREE],
    ["eng: 'FREE VISA + TICKET + ACCOMMODATION'", "FREE VISA + TICKET + ACCOMMODATION", ALL_THREE],
    ["eng: 'Free air ticket, visa & accommodation'", "Free air ticket, visa & accommodation", ALL_THREE],
    ["eng: 'Free ticket/visa/accommodation'", "Free ticket/visa/accommodation", ALL_THREE],
    ["eng: a list the company will provide", "Visa, flight ticket & accommodation will be provided by the company", ALL_THREE],
    ["eng: four items, food among them", "Free visa, ticket, food & accommodation", ["accommodationProvided", "flightProvided", "foodProvided", "visaProvided"]],
    ["eng: an item that sets nothing inside the list", "Free flight, medical insurance and accommodation.", ["accommodationProvided", "flightProvided"]],
    ["tgl: 'Libreng pamasahe, visa at tirahan'", "Libreng pamasahe, visa at tirahan.", ALL_THREE],
    ["tgl: 'Libre pamasahe, visa, pagkain at tirahan'", "Libre pamasahe, visa, pagkain at tirahan.", ["accommodationProvided", "flightProvided", "foodProvided", "visaProvided"]],
    ["ind: 'Gratis tiket pesawat, visa dan mess'", "Gratis tiket pesawat, visa dan mess.", ALL_THREE],
    ["ind: a list the company bears", "Mess, asuransi dan paspor ditanggung perusahaan.", ["accommodationProvided"]],
    ["msa: 'Tiket kapal terbang, visa dan penginapan percuma'", "Tiket kapal terbang, visa dan penginapan percuma.", ALL_THREE],
    ["vie: 'Miễn phí vé máy bay, visa và chỗ ở'", "Miễn phí vé máy bay, visa và chỗ ở.", ALL_THREE],
    // The last item beside the closing word is the flag patterns' to read, as the first beside an opening one.
    ["vie: a list the company takes care of", "Vé máy bay, visa, chỗ ở được công ty lo hết.", ["flightProvided", "visaProvided"]],
    ["zho: '免费机票、签证和住宿'", "免费机票、签证和住宿", ALL_THREE],
    ["zho: '机票、签证、食宿全包'", "机票、签证、食宿全包", ["accommodationProvided", "flightProvided", "foodProvided", "visaProvided"]],
    ["zho: '提供机票、签证和住宿'", "提供机票、签证和住宿", ["accommodationProvided", "visaProvided"]],
    ["tha: 'ฟรีตั๋วเครื่องบิน วีซ่า และที่พัก'", "ฟรีตั๋วเครื่องบิน วีซ่า และที่พัก", ALL_THREE],
    ["kor: '항공권, 비자, 숙소 무료 제공'", "항공권, 비자, 숙소 무료 제공", ALL_THREE],
    ["kor: '항공권·비자·숙식 전부 회사 부담'", "항공권·비자·숙식 전부 회사 부담", ["accommodationProvided", "flightProvided", "foodProvided", "visaProvided"]],
    ["jpn: '航空券、ビザ、寮は会社負担'", "航空券、ビザ、寮は会社負担", ALL_THREE],
    // After an opener with a colon the first item is read too.
    ["eng: 'Free: flight, visa, accommodation'", "Free: flight, visa, accommodation", ALL_THREE],
    ["eng: 'FREE: Ticket, Visa, Accommodation'", "FREE: Ticket, Visa, Accommodation", ALL_THREE],
    ["spa: 'Gratis: pasaje, visa y alojamiento'", "Gratis: pasaje, visa y alojamiento.", ALL_THREE],
    ["por: 'Grátis: passagem, visto e alojamento'", "Grátis: passagem, visto e alojamento.", ALL_THREE],
    ["zho: '免费：机票、签证、住宿'", "免费：机票、签证、住宿", ALL_THREE],
  ])("reads every item: %s", (_name, description, expected) => {
    expect(provisions(description)).toEqual(expected);
  });

  it.each<[string, string]>([
    ["a list that is not provided", "Visa, ticket and accommodation are not provided."],
    ["a denied free list", "No free flight, visa or accommodation."],
    ["costs deducted from salary", "Flight, visa and accommodation costs will be deducted from salary."],
    ["'feel free to send' documents", "Feel free to send your CV, photo and passport."],
    ["documents that are the applicant's responsibility", "Passport, visa and ticket are your responsibility."],
    ["a list covered by the worker", "Visa, insurance and medical are covered by the worker."],
    ["Indonesian costs the worker bears", "Mess, asuransi dan paspor ditanggung pekerja."],
    ["Thai 'visa-free' beside the word", "ถ้าใครชวนเพื่อนไปด้วยฟรีวีซ่า"],
    ["Chinese housing allowance beside the word", "提供住房补贴，有无经验者优先考虑。"],
    ["a Spanish list not included", "Pasaje, visa y alojamiento no incluidos."],
    ["a Spanish list the worker pays", "Pasaje, visa y seguro corren por cuenta del trabajador."],
    ["a Korean list the worker pays", "항공권, 비자, 보험 개인 부담"],
    ["a Japanese list the worker pays", "航空券、ビザ、保険は自己負担"],
    ["a head over no provision", "Free: shuttle, parking and gym."],
  ])("does not read %s", (_name, description) => {
    expect(provisions(description)).toEqual([]);
  });

  it("does not read a visa named by its kind as a visa provided (Korean 관광비자, a tourist visa)", () => {
    expect(provisions("관광비자, 항공권 무료")).toEqual(["flightProvided"]);
  });

  it("cites the word that governs the list with the item", () => {
    const travel = extractTravel(contextFrom({ description: "Free flight, visa and accommodation." }));
    expect(travel.evidenceByFlag.visaProvided?.map((e) => e.text)).toEqual(["Free flight, visa"]);
    expect(travel.evidenceByFlag.accommodationProvided?.map((e) => e.text)).toEqual(["Free flight, visa and accommodation"]);
  });
});

describe("provisionListSources", () => {
  const cues: ProvisionListCues = {
    items: { flightProvided: { eng: ["tickets?\\b"] }, visaProvided: { eng: ["visas?\\b"] }, other: { eng: ["insurance\\b"] } },
    separators: { eng: [" ?, ?"] },
    before: { eng: ["\\bfree "] },
    after: { eng: [" provided\\b"] },
  };

  it("builds a before and an after pattern per flag with items, none for flags without", () => {
    const sources = provisionListSources(cues);
    expect(sources.flightProvided).toHaveLength(2);
    expect(sources.visaProvided).toHaveLength(2);
    expect(sources.accommodationProvided).toEqual([]);
    expect(sources.foodProvided).toEqual([]);
  });

  it("needs another item between the word and the flag's item, and reads at most MAX_OTHER_ITEMS of them", () => {
    const [before, after] = provisionListSources(cues).visaProvided.map((source) => new RegExp(source));
    expect(before!.test("free visa")).toBe(false);
    expect(before!.test("free ticket, visa")).toBe(true);
    expect(before!.test("free ticket, insurance, visa")).toBe(true);
    const others = Array.from({ length: MAX_OTHER_ITEMS + 1 }, () => "insurance").join(", ");
    expect(before!.exec(`free ${others}, visa`)).toBeNull();
    expect(after!.test("visa provided")).toBe(false);
    expect(after!.test("visa, ticket provided")).toBe(true);
  });

  it("reads the first item too after a head", () => {
    const withHead = provisionListSources({ ...cues, heads: { eng: ["\\bfree ?: ?"] } });
    expect(withHead.visaProvided).toHaveLength(3);
    const head = new RegExp(withHead.visaProvided[2]!);
    expect(head.test("free: visa")).toBe(true);
    expect(head.test("free: ticket, visa")).toBe(true);
    expect(head.test("free visa")).toBe(false);
  });

  it("lists an item that sets two flags once among the items a list may hold", () => {
    const shared: ProvisionListCues = {
      ...cues,
      items: { ...cues.items, accommodationProvided: { eng: ["board\\b"] }, foodProvided: { eng: ["board\\b"] } },
    };
    const [before] = provisionListSources(shared).visaProvided;
    expect(before!.split("board\\b").length - 1).toBe(1);
  });

  it("adds nothing for a language without separators or without either word", () => {
    expect(provisionListSources({ ...cues, separators: {} }).visaProvided).toEqual([]);
    expect(provisionListSources({ ...cues, before: {}, after: {} }).visaProvided).toEqual([]);
    expect(provisionListSources(undefined).visaProvided).toEqual([]);
  });
});
