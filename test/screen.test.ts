import { describe, expect, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { BUNDLED_MODEL, InvalidPostingError, MAX_FIELD_LENGTH, ScreeningFailedError, createScreener, safeScreen, screen } from "../src/index.js";
import type { ScoringModel } from "../src/score/model.js";

const LURE = "Customer service in Sihanoukville, 1,500 USD, no experience, free flight and housing, interview on Telegram";
const BANK_TELLER = {
  title: "Bank Teller – Quezon City Branch",
  company: "BDO Unibank, Inc.",
  description:
    "BDO Unibank, Inc. is hiring bank tellers for our Commonwealth Avenue branch. Salary PHP 20,000 per month plus HMO. Requirements: bachelor's degree, 1 year of cash-handling experience. Selection: written exam, panel interview and final interview. Send your CV to careers@bdo.com.ph.",
};

describe("screen()", () => {
  it("bands the reference compound lure high, with evidence on the right words", () => {
    const result = screen(LURE);
    expect(result.band).toBe("high");
    const ids = result.signals.map((s) => s.id);
    expect(ids).toEqual(expect.arrayContaining(["compound-hub-destination", "pay-far-above-benchmark", "interview-on-messaging-app"]));
    const hub = result.signals.find((s) => s.id === "compound-hub-destination")!;
    expect(hub.evidence.map((e) => e.text)).toContain("Sihanoukville");
    for (const signal of result.signals) {
      for (const evidence of signal.evidence) expect(LURE.slice(evidence.start, evidence.end)).toBe(evidence.text);
    }
  });

  it("keeps a job scam that moves no one out of the high band, and says so", () => {
    const scam = "Work from home typing job, earn 500 USD a day from your phone. No experience needed. Pay a 50 USD registration fee in USDT to start. Contact Telegram @easyjob_hr";
    const result = screen(scam);
    expect(result.score).toBeGreaterThanOrEqual(createScreener().model.thresholds.high);
    expect(result.band).toBe("review");
    expect(result.highWithheld).toBe("nothing-moves-or-controls-the-worker");
    // The same ad sending the worker to a compound hub is held.
    const moved = screen(`${scam}. The office is in Sihanoukville, flight provided.`);
    expect(moved.band).toBe("high");
    expect(moved.highWithheld).toBeUndefined();
  });

  it("leaves a high-scoring ad with a recruitment licence for a person to review", () => {
    const lure = "Customer service in Sihanoukville, 1,500 USD, no experience, free flight and housing, interview on Telegram";
    expect(screen(lure).band).toBe("high");
    const licensed = screen(`${lure}. POEA/DMW licence No. DMW-123-LB-03142024-R.`);
    expect(licensed.signals.map((s) => s.id)).toContain("recruitment-licence-shown");
    expect(licensed.score).toBeGreaterThanOrEqual(createScreener().model.thresholds.high);
    expect(licensed.band).toBe("review");
    expect(licensed.highWithheld).toBe("legitimate-recruiter-marker");
  });

  it("damps the markers of a text made of warnings, not of a lure that pastes legitimacy lines, and says which rule did", () => {
    const advisory =
      "PUBLIC ADVISORY: human trafficking syndicates lure job seekers into scam compounds in Cambodia and Myanmar, where victims are held against their will. They promise customer service jobs in Sihanoukville paying USD 1,500 with free flights and no experience needed. Verify every overseas job offer with the DMW before you pay anything. Report illegal recruiters to the police or call the hotline.";
    const factor = createScreener().model.markerDamping!;
    expect(factor).toBeGreaterThan(0);
    expect(factor).toBeLessThan(1);
    const warned = screen(advisory);
    expect(warned.markersDamped).toEqual({ by: ["reads-as-an-advisory"], factor });
    expect(warned.band).toBe("low");
    // Three pasted legitimacy lines under a plain lure: 0.003 (low) when signs of a legitimate recruiter damped the markers (655f04d).
    const pasted = screen(
      "Hiring: Chat support agents for our BPO in Cambodia. Salary USD 1,200, free flight and dormitory, no experience needed. POEA/DMW licence No. DMW-123-LB-03142024-R. SSS, PhilHealth and Pag-IBIG contributions. Contract signed before departure at the DMW office.",
    );
    expect(pasted.markersDamped).toBeUndefined();
    expect(pasted.band).toBe("review");
    const lure = "Customer service in Sihanoukville, 1,500 USD, no experience, free flight and housing, interview on Telegram";
    const hub = (result: typeof warned): number => result.signals.find((s) => s.id === "compound-hub-destination")!.contribution;
    expect(hub(warned)).toBeCloseTo(hub(screen(lure)) * factor, 2);
  });

  it("bands a local bank teller ad with a named employer and market pay low", () => {
    const result = screen(BANK_TELLER);
    expect(result.band).toBe("low");
    expect(result.score).toBeLessThan(0.1);
  });

  it("points evidence at the original characters of obfuscated text", () => {
    const text = "Cu$tomer $ervice in Kamb0dia, fr33 fl1ght, 1,500 USD/month, no experience, apply on T.E.L.E.G.R.A.M @kh_hr";
    const result = screen(text);
    const evidence = result.signals.flatMap((s) => s.evidence);
    expect(evidence.some((e) => e.text === "T.E.L.E.G.R.A.M" || e.text.includes("T.E.L.E.G.R.A.M"))).toBe(true);
    for (const e of evidence) expect(text.slice(e.start, e.end)).toBe(e.text);
  });

  it("carries the package, rule pack and model versions", () => {
    expect(screen(LURE).version).toEqual({ package: expect.any(String), rulePack: expect.stringMatching(/\+[0-9a-f]{8}$/), model: expect.any(String) });
  });

  it("names the keys whose text it did not read, so `{ title, body }` is not scored on its title alone unnoticed", () => {
    const result = screen({ id: "42", title: "Customer Service – Sihanoukville", body: LURE, desc: "", tags: ["a"], notes: "call me" });
    expect(result.ignoredFields).toEqual(["body", "notes"]);
    expect(screen({ id: "42", title: "CSR", description: LURE }).ignoredFields).toBeUndefined();
    expect(screen(LURE).ignoredFields).toBeUndefined();
    const many = Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`extra${i}`, "text"]));
    expect(screen({ title: "CSR", ...many }).ignoredFields).toHaveLength(20);
    const hostile = Object.defineProperty({ title: "CSR", description: LURE }, "trap", { enumerable: true, get: () => { throw new Error("getter ran"); } });
    expect(screen(hostile).ignoredFields).toBeUndefined();
  });

  it("gives identical results for identical input", () => {
    expect(screen(LURE)).toEqual(screen(LURE));
    expect(screen({ description: LURE, title: "CSR" })).toEqual(screen({ title: "CSR", description: LURE }));
  });
});

