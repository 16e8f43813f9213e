/**
 * Build step: reads every rule file under `rules/`, validates it, and writes the compiled rule pack
 * (`src/generated/rule-pack.json`, bundled into the library so nothing reads files at run time) and
 * `RULES.md`. `--check` fails when the committed outputs are stale.
 *
 *   tsx src/build/compile-rules.ts [--check]
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { basename, dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parse as parseYaml } from "yaml";
import { foldPatternSource } from "../normalize/fold.js";
import { type CompiledRule, type MessagesData, type RulePackData, parsePredicate, toRuntimePack } from "../rules/pack.js";
import { MessagesFileSchema, PREDICATE_SYNTAX, RULE_CATEGORIES, RuleFileSchema } from "../rules/schema.js";
import { FEATURE_PATHS } from "../features/paths.js";

/** A build problem, phrased so the author knows which file, which field, and what to do. */
export interface RuleBuildError {
  file: string;
  field: string;
  message: string;
}

/** Wildcards that can run to the end of the text; between alternatives they invite catastrophic backtracking. */
const UNBOUNDED_WILDCARD = /(?<!\\)\.(?:\*|\+|\{\d+,\})|\[\^[^\]]*\](?:\*|\+|\{\d+,\})/;

function listYaml(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .flatMap((entry) => (entry.isDirectory() ? listYaml(join(dir, entry.name)) : entry.name.endsWith(".yaml") ? [join(dir, entry.name)] : []))
    .sort();
}

