/**
 * What screen() costs on shipped code, measured in a process of its own: postings per second and
 * latency, against the one-regex baseline and against the same pipeline without the feature
 * extractors (normalise, detect language, match the rule patterns; feature conditions see nothing).
 * The bench bundles this file the way the core is built and runs it alone, so the pipelines run as
 * shipped code and as the only copy of the library: run from source through tsx, every closure is
 * wrapped to keep its name; run beside the bench's own copy of the core, the dependencies they share
 * (zod, libphonenumber-js) had already been optimised for that copy's calls, and a second copy of the
 * library in one process ran slower, whichever copy it was.
 */
import { Bench } from "tinybench";
import { baselineScreen } from "./baseline.js";
import { median } from "./stats.js";
import { detectLanguage } from "../language/detect.js";
import { normalizeField } from "../normalize/normalize.js";
import { PostingSchema, postingFields } from "../posting/schema.js";
import { createRuleEngine } from "../rules/engine.js";
import { createScreener } from "../screen.js";
import { TriggerRegistry } from "../features/triggers.js";

/**
 * Warm-up before measuring. The first screen() builds the lexicons, and V8 takes a few seconds of
 * calls to optimise the extractors: one second in, screen() still ran at about half its steady speed.
 */
export const WARMUP_MS = 3_000;

export interface FeatureCost {
  /** screen(), postings per second. */
  withFeatures: number;
  withoutFeatures: number;
  ratio: number;
  /** The one-regex baseline, postings per second. */
  baseline: number;
  /** screen() latency, ms (median over the rounds). */
  p50Ms: number;
  p99Ms: number;
  baselineP50Ms: number;
  baselineP99Ms: number;
}

/**
 * Postings per second with and without the extractors, and of the baseline. The three alternate in
 * seven short rounds (medians kept), so a change in the machine's load falls on all of them rather
 * than on whichever ran last.
 */
export async function measureFeatureCost(postings: readonly unknown[]): Promise<FeatureCost> {
  const full = createScreener();
  // The rules alone, with a trigger registry of their own: what a screener without the features would scan.
  const engine = createRuleEngine(full.rulePack, new TriggerRegistry());
  const noFeatures = { value: () => undefined, evidence: () => [] };
  const withoutFeatures = (input: unknown): unknown => {
    const posting = PostingSchema.parse(input);
    const fields = postingFields(posting).map(([name, value]) => normalizeField(name, value));
    const language = detectLanguage(
      fields.filter((f) => f.field === "title" || f.field === "description" || f.field === "text").map((f) => f.original),
      posting.language,
    );
    return engine.evaluate(fields, language, noFeatures);
  };
  const rounds: { with: number; without: number; baseline: number; p50: number; p99: number; baselineP50: number; baselineP99: number }[] = [];
  let a = 0;
  let b = 0;
  let c = 0;
  for (let round = 0; round < 7; round++) {
    const bench = new Bench({ time: 300, warmupTime: round === 0 ? WARMUP_MS : 50 });
    bench.add("with", () => full.screen(postings[a++ % postings.length]));
    bench.add("without", () => withoutFeatures(postings[b++ % postings.length]));
    bench.add("baseline", () => baselineScreen(postings[c++ % postings.length] as Record<string, unknown>));
    await bench.run();
    const result = (name: string) => bench.getTask(name)?.result as { period: number; latency: { p50: number; p99: number } };
    rounds.push({
      with: 1000 / result("with").period,
      without: 1000 / result("without").period,
      baseline: 1000 / result("baseline").period,
      p50: result("with").latency.p50,
      p99: result("with").latency.p99,
      baselineP50: result("baseline").latency.p50,
      baselineP99: result("baseline").latency.p99,
    });
  }
  const withRate = median(rounds.map((r) => r.with));
  const withoutRate = median(rounds.map((r) => r.without));
  return {
    withFeatures: withRate,
    withoutFeatures: withoutRate,
    ratio: withoutRate / withRate,
    baseline: median(rounds.map((r) => r.baseline)),
    p50Ms: median(rounds.map((r) => r.p50)),
    p99Ms: median(rounds.map((r) => r.p99)),
    baselineP50Ms: median(rounds.map((r) => r.baselineP50)),
    baselineP99Ms: median(rounds.map((r) => r.baselineP99)),
  };
}
