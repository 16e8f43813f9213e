/** Output formatting (JSONL, CSV) and a writer that respects backpressure. */
import type { Writable } from "node:stream";
import { stringify } from "csv-stringify/sync";
import type { ScreenResult } from "../../screen.js";
import type { OutputFormat } from "./formats.js";

/**
 * A record's id as written to the output. `numberText` is a numeric id kept as the input wrote it
 * (beyond 2^53, or 1.50): as a JavaScript number it would be rounded or reformatted.
 */
export type RecordId = string | number | { numberText: string };

/** One line of output: a scored record or an error record, in input order. */
export type OutputRow =
  | { kind: "result"; id: RecordId; file?: string; result: ScreenResult }
  | { kind: "error"; id: RecordId; file?: string; line: number; error: string };

/** Ids of the signals that moved the score, largest contribution first (as `screen()` orders them). */
export function scoringSignalIds(result: ScreenResult): string[] {
  return result.signals.filter((signal) => signal.contribution !== 0).map((signal) => signal.id);
}

/** Formats rows for one output format; `header()` is written once at the start of the output. */
export interface RowFormatter {
  header(): string;
  format(rows: readonly OutputRow[]): string;
}

interface FormatterOptions {
  full: boolean;
  withFile: boolean;
}

function jsonlFormatter({ full, withFile }: FormatterOptions): RowFormatter {
  // The id is written first and by hand, so an id kept as number text goes out as a JSON number unchanged.
  const withId = (id: RecordId, rest: object): string => {
    const idJson = typeof id === "object" ? id.numberText : JSON.stringify(id);
    const restJson = JSON.stringify(rest);
    return restJson === "{}" ? `{"id":${idJson}}` : `{"id":${idJson},${restJson.slice(1)}`;
  };
  const toJson = (row: OutputRow): string => {
    const origin = withFile && row.file !== undefined ? { file: row.file } : {};
    if (row.kind === "error") return withId(row.id, { ...origin, line: row.line, error: row.error });
    const { result } = row;
    if (full) return withId(row.id, { ...origin, ...result });
    return withId(row.id, { ...origin, score: result.score, band: result.band, ...(result.highWithheld ? { highWithheld: result.highWithheld } : {}), signals: scoringSignalIds(result) });
  };
  return {
    header: () => "",
    format: (rows) => {
      let text = "";
      for (const row of rows) text += `${toJson(row)}\n`;
      return text;
    },
  };
}

/** Signal ids in one CSV cell, separated by this (rule ids never contain it). */
export const CSV_SIGNAL_SEPARATOR = ";";

function csvFormatter({ full, withFile }: FormatterOptions): RowFormatter {
  // highWithheld comes after the older columns, so readers that take columns by position keep working.
  const columns = ["id", ...(withFile ? ["file"] : []), "score", "band", "signals", "error", "line", "highWithheld", ...(full ? ["result"] : [])];
  const toCells = (row: OutputRow): (string | number)[] => {
    const id = typeof row.id === "object" ? row.id.numberText : row.id;
    const origin = withFile ? [id, row.file ?? ""] : [id];
    if (row.kind === "error") return [...origin, "", "", "", row.error, row.line, "", ...(full ? [""] : [])];
    const { result } = row;
    return [...origin, result.score, result.band, scoringSignalIds(result).join(CSV_SIGNAL_SEPARATOR), "", "", result.highWithheld ?? "", ...(full ? [JSON.stringify(result)] : [])];
  };
  return {
    header: () => stringify([columns]),
    format: (rows) => (rows.length === 0 ? "" : stringify(rows.map(toCells))),
  };
}

export function rowFormatter(output: OutputFormat, options: FormatterOptions): RowFormatter {
  return output === "csv" ? csvFormatter(options) : jsonlFormatter(options);
}

/**
 * Writes to a stream and waits for `drain` when its buffer is full, so a slow consumer slows the
 * whole pipeline down instead of letting output pile up in memory. A write error (disk full, a
 * closed pipe) fails the next write rather than crashing the process from an event handler.
 */
export class OutputWriter {
  private failure: Error | undefined;

  constructor(readonly stream: Writable) {
    stream.on("error", (error: Error) => {
      this.failure ??= error;
    });
  }

  async write(text: string): Promise<void> {
    if (this.failure) throw this.failure;
    if (text.length === 0 || this.stream.write(text)) return;
    await new Promise<void>((resolve) => {
      const done = (): void => {
        this.stream.off("drain", done);
        this.stream.off("close", done);
        this.stream.off("error", done);
        resolve();
      };
      this.stream.on("drain", done);
      this.stream.on("close", done);
      this.stream.on("error", done);
    });
    if (this.failure) throw this.failure;
  }
}
