import { readFileSync, statSync } from "node:fs";
import { Command, Option } from "commander";
import pc from "picocolors";
import { InvalidPostingError } from "../../errors.js";
import { BUNDLED_RULE_PACK, type ScreenResult, createScreener } from "../../screen.js";
import { type Band, type FieldName, type HighWithheldReason, type Signal, TEXT_FIELDS } from "../../types.js";
import { HIGH_WITHHELD_UI_KEY, UI_ENGLISH, markersDampedUiKey, partialDampingRules, uiTexts } from "../../explain/ui-texts.js";
import { explanationLanguageWarning } from "../io/explain-language.js";
import { STDIO } from "../io/formats.js";
import { defaultMapping, mapRecord } from "../io/mapping.js";
import { UsageError } from "../io/read-delimited.js";
import { describeJsonError } from "../io/score-batch.js";

/** Largest input `explain` reads, in bytes; a posting is at most 200,000 characters. */
const MAX_INPUT_BYTES = 4 * 1024 * 1024;

interface ExplainOptions {
  lang?: string;
  explainIn?: string;
  json?: boolean;
}

/** The input is not a posting (exit code 1); the message never repeats the posting text. */
class BadPostingError extends Error {
  readonly exitCode = 1;
}

type Colours = ReturnType<typeof pc.createColors>;

/** Whether to colour: a terminal, unless NO_COLOR is set; FORCE_COLOR forces it either way. */
export function useColour(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv = process.env): boolean {
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== "0") return true;
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== "") return false;
  return stream.isTTY === true;
}

/** Reads one posting: a JSON object (posting fields, extra keys ignored) or plain text. */
export function parsePostingInput(content: string): unknown {
  const trimmed = content.trim();
  if (!trimmed.startsWith("{")) return content;
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch (error) {
    throw new BadPostingError(`the input starts with "{" but is ${describeJsonError(error)}; explain reads one posting (use score for JSONL)`);
  }
  return mapRecord(value, defaultMapping()).posting;
}

const tooLarge = (): BadPostingError => new BadPostingError(`the input is larger than ${MAX_INPUT_BYTES} bytes; explain reads one posting`);

async function readStream(stream: AsyncIterable<Buffer | string>): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const buffer = typeof chunk === "string" ? Buffer.from(chunk) : chunk;
    size += buffer.length;
    if (size > MAX_INPUT_BYTES) throw tooLarge();
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

