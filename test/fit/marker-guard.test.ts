import { readFileSync, readdirSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  type Classifier,
  type PostingRecord,
  buildRecords,
  changeDirection,
  classifierFor,
  compareRecords,
  diffRecord,
  exitCodeOf,
  flagSide,
  formatComparison,
  loadPostings,
  makeSnapshot,
  parseArgs,
  parseSnapshot,
  signalSide,
} from "../../src/fit/marker-guard.js";
import { BUNDLED_RULE_PACK, createScreener } from "../../src/screen.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

const record = (label: string, overrides: Partial<PostingRecord> = {}): PostingRecord => ({
  label,
  lang: "eng",
  source: "train",
  flags: [],
  signals: [],
  roleFamily: "customer-service",
  advisoryCues: 0,
  ...overrides,
});

const classifier: Classifier = classifierFor();

describe("marker-guard: direction of flags and signals", () => {
  it.each([
    ["travel.touristVisa", "risk"],
    ["fees.upfrontFee", "risk"],
    ["fees.zeroCostClaim", "risk"],
    ["requirements.noExperience", "risk"],
    ["contacts.messagingOnly", "risk"],
    ["roles.entryLevel", "risk"],
    ["legitimacy.streetAddress", "legitimacy"],
    ["legitimacy.licences", "legitimacy"],
    ["legitimacy.noFeePolicy", "legitimacy"],
    // A mitigating rule tests it although it sits in the fees family.
    ["fees.noFeePolicy", "legitimacy"],
    ["requirements.seniorQualifications", "legitimacy"],
    ["contacts.hasCorporateEmail", "legitimacy"],
    ["contacts.hasLandline", "legitimacy"],
  ] as const)("%s is a %s flag", (flag, side) => {
    expect(flagSide(flag, classifier.mitigatingFlags)).toBe(side);
  });

  it.each([
    ["tourist-visa-for-work", "risk"], // marker
    ["free-flight-offered", "risk"], // signal kind: weight 0, still a risk marker
    ["overseas-lure-profile", "risk"], // combination
    ["no-fee-policy", "legitimacy"], // mitigating
    ["reads-as-an-advisory", "legitimacy"],
  ] as const)("signal %s is on the %s side", (id, side) => {
    expect(signalSide(id, ...classifier.ruleKinds)).toBe(side);
  });

  it("reads a removed rule's kind from the snapshot, and gives an unknown rule no side", () => {
    expect(signalSide("gone-rule", ...classifier.ruleKinds)).toBeUndefined();
    expect(signalSide("gone-rule", ...classifierFor(BUNDLED_RULE_PACK, { "gone-rule": "mitigating" }).ruleKinds)).toBe("legitimacy");
  });

  it("every flag a mitigating rule of the bundled pack tests is on the legitimacy side", () => {
    const tested = BUNDLED_RULE_PACK.rules.filter((r) => r.kind === "mitigating").flatMap((r) => (r.when ?? []).filter((p) => p.op === "truthy").map((p) => p.path));
    expect(tested.length).toBeGreaterThan(5);
    for (const path of tested) expect([path, flagSide(path, classifier.mitigatingFlags)]).toEqual([path, "legitimacy"]);
  });

  it.each([
    ["risk", true, "raises"],
    ["risk", false, "lowers"],
    ["legitimacy", true, "lowers"],
    ["legitimacy", false, "raises"],
  ] as const)("a %s marker gained=%s %s suspicion", (side, gained, direction) => {
    expect(changeDirection(side, gained)).toBe(direction);
  });
});

