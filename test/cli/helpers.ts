/** Test helpers for the CLI plumbing: a fake screener, in-memory streams, the built CLI. */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { PassThrough, Readable } from "node:stream";
import { InvalidPostingError } from "../../src/errors.js";
import type { SafeScreenResult, ScreenResult } from "../../src/screen.js";
import type { PostingScreener } from "../../src/cli/io/score-batch.js";
import type { Band, Signal } from "../../src/types.js";

function signal(id: string, contribution: number): Signal {
  return { id, kind: contribution === 0 ? "signal" : "marker", category: "test", title: id, explanation: `${id} explained`, contribution, evidence: [] };
}

/**
 * A screener that needs no rules: "lure" in the text gives band high, "maybe" review, anything else
 * low; a posting without title, description or text is invalid, as with the real one.
 */
export const fakeScreener: PostingScreener = {
  safeScreen(input: unknown): SafeScreenResult {
    const posting = typeof input === "string" ? { text: input } : (input as Record<string, unknown>);
    const text = [posting?.title, posting?.description, posting?.text].filter((v) => typeof v === "string").join(" ");
    if (typeof input !== "string" && (typeof input !== "object" || input === null)) {
      return { success: false, error: new InvalidPostingError([{ path: [], message: "expected a string or a posting object" }]) };
    }
    if (text.trim().length === 0) {
      return { success: false, error: new InvalidPostingError([{ path: [], message: "needs non-empty text in at least one of title, description or text" }]) };
    }
    // "fraud" reads like a job scam: a high score left in review, as screen() does when nothing moves the worker.
    const fraud = text.includes("fraud");
    const band: Band = text.includes("lure") ? "high" : text.includes("maybe") || fraud ? "review" : "low";
    const signals = band === "low" ? [signal("quiet-signal", 0)] : [signal("strong-marker", 2.5), signal("quiet-signal", 0), signal("weak-marker", 0.5)];
    const score = fraud ? 0.97 : { low: 0.01, review: 0.5, high: 0.95 }[band];
    const result = { score, band, ...(fraud ? { highWithheld: "nothing-moves-or-controls-the-worker" } : {}), signals, language: { code: "eng", confidence: 1 } };
    return { success: true, data: result as unknown as ScreenResult };
  },
};

/** A readable stream of the given chunks, like a file or stdin. */
export function streamOf(...chunks: (string | Buffer)[]): Readable {
  return Readable.from(chunks.map((chunk) => (typeof chunk === "string" ? Buffer.from(chunk) : chunk)));
}

/** Collects everything written to it. */
export class Sink extends PassThrough {
  text = "";
  isTTY = false;
  constructor() {
    super();
    this.on("data", (chunk: Buffer) => {
      this.text += chunk.toString();
    });
  }
}

/** Everything an async iterable yields. */
export async function collect<T>(items: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of items) out.push(item);
  return out;
}

export const CLI = fileURLToPath(new URL("../../dist/cli.js", import.meta.url));
export const REPO = fileURLToPath(new URL("../..", import.meta.url));

/** Runs the built CLI (npm test builds it first) and returns its exit code and output. */
export function runCli(args: string[], input?: string, env: NodeJS.ProcessEnv = {}): { status: number | null; stdout: string; stderr: string } {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run "npm run build" first (npm test does)`);
  const result = spawnSync(process.execPath, [CLI, ...args], {
    cwd: REPO,
    input: input ?? "",
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", FORCE_COLOR: undefined, ...env },
    timeout: 60_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** Output lines parsed as JSON. */
export function jsonLines(text: string): Record<string, unknown>[] {
  return text.split("\n").filter((line) => line.length > 0).map((line) => JSON.parse(line) as Record<string, unknown>);
}
