/** Node-only loading of JSONL corpora for evaluation and fitting. */
import { readFileSync } from "node:fs";
import { STDIO } from "../cli/io/formats.js";
import { UsageError } from "../cli/io/read-delimited.js";
import { checkReadable } from "../cli/io/read-inputs.js";
import { describeJsonError } from "../cli/io/score-batch.js";
import { TEXT_FIELDS } from "../types.js";
import { type CorpusRecord, describeSkipped, toCorpusRecord } from "./records.js";

/** A record read from a file, with where it came from. */
export type LoadedRecord = CorpusRecord & { file: string; line: number };

/** One non-blank line of input: a record, or why it is not one. */
export type CorpusLine = ({ record: LoadedRecord } | { problem: string }) & { file: string; line: number };

const BYTE_ORDER_MARK = "\uFEFF";

/**
 * Why a parsed line is not a corpus record, or undefined when it is one. A posting field of the wrong
 * type would otherwise be dropped without a word and the posting screened without it.
 */
function recordProblem(value: unknown): string | undefined {
  if (typeof value === "string") return undefined;
  if (typeof value !== "object" || value === null || Array.isArray(value)) return "not a posting: expected a JSON object or string";
  const data = value as Record<string, unknown>;
  const wrong = TEXT_FIELDS.filter((field) => data[field] !== undefined && data[field] !== null && typeof data[field] !== "string");
  return wrong.length > 0 ? `not a valid posting: ${wrong.map((field) => `${field} must be a string`).join(", ")}` : undefined;
}

/**
 * Reads every non-blank line of every file, in order, as a record or a problem. Files are checked
 * before any is read, as `score` checks them. A byte order mark and CRLF line ends are accepted, as `score` accepts them.
 */
export function readCorpusLines(files: readonly string[]): CorpusLine[] {
  for (const file of files) {
    if (file === STDIO) throw new UsageError("eval reads files, not standard input (-)");
    checkReadable(file);
  }
  const lines: CorpusLine[] = [];
  for (const file of files) {
    let text = readFileSync(file, "utf8");
    if (text.startsWith(BYTE_ORDER_MARK)) text = text.slice(1);
    text.split("\n").forEach((raw, index) => {
      const line = index + 1;
      if (raw.trim().length === 0) return;
      let value: unknown;
      try {
        value = JSON.parse(raw);
      } catch (error) {
        lines.push({ file, line, problem: describeJsonError(error) });
        return;
      }
      const problem = recordProblem(value);
      if (problem !== undefined) lines.push({ file, line, problem });
      else lines.push({ file, line, record: { ...toCorpusRecord(value, `${file}:${line}`), file, line } });
    });
  }
  return lines;
}

/** Reads every JSONL file; blank lines are skipped, the first line that holds no record is an error naming file and line. */
export function loadJsonl(files: readonly string[]): LoadedRecord[] {
  return readCorpusLines(files).map((entry) => {
    if ("problem" in entry) throw new Error(describeSkipped({ file: entry.file, line: entry.line, reason: entry.problem }));
    return entry.record;
  });
}
