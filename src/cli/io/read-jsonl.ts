/** Streaming JSONL reader: splits lines without parsing them (parsing happens in the scorer). */
import { StringDecoder } from "node:string_decoder";
import { UsageError } from "./read-delimited.js";
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

/**
 * Why the first bytes of an input show UTF-16 or UTF-32 rather than UTF-8, or undefined. A byte
 * order mark says so; without one, a JSON line starts with an ASCII character, which those
 * encodings write with NUL bytes, while UTF-8 JSON has no NUL byte at all.
 */
export function wideEncodingOf(head: Buffer): string | undefined {
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff) || (head[0] === 0 && head[1] === 0 && head[2] === 0xfe && head[3] === 0xff)) {
    return "it starts with a UTF-16 or UTF-32 byte order mark";
  }
  if (head.subarray(0, 4).includes(0)) return "it has NUL bytes, as UTF-16 or UTF-32 text does";
  return undefined;
}

/**
 * Passes the input on after checking its first bytes. Read as UTF-8, a UTF-16 file turns into
 * NUL-laden lines, split in the wrong places, each an error record that does not say why; one
 * clear message is better. Text chunks (already decoded) are passed on unchecked.
 */
async function* requireUtf8(source: AsyncIterable<Buffer | string>, label: string): AsyncGenerator<Buffer | string> {
  const HEAD_BYTES = 4;
  let head: Buffer[] | undefined = [];
  let headLength = 0;
  const checkedHead = (): Buffer => {
    const bytes = Buffer.concat(head!);
    head = undefined;
    const reason = wideEncodingOf(bytes);
    if (reason !== undefined) throw new UsageError(`cannot read ${label}: JSONL must be UTF-8, and ${reason}; convert it first (e.g. iconv -f UTF-16 -t UTF-8)`);
    return bytes;
  };
  for await (const chunk of source) {
    if (head === undefined) {
      yield chunk;
    } else if (typeof chunk === "string") {
      yield checkedHead();
      yield chunk;
    } else {
      head.push(chunk);
      headLength += chunk.length;
      if (headLength >= HEAD_BYTES) yield checkedHead();
    }
  }
  if (head !== undefined && headLength > 0) yield checkedHead();
}

/**
 * Reads JSONL: one record per non-blank line. Blank lines are not records and produce no output.
 * `label` names the input in the error for a file that is not UTF-8.
 */
export async function* readJsonlRecords(source: AsyncIterable<Buffer | string>, counter: ByteCounter, file?: string, label = file ?? "standard input"): AsyncGenerator<InputRecord> {
  const origin = file !== undefined ? { file } : {};
  for await (const line of readLines(requireUtf8(source, label), counter)) {
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
