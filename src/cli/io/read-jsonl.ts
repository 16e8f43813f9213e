/** Streaming JSONL reader: splits lines without parsing them (parsing happens in the scorer). */
import { StringDecoder } from "node:string_decoder";
import type { InputRecord } from "./records.js";

/** Counts the bytes read from an input, for the progress bar. */
export interface ByteCounter {
  bytesRead: number;
}

/**
 * Longest line accepted, in UTF-16 units. A posting is at most 200,000 characters; JSON escaping
 * and extra fields can grow that several times. Longer lines become error records, and are never
 * held in memory whole, so one broken file (a missing newline) cannot exhaust memory.
 */
export const MAX_LINE_LENGTH = 4 * 1024 * 1024;

/** A line of input, or the number of a line that was too long to keep. */
export type Line = { line: number; text: string } | { line: number; tooLong: true };

/** Splits a byte stream into lines (`\n` or `\r\n`), numbered from 1. A final line without newline counts. */
export async function* readLines(source: AsyncIterable<Buffer | string>, counter: ByteCounter, maxLength = MAX_LINE_LENGTH): AsyncGenerator<Line> {
  const decoder = new StringDecoder("utf8");
  let pending = "";
  let lineNumber = 0;
  // Set while skipping the rest of an over-long line.
  let discarding = false;
  const finish = (text: string): Line => {
    lineNumber++;
    return { line: lineNumber, text: text.endsWith("\r") ? text.slice(0, -1) : text };
  };

  for await (const chunk of source) {
    let text: string;
    if (typeof chunk === "string") {
      counter.bytesRead += Buffer.byteLength(chunk);
      text = chunk;
    } else {
      counter.bytesRead += chunk.length;
      text = decoder.write(chunk);
    }
    let start = 0;
    let newline = text.indexOf("\n");
    while (newline !== -1) {
      if (discarding) {
        discarding = false;
      } else {
        yield finish(pending + text.slice(start, newline));
      }
      pending = "";
      start = newline + 1;
      newline = text.indexOf("\n", start);
    }
    if (!discarding) {
      pending += text.slice(start);
      if (pending.length > maxLength) {
        lineNumber++;
        yield { line: lineNumber, tooLong: true };
        pending = "";
        discarding = true;
      }
    }
  }
  pending += decoder.end();
  if (!discarding && pending.length > 0) yield finish(pending);
}

const BYTE_ORDER_MARK = "\uFEFF";

/** Reads JSONL: one record per non-blank line. Blank lines are not records and produce no output. */
export async function* readJsonlRecords(source: AsyncIterable<Buffer | string>, counter: ByteCounter, file?: string): AsyncGenerator<InputRecord> {
  const origin = file !== undefined ? { file } : {};
  for await (const line of readLines(source, counter)) {
    if ("tooLong" in line) {
      yield { kind: "error", line: line.line, ...origin, error: `the line is longer than ${MAX_LINE_LENGTH} characters` };
      continue;
    }
    let raw = line.text;
    if (line.line === 1 && raw.startsWith(BYTE_ORDER_MARK)) raw = raw.slice(1);
    // Only a line that starts with white space can be blank; this skips trimming every record.
    if (raw.length === 0 || (raw.charCodeAt(0) <= 0x20 && raw.trim().length === 0)) continue;
    yield { kind: "json", line: line.line, ...origin, raw };
  }
}
