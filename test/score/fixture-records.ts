import { readFileSync } from "node:fs";
import { toCorpusRecord } from "../../src/eval/records.js";

/** The records of a JSONL file under test/fixtures, read as the corpus reads its postings. */
export function fixtureRecords(name: string): ReturnType<typeof toCorpusRecord>[] {
  return readFileSync(new URL(`../fixtures/${name}`, import.meta.url), "utf8")
    .split("\n")
    .filter((line) => line.trim().length > 0)
    .map((line, index) => toCorpusRecord(JSON.parse(line), `line ${index + 1}`));
}
