import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import type { Command } from "commander";
import { fileLabels } from "../../eval/file-labels.js";
import { type ScoredExample, evaluate } from "../../eval/metrics.js";
import { type LoadedRecord, readCorpusLines } from "../../eval/load.js";
import { type SkippedLine, describeSkipped } from "../../eval/records.js";
import { realadsHalf } from "../../eval/realads-split.js";
import { renderHtmlReport } from "../../eval/report-html.js";
import { SKIPPED_LISTED } from "../../eval/report-tables.js";
import { renderTextReport } from "../../eval/report-text.js";
import { createScreener } from "../../screen.js";

interface EvalOptions {
  split: string;
  half?: string;
  basis?: string;
  tag?: string;
  json?: boolean;
  html?: string;
  title?: string;
  strict?: boolean;
}

/** Exit code of bad input under --strict, as in the README and `lurescreen score`. */
const EXIT_BAD_INPUT = 1;

const failure = (message: string, exitCode: number): Error => Object.assign(new Error(message), { exitCode });

/** The filters given on the command line, as the user typed them, for messages. */
function filterNames(options: EvalOptions): string[] {
  return [
    options.split !== "all" ? `--split ${options.split}` : "",
    options.half ? `--half ${options.half}` : "",
    options.basis !== undefined ? `--basis "${options.basis}"` : "",
    options.tag !== undefined ? `--tag ${options.tag}` : "",
  ].filter(Boolean);
}

/** Why there is nothing to evaluate; the message names lines by number and never quotes them. */
function nothingToEvaluate(options: EvalOptions, readable: number, skipped: readonly SkippedLine[]): string {
  const filters = filterNames(options);
  if (readable > 0 && filters.length > 0) return `no record matched ${filters.join(" ")} (0 of ${readable} records)`;
  return `nothing to evaluate: ${skipped.length > 0 ? `every line was skipped, the first ${describeSkipped(skipped[0]!)}` : "the input holds no record"}`;
}