async function readInput(file: string): Promise<string> {
  let buffer: Buffer;
  if (file === STDIO) {
    buffer = await readStream(process.stdin);
  } else {
    let size: number;
    try {
      size = statSync(file).size;
    } catch (error) {
      throw new UsageError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? "error"}`);
    }
    if (size > MAX_INPUT_BYTES) throw tooLarge();
    buffer = readFileSync(file);
  }
  return buffer.toString("utf8").replace(/^\uFEFF/, "");
}

/** For a moderator reading English; with --lang the reader is more likely a worker, so the page's summaries are used. */
const MODERATOR_SUMMARY: Record<Band, string> = {
  high: "Strong markers of a trafficking-recruitment lure. Hold the posting for a person's review.",
  review: "Some markers of a trafficking-recruitment lure. Worth a person's review.",
  low: "Few or no markers found. This does not show that the posting is safe.",
};

const MODERATOR_HIGH_WITHHELD: Record<HighWithheldReason, string> = {
  "nothing-moves-or-controls-the-worker":
    "The score reached the high threshold, but no marker moves or controls the worker (destination abroad or hub, travel, border, passport held, penalty for leaving): likely job fraud rather than a trafficking lure, so review, not an automatic hold.",
  "legitimate-recruiter-marker":
    "The score reached the high threshold, but the ad shows a strong legitimacy marker (recruitment licence, government scheme, written contract before travel, registered entity, statutory insurance, or warnings to job seekers): verify it before any hold.",
};

const BAND_KEY: Record<Band, string> = { high: "High", review: "Review", low: "Low" };

type SpanKind = "raises" | "lowers" | "noticed";
/** Which kind a merged span takes when spans of several kinds overlap: what moves the score shows. */
const SPAN_PRIORITY: Record<SpanKind, number> = { raises: 2, lowers: 1, noticed: 0 };
interface Span {
  start: number;
  end: number;
  kind: SpanKind;
}

/**
 * Evidence spans of one field, sorted and merged; where spans overlap, the merged span raises if any
 * of them does, else lowers if any does. Signals that add nothing on their own (contribution 0) are
 * "noticed": marking them as raising made a caseworker read "dormitory provided" as a warning sign.
 */
export function mergedSpans(signals: readonly Signal[], field: FieldName, length: number): Span[] {
  const spans: Span[] = [];
  for (const signal of signals) {
    const kind: SpanKind = signal.contribution < 0 ? "lowers" : signal.contribution > 0 ? "raises" : "noticed";
    for (const evidence of signal.evidence) {
      if (evidence.field !== field) continue;
      const start = Math.max(0, Math.min(evidence.start, length));
      const end = Math.max(start, Math.min(evidence.end, length));
      if (end > start) spans.push({ start, end, kind });
    }
  }
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const span of spans) {
    const last = merged[merged.length - 1];
    if (last && span.start < last.end) {
      last.end = Math.max(last.end, span.end);
      if (SPAN_PRIORITY[span.kind] > SPAN_PRIORITY[last.kind]) last.kind = span.kind;
    } else {
      merged.push({ ...span });
    }
  }
  return merged;
}

/** The field text with its evidence marked: colours on a terminal, [[raises]], {{lowers}} and ((noticed)) otherwise. */
export function highlight(text: string, spans: readonly Span[], colours: Colours | undefined): string {
  let out = "";
  let at = 0;
  for (const span of spans) {
    out += text.slice(at, span.start);
    const marked = text.slice(span.start, span.end);
    if (colours) out += span.kind === "raises" ? colours.black(colours.bgYellow(marked)) : span.kind === "lowers" ? colours.black(colours.bgGreen(marked)) : colours.underline(marked);
    else out += span.kind === "raises" ? `[[${marked}]]` : span.kind === "lowers" ? `{{${marked}}}` : `((${marked}))`;
    at = span.end;
  }
  return out + text.slice(at);
}

const oneLine = (text: string): string => text.replace(/\s+/g, " ").trim();

function formatContribution(contribution: number): string {
  const sign = contribution > 0 ? "+" : contribution < 0 ? "−" : " ";
  return `${sign}${Math.abs(contribution).toFixed(1)}`.padStart(5);
}

function renderSignal(signal: Signal, c: Colours, ui: Record<string, string>): string[] {
  const indent = "        ";
  const lines = [`  ${formatContribution(signal.contribution)}  ${c.bold(signal.title)}`, `${indent}${signal.explanation}`];
  if (signal.advice) lines.push(`${indent}${ui.whatToCheck}: ${signal.advice}`);
  if (signal.evidence.length > 0) {
    // The same span can support a signal twice (a combination of two markers); list it once.
    const quotes = [...new Set(signal.evidence.map((evidence) => `"${oneLine(evidence.text)}" (${evidence.field})`))];
    lines.push(`${indent}${c.dim(`${ui.evidence}: ${quotes.join(", ")}`)}`);
  }
  return lines;
}

/**
 * The whole explanation for a person: band and score, the signals in groups, then the marked posting.
 * `ui` holds the interface texts in the explanation language (see `uiTexts`); `moderator` keeps the
 * English moderator summary.
 */
/** The damping rules of the bundled pack whose reading is partial (see `partialDampingRules`). */
const BUNDLED_PARTIAL_DAMPING = partialDampingRules(BUNDLED_RULE_PACK);

export function renderExplanation(
  fields: Partial<Record<FieldName, string>>,
  result: ScreenResult,
  colour: boolean,
  ui: Record<string, string> = UI_ENGLISH,
  moderator = ui === UI_ENGLISH,
  partialDamping: readonly string[] = BUNDLED_PARTIAL_DAMPING,
): string {
  const c = pc.createColors(colour);
  const bandColour = { low: c.green, review: c.yellow, high: c.red }[result.band];
  const raising = result.signals.filter((s) => s.contribution > 0);
  const lowering = result.signals.filter((s) => s.contribution < 0);
  const noticed = result.signals.filter((s) => s.contribution === 0);
  const language = result.language.code === "und" ? "und" : `${result.language.code}, ${result.language.confidence.toFixed(2)}`;
  const bandKey = BAND_KEY[result.band];

  const lines: string[] = [
    `${c.bold(bandColour(result.band.toUpperCase()))}  ${ui[`band${bandKey}`]}  ${ui.score} ${result.score.toFixed(3)}  (${ui.detectedLanguage}: ${language})`,
    moderator ? MODERATOR_SUMMARY[result.band] : ui[`summary${bandKey}`]!,
  ];
  if (result.highWithheld) lines.push(moderator ? MODERATOR_HIGH_WITHHELD[result.highWithheld] : ui[HIGH_WITHHELD_UI_KEY[result.highWithheld]]!);
  if (result.markersDamped) {
    const { by, factor } = result.markersDamped;
    const key = markersDampedUiKey(result.markersDamped, partialDamping);
    const why = key === "markersPartlyDamped" ? "part of the text reads as warnings, which lures sometimes paste into an offer" : "in a text made of warnings the lure words are quoted rather than offered";
    lines.push(moderator ? `Markers and combinations count at ${factor}× their weight (already in the figures below): ${by.join(", ")} fired, and ${why}.` : ui[key]!);
  }
  const group = (heading: string, signals: Signal[]): void => {
    if (signals.length === 0) return;
    lines.push("", c.bold(heading));
    for (const signal of signals) lines.push(...renderSignal(signal, c, ui));
  };
  group(ui.raisesHeading!, raising);
  group(ui.lowersHeading!, lowering);
  group(ui.noticedHeading!, noticed);
  if (result.signals.length === 0) lines.push("", ui.noMarkers!);

  const legend = [`[[ ]] ↑ ${ui.raisesHeading}`, `{{ }} ↓ ${ui.lowersHeading}`, ...(noticed.length > 0 ? [`(( )) ${ui.noticedHeading}`] : [])].join(", ");
  lines.push("", c.bold(colour ? ui.highlightedHeading! : `${ui.highlightedHeading} (${legend})`));
  for (const field of TEXT_FIELDS) {
    const text = fields[field];
    if (typeof text !== "string" || text.length === 0) continue;
    const marked = highlight(text, mergedSpans(result.signals, field, text.length), colour ? c : undefined);
    lines.push(`${c.dim(`${field}:`)} ${marked}`);
  }
  return `${lines.join("\n")}\n`;
}

function fieldsOf(posting: unknown): Partial<Record<FieldName, string>> {
  if (typeof posting === "string") return { text: posting };
  const fields: Partial<Record<FieldName, string>> = {};
  const source = posting as Record<string, unknown>;
  for (const field of TEXT_FIELDS) if (typeof source[field] === "string") fields[field] = source[field] as string;
  return fields;
}

/** `lurescreen explain [file]`: one posting, explained for a person. */
export function registerExplain(program: Command): void {
  program
    .command("explain")
    .description("Explain the screening of one posting (plain text or a JSON object): band, score, each signal with its evidence")
    .argument("[file]", "file with one posting; none or - reads standard input", STDIO)
    .addOption(new Option("--lang <lang>", "language of the explanations (ISO 639-3, e.g. ind)"))
    .option("--explain-in <lang>", "same as --lang")
    .option("--json", "print the raw result as JSON")
    .addHelpText(
      "after",
      `
The posting is read as JSON when it starts with "{" (fields title, description, text, company,
location, salary, contact, url, language; other keys are ignored), otherwise as plain text.
On a terminal the evidence is highlighted in colour; otherwise it is marked [[like this]] when it
raises the score, {{like this}} when it lowers it and ((like this)) when it was noticed but counts
only together with other markers (underlined on a terminal). NO_COLOR and FORCE_COLOR are respected.

Examples:
  $ lurescreen explain ad.txt
  $ pbpaste | lurescreen explain
  $ echo '{"title":"Data entry, Sihanoukville","description":"..."}' | lurescreen explain --lang ind
  $ lurescreen explain ad.json --json | jq .signals
`,
    )
    .action(async (file: string, options: ExplainOptions) => {
      const language = options.lang ?? options.explainIn;
      const posting = parsePostingInput(await readInput(file));
      let result: ScreenResult;
      const screener = createScreener();
      try {
        result = screener.screen(posting, language ? { explainIn: language } : {});
      } catch (error) {
        if (error instanceof InvalidPostingError) throw new BadPostingError(error.message);
        throw error;
      }
      const warning = explanationLanguageWarning(language);
      if (warning) process.stderr.write(`${warning}\n`);
      process.stdout.write(options.json ? `${JSON.stringify(result, null, 2)}\n` : renderExplanation(fieldsOf(posting), result, useColour(process.stdout), uiTexts(screener.rulePack, language), !language || language === "eng"));
    });
}
