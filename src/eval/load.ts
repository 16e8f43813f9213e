/** Node-only loading of JSONL corpora for evaluation and fitting. */
import { readFileSync } from "node:fs";
import { type CorpusRecord, toCorpusRecord } from "./records.js";

/** Reads every JSONL file; blank lines are skipped, a malformed line is an error naming file and line. */
export function loadJsonl(files: readonly string[]): (CorpusRecord & { file: string })[] {
  const records: (CorpusRecord & { file: string })[] = [];
  for (const file of files) {
    const lines = readFileSync(file, "utf8").split("\n");
    lines.forEach((line, index) => {
      if (line.trim().length === 0) return;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        throw new Error(`${file}:${index + 1}: not valid JSON (${(error as Error).message})`);
      }
      records.push({ ...toCorpusRecord(value, `${file}:${index + 1}`), file });
    });
  }
  return records;
}
