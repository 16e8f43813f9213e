import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// npm test builds first, so the pack holds what a user would install.
const pack = JSON.parse(execFileSync("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], { encoding: "utf8" })) as { files: { path: string }[] }[];
const files = pack[0]!.files.map((f) => f.path);

describe("the npm package", () => {
  it("ships the built library, the rules and weights, and the docs", () => {
    expect(files).toEqual(expect.arrayContaining(["dist/index.js", "dist/index.cjs", "dist/index.d.ts", "dist/cli.js", "rules/travel-documents/tourist-visa-for-work.yaml", "RULES.md", "README.md", "LICENSE", "THIRD-PARTY-NOTICES.md", "package.json"]));
  });

  it("carries the licence of every package the core bundle inlines", async () => {
    const config = (await import("../tsup.config.js")).default as unknown as { entry: Record<string, string>; noExternal?: string[] }[];
    const core = config.find((entry) => entry.entry.index === "src/index.ts")!;
    const notices = readFileSync("THIRD-PARTY-NOTICES.md", "utf8");
    expect(core.noExternal?.length).toBeGreaterThan(0);
    for (const name of core.noExternal!) {
      const manifest = JSON.parse(readFileSync(`node_modules/${name}/package.json`, "utf8")) as { license: string };
      expect(notices, name).toContain(`## ${name} `);
      expect(notices, name).toMatch(new RegExp(`## ${name} [\\d.]+ \\(${manifest.license}\\)`));
    }
  });

  it("never ships the corpus, external data, tests or sources", () => {
    expect(files.filter((f) => /^(corpus|test|src|\.ci)\//.test(f) || f.includes("realads"))).toEqual([]);
  });

  it("publishes declaration files a strict TypeScript consumer compiles against", () => {
    // A consumer project whose node_modules/lurescreen is this package, as npm would install it.
    const dir = mkdtempSync(join(tmpdir(), "lurescreen-consumer-"));
    try {
      mkdirSync(join(dir, "node_modules"));
      symlinkSync(process.cwd(), join(dir, "node_modules", "lurescreen"), "dir");
      writeFileSync(
        join(dir, "app.ts"),
        'import { createScreener, type ScreenResult } from "lurescreen";\nconst result: ScreenResult = createScreener().screen("Customer service, Telegram @x");\nexport const band: "low" | "review" | "high" = result.band;\n',
      );
      const tsc = join(process.cwd(), "node_modules", ".bin", "tsc");
      // No --skipLibCheck: the published .d.ts files themselves are checked.
      execFileSync(tsc, ["--strict", "--noEmit", "--module", "nodenext", "--moduleResolution", "nodenext", "--types", "node", "--typeRoots", join(process.cwd(), "node_modules", "@types"), "app.ts"], { cwd: dir, encoding: "utf8" });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("bundles the core's data as JSON.parse strings, which import faster than object literals", () => {
    for (const bundle of ["dist/index.js", "dist/index.cjs"]) {
      const code = readFileSync(bundle, "utf8");
      // The rule pack and the lexicons, each as the argument of a JSON.parse call.
      expect(code, bundle).toMatch(/JSON\.parse\([`'"]\{"version":"[^"]+","rules":\[/);
      expect(code, bundle).toMatch(/JSON\.parse\([`'"]\{"\$comment":"Feature lexicon/);
    }
  });

  it("declares Apache-2.0, the CLI and Node 20 or later", () => {
    const manifest = JSON.parse(readFileSync("package.json", "utf8")) as { license: string; bin: Record<string, string>; engines: { node: string } };
    expect(manifest.license).toBe("Apache-2.0");
    expect(readFileSync("LICENSE", "utf8")).toContain("Apache License");
    expect(manifest.bin).toEqual({ lurescreen: "./dist/cli.js" });
    expect(manifest.engines.node).toBe(">=20");
  });
});
