/**
 * What travels between the reader (main thread), the scorer (worker threads) and the writer.
 * Records carry raw input, not parsed postings: JSON is parsed in the worker, so the main thread
 * only splits lines and the structured clone stays small.
 */
import type { Band } from "../../types.js";
import type { FieldMapping } from "./mapping.js";
import type { OutputFormat } from "./formats.js";

/** Where a record came from. `file` is set only when several inputs are read, to keep records small. */
interface RecordOrigin {
  /** 1-based line number in its input where the record starts (CSV: where a bad row was detected). */
  line: number;
  file?: string;
}

/** One input record on its way to a scorer. */
export type InputRecord =
  /** A JSONL line, not yet parsed. */
  | (RecordOrigin & { kind: "json"; raw: string })
  /** A CSV/TSV row keyed by its header; empty cells are left out. */
  | (RecordOrigin & { kind: "row"; cells: Record<string, string> })
  /** A record the reader could not read (a broken CSV row, an over-long line). */
  | (RecordOrigin & { kind: "error"; error: string });

/** How a batch is scored and written; the same for every batch of a run. */
export interface ScoreSettings {
  mapping: FieldMapping;
  output: OutputFormat;
  /** Write the whole ScreenResult rather than id, score, band and signal ids. */
  full: boolean;
  /** Write only records at this band or above (error records are always written). */
  minBand?: Band;
  explainIn?: string;
  /** Add each record's input file to the output (several inputs were given). */
  withFile: boolean;
}

export interface BatchTask {
  records: InputRecord[];
  settings: ScoreSettings;
}

/** Records per band, errors, and records written after `--min-band`. */
export interface BatchCounts {
  records: number;
  low: number;
  review: number;
  high: number;
  errors: number;
  written: number;
}

/** The first error record of a batch, for `--strict`. */
export interface FirstError {
  line: number;
  file?: string;
  message: string;
  /** The batch's output for the records before this one, so a strict run still writes them. */
  textBefore: string;
}

/** A scored batch: its output, already formatted, in input order. */
export interface BatchResult {
  text: string;
  counts: BatchCounts;
  firstError?: FirstError;
}

export function emptyCounts(): BatchCounts {
  return { records: 0, low: 0, review: 0, high: 0, errors: 0, written: 0 };
}

export function addCounts(total: BatchCounts, more: BatchCounts): void {
  total.records += more.records;
  total.low += more.low;
  total.review += more.review;
  total.high += more.high;
  total.errors += more.errors;
  total.written += more.written;
}
