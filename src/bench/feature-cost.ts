/**
 * The two pipelines the bench compares to price the feature extractors: `screen()`, and the same
 * pipeline without them (normalise, detect language, match the rule patterns; feature conditions see
 * nothing). The bench bundles this file the way the library is built, so both run as shipped code:
 * run from source through tsx, every closure is wrapped to keep its name, which taxes the
 * closure-heavy extractors most and skewed the ratio.
 */
import { detectLanguage } from "../language/detect.js";
import { normalizeField } from "../normalize/normalize.js";
import { PostingSchema, postingFields } from "../posting/schema.js";
import { createRuleEngine } from "../rules/engine.js";
import { createScreener } from "../screen.js";

export interface Pipelines {
  withFeatures(input: unknown): unknown;
  withoutFeatures(input: unknown): unknown;
}

export function createPipelines(): Pipelines {
  const full = createScreener();
  const engine = createRuleEngine(full.rulePack);
  const noFeatures = { value: () => undefined, evidence: () => [] };
  return {
    withFeatures: (input) => full.screen(input),
    withoutFeatures: (input) => {
      const posting = PostingSchema.parse(input);
      const fields = postingFields(posting).map(([name, value]) => normalizeField(name, value));
      const language = detectLanguage(
        fields.filter((f) => f.field === "title" || f.field === "description" || f.field === "text").map((f) => f.original),
        posting.language,
      );
      return engine.evaluate(fields, language, noFeatures);
    },
  };
}
