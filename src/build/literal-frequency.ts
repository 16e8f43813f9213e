/**
 * Writes `src/generated/literal-frequency.json`: how often each literal the trigger parser may choose
 * occurs in job ads, per million characters of normalised text, measured on the corpus TRAIN split.
 * The trigger registry picks, for every pattern, the set of required literals that occurs least
 * (see `literalFrequencyPerMillion`); the table only steers speed, never what a pattern matches.
 * Deterministic; rerun after lexicon or rule changes (`npm run build:literal-frequency`).
 */
import { writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadTrainSplit } from "../fit/fit.js";
import { normalizeField } from "../normalize/normalize.js";
import { postingFields } from "../posting/schema.js";
import { createScreener } from "../screen.js";
import { candidateLiterals, sharedTriggers } from "../features/triggers.js";

/** Literals rarer than this (per million characters) are left out: the registry ranks those by length. */
const MINIMUM_PER_MILLION = 10;

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const train = loadTrainSplit(root);

// Every lexicon pattern registers at import; the rule pack's patterns when a screener is created.
createScreener().screen({ title: "", description: "registers every pattern" });

// Fields joined by a character no literal holds, whitespace runs collapsed as the scan reads them.
const sample = train
  .flatMap((record) => postingFields(record.posting).map(([name, value]) => normalizeField(name, value).text.replace(/\s+/g, " ")))
  .join("\u0001");

const literals = new Set<string>();
for (const source of sharedTriggers.allSources()) for (const literal of candidateLiterals(source)) literals.add(literal);

const minimumCount = (MINIMUM_PER_MILLION * sample.length) / 1e6;
const perMillion: Record<string, number> = {};
for (const literal of [...literals].sort()) {
  if (literal.length === 0) continue;
  let count = 0;
  for (let at = sample.indexOf(literal); at >= 0; at = sample.indexOf(literal, at + 1)) count += 1;
  if (count >= minimumCount) perMillion[literal] = Math.round((count * 1e7) / sample.length) / 10;
}

const table = {
  about: "Occurrences per million characters of normalised ad text of the literals the trigger parser weighs, at least minimumPerMillion; written by src/build/literal-frequency.ts from the corpus train split.",
  sample: { postings: train.length, characters: sample.length, candidateLiterals: literals.size },
  minimumPerMillion: MINIMUM_PER_MILLION,
  perMillion,
};
writeFileSync(join(root, "src/generated/literal-frequency.json"), `${JSON.stringify(table, null, 1)}\n`);
console.log(`literal frequencies: ${Object.keys(perMillion).length} of ${literals.size} literals at least ${MINIMUM_PER_MILLION} per million characters, over ${sample.length} characters of ${train.length} train postings`);
