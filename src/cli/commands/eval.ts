import { mkdirSync, writeFileSync } from "node:fs";
import { basename, dirname } from "node:path";
import type { Command } from "commander";
import { type ScoredExample, evaluate } from "../../eval/metrics.js";
import { loadJsonl } from "../../eval/load.js";
import { realadsHalf } from "../../eval/realads-split.js";
import { renderHtmlReport } from "../../eval/report-html.js";
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
    .addHelpText(
      "after",
      "\nExamples:\n  $ lurescreen eval corpus/postings/*.jsonl --split test --html report.html\n  $ lurescreen eval ../shared/data/realads/*.jsonl --json > realads.json\n  $ lurescreen eval corpus/postings/*.jsonl --split test --basis \"written blind\"\n",
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
      const records = loadJsonl(files).filter(
        (r) =>
          (options.split === "all" || r.split === options.split) &&
          (!options.half || realadsHalf(r.id) === options.half) &&
          (basis === undefined || (r.basis ?? "").toLowerCase().includes(basis)) &&
          (options.tag === undefined || (r.tags ?? []).includes(options.tag)),
      );
      const examples: ScoredExample[] = [];
      let invalid = 0;
      for (const record of records) {
        const outcome = screener.safeScreen(record.posting);
        if (!outcome.success) {
          invalid++;
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
          file: basename(record.file),
        });
      }
      const report = evaluate(examples, screener.model.thresholds);
      const filters = [options.basis ? `basis "${options.basis}"` : "", options.tag ? `tag ${options.tag}` : ""].filter(Boolean).join(", ");
      const scope = (options.half ? `${options.half} half` : options.split === "all" ? "all records" : `${options.split} split`) + (filters ? `, ${filters}` : "");
      const title = options.title ?? `lurescreen evaluation (${scope}, model ${screener.model.version})`;
      if (options.html) {
        mkdirSync(dirname(options.html), { recursive: true });
        writeFileSync(options.html, renderHtmlReport(report, title));
      }
      if (options.json) process.stdout.write(`${JSON.stringify({ ...report, invalidRecords: invalid }, null, 2)}\n`);
      else process.stdout.write(`${renderTextReport(report, title)}\n${invalid > 0 ? `\n${invalid} record(s) failed validation and were skipped.\n` : ""}`);
    });
}