describe("marker-guard: diffing snapshots", () => {
  interface Case {
    name: string;
    before: PostingRecord;
    after: PostingRecord;
    texts: string[];
    listed: boolean;
    lowers: boolean;
    exit: 0 | 1;
    tally?: [item: string, label: "lure" | "legit" | "scam", gained: number, lost: number];
  }
  const cases: Case[] = [
    {
      name: "a lure that loses travel.touristVisa (and its rule) lowers suspicion",
      before: record("lure", { flags: ["contacts.messagingOnly", "travel.touristVisa"], signals: ["messaging-app-only-contact", "tourist-visa-for-work"] }),
      after: record("lure", { flags: ["contacts.messagingOnly"], signals: ["messaging-app-only-contact"] }),
      texts: ["-travel.touristVisa", "-sig:tourist-visa-for-work"],
      listed: true,
      lowers: true,
      exit: 1,
      tally: ["travel.touristVisa", "lure", 0, 1],
    },
    {
      name: "a lure that gains fees.noFeePolicy lowers suspicion",
      before: record("lure", { flags: ["fees.upfrontFee"] }),
      after: record("lure", { flags: ["fees.noFeePolicy", "fees.upfrontFee"], signals: ["no-fee-policy"] }),
      texts: ["+fees.noFeePolicy", "+sig:no-fee-policy"],
      listed: true,
      lowers: true,
      exit: 1,
      tally: ["fees.noFeePolicy", "lure", 1, 0],
    },
    {
      name: "a lure that gains a legitimacy-family flag lowers suspicion",
      before: record("lure"),
      after: record("lure", { flags: ["legitimacy.noFeePolicy"] }),
      texts: ["+legitimacy.noFeePolicy"],
      listed: true,
      lowers: true,
      exit: 1,
      tally: ["legitimacy.noFeePolicy", "lure", 1, 0],
    },
    {
      name: "a lure that gains advisory cues lowers suspicion",
      before: record("lure", { advisoryCues: 0 }),
      after: record("lure", { advisoryCues: 2 }),
      texts: ["advisoryCues 0→2"],
      listed: true,
      lowers: true,
      exit: 1,
      tally: ["advisoryCues", "lure", 1, 0],
    },
    {
      name: "a lure that gains a risk flag is listed but passes",
      before: record("lure"),
      after: record("lure", { flags: ["travel.touristVisa"], signals: ["tourist-visa-for-work"] }),
      texts: ["+travel.touristVisa", "+sig:tourist-visa-for-work"],
      listed: true,
      lowers: false,
      exit: 0,
    },
    {
      name: "a lure whose role family changes is listed but has no direction",
      before: record("lure", { roleFamily: "customer-service" }),
      after: record("lure", { roleFamily: "other" }),
      texts: ["roles.family customer-service→other"],
      listed: true,
      lowers: false,
      exit: 0,
      tally: ["roles.family=other", "lure", 1, 0],
    },
    {
      name: "a legitimate text that gains a legitimacy marker is counted, not a failure",
      before: record("legit", { flags: ["fees.upfrontFee"] }),
      after: record("legit", { flags: ["fees.upfrontFee", "legitimacy.streetAddress"], signals: ["street-address-given"] }),
      texts: ["+legitimacy.streetAddress", "+sig:street-address-given"],
      listed: false,
      lowers: true,
      exit: 0,
      tally: ["legitimacy.streetAddress", "legit", 1, 0],
    },
    {
      name: "a scam that loses a risk flag is counted, not a failure",
      before: record("scam", { flags: ["fees.upfrontFee"] }),
      after: record("scam"),
      texts: ["-fees.upfrontFee"],
      listed: false,
      lowers: true,
      exit: 0,
      tally: ["fees.upfrontFee", "scam", 0, 1],
    },
    {
      name: "an unchanged lure gives nothing",
      before: record("lure", { flags: ["travel.touristVisa"], signals: ["tourist-visa-for-work"], advisoryCues: 2 }),
      after: record("lure", { flags: ["travel.touristVisa"], signals: ["tourist-visa-for-work"], advisoryCues: 2 }),
      texts: [],
      listed: false,
      lowers: false,
      exit: 0,
    },
  ];

  it.each(cases)("$name", ({ before, after, texts, listed, lowers, exit, tally }) => {
    const changes = diffRecord(before, after, classifier);
    expect([...new Set(changes.map((c) => c.text))]).toEqual(texts);
    expect(changes.some((c) => c.direction === "lowers")).toBe(lowers);

    const comparison = compareRecords({ "x-1": before, "x-2": record("lure") }, { "x-1": after, "x-2": record("lure") }, classifier);
    expect(comparison.compared).toBe(2);
    expect(comparison.changedLures.map((l) => l.id)).toEqual(listed ? ["x-1"] : []);
    expect(exitCodeOf(comparison)).toBe(exit);
    if (tally) {
      const [item, label, gained, lost] = tally;
      expect(comparison.tally.get(item)?.[label]).toEqual({ gained, lost });
    }
    if (texts.length === 0) expect(comparison.tally.size).toBe(0);
    const report = formatComparison(comparison, classifier).join("\n");
    if (listed) expect(report).toContain(`${exit === 1 ? "!" : " "} x-1 [train, eng] ${texts.join(" ")}`);
    else expect(report).toContain("no lure changed");
  });

  it("compares only ids on both sides and lists the others by count", () => {
    const comparison = compareRecords({ a: record("lure"), gone: record("lure", { flags: ["travel.touristVisa"] }) }, { a: record("lure"), fresh: record("legit") }, classifier);
    expect(comparison.compared).toBe(1);
    expect(comparison.onlyBefore).toEqual(["gone"]);
    expect(comparison.onlyAfter).toEqual(["fresh"]);
    expect(exitCodeOf(comparison)).toBe(0);
  });

  it("a snapshot survives writing and reading, and other JSON is refused", () => {
    const records = { a: record("lure", { flags: ["travel.touristVisa"] }) };
    const snapshot = parseSnapshot(JSON.stringify(makeSnapshot(records, ["eng"])));
    expect(snapshot.records).toEqual(records);
    expect(snapshot.langs).toEqual(["eng"]);
    expect(snapshot.ruleKinds["no-fee-policy"]).toBe("mitigating");
    expect(() => parseSnapshot(JSON.stringify({ records }))).toThrow(/not a marker-guard snapshot/);
  });
});

