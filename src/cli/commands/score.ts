import { createWriteStream, fstatSync, openSync, realpathSync, statSync } from "node:fs";
import { finished } from "node:stream/promises";
import { availableParallelism } from "node:os";
import type { Writable } from "node:stream";
import { Command, Option } from "commander";
import type { Band } from "../../types.js";
import { explanationLanguageWarning } from "../io/explain-language.js";
import { INPUT_FORMATS, type InputFormat, OUTPUT_FORMATS, type OutputFormat, STDIO } from "../io/formats.js";
import { type MappableField, mappingFromOptions } from "../io/mapping.js";
import { DEFAULT_PIPELINE, runPipeline } from "../io/pipeline.js";
import { createProgress, formatSummary } from "../io/progress.js";
import { KEY_CHECK_RECORDS } from "../io/check-keys.js";
import { UsageError } from "../io/read-delimited.js";
import { openInputs } from "../io/read-inputs.js";
import { type BatchResult, type FirstError, type InputRecord, type ScoreSettings, addCounts, emptyCounts } from "../io/records.js";
import { type BatchScorer, inProcessScorer, workerPoolScorer } from "../io/scorers.js";
import { OutputWriter, rowFormatter } from "../io/write.js";

/** Options of `lurescreen score`, as commander parses them. */
export interface ScoreCommandOptions {
  format?: InputFormat;
  output?: string;
  outputFormat?: OutputFormat;
  full?: boolean;
  minBand?: Band;
  explainIn?: string;
  workers?: string;
  batchSize: string;
  strict?: boolean;
  quiet?: boolean;
  idCol?: string;
  titleCol?: string;
  descriptionCol?: string;
  textCol?: string;
  companyCol?: string;
  locationCol?: string;
  salaryCol?: string;
  contactCol?: string;
  urlCol?: string;
  languageCol?: string;
}

/** Standard streams, replaceable in tests. */
export interface ScoreIo {
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  /** Builds the scorer; tests inject one with a fake screener. */
  createScorer?: (settings: ScoreSettings, workers: number) => BatchScorer;
}

/** Bad input under `--strict` (exit code 1). The message names the line, never the posting text. */
export class StrictInputError extends Error {
  readonly exitCode = 1;
}

function positiveInteger(value: string, flag: string): number {
  const number = Number(value);
  if (!Number.isInteger(number) || number < 1) throw new UsageError(`${flag} must be a positive integer (got "${value}")`);
  return number;
}

function outputFormatFor(options: ScoreCommandOptions): OutputFormat {
  if (options.outputFormat) return options.outputFormat;
  return options.output && options.output !== STDIO && options.output.toLowerCase().endsWith(".csv") ? "csv" : "jsonl";
}

/** Device and inode of a file (followed through links), or undefined when it does not exist yet. */
function identityOf(path: string | 0): { dev: bigint; ino: bigint; real?: string } | undefined {
  try {
    const stats = path === 0 ? fstatSync(0, { bigint: true }) : statSync(path, { bigint: true });
    return { dev: stats.dev, ino: stats.ino, ...(path === 0 ? {} : { real: realpathSync(path) }) };
  } catch {
    return undefined;
  }
}

/**
 * Refuses an output that is one of the inputs, before it is opened: opening it for writing empties
 * it, so the run would read nothing and report success over the lost input. Device and inode catch
 * hard links and symbolic links too; the real path covers file systems that report no inode numbers.
 * Standard input counts when it is redirected from the output file (`score < a.jsonl -o a.jsonl`).
 */
function refuseOutputOverInput(output: string | undefined, files: readonly string[], stdinIsProcess: boolean): void {
  if (output === undefined || output === STDIO) return;
  const target = identityOf(output);
  if (target === undefined) return;
  const inputs = files.length > 0 ? files : [STDIO];
  for (const file of inputs) {
    if (file === STDIO && !stdinIsProcess) continue;
    const input = identityOf(file === STDIO ? 0 : file);
    if (input === undefined) continue;
    const sameInode = input.ino !== 0n && input.dev === target.dev && input.ino === target.ino;
    if (sameInode || (input.real !== undefined && input.real === target.real)) {
      const name = file === STDIO ? "standard input" : file;
      throw new UsageError(`--output ${output} is the input ${name}; writing it would erase the input before it is read (choose another output file)`);
    }
  }
}

/** Opens the output file now, so a bad path is a usage error before any work is done. */
function openOutput(path: string | undefined, stdout: NodeJS.WriteStream): Writable {
  if (path === undefined || path === STDIO) return stdout;
  let fd: number;
  try {
    fd = openSync(path, "w");
  } catch (error) {
    throw new UsageError(`cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? "error"}`);
  }
  return createWriteStream("", { fd });
}