function orderForEvaluation(rules: CompiledRule[], errors: RuleBuildError[], fileOf: Map<string, string>): CompiledRule[] {
  const byId = new Map(rules.map((rule) => [rule.id, rule]));
  const ordered: CompiledRule[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (rule: CompiledRule, trail: string[]): void => {
    if (state.get(rule.id) === "done") return;
    if (state.get(rule.id) === "visiting") {
      errors.push({ file: fileOf.get(rule.id) ?? rule.id, field: "allOf/anyOf/atLeast", message: `combination cycle: ${[...trail, rule.id].join(" → ")}; remove one reference` });
      return;
    }
    state.set(rule.id, "visiting");
    const refs = [...(rule.allOf ?? []), ...(rule.anyOf ?? []), ...(rule.atLeast?.of ?? []), ...(rule.noneOf ?? [])];
    for (const ref of refs) {
      const target = byId.get(ref);
      if (!target) {
        errors.push({ file: fileOf.get(rule.id) ?? rule.id, field: "allOf/anyOf/atLeast/noneOf", message: `refers to unknown rule "${ref}"; check the id (file name under rules/)` });
        continue;
      }
      visit(target, [...trail, rule.id]);
    }
    state.set(rule.id, "done");
    ordered.push(rule);
  };
  // Plain rules first in file order, so evaluation order (and so evidence order) is stable.
  for (const rule of rules.filter((r) => r.kind !== "combination")) visit(rule, []);
  for (const rule of rules.filter((r) => r.kind === "combination")) visit(rule, []);
  return ordered;
}

/** Compiles the rule directory. Pure apart from reading files, so tests can run it on fixtures. */
export function compileRulePack(rulesDir: string, packageVersion: string): { pack: RulePackData; errors: RuleBuildError[]; rulesMarkdown: string } {
  const errors: RuleBuildError[] = [];
  const rules: CompiledRule[] = [];
  const fileOf = new Map<string, string>();
  const hash = createHash("sha256");
  const files = listYaml(rulesDir);
  for (const path of files.filter((p) => !relative(rulesDir, p).startsWith("messages"))) {
    const file = relative(dirname(rulesDir), path);
    const raw = readFileSync(path, "utf8");
    hash.update(file).update(raw);
    let data: unknown;
    try {
      data = parseYaml(raw);
    } catch (error) {
      errors.push({ file, field: "(yaml)", message: `is not valid YAML: ${(error as Error).message.split("\n")[0]}` });
      continue;
    }
    const parsed = RuleFileSchema.safeParse(data);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors.push({ file, field: issue.path.join(".") || "(rule)", message: issue.message });
      continue;
    }
    const rule = parsed.data;
    const expectedId = basename(path, ".yaml");
    const folder = basename(dirname(path));
    if (rule.id !== expectedId) errors.push({ file, field: "id", message: `is "${rule.id}" but the file is named ${expectedId}.yaml; rename one so they agree` });
    if (rule.category !== folder) errors.push({ file, field: "category", message: `is "${rule.category}" but the file is in rules/${folder}/; move the file or fix the category (folders: ${RULE_CATEGORIES.join(", ")})` });
    if (fileOf.has(rule.id)) errors.push({ file, field: "id", message: `"${rule.id}" is also defined in ${fileOf.get(rule.id)}; ids must be unique` });
    fileOf.set(rule.id, file);

    const patterns: Record<string, string[]> = {};
    for (const [language, sources] of Object.entries(rule.patterns ?? {})) {
      patterns[language] = sources.map((source, index) => {
        const folded = foldPatternSource(source);
        if (UNBOUNDED_WILDCARD.test(source)) {
          errors.push({ file, field: `patterns.${language}.${index}`, message: `uses an unbounded wildcard (.*, .+ or [^…]*); bound the gap, e.g. [^\\n]{0,40}` });
        }
        try {
          new RegExp(folded, "gu");
          if (new RegExp(`^(?:${folded})$`, "u").test("")) {
            errors.push({ file, field: `patterns.${language}.${index}`, message: "matches the empty string; it would fire on every posting" });
          }
        } catch (error) {
          errors.push({ file, field: `patterns.${language}.${index}`, message: `is not a valid regular expression with the u flag: ${(error as Error).message}` });
        }
        return folded;
      });
    }
    const when = [];
    for (const [index, source] of (rule.when ?? []).entries()) {
      const predicate = parsePredicate(source, PREDICATE_SYNTAX);
      if (typeof predicate === "string") {
        errors.push({ file, field: `when.${index}`, message: predicate });
        continue;
      }
      if (!FEATURE_PATHS.includes(predicate.path)) {
        errors.push({ file, field: `when.${index}`, message: `unknown feature "${predicate.path}"; known features: ${FEATURE_PATHS.join(", ")}` });
      }
      when.push(predicate);
    }
    rules.push({
      id: rule.id,
      kind: rule.kind,
      category: rule.category,
      title: rule.title,
      description: rule.description,
      explanation: rule.explanation ?? rule.description.split(/(?<=\.)\s/)[0] ?? rule.description,
      ...(rule.advice ? { advice: rule.advice } : {}),
      falsePositives: rule.falsePositives,
      references: rule.references,
      weight: rule.weight,
      ...(rule.movesOrControlsWorker ? { movesOrControlsWorker: true } : {}),
      ...(rule.withholdsHigh ? { withholdsHigh: true } : {}),
      ...(rule.dampensMarkers ? { dampensMarkers: true } : {}),
      ...(rule.markerDamping !== undefined ? { markerDamping: rule.markerDamping } : {}),
      ...(rule.fields ? { fields: rule.fields } : {}),
      ...(rule.patterns ? { patterns } : {}),
      ...(when.length > 0 ? { when } : {}),
      ...(rule.allOf ? { allOf: rule.allOf } : {}),
      ...(rule.anyOf ? { anyOf: rule.anyOf } : {}),
      ...(rule.atLeast ? { atLeast: rule.atLeast } : {}),
      ...(rule.noneOf ? { noneOf: rule.noneOf } : {}),
      examples: rule.examples,
    });
  }

  const messages: Record<string, MessagesData> = {};
  for (const path of files.filter((p) => relative(rulesDir, p).startsWith("messages"))) {
    const file = relative(dirname(rulesDir), path);
    const raw = readFileSync(path, "utf8");
    hash.update(file).update(raw);
    const parsed = MessagesFileSchema.safeParse(parseYaml(raw));
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors.push({ file, field: issue.path.join("."), message: issue.message });
      continue;
    }
    const { language, name, ui, rules: texts, fallback } = parsed.data;
    if (basename(path, ".yaml") !== language) errors.push({ file, field: "language", message: `is "${language}" but the file is ${basename(path)}; name it ${language}.yaml` });
    for (const id of Object.keys(texts)) {
      if (!fileOf.has(id)) errors.push({ file, field: `rules.${id}`, message: `no rule has the id "${id}"; remove it or fix the id` });
    }
    for (const id of fallback ?? []) {
      if (!fileOf.has(id)) errors.push({ file, field: "fallback", message: `no rule has the id "${id}"; remove it from the fallback list` });
    }
    messages[language] = { name, ui: ui ?? {}, fallback: fallback ?? [], rules: texts };
  }

  const ordered = orderForEvaluation(rules, errors, fileOf);
  const version = `${packageVersion}+${hash.digest("hex").slice(0, 8)}`;
  const pack: RulePackData = { version, rules: ordered, messages };
  return { pack, errors, rulesMarkdown: renderRulesMarkdown(pack) };
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, "\\|").replace(/\n/g, " ");
}

