/** Opens every input (files or standard input) in order and reads it in its format. */
import { accessSync, constants, createReadStream, fstatSync, statSync } from "node:fs";
import { requireMappedKeys } from "./check-keys.js";
import { type InputFormat, STDIO, inputFormatOf } from "./formats.js";
import type { FieldMapping } from "./mapping.js";
import { readDelimitedRecords, UsageError } from "./read-delimited.js";
import { type ByteCounter, readJsonlRecords } from "./read-jsonl.js";
import type { InputRecord } from "./records.js";

export interface InputsOptions {
  format?: InputFormat;
  mapping: FieldMapping;
  /** Standard input; replaceable in tests. */
  stdin?: NodeJS.ReadableStream & AsyncIterable<Buffer | string>;
}

export interface Inputs {
  records: AsyncIterable<InputRecord>;
  /** Bytes read so far, across all inputs. */
  counter: ByteCounter;
  /** Total size when every input is a regular file (standard input redirected from a file counts), else undefined. */
  totalBytes: number | undefined;
  /** More than one input: records carry their file name. */
  multipleInputs: boolean;
}

function sizeOf(file: string, stdinIsProcess: boolean): number | undefined {
  if (file === STDIO && !stdinIsProcess) return undefined;
  try {
    const stats = file === STDIO ? fstatSync(0) : statSync(file);
    return stats.isFile() ? stats.size : undefined;
  } catch {
    return undefined;
  }
}

/** Fails before reading anything when an input file is missing or is a directory (a `UsageError`, exit code 2). */
export function checkReadable(file: string): void {
  if (file === STDIO) return;
  let isFile: boolean;
  try {
    isFile = statSync(file).isFile();
  } catch {
    throw new UsageError(`cannot read ${file}: no such file`);
  }
  if (!isFile) throw new UsageError(`cannot read ${file}: not a file`);
  try {
    accessSync(file, constants.R_OK);
  } catch {
    throw new UsageError(`cannot read ${file}: permission denied`);
  }
}

/** Reads the inputs one after the other; no file or `-` is standard input. */
export function openInputs(files: readonly string[], options: InputsOptions): Inputs {
  const inputs = files.length > 0 ? files : [STDIO];
  if (inputs.filter((file) => file === STDIO).length > 1) throw new UsageError("standard input (-) can be read only once");
  inputs.forEach(checkReadable);
  const stdin = options.stdin ?? process.stdin;
  const sizes = inputs.map((file) => sizeOf(file, stdin === process.stdin));
  const totalBytes = sizes.every((size) => size !== undefined) ? sizes.reduce<number>((sum, size) => sum + size!, 0) : undefined;
  const counter: ByteCounter = { bytesRead: 0 };
  const withFile = inputs.length > 1;

  async function* records(): AsyncGenerator<InputRecord> {
    for (const file of inputs) {
      const label = file === STDIO ? "standard input" : file;
      const origin = withFile ? label : undefined;
      const source = file === STDIO ? stdin : createReadStream(file);
      const format = inputFormatOf(file, options.format);
      if (format === "jsonl") {
        yield* requireMappedKeys(readJsonlRecords(source as AsyncIterable<Buffer>, counter, origin, label), options.mapping, label);
      } else {
        yield* readDelimitedRecords(source, counter, {
          delimiter: format === "csv" ? "," : "\t",
          quoted: format === "csv",
          mapping: options.mapping,
          label,
          ...(origin !== undefined ? { file: origin } : {}),
        });
      }
    }
  }

  return { records: records(), counter, totalBytes, multipleInputs: withFile };
}
