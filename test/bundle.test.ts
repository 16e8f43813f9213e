import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// npm test builds first, so dist/ is the bundle users install.
describe("the built core bundle", () => {
  it("imports nothing from Node's built-in modules", () => {
    for (const file of ["dist/index.js", "dist/index.cjs"]) {
      const code = readFileSync(file, "utf8");
      expect(code.match(/(?:from\s*|require\()\s*["'](?:node:)?(?:fs|path|os|child_process|worker_threads|crypto|module|url)["']/g), file).toBeNull();
    }
  });

  it("imports no package at run time: its dependencies are inlined, so importing it reads one file", () => {
    for (const file of ["dist/index.js", "dist/index.cjs"]) {
      const code = readFileSync(file, "utf8");
      expect(code.match(/(?:\bfrom\s*|\brequire\(\s*|\bimport\(\s*)["'][@a-z][\w@./:-]*["']/g), file).toBeNull();
    }
  });

  it("screens a posting when loaded with fs, path and child_process made unavailable", () => {
    const script = `
      const Module = require("node:module");
      const blocked = new Set(["fs", "node:fs", "path", "node:path", "child_process", "node:child_process", "fs/promises", "node:fs/promises"]);
      const original = Module._load;
      Module._load = function (request, ...rest) {
        if (blocked.has(request)) throw new Error("blocked: " + request);
        return original.call(this, request, ...rest);
      };
      const { screen } = require("./dist/index.cjs");
      const result = screen("Customer service in Sihanoukville, 1,500 USD, no experience, free flight and housing, interview on Telegram");
      process.stdout.write(JSON.stringify({ band: result.band, signals: result.signals.length }));
    `;
    const output = JSON.parse(execFileSync(process.execPath, ["-e", script], { encoding: "utf8" })) as { band: string; signals: number };
    expect(output.band).toBe("high");
    expect(output.signals).toBeGreaterThan(3);
  });

  // Cold import is a benchmark target: the rules, lexicons and weights are bundled as JSON text and
  // parsed when first read (tsup.config.ts), so importing parses none of them.
  it("parses none of its bundled data at import, and all it needs on the first screen", () => {
    const script = `
      const parse = JSON.parse;
      let large = 0;
      JSON.parse = function (text, reviver) {
        if (typeof text === "string" && text.length > 5000) large++;
        return parse.call(this, text, reviver);
      };
      const core = await import("./dist/index.js");
      const atImport = large;
      const band = core.screen("Customer service in Sihanoukville, 1,500 USD, no experience, interview on Telegram").band;
      process.stdout.write(JSON.stringify({ atImport, afterScreen: large, band }));
    `;
    const output = JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8" })) as { atImport: number; afterScreen: number; band: string };
    expect(output.atImport).toBe(0);
    expect(output.afterScreen).toBeGreaterThan(10);
    expect(output.band).toBe("high");
  });

  it("screens the bundled examples exactly as the source does", async () => {
    const { screen } = await import("../src/index.js");
    const postings = readFileSync("corpus/examples.jsonl", "utf8")
      .split("\n")
      .filter((line) => line.trim().length > 0)
      .map((line) => {
        const { id: _id, note: _note, label: _label, ...posting } = JSON.parse(line) as Record<string, unknown>;
        return posting;
      });
    const script = `
      const { screen } = await import("./dist/index.js");
      const postings = JSON.parse(await new Response(process.stdin).text());
      process.stdout.write(JSON.stringify(postings.map((posting) => screen(posting))));
    `;
    const fromBundle = JSON.parse(execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8", input: JSON.stringify(postings) })) as unknown[];
    expect(fromBundle).toEqual(postings.map((posting) => JSON.parse(JSON.stringify(screen(posting)))));
  });

  it("loads as an ES module too", () => {
    const output = execFileSync(process.execPath, ["--input-type=module", "-e", `import { screen } from "./dist/index.js"; process.stdout.write(screen("Bank teller, Quezon City branch, PHP 20,000 per month").band);`], { encoding: "utf8" });
    expect(output).toBe("low");
  });
});
