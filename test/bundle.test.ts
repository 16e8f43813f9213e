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

  it("loads as an ES module too", () => {
    const output = execFileSync(process.execPath, ["--input-type=module", "-e", `import { screen } from "./dist/index.js"; process.stdout.write(screen("Bank teller, Quezon City branch, PHP 20,000 per month").band);`], { encoding: "utf8" });
    expect(output).toBe("low");
  });
});