/** Ends an output file and waits until it is on disk; a late write error (disk full) surfaces here. */
async function closeOutput(output: Writable, stdout: NodeJS.WriteStream): Promise<void> {
  if (output === stdout) return;
  output.end();
  await finished(output);
}

function strictMessage(error: FirstError): string {
  const where = error.file !== undefined ? `${error.file}, line ${error.line}` : `line ${error.line}`;
  return `${where}: ${error.message} (stopped by --strict; the records before it were written)`;
}

/** Reads, scores and writes every record of `files` (or standard input). */
export async function runScore(files: string[], options: ScoreCommandOptions, io: ScoreIo): Promise<void> {
  const started = performance.now();
  const workers = options.workers === undefined ? availableParallelism() : positiveInteger(options.workers, "--workers");
  const batchSize = positiveInteger(options.batchSize, "--batch-size");
  const columns: Partial<Record<MappableField | "id", string>> = {
    id: options.idCol,
    title: options.titleCol,
    description: options.descriptionCol,
    text: options.textCol,
    company: options.companyCol,
    location: options.locationCol,
    salary: options.salaryCol,
    contact: options.contactCol,
    url: options.urlCol,
    language: options.languageCol,
  };
  const mapping = mappingFromOptions(columns);
  const inputs = openInputs(files, { ...(options.format ? { format: options.format } : {}), mapping, stdin: io.stdin });
  const settings: ScoreSettings = {
    mapping,
    output: outputFormatFor(options),
    full: options.full === true,
    ...(options.minBand ? { minBand: options.minBand } : {}),
    ...(options.explainIn ? { explainIn: options.explainIn } : {}),
    withFile: inputs.multipleInputs,
  };
  const warning = explanationLanguageWarning(options.explainIn);
  if (warning && !options.quiet) io.stderr.write(`${warning}\n`);

  refuseOutputOverInput(options.output, files, io.stdin === process.stdin);
  const output = openOutput(options.output, io.stdout);
  const writer = new OutputWriter(output);
  const scorer = io.createScorer ? io.createScorer(settings, workers) : workers === 1 ? inProcessScorer(settings) : workerPoolScorer(settings, workers);
  // A bar only on a terminal, and not when results scroll past on the same terminal.
  const resultsOnTerminal = output === io.stdout && io.stdout.isTTY === true;
  const progress = createProgress({ enabled: io.stderr.isTTY === true && !options.quiet && !resultsOnTerminal, totalBytes: inputs.totalBytes, stream: io.stderr });
  const totals = emptyCounts();
  let strictError: FirstError | undefined;
  // Bytes read when each batch was submitted, oldest first: the progress bar follows what is written, not the read-ahead.
  const bytesAtSubmit: number[] = [];
  const score = (records: InputRecord[]): Promise<BatchResult> => {
    bytesAtSubmit.push(inputs.counter.bytesRead);
    return scorer.score(records);
  };

  const writeBatch = async (result: BatchResult): Promise<boolean> => {
    if (options.strict && result.firstError) {
      strictError = result.firstError;
      await writer.write(result.firstError.textBefore);
      return false;
    }
    await writer.write(result.text);
    addCounts(totals, result.counts);
    progress.update(totals.records, bytesAtSubmit.shift() ?? inputs.counter.bytesRead);
    return true;
  };

  try {
    await writer.write(rowFormatter(settings.output, settings).header());
    await runPipeline(inputs.records, score, writeBatch, { ...DEFAULT_PIPELINE, batchSize, maxInFlight: scorer.maxInFlight });
  } catch (error) {
    if (output !== io.stdout) output.destroy();
    throw error;
  } finally {
    progress.stop();
    await scorer.close();
  }
  await closeOutput(output, io.stdout);
  if (strictError) throw new StrictInputError(strictMessage(strictError));
  if (!options.quiet) io.stderr.write(`${formatSummary(totals, (performance.now() - started) / 1000, options.minBand)}\n`);
}

const columnOption = (field: string): Option => new Option(`--${field}-col <column>`, `column (CSV/TSV) or key (JSONL) holding the posting's ${field} (default: ${field})`);