describe("invalid input", () => {
  it("tells a failure inside the library from a bad posting, without the posting's text", () => {
    let broken = false;
    // A model whose thresholds fail to read once the screener is built: a stand-in for any defect mid-screen.
    const model = new Proxy(BUNDLED_MODEL, {
      get(target, key, receiver) {
        if (broken && key === "thresholds") throw new RangeError("thresholds unreadable");
        return Reflect.get(target, key, receiver) as unknown;
      },
    }) as ScoringModel;
    const screener = createScreener({ model });
    broken = true;
    const posting = "Call Ms Rana on +977 98XXXXXXXX for the hotel job in Pokhara";
    const outcome = screener.safeScreen(posting);
    expect(outcome.success).toBe(false);
    if (outcome.success) return;
    expect(outcome.error).toBeInstanceOf(ScreeningFailedError);
    expect(outcome.error).not.toBeInstanceOf(InvalidPostingError);
    expect((outcome.error as ScreeningFailedError).cause).toBeInstanceOf(RangeError);
    expect(outcome.error.message).not.toMatch(/Rana|977|Pokhara/);
    expect(() => screener.screen(posting)).toThrow(RangeError);
  });

  it("throws InvalidPostingError for a number, and safeScreen returns it", () => {
    expect(() => screen(42)).toThrow(InvalidPostingError);
    const outcome = safeScreen(42);
    expect(outcome.success).toBe(false);
    if (!outcome.success) expect(outcome.error instanceof InvalidPostingError && outcome.error.issues).toEqual([{ path: [], message: "expected a string or a posting object, got number" }]);
  });

  it("lists every problem with its path", () => {
    try {
      screen({ title: 5, description: "x".repeat(MAX_FIELD_LENGTH + 1), language: "english" });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(InvalidPostingError);
      expect((error as InvalidPostingError).issues.map((i) => i.path.join("."))).toEqual(["title", "description", "language"]);
    }
  });

  it("reads a Hindi domestic ad paying in रुपये as a job at home", () => {
    const result = screen("नोएडा में कॉल सेंटर के लिए टेली-कॉलर चाहिए। सैलरी 14,000 रुपये महीना, कोई अनुभव नहीं चाहिए, 12वीं पास। इंटरव्यू व्हाट्सएप पर: 98100 12345।");
    expect(result.features.places.abroad).toBe(false);
    expect(result.band).toBe("low");
  });

  it("says what a field expected and what it received", () => {
    const outcome = safeScreen({ title: 5, description: null, company: ["Acme"] });
    expect(outcome.success).toBe(false);
    if (!outcome.success && outcome.error instanceof InvalidPostingError) {
      expect(outcome.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`)).toEqual([
        "title: Invalid input: expected a string, received a number",
        "description: Invalid input: expected a string, received null",
        "company: Invalid input: expected a string, received an array",
      ]);
    }
  });

  it.each([null, undefined, [], "", "   ", {}, { company: "Acme" }, { title: "" }])("refuses %j without hanging", (input) => {
    expect(() => screen(input)).toThrow(InvalidPostingError);
    expect(safeScreen(input).success).toBe(false);
  });

  it("accepts a field exactly at the size limit", () => {
    expect(safeScreen({ description: "a ".repeat(MAX_FIELD_LENGTH / 2) }).success).toBe(true);
  });
});

describe("createScreener()", () => {
  it("compiles once and screens like screen()", () => {
    const screener = createScreener();
    expect(screener.screen(LURE)).toEqual(screen(LURE));
    expect(screener.safeScreen(LURE)).toEqual({ success: true, data: screen(LURE) });
  });
});

describe("evidence", () => {
  it("shows each phrase once: no span of a signal lies inside another of the same signal", () => {
    // The train split's lures, where markers crowd together.
    const dir = join(__dirname, "../corpus/postings");
    const lures = readdirSync(dir)
      .flatMap((file) => readFileSync(join(dir, file), "utf8").split("\n").filter((line) => line.trim().length > 0))
      .map((line) => JSON.parse(line) as { id: string; label: string; split: string; title?: string; description?: string })
      .filter((record) => record.split === "train" && record.label === "lure");
    const nested: string[] = [];
    for (const { id, title, description } of lures) {
      for (const signal of screen({ title, description }).signals) {
        for (const inner of signal.evidence) {
          const outer = signal.evidence.find((other) => other !== inner && other.field === inner.field && other.start <= inner.start && inner.end <= other.end);
          if (outer) nested.push(`${id} ${signal.id}: "${inner.text}" inside "${outer.text}"`);
        }
      }
    }
    expect(lures.length).toBeGreaterThan(300);
    expect(nested).toEqual([]);
  });
});
