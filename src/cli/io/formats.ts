import { extname } from "node:path";

/** Input formats `lurescreen score` reads. */
export const INPUT_FORMATS = ["jsonl", "csv", "tsv"] as const;
export type InputFormat = (typeof INPUT_FORMATS)[number];

/** Output formats `lurescreen score` writes. */
export const OUTPUT_FORMATS = ["jsonl", "csv"] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

const FORMAT_BY_EXTENSION: Record<string, InputFormat> = {
  ".jsonl": "jsonl",
  ".ndjson": "jsonl",
  ".csv": "csv",
  ".tsv": "tsv",
  ".tab": "tsv",
};

/** Standard input and output are named `-` on the command line. */
export const STDIO = "-";

/**
 * The format of one input: `--format` wins, then the file extension (`.jsonl`/`.ndjson`, `.csv`,
 * `.tsv`/`.tab`); standard input and other extensions are read as JSONL.
 */
export function inputFormatOf(file: string, override?: InputFormat): InputFormat {
  if (override) return override;
  if (file === STDIO) return "jsonl";
  return FORMAT_BY_EXTENSION[extname(file).toLowerCase()] ?? "jsonl";
}
