import { existsSync, mkdirSync } from "node:fs";
import type { AddressInfo } from "node:net";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BUNDLED_RULE_PACK } from "../../src/index.js";
import { buildServer } from "../../src/server/app.js";

// Debian's Chromium, installed by .ci/install-browser; Playwright's own browser download is unavailable here.
const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const OUTPUT = "test/output/screenshots";

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
});
