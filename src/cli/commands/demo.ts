import { existsSync, readFileSync } from "node:fs";
import type { Command } from "commander";
import pc from "picocolors";
import { screen } from "../../screen.js";

/** The examples `npm start` screens; they are in the source repository only. */
const DEFAULT_EXAMPLES = "corpus/examples.jsonl";
/** Most quotes shown per signal: enough that the words that fired it are among them. */
const MAX_QUOTES = 4;

const BAND_COLOUR = { low: pc.green, review: pc.yellow, high: pc.red } as const;

/** `lurescreen demo [file]`: screens the bundled example postings and prints a short report for each. */
export function registerDemo(program: Command): void {
  program
    .command("demo")
    .description("Screen example postings (JSONL) and print each one's score, band and signals")
    .argument("[file]", "JSONL file of postings", DEFAULT_EXAMPLES)
    .option("--explain-in <lang>", "language of the explanations (ISO 639-3)")
    .addHelpText("after", "\nExample:\n  $ lurescreen demo corpus/examples.jsonl\n")
    .action((file: string, options: { explainIn?: string }) => {
      if (!existsSync(file)) {
        // The examples live in the source repository; the npm package ships no corpus.
        const hint = file === DEFAULT_EXAMPLES ? "; the example postings ship with the source repository, not with the npm package: pass a JSONL file of postings" : "";
        throw Object.assign(new Error(`demo: no such file ${file}${hint}`), { exitCode: 2 });
      }
      const lines = readFileSync(file, "utf8").split("\n").filter((line) => line.trim().length > 0);
      for (const line of lines) {
        const record = JSON.parse(line) as Record<string, unknown> & { id?: string };
        const { id, note: _note, label: _label, basis: _basis, split: _split, tags: _tags, lang: _lang, ...posting } = record;
        const result = screen(posting, options.explainIn ? { explainIn: options.explainIn } : {});
        const colour = BAND_COLOUR[result.band];
        const withheld = result.highWithheld ? pc.dim(`  high withheld: ${result.highWithheld}`) : "";
        process.stdout.write(`${pc.bold(String(id ?? "?"))}  ${colour(result.band.toUpperCase())}  score ${result.score.toFixed(3)}  (${result.language.code})${withheld}\n`);
        const scoring = result.signals.filter((signal) => signal.contribution !== 0);
        for (const signal of scoring) {
          // A rule's evidence holds the words of its conditions too (the place that makes a job abroad),
          // in text order: two quotes hid "fly next week" behind "Sihanoukville" and "Free flight".
          const quotes = [...new Set(signal.evidence.map((e) => `"${e.text}"`))];
          const quote = quotes.slice(0, MAX_QUOTES).join(", ") + (quotes.length > MAX_QUOTES ? ` (+${quotes.length - MAX_QUOTES})` : "");
          const sign = signal.contribution > 0 ? "+" : "";
          process.stdout.write(`   ${sign}${signal.contribution.toFixed(1).padStart(4)}  ${signal.title}${quote ? pc.dim(`  ← ${quote}`) : ""}\n`);
        }
        if (scoring.length === 0) process.stdout.write(pc.dim("   no scoring markers\n"));
        process.stdout.write("\n");
      }
    });
}
