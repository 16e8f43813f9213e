/**
 * franc's trigram ranking (`francAll` of franc 6), restricted to the languages the caller lists and
 * with the models built on first use. franc's own data holds the models of 160-odd languages, a large
 * part of what importing it costs, and screening only ever asks about 16 of them: those models alone
 * ship, in `src/generated/franc-trigrams.json` (see `src/build/franc-trigrams.ts`). The script
 * expressions are franc's own, and the arithmetic is franc's, step for step, so the rankings are
 * franc's (test/language/trigram-model.test.ts compares them).
 */
import { expressions } from "franc/expressions.js";
import francTrigrams from "../generated/franc-trigrams.json";

/** A language code and its score: 1 for the best, less for the others. */
export type RankedLanguage = [string, number];

const MAX_LENGTH = 2048;
/** The distance added for a trigram the language's model lacks. */
const MAX_DIFFERENCE = 300;

/** For the languages asked about together, each trigram's rank in every one of their models (-1: absent). */
interface Models {
  languages: string[];
  ranks: ReadonlyMap<string, Int32Array>;
}

/** By franc script name, then language: trigrams, most frequent first, joined by `|`. Read on first use (cold import). */
const shippedModels = (): Readonly<Record<string, Readonly<Record<string, string>>>> => francTrigrams.models;
/** Scripts franc has trigram models for; its other expressions each name a language. */
let trigramScripts: ReadonlySet<string> | undefined;

// By the `only` list (callers pass the same few arrays every time), then by script.
const modelsByQuestion = new WeakMap<readonly string[], Map<string, Models>>();

/** The shipped models of the languages of `script` that `only` allows, built on first use. */
function models(script: string, only: readonly string[]): Models {
  let byScript = modelsByQuestion.get(only);
  if (!byScript) {
    byScript = new Map();
    modelsByQuestion.set(only, byScript);
  }
  let found = byScript.get(script);
  if (!found) {
    const data = shippedModels();
    const languages = Object.keys(data[script] ?? {}).filter((language) => only.includes(language));
    const ranks = new Map<string, Int32Array>();
    languages.forEach((language, index) => {
      const trigrams = data[script]![language]!.split("|");
      // From the end, as franc does, so a trigram listed twice keeps its better rank.
      for (let rank = trigrams.length - 1; rank >= 0; rank--) {
        let row = ranks.get(trigrams[rank]!);
        if (!row) {
          row = new Int32Array(languages.length).fill(-1);
          ranks.set(trigrams[rank]!, row);
        }
        row[index] = rank;
      }
    });
    found = { languages, ranks };
    byScript.set(script, found);
  }
  return found;
}

const ONLY_ASCII = /^[\u0000-\u007f]*$/;
const LATIN = expressions.Latin!;

/** Share of `value` that `expression` (a global regex) matches, as franc's getOccurrence computes it. */
function occurrence(value: string, expression: RegExp): number {
  const count = value.match(expression);
  return (count ? count.length : 0) / value.length || 0;
}

/** The script with the largest share of `value` (the first listed wins a tie), and that share. */
function topScript(value: string): [string | undefined, number] {
  // Only franc's Latin expression matches ASCII characters: every other share of plain ASCII text is 0.
  if (ONLY_ASCII.test(value)) {
    const latin = occurrence(value, LATIN);
    return latin > 0 ? ["Latin", latin] : [Object.keys(expressions)[0], 0];
  }
  let top: string | undefined;
  let topShare = -1;
  for (const script in expressions) {
    const share = occurrence(value, expressions[script]!);
    if (share > topShare) {
      topShare = share;
      top = script;
    }
  }
  return [top, topShare];
}

const PUNCTUATION_AND_DIGITS = /[\u0021-\u0040]+/g;
const WHITE_SPACE = /\s+/g;

/** Trigrams of the cleaned, space-padded value with their counts, least frequent first, ties in order of appearance. */
function trigramCounts(value: string): [string, number][] {
  const cleaned = ` ${value.replace(PUNCTUATION_AND_DIGITS, " ").replace(WHITE_SPACE, " ").trim().toLowerCase()} `;
  const counts = new Map<string, number>();
  for (let i = 0; i + 3 <= cleaned.length; i++) {
    const trigram = cleaned.slice(i, i + 3);
    counts.set(trigram, (counts.get(trigram) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => a[1] - b[1]);
}

/** franc's distance of the sample to each model: rank differences, and the maximum for a trigram a model lacks. */
function distances(trigrams: readonly [string, number][], { languages, ranks }: Models): RankedLanguage[] {
  const totals = new Array<number>(languages.length).fill(0);
  for (const [trigram, count] of trigrams) {
    const row = ranks.get(trigram);
    for (let index = 0; index < languages.length; index++) {
      const rank = row ? row[index]! : -1;
      totals[index]! += rank < 0 ? MAX_DIFFERENCE : Math.abs(count - rank - 1);
    }
  }
  return languages.map((language, index) => [language, totals[index]!]);
}

/**
 * The languages of `only` that `value` may be written in, best first, scored like franc's
 * `francAll(value, { only, minLength })`: `[["und", 1]]` when the value is too short or its main
 * script has none of them. Only the shipped models rank: a language outside `FRANC_CANDIDATES`
 * (`franc-languages.ts`) is never found.
 */
export function rankLanguages(value: string, only: readonly string[], minLength: number): RankedLanguage[] {
  if (!value || value.length < minLength) return [["und", 1]];
  const sample = value.slice(0, MAX_LENGTH);
  const [script, share] = topScript(sample);
  trigramScripts ??= new Set(francTrigrams.scripts);
  if (script === undefined || !trigramScripts.has(script)) {
    // A script of one language (Han, Hangul, Thai …): that language, if asked about.
    if (script === undefined || share === 0 || (only.length > 0 && !only.includes(script))) return [["und", 1]];
    return [[script, 1]];
  }
  const asked = models(script, only);
  if (asked.languages.length === 0) return [["und", 1]];
  const ranked = distances(trigramCounts(sample), asked).sort((a, b) => a[1] - b[1]);
  const min = ranked[0]![1];
  const max = sample.length * MAX_DIFFERENCE - min;
  for (const entry of ranked) entry[1] = 1 - (entry[1] - min) / max || 0;
  return ranked;
}
