import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import pack from "../../src/generated/rule-pack.json";
import type { RulePackData } from "../../src/rules/pack.js";
import { redosVerdict } from "../redos-verdict.js";

const rulePack = pack as unknown as RulePackData;

/** recheck verdict; `unknown` (the analyser gave up) counts as a failure so nobody ships an unchecked pattern. */
function verdict(source: string, flags: string): string {
  return redosVerdict(source, flags).detail;
}

const rulePatterns = rulePack.rules.flatMap((rule) =>
  Object.entries(rule.patterns ?? {}).flatMap(([language, sources]) => sources.map((source, index) => ({ name: `${rule.id} ${language}[${index}]`, source }))),
);

function listSources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? listSources(join(dir, entry.name)) : entry.name.endsWith(".ts") ? [join(dir, entry.name)] : [],
  );
}

/** Every regular-expression literal in the library's source, found with the TypeScript parser. */
function sourceRegexLiterals(): { name: string; source: string; flags: string }[] {
  const found: { name: string; source: string; flags: string }[] = [];
  for (const file of listSources("src").filter((f) => !f.includes("/build/"))) {
    const sourceFile = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.ES2022, true);
    const visit = (node: ts.Node): void => {
      if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const text = node.getText(sourceFile);
        const slash = text.lastIndexOf("/");
        const line = sourceFile.getLineAndCharacterOfPosition(node.getStart()).line + 1;
        found.push({ name: `${file}:${line}`, source: text.slice(1, slash), flags: text.slice(slash + 1).replace(/[gy]/g, "") });
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  return found;
}

describe("every regular expression is free of catastrophic backtracking", () => {
  it.each(rulePatterns)("rule pattern $name", ({ source }) => {
    expect(verdict(source, "u")).toBe("safe");
  }, 60_000);

  it.each(sourceRegexLiterals())("source regex $name", ({ source, flags }) => {
    expect(verdict(source, flags)).toBe("safe");
  }, 60_000);
});
