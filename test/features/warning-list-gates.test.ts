import { beforeAll, describe, expect, it } from "vitest";
import { contextFrom } from "../../src/features/evidence.js";
import { extractTravel } from "../../src/features/travel.js";

const touristVisa = (description: string): boolean => extractTravel(contextFrom({ description })).touristVisa;
const LONG = "We have read many reports this year from people who answered online job offers and ended up in compounds far from home";

// The warning-list header regexes run only where one of their alternatives' windows reaches the start
// of a line or the end of the line above a list (roles.ts, `alternativesGate`): the places where a
// header can stand. These pin what the gates must still let through, and what they skip.
describe("warning-list headers behind the trigger gates", () => {
  beforeAll(() => {
    touristVisa("warm up the lexicons");
  }, 60_000);

  it.each<[string, string, boolean]>([
    ["a header at a line start", "Red flags:\n- come on a tourist visa, we fix the permit later", false],
    ["a header after a bullet lead", "•  Red flags:\n- come on a tourist visa, we fix the permit later", false],
    ["a header closing a long line above a list", `${LONG}. Before you apply, watch for these red flags:\n1. come on a tourist visa, we fix the permit later`, false],
    ["a header closing a long line, then emoji", `${LONG}. Before you apply, watch for these red flags: ⚠️ ⚠️\n1. come on a tourist visa, we fix the permit later`, false],
    ["header words early in a long line that goes on", `Red flags are everywhere, ${LONG}, so we keep our offers plain and simple.\n1. come on a tourist visa, we fix the permit later`, true],
    ["no header at all", `${LONG}.\n1. come on a tourist visa, we fix the permit later`, true],
  ])("%s", (_name, description, expected) => {
    expect(touristVisa(description)).toBe(expected);
  });
});
