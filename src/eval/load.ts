/** Node-only loading of JSONL corpora for evaluation and fitting. */
import { accessSync, constants, readFileSync, statSync } from "node:fs";
import { describeJsonError } from "../cli/io/score-batch.js";
import { type CorpusRecord, toCorpusRecord } from "./records.js";

/** A file that cannot be read: a usage error (exit code 2), as with `lurescreen score`. */
export class CorpusFileError extends Error {
  readonly exitCode = 2;
}

/** Fails before anything is read when a file is missing, a directory or unreadable, with the messages `score` gives. */
function checkReadable(file: string): void {
  let isFile: boolean;
  try {
    isFile = statSync(file).isFile();
  } catch {
    throw new CorpusFileError(`cannot read ${file}: no such file`);
  }
  if (!isFile) throw new CorpusFileError(`cannot read ${file}: not a file`);
  try {
    accessSync(file, constants.R_OK);
  } catch {
    throw new CorpusFileError(`cannot read ${file}: permission denied`);
  }
}

const BYTE_ORDER_MARK = "\uFEFF";

/**
 * Reads every JSONL file; blank lines are skipped, a malformed line is an error naming file and line
 * but not quoting it (V8's message would: postings hold names and phone numbers). A byte order mark
 * and CRLF line ends are accepted, as `score` accepts them.
 */
export function loadJsonl(files: readonly string[]): (CorpusRecord & { file: string })[] {
  files.forEach(checkReadable);
  const records: (CorpusRecord & { file: string })[] = [];
  for (const file of files) {
    let text = readFileSync(file, "utf8");
    if (text.startsWith(BYTE_ORDER_MARK)) text = text.slice(1);
    text.split("\n").forEach((line, index) => {
      if (line.trim().length === 0) return;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch (error) {
        throw new Error(`${file}:${index + 1}: ${describeJsonError(error)}`);
      }
      records.push({ ...toCorpusRecord(value, `${file}:${index + 1}`), file });
    });
  }
  return records;
}