/** `lurescreen score [files...]`: screens many postings, streaming, one output record per input record. */
export function registerScore(program: Command, io?: ScoreIo): void {
  program
    .command("score")
    .description("Screen postings from JSONL, CSV or TSV files (or standard input) and write one result per record")
    .argument("[files...]", "input files; none or - reads standard input")
    .addOption(new Option("-f, --format <format>", "input format (default: from the file extension; standard input is JSONL)").choices(INPUT_FORMATS))
    .option("-o, --output <file>", "write results to this file instead of standard output")
    .addOption(new Option("--output-format <format>", "output format (default: csv when --output ends in .csv, else jsonl)").choices(OUTPUT_FORMATS))
    .option("--full", "write the whole result (signals with evidence, language, features, versions), not only id, score, band and signal ids")
    .addOption(new Option("--min-band <band>", "write only records at this band or above; error records are always written").choices(["low", "review", "high"]))
    .option("--explain-in <lang>", "language of signal titles and explanations with --full (ISO 639-3, e.g. vie)")
    .option("-w, --workers <n>", `worker threads; 1 scores in this process (default: one per core, here ${availableParallelism()})`)
    .option("--batch-size <n>", "records sent to a worker at a time", String(DEFAULT_PIPELINE.batchSize))
    .option("--strict", "stop at the first invalid record, print its line number and exit with code 1")
    .option("-q, --quiet", "no progress bar, no summary")
    .addOption(new Option("--id-col <column>", "column (CSV/TSV) or key (JSONL) holding the record id (default: id)"))
    .addOption(columnOption("title"))
    .addOption(columnOption("description"))
    .addOption(columnOption("text"))
    .addOption(columnOption("company"))
    .addOption(columnOption("location"))
    .addOption(columnOption("salary"))
    .addOption(columnOption("contact"))
    .addOption(columnOption("url"))
    .addOption(new Option("--language-col <column>", "column (CSV/TSV) or key (JSONL) holding an ISO 639-3 language hint (default: language)"))
    .addHelpText(
      "after",
      `
Input
  JSONL: one posting object per line, e.g. {"id":"a1","title":"...","description":"..."}; a line
  may also be a JSON string (the posting text). JSONL must be UTF-8 (a byte order mark is fine);
  a UTF-16 file is refused with a usage error (exit 2). CSV/TSV: a header row, then one posting
  per row.
  Columns (CSV/TSV) and keys (JSONL) are named like the posting fields (title, description, text,
  company, location, salary, contact, url, language) and id, unless mapped with --<field>-col.
  A column or key named with --<field>-col or --id-col must exist: in CSV/TSV in the header, in
  JSONL as a key of at least one of the first ${KEY_CHECK_RECORDS} records (any value, null too; other records
  may lack it, as they may lack a company). If not, the run stops with a usage error (exit 2)
  naming the key, since such a name is almost always a typo.
  TSV has no quoting: cells cannot contain tabs or newlines.

Output (one line per input record, in input order)
  {"id":"a1","score":0.91,"band":"high","signals":["tourist-visa-for-work","..."]}
  id is the record's id, or its line number when it has none or cannot be read (a CSV row with
  the wrong number of cells, whose cells may have shifted). A numeric id is written exactly as
  the input has it (digits beyond 2^53 are not rounded); an id that is true, false, an object or
  an array makes the record an error record. signals lists the markers that moved the score,
  largest first. A score at the high threshold left in review says why:
    {"id":"a2","score":0.97,"band":"review","highWithheld":"nothing-moves-or-controls-the-worker",...}
  (or "legitimate-recruiter-marker"; see the README). CSV output has the columns id, score, band,
  signals (separated by ;), error, line, highWithheld, and with --full a last column result
  holding the whole result as JSON. With several input files every record also names its file
  (in CSV, a file column after id).
  A record that cannot be read or is not a valid posting becomes an error record in its place,
    {"id":17,"line":17,"error":"not valid JSON (at character 12)"}
  and the run goes on (--strict stops instead, exit code 1).
  The one exception to one output per input: --min-band review or high leaves out the records
  below that band (error records are still written).

Standard error gets a progress bar (on a terminal) and a summary; never posting text.

Examples:
  $ lurescreen score postings.jsonl > results.jsonl
  $ lurescreen score ads.csv --text-col body --title-col headline --id-col ad_id -o results.csv
  $ cat ads.tsv | lurescreen score --format tsv --min-band review
  $ lurescreen score big.jsonl --workers 4 --full --explain-in vie -o full.jsonl
  $ lurescreen score postings.jsonl --strict --quiet || echo "fix the input first"
`,
    )
    .action(async (files: string[], options: ScoreCommandOptions) => {
      // Standard streams are opened only when the command runs: touching process.stdin earlier would change how other commands can read it.
      await runScore(files, options, io ?? { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr });
    });
}
