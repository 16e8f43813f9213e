import { z } from "zod";
import { TEXT_FIELDS } from "../types.js";

/** Rule categories; each is a folder under `rules/`. */
export const RULE_CATEGORIES = [
  "roles",
  "pay",
  "places",
  "contacts",
  "process",
  "travel-documents",
  "requirements",
  "fees-debt",
  "coercion",
  "vagueness",
  "legitimacy",
  "combinations",
] as const;

export type RuleCategory = (typeof RULE_CATEGORIES)[number];

/** `marker` scores when it matches; `signal` scores nothing alone (combinations use it); `mitigating` lowers the score; `combination` fires on other rules. */
export const RULE_KINDS = ["marker", "signal", "mitigating", "combination"] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

const RULE_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;
const LANGUAGE_KEY = /^(?:any|[a-z]{3})$/;

/** `path`, `path == value`, `path >= 2.5`, `path in [a, b]`: a condition on the extracted features (single spaces around the operator). */
export const PREDICATE_SYNTAX = /^([a-zA-Z]\w*(?:\.[a-zA-Z]\w*)*)(?: (==|!=|>=|<=|>|<|in) (\S.*))?$/;

const postingExample = z
  .object({
    title: z.string().optional(),
    description: z.string().optional(),
    text: z.string().optional(),
    company: z.string().optional(),
    location: z.string().optional(),
    salary: z.string().optional(),
    contact: z.string().optional(),
    url: z.string().optional(),
    language: z.string().optional(),
  })
  .strict();

/** An example is a plain text posting or a posting object. */
export const RuleExampleSchema = z.union([z.string().min(1), postingExample]);
export type RuleExample = z.infer<typeof RuleExampleSchema>;

const ruleIdList = z.array(z.string().regex(RULE_ID, { error: "must be a rule id (kebab-case)" })).min(1);

