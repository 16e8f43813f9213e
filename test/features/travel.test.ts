import { describe, expect, it } from "vitest";
import { contextFrom } from "../../src/features/evidence.js";
import { type TravelFlag, extractTravel } from "../../src/features/travel.js";

function trueFlags(description: string): TravelFlag[] {
  const { evidence: _evidence, evidenceByFlag: _byFlag, ...flags } = extractTravel(contextFrom({ description }));
  return (Object.entries(flags) as [TravelFlag, boolean][]).filter(([, value]) => value).map(([flag]) => flag).sort();
}

describe("extractTravel", () => {
  it.each<[string, string, TravelFlag[]]>([
    ["reads a departure next week and a free ticket", "Customer service in Cambodia, depart next week! Free ticket.", ["flightProvided", "urgentDeparture"]],
    ["does not read a start date after a permit as urgent", "Start date: 1 March 2027, after your work permit is approved.", []],
    ["reads free accommodation and meals", "Free accommodation and meals provided.", ["accommodationProvided", "foodProvided"]],
    ["does not read an allowance that is not included", "Accommodation allowance is not included.", []],
    ["reads free meals three times a day", "Free meals three times a day.", ["foodProvided"]],
    ["does not read 'lunch is not provided'", "Lunch is not provided.", []],
    ["reads visa processing handled by the company", "Visa processing handled by the company.", ["visaProvided"]],
    ["does not read the right to work as a visa", "Applicants must already hold the right to work in Singapore.", []],
    ["reads an airport pickup and a river crossing", "We will pick you up at the airport and take you across the river to the office.", ["airportPickup", "borderCrossing"]],
    ["does not read a truck route across named borders", "Our trucks cross the Malaysia-Thailand border daily; drivers need a clean licence.", []],
    ["reads 'no visa needed'", "Customer service in Cambodia, no visa needed, free ticket.", ["flightProvided", "noVisaNeeded"]],
    ["reads a visa processed by the employer without calling it unneeded", "Visa and work permit will be processed by the employer before deployment.", ["visaProvided"]],
    ["reads a pickup at a named airport", "Our staff will pick you up at Suvarnabhumi airport.", ["airportPickup"]],
    ["does not read airport parking as a pickup", "Parking at the airport office is free for staff.", []],
    ["reads a tourist visa and a permit after arrival", "You will travel on a tourist visa and the work permit is done after arrival.", ["touristVisa", "workPermitAfterArrival"]],
    ["reads a sponsored employment visa as a visa, not a tourist visa", "We sponsor your employment visa and work permit before you travel.", ["visaProvided"]],
    ["reads a free air ticket", "Free air ticket to Thailand for all selected applicants.", ["flightProvided"]],
    ["does not read flight operations experience as a flight", "Experience in flight operations is an advantage.", []],
    ["reads a permit arranged after arrival", "Kitchen staff for my restaurant in Thailand. Work permit arranged after you arrive.", ["workPermitAfterArrival"]],
    ["does not read a permit approved before departure", "Your work permit is approved before departure; bring the approval letter.", []],
    ["reads travelling as a tourist and hiding the work from immigration", "Travel as a tourist and do not tell immigration you are going to work.", ["poseAsTourist", "touristVisa"]],
    ["does not read declaring employment at immigration", "Your employer will obtain a work visa; declare your employment at immigration.", []],
    ["reads hiding the job from family", "Do not tell your family about this job until you arrive.", ["hideFromFamily"]],
    ["does not read client confidentiality as secrecy", "Please keep client data confidential.", []],
    ["does not read a warning against tourist visas", "Never travel on a tourist visa for work.", []],
    ["keeps a free-accommodation offer after an unpunctuated 'no experience'", "No experience needed free accommodation", ["accommodationProvided"]],
    ["reads the Philippine BPO lure", "FREE board and lodging. Travel as a tourist via Hong Kong; we will brief you before immigration.", ["accommodationProvided", "foodProvided", "poseAsTourist", "touristVisa"]],
    ["reads bao ăn ở in Vietnamese", "Tuyển nhân viên CSKH làm tại Campuchia, bao ăn ở, không cần kinh nghiệm.", ["accommodationProvided", "foodProvided"]],
    ["reads the Chinese package of visa, ticket and board", "包吃包住,公司在马来西亚,签证机票公司全包", ["accommodationProvided", "flightProvided", "foodProvided", "visaProvided"]],
    ["reads the Korean resort lure", "리조트 알바 – 비자 없이 가능! 숙소·항공 제공", ["accommodationProvided", "flightProvided", "noVisaNeeded"]],
    ["reads the Thai admin lure's board", "แอดมินออนไลน์ ตอบแชทลูกค้า มีที่พักและอาหารให้", ["accommodationProvided", "foodProvided"]],
    ["reads the Indonesian lure", "Tiket pesawat & mess GRATIS. Berangkat pakai visa turis, proses cepat.", ["accommodationProvided", "flightProvided", "touristVisa", "urgentDeparture"]],
    ["does not read 'no visa sponsorship' as a visa or as no visa needed", "No visa sponsorship available.", []],
    ["reads libreng plane ticket and no visa in Tagalog", "Libreng plane ticket, hindi na kailangan ng Visa!", ["flightProvided", "noVisaNeeded"]],
    ["reads a night crossing by boat in Malay", "Jumpa di Sungai Golok, naik bot menyeberang sungai waktu malam.", ["borderCrossing"]],
    ["reads 急招 and 接机 in Chinese", "急招！到了机场有人接机", ["airportPickup", "urgentDeparture"]],
    ["reads a tourist visa in Nepali", "पर्यटक भिसामा आउनुहोस्", ["touristVisa"]],
  ])("%s", (_name, description, expected) => {
    expect(trueFlags(description)).toEqual(expected);
  });

  it("gives evidence for each true flag in the original characters", () => {
    const feature = extractTravel(contextFrom({ description: "Vé máy bay miễn phí, bao ăn ở." }));
    expect(feature.evidenceByFlag.flightProvided?.map((item) => item.text)).toEqual(["Vé máy bay miễn phí"]);
    expect(feature.evidenceByFlag.accommodationProvided?.map((item) => item.text)).toEqual(["bao ăn ở"]);
  });
});
