import { describe, expect, it } from "vitest";
import { highlight, mergedSpans, parsePostingInput, renderExplanation, useColour } from "../../src/cli/commands/explain.js";
import { UI_ENGLISH, partialDampingRules, uiTexts } from "../../src/explain/ui-texts.js";
import { BUNDLED_RULE_PACK } from "../../src/index.js";
import type { ScreenResult } from "../../src/screen.js";
import type { Signal } from "../../src/types.js";

const description = "Free flight and housing. Interview on Telegram. DMW License No. 123.";
const signals: Signal[] = [
  {
    id: "interview-on-messaging-app",
    kind: "marker",
    category: "contacts",
    title: "Interview only on a messaging app",
    explanation: "Recruiters for scam compounds avoid traceable channels.",
    advice: "Ask for a video interview with a named company.",
    contribution: 1.25,
    evidence: [{ field: "description", start: 25, end: 46, text: "Interview on Telegram" }],
  },
  {
    id: "zero-cost-offer",
    kind: "signal",
    category: "fees-debt",
    title: "Everything is free",
    explanation: "Free travel is later turned into a debt.",
    contribution: 0,
    evidence: [
      { field: "description", start: 0, end: 11, text: "Free flight" },
      { field: "description", start: 5, end: 23, text: "flight and housing" },
    ],
  },
  {
    id: "recruitment-licence-shown",
    kind: "mitigating",
    category: "legitimacy",
    title: "Shows a recruitment licence number",
    explanation: "Licensed agencies can be checked with the regulator.",
    contribution: -0.8,
    evidence: [{ field: "description", start: 48, end: 67, text: "DMW License No. 123" }],
  },
];
const result = { score: 0.4321, band: "review", signals, language: { code: "eng", confidence: 0.9 } } as unknown as ScreenResult;

describe("renderExplanation", () => {
  it("prints band and score, the signals in groups, then the posting with marked evidence", () => {
    expect(renderExplanation({ title: "Hotel staff", description }, result, false)).toBe(
      [
        "REVIEW  Needs a closer look  Score 0.432  (language: eng, 0.90)",
        "Some markers of a trafficking-recruitment lure. Worth a person's review.",
        "",
        "Raises the score",
        "   +1.3  Interview only on a messaging app",
        "        Recruiters for scam compounds avoid traceable channels.",
        "        What to check: Ask for a video interview with a named company.",
        '        Evidence: "Interview on Telegram" (description)',
        "",
        "Lowers the score",
        "   −0.8  Shows a recruitment licence number",
        "        Licensed agencies can be checked with the regulator.",
        '        Evidence: "DMW License No. 123" (description)',
        "",
        "Noticed (counts only together with other markers)",
        "    0.0  Everything is free",
        "        Free travel is later turned into a debt.",
        '        Evidence: "Free flight" (description), "flight and housing" (description)',
        "",
        "The ad, with the warning signs highlighted ([[ ]] ↑ Raises the score, {{ }} ↓ Lowers the score, (( )) Noticed (counts only together with other markers))",
        "title: Hotel staff",
        "description: ((Free flight and housing)). [[Interview on Telegram]]. {{DMW License No. 123}}.",
        "",
      ].join("\n"),
    );
  });

  it("speaks the explanation language: interface texts from the messages file, the worker's summary", () => {
    const ui = uiTexts(BUNDLED_RULE_PACK, "vie");
    const text = renderExplanation({ description }, result, false, ui, false);
    expect(text).toContain(`REVIEW  ${BUNDLED_RULE_PACK.messages.vie!.ui.bandReview}`);
    expect(text).toContain(BUNDLED_RULE_PACK.messages.vie!.ui.summaryReview);
    expect(text).toContain(`${BUNDLED_RULE_PACK.messages.vie!.ui.whatToCheck}: Ask for a video interview`);
    expect(text).not.toContain("Worth a person's review");
  });

  it("says why a score at the high threshold was left in review, for a moderator and for a worker", () => {
    const withheld = { ...result, score: 0.97, highWithheld: "legitimate-recruiter-marker" } as unknown as ScreenResult;
    const moderator = renderExplanation({ description }, withheld, false);
    expect(moderator.split("\n")[2]).toMatch(/^The score reached the high threshold, but the ad shows a strong legitimacy marker/);
    const ui = uiTexts(BUNDLED_RULE_PACK, "ind");
    expect(renderExplanation({ description }, withheld, false, ui, false)).toContain(BUNDLED_RULE_PACK.messages.ind!.ui.highWithheldLegitimateRecruiter!);
    const fraud = { ...withheld, highWithheld: "nothing-moves-or-controls-the-worker" } as unknown as ScreenResult;
    expect(renderExplanation({ description }, fraud, false)).toContain("likely job fraud rather than a trafficking lure");
    expect(renderExplanation({ description }, result, false)).not.toContain("high threshold");
  });

  it("says when the markers were damped and by which rules, for a moderator and for a worker", () => {
    const damped = { ...result, markersDamped: { by: ["reads-as-an-advisory"], factor: 0.2 } } as unknown as ScreenResult;
    const moderator = renderExplanation({ description }, damped, false);
    expect(moderator).toContain("Markers and combinations count at 0.2× their weight (already in the figures below): reads-as-an-advisory fired");
    const ui = uiTexts(BUNDLED_RULE_PACK, "tha");
    expect(renderExplanation({ description }, damped, false, ui, false)).toContain(BUNDLED_RULE_PACK.messages.tha!.ui.markersDamped!);
    expect(renderExplanation({ description }, result, false)).not.toContain("their weight (already");
    const partly = { ...result, markersDamped: { by: ["leans-towards-an-advisory"], factor: 0.5 } } as unknown as ScreenResult;
    expect(renderExplanation({ description }, partly, false)).toContain("count at 0.5× their weight (already in the figures below): leans-towards-an-advisory fired, and part of the text reads as warnings");
    const partlyUi = renderExplanation({ description }, partly, false, ui, false);
    expect(partlyUi).toContain(BUNDLED_RULE_PACK.messages.tha!.ui.markersPartlyDamped!);
    expect(partlyUi).not.toContain(BUNDLED_RULE_PACK.messages.tha!.ui.markersDamped!);
    // Which rules read partially comes from the pack: a rule without a factor of its own reads in full.
    expect(partialDampingRules(BUNDLED_RULE_PACK)).toEqual(["leans-towards-an-advisory"]);
    expect(renderExplanation({ description }, partly, false, ui, false, [])).toContain(BUNDLED_RULE_PACK.messages.tha!.ui.markersDamped!);
  });

  it("falls back to English for a language without interface texts", () => {
    expect(uiTexts(BUNDLED_RULE_PACK, "xyz")).toEqual(UI_ENGLISH);
  });

  it("colours the evidence instead of marking it when colour is on", () => {
    const text = renderExplanation({ description }, result, true);
    expect(text).not.toContain("[[");
    expect(text).toContain("\u001b[43m");
  });
});

