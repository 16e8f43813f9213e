/**
 * What the feature extractors cost: `screen()` against the same pipeline without them (normalise,
 * detect language, match the rule patterns; feature conditions see nothing). The bench bundles this
 * file the way the core is built and runs it in a process of its own, so both pipelines run as
 * shipped code and as the only copy of the library: run from source through tsx, every closure is
 * wrapped to keep its name, and run beside the bench's own copy of the core, the dependencies they
 * share (zod, libphonenumber-js) had already been optimised for that copy's calls. Both skewed the ratio.
 */
import { Bench } from "tinybench";
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
  withFeatures: number;
  withoutFeatures: number;
  ratio: number;
}

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/**
 * Postings per second with and without the extractors. The two alternate in seven short rounds
 * (medians kept), so a change in the machine's load falls on both rather than on whichever ran second.
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
  const rounds: { with: number; without: number }[] = [];
  let a = 0;
  let b = 0;
  for (let round = 0; round < 7; round++) {
    const bench = new Bench({ time: 300, warmupTime: round === 0 ? WARMUP_MS : 50 });
    bench.add("with", () => full.screen(postings[a++ % postings.length]));
    bench.add("without", () => withoutFeatures(postings[b++ % postings.length]));
    await bench.run();
    const perSecond = (name: string): number => 1000 / ((bench.getTask(name)?.result as { period: number }).period);
    rounds.push({ with: perSecond("with"), without: perSecond("without") });
  }
  const withRate = median(rounds.map((r) => r.with));
  const withoutRate = median(rounds.map((r) => r.without));
  return { withFeatures: withRate, withoutFeatures: withoutRate, ratio: withoutRate / withRate };
}
