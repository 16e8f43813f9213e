import { existsSync, mkdirSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { type Browser, type Page, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUNDLED_RULE_PACK } from "../../src/index.js";
import { buildServer } from "../../src/server/app.js";

// Debian's Chromium, installed by .ci/install-browser; Playwright's own browser download is unavailable here.
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const OUTPUT = "test/output/screenshots";

/**
 * Waits until the page shows an error (holding `text`, when given). Through a locator: a string
 * given to waitForFunction is evaluated inside the page, whose Content-Security-Policy forbids eval,
 * and once the first check had to poll (a slow answer on a loaded machine) it failed with an EvalError.
 */
async function errorShown(page: Page, text?: string): Promise<void> {
  await page.locator("#error", { hasText: text ?? /\S/ }).waitFor({ state: "attached" });
}

const LURE =
  "URGENT: Customer service staff for our office in Sihanoukville, Cambodia. Salary 1,500 USD per month, no experience needed. Free flight and housing. Interview on Telegram @kh_cs_hr, fly next week. Travel as a tourist.";
const LEGIT =
  "BDO Unibank, Inc. is hiring bank tellers for our Commonwealth Avenue branch, Quezon City. Salary PHP 20,000 per month plus HMO. Requirements: bachelor's degree, 1 year of cash-handling experience. Selection: written exam, panel interview and final interview. Send your CV to careers@bdo.com.ph.";

describe.skipIf(process.env.LURESCREEN_SKIP_BROWSER === "1")("the web page in a real browser", () => {
  let app: Awaited<ReturnType<typeof buildServer>>;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: run .ci/install-browser (or set LURESCREEN_SKIP_BROWSER=1 to skip)`);
    mkdirSync(OUTPUT, { recursive: true });
    app = await buildServer();
    await app.listen({ port: 0, host: "127.0.0.1" });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it("shows a lure as high risk with its evidence highlighted, using only local resources", async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
    const external: string[] = [];
    page.on("request", (request) => {
      if (!request.url().startsWith(base)) external.push(request.url());
    });
    await page.goto(base);
    await expect(page.locator("text=is not stored").count()).resolves.toBe(1);
    await page.fill("#text", LURE);
    await page.click("#check");
    await page.waitForSelector("#result:not([hidden])");
    expect(await page.textContent("#band")).toBe("High risk");
    const marks = await page.locator("#ad mark").allTextContents();
    expect(marks.some((m) => m.includes("Sihanoukville"))).toBe(true);
    expect(marks.some((m) => m.includes("Telegram"))).toBe(true);
    await page.screenshot({ path: `${OUTPUT}/page-lure.png`, fullPage: true });
    expect(external).toEqual([]);
    await page.close();
  });

  it("underlines what adds nothing on its own instead of marking it as a warning sign", async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
    await page.goto(base);
    await page.fill("#text", "Warehouse associate in Leeds. Free accommodation provided. Apply at our office, 12 Park Row.");
    await page.click("#check");
    await page.waitForSelector("#result:not([hidden])");
    const noticed = await page.locator("#ad mark.noticed").allTextContents();
    expect(noticed.join("")).toContain("accommodation");
    expect(await page.locator("#ad mark:not(.noticed):not(.good)").count()).toBe(0);
    await page.close();
  });

  it("says why a high score was left for review, in the chosen language", async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
    await page.goto(base);
    await page.selectOption("#lang", "ind");
    await page.fill("#text", `${LURE} DMW licence No. DMW-123-LB-03142024-R.`);
    await page.click("#check");
    await page.waitForSelector("#result:not([hidden])");
    const ui = BUNDLED_RULE_PACK.messages.ind!.ui;
    expect(await page.textContent("#band")).toBe(ui.bandReview);
    expect(await page.textContent("#summary")).toBe(`${ui.summaryReview} ${ui.highWithheldLegitimateRecruiter}`);
    await page.close();
  });

  it("shows a legitimate local ad as low, and works with the keyboard alone", async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 1200 } });
    await page.goto(base);
    await page.focus("#text");
    await page.keyboard.insertText(LEGIT);
    await page.keyboard.press("Tab"); // to "More details"
    await page.keyboard.press("Tab"); // to the button
    await page.keyboard.press("Enter");
    await page.waitForSelector("#result:not([hidden])");
    expect(await page.textContent("#band")).toBe("No strong warning signs found");
    await page.screenshot({ path: `${OUTPUT}/page-legit.png`, fullPage: true });
    await page.close();
  });

  it("switches the explanations and the page to another language", async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
    await page.goto(base);
    await page.selectOption("#lang", "vie");
    await page.fill("#text", LURE);
    await page.click("#check");
    await page.waitForSelector("#result:not([hidden])");
    const vietnamese = BUNDLED_RULE_PACK.messages.vie!;
    expect(await page.textContent("#band")).toBe(vietnamese.ui.bandHigh);
    expect(await page.textContent("#signals")).toContain(vietnamese.rules["compound-hub-destination"]!.title);
    await page.screenshot({ path: `${OUTPUT}/page-lure-vie.png`, fullPage: true });
    await page.close();
  });

  it("explains a highlight on keyboard focus, on a phone-sized screen", async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await page.goto(base);
    await page.fill("#text", LURE);
    await page.tap("#check");
    await page.waitForSelector("#result:not([hidden])");
    const firstMark = page.locator("#ad mark").first();
    await firstMark.focus();
    const tip = firstMark.locator(".tip");
    expect(await tip.isVisible()).toBe(true);
    expect((await tip.textContent())?.length ?? 0).toBeGreaterThan(20);
    const width = (await page.evaluate("document.documentElement.scrollWidth")) as number;
    expect(width).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `${OUTPUT}/page-phone.png`, fullPage: true });
    await page.close();
  });

  // A licensed recruiter's ad (band low): "visa provided" is covered by a reassuring signal and by
  // signals that add nothing alone, and was painted red as a lure word.
  const LICENSED =
    "Hotel Housekeeping Attendants for Dubai, UAE – POEA/DMW Licensed Agency\nGlobal Placement Corp. (DMW-089-LB-120322-R). Salary AED 1,500 + free accommodation, free meals, free air ticket and employment visa provided by the employer.\nZero placement fee. NEVER travel on a tourist or visit visa to work abroad – it is illegal and you will not be protected. We never ask for payment through GCash or Telegram.\nApply at 1234 Taft Avenue, Manila. Email: recruitment@globalplacement.com.ph";
  // "visa" here is evidence both for a combination that raises the score and for a sponsored work visa that lowers it.
  const HOTEL =
    "Guest Relations Officer – 5-star resort, Phuket, Thailand\nWe are looking for English and Chinese-speaking guest relations staff. Salary THB 25,000–30,000/month plus service charge, staff accommodation and meals on duty. Work permit and non-immigrant B visa sponsored by the hotel. 2 years hotel experience required.\nSend your CV to hr@phuketresort.example.com.";

  it("colours a highlight by what the signals covering it do: never red without a signal that raises the score", async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 1400 } });
    await page.goto(base);
    await page.fill("#text", LICENSED);
    await page.click("#check");
    await page.waitForSelector("#result:not([hidden])");
    expect(await page.locator("#ad mark:not(.noticed):not(.good):not(.mixed)").count()).toBe(0);
    // "free air ticket and employment visa" (a list of provisions) and "visa provided" end and start
    // around it, so the visa has a mark of its own.
    const visa = page.locator("#ad mark", { hasText: /^visa/ });
    expect(await visa.getAttribute("class")).toBe("good");
    // The reassuring signal that colours it comes first in its explanation.
    expect(await visa.locator(".tip .dir").first().textContent()).toContain("Lowers the score");

    await page.goto(base);
    await page.fill("#text", HOTEL);
    await page.click("#check");
    await page.waitForSelector("#result:not([hidden])");
    const mixed = page.locator("#ad mark.mixed");
    expect(await mixed.count()).toBeGreaterThan(0);
    const directions = await mixed.first().locator(".tip .dir").allTextContents();
    expect(directions.some((d) => d.includes("Raises the score"))).toBe(true);
    expect(directions.some((d) => d.includes("Lowers the score"))).toBe(true);
    expect(await page.locator("#ad mark.good", { hasText: "non-immigrant B" }).count()).toBe(1);
    await page.screenshot({ path: `${OUTPUT}/page-mixed.png`, fullPage: true });
    await page.close();
  });

  it("shows the service's reason when it refuses an ad, instead of asking to try again", async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 1200 } });
    await page.goto(base);
    await page.fill("#text", "Warehouse associate in Leeds, day shifts. ".repeat(2_500));
    await page.click("#check");
    await errorShown(page);
    const error = (await page.textContent("#error")) ?? "";
    expect(error).toContain("must be at most 100000 characters");
    expect(error).not.toContain("try again");
    expect(error).not.toContain("Warehouse");
    expect(await page.locator("#result").isHidden()).toBe(true);
    await page.close();
  });
});

describe.skipIf(process.env.LURESCREEN_SKIP_BROWSER === "1")("the web page when the service requires an API key", () => {
  let app: Awaited<ReturnType<typeof buildServer>>;
  let browser: Browser;
  let base: string;

  beforeAll(async () => {
    if (!existsSync(CHROMIUM)) throw new Error(`Chromium not found at ${CHROMIUM}: run .ci/install-browser (or set LURESCREEN_SKIP_BROWSER=1 to skip)`);
    app = await buildServer({ apiKey: "s3cret" });
    await app.listen({ port: 0, host: "127.0.0.1" });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}/`;
    browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"] });
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it("asks for the key, says when it is missing or wrong, and checks the ad once it is given", async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 1200 } });
    const keys: (string | undefined)[] = [];
    page.on("request", (request) => {
      if (request.url().includes("/v1/")) keys.push(request.headers()["x-api-key"]);
    });
    await page.goto(base);
    expect(await page.locator("#apikey").isVisible()).toBe(true);
    await page.fill("#text", LURE);
    await page.click("#check");
    await errorShown(page);
    expect(await page.textContent("#error")).toContain("requires an API key");

    await page.fill("#apikey", "wrong");
    await page.click("#check");
    await errorShown(page, "not accepted");

    await page.fill("#apikey", "s3cret");
    await page.click("#check");
    await page.waitForSelector("#result:not([hidden])");
    expect(await page.textContent("#band")).toBe("High risk");
    expect(await page.textContent("#error")).toBe("");
    expect(keys).toEqual([undefined, "wrong", "s3cret"]);
    // Kept in the field only: nothing that outlives the tab or reaches another page.
    expect(await page.evaluate("[sessionStorage.length, localStorage.length, document.cookie, location.href]")).toEqual([0, 0, "", base]);
    await page.close();
  });
});