describe("mergedSpans and highlight", () => {
  it("merges overlapping evidence and lets a raising span win over a lowering one", () => {
    const overlapping: Signal[] = [
      { ...signals[2]!, evidence: [{ field: "text", start: 2, end: 6, text: "" }] },
      { ...signals[0]!, evidence: [{ field: "text", start: 4, end: 8, text: "" }] },
    ];
    const spans = mergedSpans(overlapping, "text", 10);
    expect(spans).toEqual([{ start: 2, end: 8, kind: "raises" }]);
    expect(highlight("0123456789", spans, undefined)).toBe("01[[234567]]89");
  });

  it("marks what adds nothing on its own apart, and lets a span that moves the score win an overlap", () => {
    const noticedOnly = mergedSpans([signals[1]!], "description", description.length);
    expect(noticedOnly).toEqual([{ start: 0, end: 23, kind: "noticed" }]);
    expect(highlight(description, noticedOnly, undefined).startsWith("((Free flight and housing))")).toBe(true);
    const overlapping: Signal[] = [
      { ...signals[1]!, evidence: [{ field: "text", start: 0, end: 6, text: "" }] },
      { ...signals[2]!, evidence: [{ field: "text", start: 4, end: 8, text: "" }] },
    ];
    expect(mergedSpans(overlapping, "text", 10)).toEqual([{ start: 0, end: 8, kind: "lowers" }]);
  });

  it("clips evidence that points past the end of the field", () => {
    expect(mergedSpans([{ ...signals[0]!, evidence: [{ field: "text", start: 3, end: 99, text: "" }] }], "text", 5)).toEqual([{ start: 3, end: 5, kind: "raises" }]);
  });
});

describe("parsePostingInput", () => {
  it("reads a JSON object as posting fields and anything else as plain text", () => {
    expect(parsePostingInput('  {"id":"x","title":"Cook","label":"legit"}\n')).toEqual({ title: "Cook" });
    expect(parsePostingInput("Cook wanted, {urgent}")).toBe("Cook wanted, {urgent}");
  });

  it("refuses input that starts like JSON but is not, without quoting it", () => {
    expect(() => parsePostingInput('{"title": "Secret text')).toThrow(/^the input starts with "\{" but is not valid JSON \(at character \d+\); explain reads one posting \(use score for JSONL\)$/);
  });
});

describe("useColour", () => {
  const tty = { isTTY: true } as NodeJS.WriteStream;
  const pipe = { isTTY: false } as NodeJS.WriteStream;
  it("colours a terminal unless NO_COLOR, and anything with FORCE_COLOR", () => {
    expect(useColour(tty, {})).toBe(true);
    expect(useColour(pipe, {})).toBe(false);
    expect(useColour(tty, { NO_COLOR: "1" })).toBe(false);
    expect(useColour(pipe, { FORCE_COLOR: "1" })).toBe(true);
  });
});