/** The generated rule catalogue. */
export function renderRulesMarkdown(pack: RulePackData): string {
  const lines = [
    "# Rules",
    "",
    `Generated from \`rules/\` by \`npm run build:rules\` (rule pack ${pack.version}). Do not edit by hand.`,
    "",
    "Kinds: **marker** scores when it matches; **signal** scores nothing alone and feeds combinations; **mitigating** lowers the score; **combination** fires when other rules do. Weights are the prior log-odds written in the rule file; the fitted model (`src/generated/model.json`) may replace them. The **high** band needs a hit of a rule marked *moves or controls the worker* (a destination abroad or at a hub, travel, a border crossing, a passport held, penalties for leaving): strong markers without one describe job fraud rather than trafficking recruitment, and such a posting stays in **review** whatever its score. So does a posting with a hit of a mitigating rule marked *withholds the high band* (a licence, a government scheme, a written contract before travel, a no-fee policy, a registered entity, statutory insurance, a street address, a sponsored permit, warnings to job seekers): lures seldom copy these, but an automatic hold of a licensed recruiter is the costliest mistake, so a person decides.",
    "",
    "| id | kind | category | prior weight | languages | title | sources |",
    "|---|---|---|---|---|---|---|",
  ];
  const sorted = [...pack.rules].sort((a, b) => (a.category === b.category ? (a.id < b.id ? -1 : 1) : a.category < b.category ? -1 : 1));
  for (const rule of sorted) {
    const languages = Object.keys(rule.patterns ?? {}).join(" ") || (rule.when ? "features" : "combination");
    const sources = [...new Set((rule.references ?? []).map((ref) => ref.source))].join(", ");
    lines.push(`| \`${rule.id}\` | ${rule.kind} | ${rule.category} | ${rule.weight} | ${languages} | ${escapeCell(rule.title)} | ${escapeCell(sources)} |`);
  }
  lines.push("", "## Details", "");
  for (const rule of sorted) {
    lines.push(`### \`${rule.id}\``, "", escapeCell(rule.description ?? ""), "", `- **Kind:** ${rule.kind}, **category:** ${rule.category}, **prior weight:** ${rule.weight}`);
    if (rule.movesOrControlsWorker) lines.push("- **Moves or controls the worker:** yes (a hit lets the posting reach the high band)");
    if (rule.withholdsHigh) lines.push("- **Withholds the high band:** yes (a hit leaves the posting for a person to review, whatever its score)");
    if (rule.dampensMarkers) {
      const factor = rule.markerDamping !== undefined ? `${rule.markerDamping}, its own factor` : "the model's `markerDamping`";
      lines.push(`- **Damps the markers:** yes (a hit scales what every marker and combination adds by ${factor})`);
    }
    if (rule.when) lines.push(`- **Feature conditions:** ${rule.when.map((p) => `\`${p.source}\``).join(", ")}`);
    if (rule.allOf) lines.push(`- **All of:** ${rule.allOf.map((id) => `\`${id}\``).join(", ")}`);
    if (rule.anyOf) lines.push(`- **Any of:** ${rule.anyOf.map((id) => `\`${id}\``).join(", ")}`);
    if (rule.atLeast) lines.push(`- **At least ${rule.atLeast.count} of:** ${rule.atLeast.of.map((id) => `\`${id}\``).join(", ")}`);
    if (rule.noneOf) lines.push(`- **None of:** ${rule.noneOf.map((id) => `\`${id}\``).join(", ")}`);
    lines.push(`- **False positives:** ${escapeCell(rule.falsePositives ?? "")}`);
    lines.push(`- **References:** ${(rule.references ?? []).map((ref) => `${escapeCell(ref.title)} [${ref.source}]`).join("; ")}`, "");
  }
  return `${lines.join("\n")}\n`;
}

function main(): void {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
  const packageVersion = (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string }).version;
  const { pack, errors, rulesMarkdown } = compileRulePack(join(root, "rules"), packageVersion);
  if (errors.length > 0) {
    for (const error of errors) console.error(`${error.file}: ${error.field}: ${error.message}`);
    console.error(`\n${errors.length} problem(s) in the rule files; the rule pack was not written.`);
    process.exit(1);
  }
  const outputs: [string, string][] = [
    [join(root, "src/generated/rule-pack.json"), `${JSON.stringify(pack, null, 1)}\n`],
    [join(root, "src/generated/rule-pack.runtime.json"), `${JSON.stringify(toRuntimePack(pack))}\n`],
    [join(root, "RULES.md"), rulesMarkdown],
  ];
  if (process.argv.includes("--check")) {
    const stale = outputs.filter(([path, content]) => !existsSync(path) || readFileSync(path, "utf8") !== content);
    if (stale.length > 0) {
      console.error(`Stale generated files: ${stale.map(([path]) => relative(root, path)).join(", ")}. Run: npm run build:rules`);
      process.exit(1);
    }
    console.log(`rule pack ${pack.version}: ${pack.rules.length} rules, up to date`);
    return;
  }
  for (const [path, content] of outputs) writeFileSync(path, content);
  console.log(`rule pack ${pack.version}: ${pack.rules.length} rules written`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
