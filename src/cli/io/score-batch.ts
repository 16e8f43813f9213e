/**
 * Scores one batch of input records and formats the output. Runs in a worker thread (via
 * `score-worker.ts`) or in-process with `--workers 1`; both use exactly this function.
 */
import type { SafeScreenResult, ScreenOptions } from "../../screen.js";
import type { Band } from "../../types.js";
import { topLevelNumberText } from "./json-number.js";
import { type FieldMapping, mapRecord } from "./mapping.js";
import { type BatchResult, type BatchTask, type FirstError, type InputRecord, emptyCounts } from "./records.js";
import { type OutputRow, type RecordId, rowFormatter } from "./write.js";

/** The part of a `Screener` a batch needs; tests pass a fake. */
export interface PostingScreener {
  safeScreen(posting: unknown, options?: ScreenOptions): SafeScreenResult;
}

const BAND_RANK: Record<Band, number> = { low: 0, review: 1, high: 2 };

/**
 * A readable reason for a JSON syntax error. V8's own message quotes the start of the line, which is
 * posting text; the output and stderr must not repeat it, so only the position is kept.
 */
export function describeJsonError(error: unknown): string {
  const message = error instanceof Error ? error.message : "";
  if (/end of JSON input/i.test(message)) return "not valid JSON (the line ends early)";
  const position = /at position (\d+)/.exec(message)?.[1];
  if (position !== undefined) return `not valid JSON (at character ${Number(position) + 1})`;
  return /^Unexpected token/.test(message) ? "not valid JSON (unexpected character)" : "not valid JSON";
}

type Parsed = { ok: true; value: unknown } | { ok: false; error: string };

function parseRecord(record: InputRecord): Parsed {
  switch (record.kind) {
    case "error":
      return { ok: false, error: record.error };
    case "row":
      return { ok: true, value: record.cells };
    case "json":
      try {
        return { ok: true, value: JSON.parse(record.raw) as unknown };
      } catch (error) {
        return { ok: false, error: describeJsonError(error) };
      }
  }
}

/**
 * The id to write: a JSONL number that a JavaScript number would change (beyond 2^53, a fraction,
 * an exponent) is taken as written on the line.
 */
function outputId(id: string | number, record: InputRecord, mapping: FieldMapping): RecordId {
  if (typeof id === "string" || Number.isSafeInteger(id)) return id;
  const text = record.kind === "json" ? topLevelNumberText(record.raw, mapping.id) : undefined;
  return text !== undefined ? { numberText: text } : String(id);
}

/** Scores every record of the batch, in order. Invalid records become error rows; nothing is dropped silently. */
export function scoreBatch(task: BatchTask, screener: PostingScreener): BatchResult {
  const { settings } = task;
  const formatter = rowFormatter(settings.output, settings);
  const screenOptions: ScreenOptions = settings.explainIn ? { explainIn: settings.explainIn } : {};
  const minRank = settings.minBand ? BAND_RANK[settings.minBand] : 0;
  const counts = emptyCounts();
  const rows: OutputRow[] = [];
  let firstError: Omit<FirstError, "textBefore"> & { rowIndex: number } | undefined;

  for (const record of task.records) {
    counts.records++;
    const file = settings.withFile ? record.file : undefined;
    const parsed = parseRecord(record);
    let id: RecordId = record.line;
    let error: string;
    if (parsed.ok) {
      const mapped = mapRecord(parsed.value, settings.mapping);
      if (mapped.id !== undefined) id = outputId(mapped.id, record, settings.mapping);
      if (mapped.idError !== undefined) {
        error = mapped.idError;
      } else {
        const outcome = screener.safeScreen(mapped.posting, screenOptions);
        if (outcome.success) {
          const { band } = outcome.data;
          counts[band]++;
          if (BAND_RANK[band] >= minRank) rows.push({ kind: "result", id, ...(file !== undefined ? { file } : {}), result: outcome.data });
          continue;
        }
        error = outcome.error.message;
      }
    } else {
      error = parsed.error;
    }
    counts.errors++;
    firstError ??= { line: record.line, ...(record.file !== undefined ? { file: record.file } : {}), message: error, rowIndex: rows.length };
    rows.push({ kind: "error", id, ...(file !== undefined ? { file } : {}), line: record.line, error });
  }

  counts.written = rows.length;
  const result: BatchResult = { text: formatter.format(rows), counts };
  if (firstError) {
    const { rowIndex, ...where } = firstError;
    result.firstError = { ...where, textBefore: formatter.format(rows.slice(0, rowIndex)) };
  }
  return result;
}
