/**
 * Writes `src/generated/franc-trigrams.json`: franc's trigram models of the languages screening asks
 * franc about (`FRANC_CANDIDATES`), and the names of every script franc keeps trigram models for.
 * franc's own data holds the models of 160-odd languages, most of the core's language-detection
 * weight, of which screening reads 16. Rerun after upgrading franc or changing the candidates
 * (`npm run build:franc-trigrams`); a test fails while the file is stale.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { data } from "franc/data.js";
import { FRANC_CANDIDATES } from "../language/franc-languages.js";

export interface FrancTrigramsFile {
  about: string;
  francVersion: string;
  /** Every script franc has trigram models for, shipped or not (the others name one language each). */
  scripts: string[];
  /** By franc script name, then language: the trigrams, most frequent first, joined by `|`. */
  models: Record<string, Record<string, string>>;
}

/** The file's content for the installed franc. */
export function francTrigrams(): FrancTrigramsFile {
  const francPackage = createRequire(import.meta.url).resolve("franc/package.json");
  const wanted = new Set(Object.values(FRANC_CANDIDATES).flat());
  const models: Record<string, Record<string, string>> = {};
  for (const [script, languages] of Object.entries(data)) {
    for (const [language, trigrams] of Object.entries(languages)) {
      if (wanted.has(language)) (models[script] ??= {})[language] = trigrams;
    }
  }
  return {
    about: "franc's trigram models (MIT, see THIRD-PARTY-NOTICES.md) of the languages screening asks franc about; written by src/build/franc-trigrams.ts.",
    francVersion: (JSON.parse(readFileSync(francPackage, "utf8")) as { version: string }).version,
    scripts: Object.keys(data),
    models,
  };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
  const file = francTrigrams();
  writeFileSync(join(root, "src/generated/franc-trigrams.json"), `${JSON.stringify(file, null, 1)}\n`);
  const count = Object.values(file.models).reduce((sum, languages) => sum + Object.keys(languages).length, 0);
  console.log(`franc ${file.francVersion}: trigram models of ${count} languages written`);
}
