/** Streaming CSV/TSV reader (csv-parse), turning each row into an object keyed by the header. */
import { Transform, type TransformCallback } from "node:stream";
import { pipeline } from "node:stream/promises";
import { type CsvError, type Info, parse } from "csv-parse";
import type { FieldMapping } from "./mapping.js";
import type { ByteCounter } from "./read-jsonl.js";
import type { InputRecord } from "./records.js";

/** The longest CSV record accepted, in characters; longer ones become error records (bounded memory). */
export const MAX_RECORD_SIZE = 4 * 1024 * 1024;

/** A problem with the input that the user must fix on the command line (exit code 2). */
export class UsageError extends Error {
  readonly exitCode = 2;
}

export interface DelimitedOptions {
  delimiter: "," | "\t";
  /** TSV has no quoting: a `"` at the start of a cell is text (job ads quote things). */
  quoted: boolean;
  mapping: FieldMapping;
  /** For messages about the header ("the header of jobs.csv has no column ..."). */
  label: string;
  file?: string;
}

/** What csv-parse's `skip_records_with_error` reports, mapped to messages that never quote the data. */
const CSV_ERROR_MESSAGES: Record<string, string> = {
  CSV_INVALID_CLOSING_QUOTE: "a quoted field is followed by other characters before the next delimiter",
  CSV_QUOTE_NOT_CLOSED: "a quoted field that starts on this line is not closed; the lines after it up to the end of the input were read as part of it",
  CSV_INVALID_OPENING_QUOTE: "a quote appears inside an unquoted field",
  CSV_MAX_RECORD_SIZE: `the row is longer than ${MAX_RECORD_SIZE} characters`,
  CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE: "a quoted field is followed by other characters before the next delimiter",
};

function describeCsvError(error: CsvError | undefined): string {
  const code = error?.code ?? "";
  return CSV_ERROR_MESSAGES[code] ?? `malformed row (${code || "unknown CSV error"})`;
}

/** Line breaks as an editor counts them: `\r\n`, `\n`, or a lone `\r` (old Mac files). */
function countLineBreaks(text: string): number {
  let count = 0;
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 0x0a || (code === 0x0d && text.charCodeAt(at + 1) !== 0x0a)) count++;
  }
  return count;
}

/**
 * Physical line numbers of rows, counted from their raw text. csv-parse's own count (`info.lines`)
 * cannot be used: it counts a `\r\n` inside a quoted cell as two lines, and it ends where a row
 * ends while the row's raw text begins with the empty lines skipped before it. The raw texts of
 * all rows, in order, hold every line break of the input (of a `\r\n` that ends a row, csv-parse
 * keeps only the `\r`, which still counts once), so a running count gives the line each row starts on.
 */
class LineCounter {
  private next = 1;

  /** The line where the row with this raw text starts, after any empty lines before it; moves past the row. */
  startOf(raw: string): number {
    const emptyLines = /^[\r\n]*/.exec(raw)![0];
    const start = this.next + countLineBreaks(emptyLines);
    this.next += countLineBreaks(raw);
    return start;
  }
}

/** A row as csv-parse emits it with `info: true`, or our marker for a row it skipped. */
type ParsedItem = { record: string[]; info: Info & { raw?: string } } | { skipped: { raw: string; message: string } };

/** Counts bytes on their way into the parser, for the progress bar. */
function byteCounting(counter: ByteCounter): Transform {
  return new Transform({
    transform(chunk: Buffer, _encoding, callback: TransformCallback) {
      counter.bytesRead += chunk.length;
      callback(null, chunk);
    },
  });
}

/** Checks the header against the mapping before any row is read, so a typo fails fast and clearly. */
function checkHeader(header: string[], options: DelimitedOptions): void {
  const present = new Set(header);
  const missing = options.mapping.explicit.filter((column) => !present.has(column));
  const listing = header.map((name) => JSON.stringify(name)).join(", ");
  if (missing.length > 0) {
    throw new UsageError(`the header of ${options.label} has no column ${missing.map((c) => JSON.stringify(c)).join(", ")} (columns: ${listing})`);
  }
  const { title, description, text } = options.mapping.fields;
  if (![title, description, text].some((column) => present.has(column))) {
    throw new UsageError(
      `the header of ${options.label} has none of the columns ${JSON.stringify(title)}, ${JSON.stringify(description)}, ${JSON.stringify(text)}; ` +
        `name the posting's text column with --text-col, --title-col or --description-col (columns: ${listing})`,
    );
  }
}

/**
 * Reads CSV or TSV. The first row is the header. Each later row becomes a record keyed by the
 * header (empty cells left out); a row with the wrong number of cells, or one csv-parse cannot read,
 * becomes an error record at its line, and reading goes on. A stray quote inside a cell is kept as
 * text (`relax_quotes`); a quoted field that is never closed swallows the rest of the input, which
 * is then reported as one error record at the line where the field starts.
 */
export async function* readDelimitedRecords(source: NodeJS.ReadableStream, counter: ByteCounter, options: DelimitedOptions): AsyncGenerator<InputRecord> {
  const origin = options.file !== undefined ? { file: options.file } : {};
  const parser = parse({
    delimiter: options.delimiter,
    quote: options.quoted ? '"' : false,
    bom: true,
    info: true,
    raw: true,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: true,
    skip_records_with_error: true,
    max_record_size: MAX_RECORD_SIZE,
    // Called synchronously while the parser pushes records, so the marker lands in input order.
    // Its line is counted when it is read, like every other row's, since rows before it may still be queued.
    on_skip: (error: CsvError | undefined, raw: string | undefined) => {
      parser.push({ skipped: { raw: raw ?? "", message: describeCsvError(error) } } satisfies ParsedItem);
      return undefined;
    },
  });
  const feeding = pipeline(source, byteCounting(counter), parser);
  // The pipeline's rejection surfaces through the iteration below; this only prevents an unhandled rejection.
  feeding.catch(() => {});

  const lines = new LineCounter();
  let header: string[] | undefined;
  for await (const item of parser as AsyncIterable<ParsedItem>) {
    if ("skipped" in item) {
      yield { kind: "error", line: lines.startOf(item.skipped.raw), ...origin, error: item.skipped.message };
      continue;
    }
    const { record, info } = item;
    const line = lines.startOf(info.raw ?? "");
    if (header === undefined) {
      header = record.map((name, index) => (index === 0 ? name.replace(/^\uFEFF/, "") : name).trim());
      checkHeader(header, options);
      continue;
    }
    if (record.length !== header.length) {
      yield { kind: "error", line, ...origin, error: `expected ${header.length} cells as in the header, got ${record.length}` };
      continue;
    }
    const cells: Record<string, string> = {};
    for (let index = 0; index < header.length; index++) {
      const value = record[index]!;
      if (value.length > 0) cells[header[index]!] = value;
    }
    yield { kind: "row", line, ...origin, cells };
  }
  await feeding;
}
