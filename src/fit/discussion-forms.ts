/**
 * Developer tool: the evidence behind the readings of texts about offers (src/features/legitimacy.ts),
 * each of which stands for two advisory cues: Q&A cards that quote offers, chat transcripts and
 * numbered comments, and stories told in the past. It reports
 *   - how many postings each reading fires on, per source: the corpus's train split by label, the
 *     adversarial fixtures' lures and the real job-board ads (when ../shared/data/realads is there);
 *   - the share of past-tense sentences of the Korean, Hindi and Nepali train postings, by label, which
 *     sets MIN_NARRATIVE_SHARE;
 *   - the cycling share of every text that would otherwise read as a chat, which sets MAX_CHAT_CYCLING.
 * Train split only on the corpus: the test split is for measuring.
 *
 *   tsx src/fit/discussion-forms.ts
 */
import { existsSync, readdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { loadJsonl } from "../eval/load.js";
import { contextFrom } from "../features/evidence.js";
import { isTranscript, readPastTense, readTranscript } from "../features/legitimacy.js";
import { createScreener } from "../screen.js";
import { loadTrainSplit } from "./fit.js";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const jsonlIn = (dir: string): string[] => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".jsonl")).sort().map((f) => join(dir, f)) : []);

const sources: { name: string; records: ReturnType<typeof loadJsonl> }[] = [];
const train = loadTrainSplit(root);
for (const label of ["lure", "legit"]) sources.push({ name: `corpus train ${label}`, records: train.filter((r) => r.label === label) });
sources.push({ name: "fixture lures", records: loadJsonl(jsonlIn(join(root, "test/fixtures"))).filter((r) => r.label === "lure") });
const realads = loadJsonl(jsonlIn(join(root, "../shared/data/realads")));
if (realads.length > 0) sources.push({ name: "real ads", records: realads });

const screener = createScreener();
console.log("postings each reading fires on (legitimacy.quotingQuestions >= 2, chatTurns > 0, narrativeSentences > 0):");
for (const { name, records } of sources) {
  let cards = 0;
  let chats = 0;
  let stories = 0;
  for (const record of records) {
    const outcome = screener.safeScreen(record.posting);
    if (!outcome.success) continue;
    const legitimacy = outcome.data.features.legitimacy;
    if (legitimacy.quotingQuestions >= 2) cards++;
    if (legitimacy.chatTurns > 0) chats++;
    if (legitimacy.narrativeSentences > 0) stories++;
  }
  console.log(`  ${name} (${records.length}): Q&A cards ${cards}, chats ${chats}, stories ${stories}`);
}

const fieldsOf = (posting: Record<string, unknown>): Record<string, string> => {
  const fields: Record<string, string> = {};
  for (const name of ["description", "text"]) if (typeof posting[name] === "string") fields[name] = posting[name] as string;
  return fields;
};

console.log("\nshare of past-tense sentences, kor/hin/nep train postings with 8 or more sentences (bins of 0.1):");
for (const label of ["lure", "legit"]) {
  const bins = new Array<number>(10).fill(0);
  let highest = 0;
  for (const record of train) {
    if (record.label !== label || !["kor", "hin", "nep"].includes(record.lang ?? "")) continue;
    const { sentences, past } = readPastTense(contextFrom(fieldsOf(record.posting as Record<string, unknown>)));
    if (sentences < 8) continue;
    const share = past.length / sentences;
    bins[Math.min(9, Math.floor(share * 10))]!++;
    highest = Math.max(highest, share);
  }
  console.log(`  ${label}: ${bins.join(" ")} (highest ${highest.toFixed(2)})`);
}

console.log("\ncycling share of texts that pass every other chat condition (five turns, three speakers speaking twice, median turn of 20):");
for (const { name, records } of sources) {
  const shares: string[] = [];
  for (const record of records) {
    for (const [field, text] of Object.entries(fieldsOf(record.posting as Record<string, unknown>))) {
      const reading = readTranscript(contextFrom({ [field]: text }).fields[0]!);
      if (reading.turns.length < 5 || reading.speakers < 3 || reading.repeatedSpeakers < 3 || reading.medianTurn < 20) continue;
      shares.push(`${record.id ?? "?"} ${reading.cycling.toFixed(2)}${isTranscript(reading) ? " (chat)" : ""}`);
    }
  }
  console.log(`  ${name}: ${shares.length === 0 ? "none" : shares.join(", ")}`);
}