/** Schema of one rule file, `rules/<category>/<id>.yaml`. */
export const RuleFileSchema = z
  .object({
    id: z.string().regex(RULE_ID, { error: "must be kebab-case, e.g. tourist-visa-for-work" }),
    kind: z.enum(RULE_KINDS),
    category: z.enum(RULE_CATEGORIES),
    title: z.string().min(5).max(120),
    description: z.string().min(20),
    explanation: z.string().min(10).max(300).optional(),
    advice: z.string().min(10).max(300).optional(),
    falsePositives: z.string().min(10),
    references: z
      .array(z.object({ title: z.string().min(3), source: z.string().min(1) }).strict())
      .min(1, { error: "cite at least one source id from indicators.md (e.g. S34) or write [INF]" }),
    weight: z.number().min(-10).max(10),
    /**
     * A hit shows the job moves the worker (a destination abroad or at a hub, travel, a border) or
     * takes control of them (passport held, penalties for leaving, secrecy). The high band needs one:
     * without it, strong markers describe job fraud rather than trafficking recruitment.
     */
    movesOrControlsWorker: z.boolean().optional(),
    /**
     * For mitigating rules: a hit is a strong sign of a legitimate recruiter (a licence, a government
     * scheme, a contract before travel, warnings to job seekers) and keeps the posting out of the high
     * band, whatever its score: lures copy such lines rarely, but an automatic hold of a licensed
     * recruiter costs a job board a customer, so a person decides.
     */
    withholdsHigh: z.boolean().optional(),
    /**
     * For mitigating rules: a hit scales down (by the model's `markerDamping`) what every marker and
     * combination adds to the score. Only for what lures were never seen to produce: a text made of
     * warnings quotes the lure words rather than offers them. Signs of a legitimate recruiter (a
     * licence, insurance, a contract before travel) do not qualify: a lure can paste those lines,
     * and a reviewer's lures that did fell to low when they damped (see MARKER_DAMPING in fit.ts).
     */
    dampensMarkers: z.boolean().optional(),
    /**
     * With `dampensMarkers`: this rule's own factor, in place of the model's `markerDamping`, for a
     * weaker reading of the same kind (three advisory cues rather than four). A lure that pastes three
     * warning lines keeps more of what its markers add than a text made of warnings.
     */
    markerDamping: z.number().gt(0).lt(1).optional(),
    fields: z.array(z.enum(TEXT_FIELDS)).min(1).optional(),
    patterns: z
      .record(z.string().regex(LANGUAGE_KEY, { error: "language keys are ISO 639-3 codes or 'any'" }), z.array(z.string().min(2)).min(1))
      .optional(),
    when: z.array(z.string().regex(PREDICATE_SYNTAX, { error: "must read like `pay.ratioToBenchmark >= 2.5`" })).min(1).optional(),
    allOf: ruleIdList.optional(),
    anyOf: ruleIdList.optional(),
    atLeast: z.object({ count: z.number().int().min(1), of: ruleIdList }).strict().optional(),
    noneOf: ruleIdList.optional(),
    examples: z
      .object({
        match: z.array(RuleExampleSchema).min(1, { error: "add at least one posting the rule must match" }),
        noMatch: z.array(RuleExampleSchema).min(1, { error: "add at least one posting the rule must not match" }),
        todo: z.array(RuleExampleSchema).optional(),
      })
      .strict(),
  })
  .strict()
  .superRefine((rule, ctx) => {
    const isCombination = rule.kind === "combination";
    const hasCondition = rule.allOf || rule.anyOf || rule.atLeast || rule.noneOf;
    if (isCombination && !hasCondition) {
      ctx.addIssue({ code: "custom", path: ["kind"], message: "a combination needs allOf, anyOf or atLeast over other rule ids" });
    }
    if (!isCombination && hasCondition) {
      ctx.addIssue({ code: "custom", path: ["kind"], message: "allOf/anyOf/atLeast/noneOf are only for kind: combination" });
    }
    if (!isCombination && !rule.patterns && !rule.when) {
      ctx.addIssue({ code: "custom", path: ["patterns"], message: "give patterns, a `when` feature condition, or both" });
    }
    if (rule.kind === "signal" && rule.weight !== 0) {
      ctx.addIssue({ code: "custom", path: ["weight"], message: "a signal scores nothing alone: set weight: 0" });
    }
    if (rule.kind !== "mitigating" && rule.withholdsHigh) {
      ctx.addIssue({ code: "custom", path: ["withholdsHigh"], message: "only a mitigating rule can withhold the high band" });
    }
    if (rule.kind !== "mitigating" && rule.dampensMarkers) {
      ctx.addIssue({ code: "custom", path: ["dampensMarkers"], message: "only a mitigating rule can damp the markers" });
    }
    if (rule.markerDamping !== undefined && !rule.dampensMarkers) {
      ctx.addIssue({ code: "custom", path: ["markerDamping"], message: "a damping factor needs dampensMarkers: true" });
    }
    if (rule.kind === "mitigating" && rule.movesOrControlsWorker) {
      ctx.addIssue({ code: "custom", path: ["movesOrControlsWorker"], message: "a mitigating rule cannot vouch for the high band" });
    }
    if (rule.kind === "mitigating" && rule.weight >= 0) {
      ctx.addIssue({ code: "custom", path: ["weight"], message: "a mitigating rule needs a negative weight" });
    }
    if (rule.kind === "marker" && rule.weight <= 0) {
      ctx.addIssue({ code: "custom", path: ["weight"], message: "a marker needs a positive weight" });
    }
    if (rule.kind === "combination" && rule.weight < 0) {
      ctx.addIssue({ code: "custom", path: ["weight"], message: "a combination needs a weight of 0 (a derived signal) or more" });
    }
  });

export type RuleFile = z.infer<typeof RuleFileSchema>;

/** Explanation texts of the rules in one language: `rules/messages/<lang>.yaml`. */
export const MessagesFileSchema = z
  .object({
    language: z.string().regex(/^[a-z]{3}$/),
    name: z.string().min(2),
    ui: z.record(z.string(), z.string()).optional(),
    /** Rule ids knowingly shown in English until translated: the explicit fallback the coverage test accepts. */
    fallback: z.array(z.string().regex(RULE_ID)).optional(),
    rules: z.record(
      z.string().regex(RULE_ID),
      z.object({ title: z.string().min(3), explanation: z.string().min(5), advice: z.string().min(5).optional() }).strict(),
    ),
  })
  .strict();

export type MessagesFile = z.infer<typeof MessagesFileSchema>;
