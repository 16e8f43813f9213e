import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { compileRulePack } from "../../src/build/compile-rules.js";

const roots: string[] = [];
afterAll(() => {
  for (const root of roots) rmSync(root, { recursive: true, force: true });
});

function rulesDirWith(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), "lurescreen-rules-"));
  roots.push(root);
  const rules = join(root, "rules");
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(rules, path, ".."), { recursive: true });
    writeFileSync(join(rules, path), content);
  }
  return rules;
}

const ENGLISH_PATTERN = "eng: ['\\btourist\\s+visa\\b']";

const VALID_RULE = `id: tourist-visa-offered
kind: marker
category: travel-documents
title: Offers a tourist visa for a work role
description: Work on a tourist visa is irregular in every destination country.
falsePositives: Tourism-industry ads that mention visas for guests.
references: [{ title: "Kemlu advisory", source: "S44" }]
weight: 2
patterns:
  ${ENGLISH_PATTERN}
examples:
  match: ["You will travel on a tourist visa."]
  noMatch: ["We sponsor your work visa."]
`;

describe("compileRulePack", () => {
  it("compiles a valid rule and folds its patterns like the text", () => {
    const vietnamese = VALID_RULE.replace("tourist-visa-offered", "viec-nhe").replace(ENGLISH_PATTERN, "vie: ['việc nhẹ']");
    const { pack, errors } = compileRulePack(rulesDirWith({ "travel-documents/viec-nhe.yaml": vietnamese }), "1.0.0");
    expect(errors).toEqual([]);
    expect(pack.rules[0]?.patterns).toEqual({ vie: ["viec nhe"] });
    expect(pack.version).toMatch(/^1\.0\.0\+[0-9a-f]{8}$/);
  });

  it("names the file, the field and the fix for a schema violation", () => {
    const broken = VALID_RULE.replace("weight: 2", "weight: 0");
    const { errors } = compileRulePack(rulesDirWith({ "travel-documents/tourist-visa-offered.yaml": broken }), "1.0.0");
    expect(errors).toEqual([{ file: "rules/travel-documents/tourist-visa-offered.yaml", field: "weight", message: "a marker needs a positive weight" }]);
  });

  it("carries the moves-or-controls-the-worker mark into the pack, and refuses it on a mitigating rule", () => {
    const marked = VALID_RULE.replace("weight: 2", "weight: 2\nmovesOrControlsWorker: true");
    const { pack, errors } = compileRulePack(rulesDirWith({ "travel-documents/tourist-visa-offered.yaml": marked }), "1.0.0");
    expect(errors).toEqual([]);
    expect(pack.rules[0]?.movesOrControlsWorker).toBe(true);
    const mitigating = marked.replace("kind: marker", "kind: mitigating").replace("weight: 2", "weight: -2");
    const refused = compileRulePack(rulesDirWith({ "travel-documents/tourist-visa-offered.yaml": mitigating }), "1.0.0");
    expect(refused.errors).toEqual([{ file: "rules/travel-documents/tourist-visa-offered.yaml", field: "movesOrControlsWorker", message: "a mitigating rule cannot vouch for the high band" }]);
  });

  it("carries the withholds-high mark of a mitigating rule, and refuses it on a marker", () => {
    const mitigating = VALID_RULE.replace("kind: marker", "kind: mitigating").replace("weight: 2", "weight: -2\nwithholdsHigh: true");
    const { pack, errors } = compileRulePack(rulesDirWith({ "travel-documents/tourist-visa-offered.yaml": mitigating }), "1.0.0");
    expect(errors).toEqual([]);
    expect(pack.rules[0]?.withholdsHigh).toBe(true);
    const marker = VALID_RULE.replace("weight: 2", "weight: 2\nwithholdsHigh: true");
    const refused = compileRulePack(rulesDirWith({ "travel-documents/tourist-visa-offered.yaml": marker }), "1.0.0");
    expect(refused.errors).toEqual([{ file: "rules/travel-documents/tourist-visa-offered.yaml", field: "withholdsHigh", message: "only a mitigating rule can withhold the high band" }]);
  });

  it("carries the damps-markers mark of a mitigating rule, and refuses it on a marker", () => {
    const mitigating = VALID_RULE.replace("kind: marker", "kind: mitigating").replace("weight: 2", "weight: -2\ndampensMarkers: true");
    const { pack, errors } = compileRulePack(rulesDirWith({ "travel-documents/tourist-visa-offered.yaml": mitigating }), "1.0.0");
    expect(errors).toEqual([]);
    expect(pack.rules[0]?.dampensMarkers).toBe(true);
    const marker = VALID_RULE.replace("weight: 2", "weight: 2\ndampensMarkers: true");
    const refused = compileRulePack(rulesDirWith({ "travel-documents/tourist-visa-offered.yaml": marker }), "1.0.0");
    expect(refused.errors).toEqual([{ file: "rules/travel-documents/tourist-visa-offered.yaml", field: "dampensMarkers", message: "only a mitigating rule can damp the markers" }]);
  });

  it("carries a damping rule's own factor, and refuses one without dampensMarkers or outside (0, 1)", () => {
    const own = VALID_RULE.replace("kind: marker", "kind: mitigating").replace("weight: 2", "weight: -1\ndampensMarkers: true\nmarkerDamping: 0.5");
    const { pack, errors } = compileRulePack(rulesDirWith({ "travel-documents/tourist-visa-offered.yaml": own }), "1.0.0");
    expect(errors).toEqual([]);
    expect(pack.rules[0]?.markerDamping).toBe(0.5);
    const alone = VALID_RULE.replace("kind: marker", "kind: mitigating").replace("weight: 2", "weight: -1\nmarkerDamping: 0.5");
    const refused = compileRulePack(rulesDirWith({ "travel-documents/tourist-visa-offered.yaml": alone }), "1.0.0");
    expect(refused.errors).toEqual([{ file: "rules/travel-documents/tourist-visa-offered.yaml", field: "markerDamping", message: "a damping factor needs dampensMarkers: true" }]);
    const outside = own.replace("markerDamping: 0.5", "markerDamping: 1.5");
    expect(compileRulePack(rulesDirWith({ "travel-documents/tourist-visa-offered.yaml": outside }), "1.0.0").errors.map((e) => e.field)).toEqual(["markerDamping"]);
  });

  it("names the file, the field and the fix when the id or folder disagree with the file", () => {
    const broken = VALID_RULE.replace("category: travel-documents", "category: roles");
    const { errors } = compileRulePack(rulesDirWith({ "travel-documents/wrong-name.yaml": broken }), "1.0.0");
    expect(errors).toEqual([
      { file: "rules/travel-documents/wrong-name.yaml", field: "id", message: 'is "tourist-visa-offered" but the file is named wrong-name.yaml; rename one so they agree' },
      {
        file: "rules/travel-documents/wrong-name.yaml",
        field: "category",
        message: expect.stringContaining('is "roles" but the file is in rules/travel-documents/; move the file or fix the category'),
      },
    ]);
  });

  it("refuses unbounded wildcards, invalid regexes and patterns that match nothing at all", () => {
    const rule = VALID_RULE.replace(ENGLISH_PATTERN, "eng: ['tourist.*visa', '(unclosed', 'x?']");
    const { errors } = compileRulePack(rulesDirWith({ "travel-documents/tourist-visa-offered.yaml": rule }), "1.0.0");
    expect(errors.map((e) => `${e.field}: ${e.message.split(";")[0]!.split(":")[0]}`)).toEqual([
      "patterns.eng.0: uses an unbounded wildcard (.*, .+ or [^…]*)",
      "patterns.eng.1: is not a valid regular expression with the u flag",
      "patterns.eng.2: matches the empty string",
    ]);
  });

  it("refuses unknown feature paths and unknown combination references", () => {
    const featureRule = VALID_RULE.replace(`patterns:\n  ${ENGLISH_PATTERN}`, 'when: ["travel.touristVisaa"]');
    const combination = `id: combo
kind: combination
category: combinations
title: A combination of two rules
description: Fires when both sub-rules fire together in one posting.
falsePositives: Whatever the sub-rules misfire on.
references: [{ title: "meta rule", source: "INF" }]
weight: 1
allOf: [tourist-visa-offered, no-such-rule]
examples:
  match: ["x x"]
  noMatch: ["y y"]
`;
    const { errors } = compileRulePack(
      rulesDirWith({ "travel-documents/tourist-visa-offered.yaml": featureRule, "combinations/combo.yaml": combination }),
      "1.0.0",
    );
    expect(errors.map((e) => e.message.split(";")[0])).toEqual(['unknown feature "travel.touristVisaa"', 'refers to unknown rule "no-such-rule"']);
  });

  it("reports YAML syntax errors with the file name", () => {
    const { errors } = compileRulePack(rulesDirWith({ "roles/bad.yaml": "id: [unclosed" }), "1.0.0");
    expect(errors[0]).toMatchObject({ file: "rules/roles/bad.yaml", field: "(yaml)" });
  });

  it("finds the committed rule pack and RULES.md up to date with rules/", () => {
    const output = execFileSync(process.execPath, ["--import", "tsx", "src/build/compile-rules.ts", "--check"], { encoding: "utf8" });
    expect(output).toMatch(/up to date/);
  });
});