describe("marker-guard: arguments", () => {
  it.each([
    [[], { langs: null, help: false }],
    [["--lang", "hin,nep"], { langs: ["hin", "nep"], help: false }],
    [["--save", "b.json"], { langs: null, help: false, save: "b.json" }],
    [["--against", "b.json", "--lang", "kor"], { langs: ["kor"], help: false, against: "b.json" }],
    [["--help"], { langs: null, help: true }],
  ])("%j", (argv, expected) => {
    expect(parseArgs(argv)).toEqual(expected);
  });

  it.each([[["--save"]], [["--lang", "--save", "x"]], [["--save", "a", "--against", "b"]], [["--sav", "a"]]])("refuses %j", (argv) => {
    expect(parseArgs(argv)).toHaveProperty("error");
  });
});

describe("marker-guard: records of real screening", () => {
  it("records the flags, signals and role of hand-written postings", () => {
    const postings = [
      {
        id: "t-lure",
        label: "lure",
        lang: "eng",
        source: "test",
        posting: {
          title: "Chat support staff, Cambodia",
          text: "Salary 1500 USD a month. Typing speed 30 wpm. Pay a 200 USD processing fee by GCash first. We give you a tourist visa and a free flight. Apply on Telegram only.",
        },
      },
      {
        id: "t-legit",
        label: "legit",
        lang: "eng",
        source: "test",
        posting: { title: "Accounts assistant", text: "Our firm in Pune hires an accounts assistant with a commerce degree and three years of experience. Email careers@pune-ledger.example.in" },
      },
      { id: "t-empty", label: "scam", lang: "eng", source: "test", posting: { title: "   " } },
    ];
    const records = buildRecords(postings, createScreener());
    const lure = records["t-lure"]!;
    expect(lure.flags).toContain("travel.touristVisa");
    expect(lure.flags).toContain("contacts.messagingOnly");
    expect(lure.flags).toContain("fees.upfrontFee");
    // Only boolean values are flags: the fee amount, payment channel and typing speed are not.
    for (const notAFlag of ["fees.feeAmount", "fees.paymentChannel", "requirements.typingSpeed", "fees.evidenceByFlag"]) expect(lure.flags).not.toContain(notAFlag);
    expect(lure.signals).toContain("tourist-visa-for-work");
    expect(lure.flags).toEqual([...lure.flags].sort());
    expect(lure.flags.every((flag) => /^(travel|fees|requirements|legitimacy|contacts|roles)\.[A-Za-z]+$/.test(flag))).toBe(true);
    expect(lure.advisoryCues).toBe(0);
    expect(lure.roleFamily).toBe("chat-support");
    const legit = records["t-legit"]!;
    expect(legit.flags).not.toContain("travel.touristVisa");
    expect(legit.flags).toContain("contacts.hasCorporateEmail");
    expect(records["t-empty"]).toMatchObject({ invalid: true, flags: [], signals: [] });
    // Screening the same postings twice moves nothing.
    const again = compareRecords(records, buildRecords(postings), classifier);
    expect(again.tally.size).toBe(0);
    expect(exitCodeOf(again)).toBe(0);
  });

  it("reads the train split and the fixtures' lures, never the test split", () => {
    const postings = loadPostings(root, ["nep"]);
    expect(postings.length).toBeGreaterThan(100);
    expect(postings.every((p) => p.lang === "nep")).toBe(true);
    expect(new Set(postings.map((p) => p.id)).size).toBe(postings.length);
    expect(new Set(postings.map((p) => p.source))).toEqual(new Set(["train", "reviewer-probes", "pasted-legitimacy-lures"]));
    expect(postings.filter((p) => p.source !== "train").every((p) => p.label === "lure")).toBe(true);
    const all = loadPostings(root);
    expect(all.some((p) => p.label === "scam")).toBe(true);
    // The corpus's test ids, read here only to check that none of them is screened.
    const testIds = new Set(corpusTestIds());
    expect(testIds.size).toBeGreaterThan(0);
    expect(all.filter((p) => testIds.has(p.id))).toEqual([]);
  });
});

/** Plain JSON reading, independent of the module under test. */
function corpusTestIds(): string[] {
  const dir = resolve(root, "corpus/postings");
  return readdirSync(dir)
    .filter((f) => f.endsWith(".jsonl"))
    .flatMap((f) => readFileSync(resolve(dir, f), "utf8").split("\n"))
    .filter((line) => line.trim().length > 0)
    .map((line) => JSON.parse(line) as { id: string; split?: string })
    .filter((r) => r.split === "test")
    .map((r) => String(r.id));
}