/** `lurescreen eval <files...>`: precision, recall, AUCs, calibration, per-language and per-rule statistics. */
export function registerEval(program: Command): void {
  program
    .command("eval")
    .description("Evaluate the screener on labelled (or unlabelled) JSONL postings")
    .argument("<files...>", "JSONL files with id, label (lure | legit | scam, optional), lang and posting fields")
    .option("--split <split>", "only records of this split: train, test or all", "all")
    .option("--half <half>", "real-ads files only: the 'fit' half (used as negatives when fitting) or the 'heldout' half (never fitted on)")
    .option("--basis <text>", "only records whose basis contains this text (case-insensitive), e.g. \"written blind\"")
    .option("--tag <tag>", "only records carrying this tag, e.g. subtle or hard-negative")
    .option("--json", "print the report as JSON")
    .option("--html <file>", "also write a self-contained HTML report")
    .option("--title <title>", "report title")
    .option("--strict", "stop at the first line that cannot be read or record that is not a valid posting, exit code 1")
    .addHelpText(
      "after",
      `
Input
  JSONL, one record per line (a UTF-8 byte order mark and CRLF line ends are fine); a line may
  also be a JSON string, the posting text.

Skipped records
  A line that is not valid JSON, not an object or string, or has a posting field that is not a
  string is skipped whatever the filters; a record that matches the filters but is not a valid
  posting (no text) is skipped too. No figure counts them. The text and HTML reports list them
  as file:line: reason under "Skipped" (the first ${SKIPPED_LISTED}), the JSON report in "skipped", and
  standard error says how many. Never posting text. --strict stops at the first instead.

Nothing to evaluate
  When no record matched the filters (real ads have no split: use --half), or the input holds
  none, standard error says so and the report says there is nothing to evaluate; exit code 0,
  as score exits on an empty input.

Exit codes
  0 the report was written; 1 a skipped line under --strict; 2 usage error: a bad option or a
  file that cannot be read.

Examples:
  $ lurescreen eval corpus/postings/*.jsonl --split test --html report.html
  $ lurescreen eval ../shared/data/realads/*.jsonl --json > realads.json
  $ lurescreen eval corpus/postings/*.jsonl --split test --basis "written blind"
`,
    )
    .action((files: string[], options: EvalOptions) => {
      if (!["train", "test", "all"].includes(options.split)) {
        throw Object.assign(new Error(`--split must be train, test or all (got "${options.split}")`), { exitCode: 2 });
      }
      const screener = createScreener();
      if (options.half !== undefined && options.half !== "fit" && options.half !== "heldout") {
        throw Object.assign(new Error(`--half must be fit or heldout (got "${options.half}")`), { exitCode: 2 });
      }
      // A plain substring, not a regular expression: the text comes from the command line.
      const basis = options.basis?.toLowerCase();
      const matches = (r: LoadedRecord): boolean =>
        (options.split === "all" || r.split === options.split) &&
        (!options.half || realadsHalf(r.id) === options.half) &&
        (basis === undefined || (r.basis ?? "").toLowerCase().includes(basis)) &&
        (options.tag === undefined || (r.tags ?? []).includes(options.tag));
      const lines = readCorpusLines(files);
      const labels = fileLabels(files);
      const examples: ScoredExample[] = [];
      const skipped: SkippedLine[] = [];
      // One pass in input order, so that --strict stops at the first problem in the files, whichever kind it is.
      const skip = (line: SkippedLine): void => {
        if (options.strict) throw failure(`${describeSkipped(line)} (stopped by --strict)`, EXIT_BAD_INPUT);
        skipped.push(line);
      };
      let readable = 0;
      let matched = 0;
      for (const entry of lines) {
        if ("problem" in entry) {
          skip({ file: entry.file, line: entry.line, reason: entry.problem });
          continue;
        }
        readable++;
        const record = entry.record;
        if (!matches(record)) continue;
        matched++;
        const outcome = screener.safeScreen(record.posting);
        if (!outcome.success) {
          skip({ file: record.file, line: record.line, reason: outcome.error.message });
          continue;
        }
        const result = outcome.data;
        examples.push({
          id: record.id,
          ...(record.label ? { label: record.label } : {}),
          language: record.lang ?? result.language.code,
          score: result.score,
          band: result.band,
          ...(result.highWithheld ? { highWithheld: result.highWithheld } : {}),
          ruleIds: result.signals.filter((s) => s.contribution !== 0).map((s) => s.id),
          file: labels.get(record.file) ?? record.file,
        });
      }
      // Not an error, as an empty input is none for score, but never silent: an empty report looked like a result.
      if (matched === 0) process.stderr.write(`lurescreen eval: ${nothingToEvaluate(options, readable, skipped)}\n`);
      const report = { ...evaluate(examples, screener.model.thresholds), skipped };
      const filters = [options.basis ? `basis "${options.basis}"` : "", options.tag ? `tag ${options.tag}` : ""].filter(Boolean).join(", ");
      const scope = (options.half ? `${options.half} half` : options.split === "all" ? "all records" : `${options.split} split`) + (filters ? `, ${filters}` : "");
      const title = options.title ?? `lurescreen evaluation (${scope}, model ${screener.model.version})`;
      if (options.html) {
        mkdirSync(dirname(options.html), { recursive: true });
        writeFileSync(options.html, renderHtmlReport(report, title));
      }
      // invalidRecords stays for scripts written against earlier releases; it now counts every skipped line.
      if (options.json) process.stdout.write(`${JSON.stringify({ ...report, invalidRecords: skipped.length }, null, 2)}\n`);
      else process.stdout.write(`${renderTextReport(report, title)}\n`);
      if (skipped.length > 0) process.stderr.write(`lurescreen eval: ${skipped.length} line(s) skipped (not readable or not valid postings), listed in the report; --strict stops at the first\n`);
    });
}
