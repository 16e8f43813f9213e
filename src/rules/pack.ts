import type { FieldName } from "../types.js";
import type { RuleCategory, RuleExample, RuleKind } from "./schema.js";

/** A parsed feature condition: `pay.ratioToBenchmark >= 2.5` → `{ path, op: ">=", value: 2.5 }`. */
export interface FeaturePredicate {
  source: string;
  path: string;
  op: "truthy" | "==" | "!=" | ">=" | "<=" | ">" | "<" | "in";
  value?: number | boolean | string | (number | boolean | string)[];
}

/** One rule as compiled into the bundle at build time (patterns already folded like the text). */
export interface CompiledRule {
  id: string;
  kind: RuleKind;
  category: RuleCategory;
  title: string;
  /** Documentation fields: present in the full pack (docs, tests), stripped from the runtime pack. */
  description?: string;
  explanation: string;
  advice?: string;
  falsePositives?: string;
  references?: { title: string; source: string }[];
  weight: number;
  /** A hit shows the job moves or controls the worker; the high band needs one (see the rule schema). */
  movesOrControlsWorker?: boolean;
  /** A hit of this mitigating rule keeps the posting out of the high band (see the rule schema). */
  withholdsHigh?: boolean;
  /** A hit of this mitigating rule damps what the markers add (see the rule schema and `ScoringModel.markerDamping`). */
  dampensMarkers?: boolean;
  /** This rule's own damping factor, in place of the model's (see the rule schema). */
  markerDamping?: number;
  fields?: FieldName[];
  patterns?: Record<string, string[]>;
  when?: FeaturePredicate[];
  allOf?: string[];
  anyOf?: string[];
  atLeast?: { count: number; of: string[] };
  noneOf?: string[];
  examples?: { match: RuleExample[]; noMatch: RuleExample[]; todo?: RuleExample[] };
}

/** The runtime pack: what screen() needs, without examples and documentation (they double the bundle). */
export function toRuntimePack(pack: RulePackData): RulePackData {
  return {
    ...pack,
    rules: pack.rules.map(({ examples: _examples, description: _description, falsePositives: _falsePositives, references: _references, ...rule }) => rule),
  };
}

/** Explanation texts for one language. */
export interface MessagesData {
  name: string;
  ui: Record<string, string>;
  /** Rule ids knowingly shown in English until translated. */
  fallback: string[];
  rules: Record<string, { title: string; explanation: string; advice?: string }>;
}

/** The whole rule pack as generated into `src/generated/rule-pack.json`. */
export interface RulePackData {
  version: string;
  /** Rules in evaluation order: every combination comes after the rules it reads. */
  rules: CompiledRule[];
  messages: Record<string, MessagesData>;
}

const LITERAL_NUMBER = /^-?\d+(?:\.\d+)?$/;

function parseLiteral(raw: string): number | boolean | string {
  const text = raw.trim();
  if (LITERAL_NUMBER.test(text)) return Number(text);
  if (text === "true") return true;
  if (text === "false") return false;
  return text.replace(/^["']|["']$/g, "");
}

/** Parses the `when:` syntax of rule files. Returns a message instead of throwing, for build errors. */
export function parsePredicate(source: string, syntax: RegExp): FeaturePredicate | string {
  const match = syntax.exec(source);
  if (!match) return `cannot read condition "${source}"; write e.g. "pay.ratioToBenchmark >= 2.5"`;
  const [, path = "", op, rawValue] = match;
  if (!op) return { source, path, op: "truthy" };
  if (op === "in") {
    const inner = rawValue?.trim().replace(/^\[|\]$/g, "") ?? "";
    return { source, path, op, value: inner.split(",").map(parseLiteral) };
  }
  const value = parseLiteral(rawValue ?? "");
  if ((op === ">=" || op === "<=" || op === ">" || op === "<") && typeof value !== "number") {
    return `condition "${source}" compares with ${op} but "${rawValue}" is not a number`;
  }
  return { source, path, op: op as FeaturePredicate["op"], value };
}
