import { describe, expect, it } from "vitest";
import { createScreener } from "../../src/index.js";

const screener = createScreener();

/** The evidence texts of one signal of a screened posting. */
function evidenceOf(posting: { title: string; description: string; language?: string }, id: string): string[] | undefined {
  return screener.screen(posting).signals.find((signal) => signal.id === id)?.evidence.map((item) => item.text);
}

describe("rule evidence from feature paths", () => {
  const lure = {
    title: "Customer care staff in Cambodia",
    description: "Work in Phnom Penh, Cambodia. No experience needed. Age 16-25. Free flight and visa.",
  };

  it("points an age-range rule at the age range, not at every requirement the ad states", () => {
    expect(evidenceOf(lure, "young-age-range")).toEqual(["Age 16-25"]);
  });

  // A visa provided says the job is abroad before the destination does (see `worksAbroad`).
  it("shows the age range and the visa provided as the evidence that minors are taken abroad", () => {
    expect(evidenceOf(lure, "minors-recruited-for-work-abroad")).toEqual(["Age 16-25", "Free flight and visa"]);
  });

  it.each([
    ["an adult lower limit", { ...lure, description: lure.description.replace("16-25", "18-25") }],
    ["a local job", { title: "Weekend shop assistant", description: "Part-time job at our store in Cebu City. Age 16-20, students welcome." }],
    ["a minimum age of 16 read without an upper limit, at home", { title: "Trainee barista", description: "Our café in Quezon City hires trainees. Minimum age 16." }],
  ])("does not read minors taken abroad in %s", (_name, posting) => {
    expect(evidenceOf(posting, "minors-recruited-for-work-abroad")).toBeUndefined();
  });

  it("points a rule at its own words only, not at every word of a family it requires to be absent", () => {
    const posting = {
      title: "Hotel housekeeping staff, Dubai",
      description: "Salary AED 1,800 + free accommodation and meals. Employment visa and work permit sponsored by the employer.",
    };
    // work-permit-sponsored also requires travel.touristVisa == false and travel.workPermitAfterArrival == false.
    expect(evidenceOf(posting, "work-permit-sponsored")).toEqual(["Employment visa and work permit sponsored by the employer"]);
  });

  it("reads a minimum age under 18 for a job abroad", () => {
    const posting = { title: "Typing job in Myawaddy", description: "Work in Myawaddy, Myanmar. Minimum age 16. Food and housing provided." };
    expect(evidenceOf(posting, "minors-recruited-for-work-abroad")).toBeDefined();
  });

  it("points the border-town rule at the town and the role, and reads the destination's kind", () => {
    const posting = { title: "Data entry staff", description: "Our office is in Mae Sot, Tak. Salary 25,000 baht, free dormitory." };
    expect(screener.screen(posting).features.places.destination?.kind).toBe("border-town");
    expect(evidenceOf(posting, "border-town-office-job")).toEqual(["Mae Sot", "Data entry"]);
  });

  it.each([
    ["a shop job in the same town", { title: "Sales assistant", description: "Building-materials shop in Mae Sot, Tak. Room behind the shop." }],
    ["an office job in a hub, which has a rule of its own", { title: "Data entry staff", description: "Our office is in Myawaddy. Free dormitory." }],
  ])("does not read office work in a border town in %s", (_name, posting) => {
    expect(evidenceOf(posting, "border-town-office-job")).toBeUndefined();
  });

  it.each<[string, string, string[]]>([
    // An app named inside a list of warning signs is quoted, not the ad's contact…
    ["an advisory's list", "Red flags:\n- recruiters reachable only on Telegram or WhatsApp\n- free flights\n\nReport such ads to the police.", []],
    // …but a handle or number in the list is still a way to reach someone, and outside a list the app counts.
    ["a handle inside a list", "Red flags:\n- Telegram: @hr_bavet\n- free flights", ["telegram"]],
    ["a link inside a list", "Red flags:\n- t.me/hr_bavet\n- free flights", ["telegram"]],
    ["an ad's own contact line", "Free flights and housing. Contact only on Telegram or WhatsApp.", ["telegram", "whatsapp"]],
  ])("reads messaging apps in %s", (_name, description, apps) => {
    expect(screener.screen({ title: "Notice", description }).features.contacts.messagingApps).toEqual(apps);
  });
});

