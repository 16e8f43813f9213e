import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

interface LockPackage {
  dev?: boolean;
  hasInstallScript?: boolean;
  resolved?: string;
}

const lock = JSON.parse(readFileSync("package-lock.json", "utf8")) as { lockfileVersion: number; packages: Record<string, LockPackage> };
const installed = Object.entries(lock.packages).filter(([path]) => path.startsWith("node_modules/"));

describe("dependency hygiene", () => {
  it("commits a lockfile", () => {
    expect(lock.lockfileVersion).toBeGreaterThanOrEqual(3);
    expect(installed.length).toBeGreaterThan(0);
  });

  it("has no install scripts in what users install (runtime dependencies)", () => {
    const withScripts = installed.filter(([, pkg]) => !pkg.dev && pkg.hasInstallScript).map(([path]) => path);
    expect(withScripts).toEqual([]);
  });

  it("resolves every package from the npm registry, nothing downloaded from elsewhere", () => {
    const elsewhere = installed.filter(([, pkg]) => pkg.resolved && !pkg.resolved.startsWith("https://registry.npmjs.org/")).map(([path]) => path);
    expect(elsewhere).toEqual([]);
  });

  it("keeps the core's runtime dependencies to the few it needs", () => {
    const manifest = JSON.parse(readFileSync("package.json", "utf8")) as { dependencies: Record<string, string> };
    expect(Object.keys(manifest.dependencies).sort()).toEqual(
      ["@fastify/cors", "@fastify/rate-limit", "cli-progress", "commander", "csv-parse", "csv-stringify", "fastify", "franc", "libphonenumber-js", "picocolors", "tinypool", "zod"].sort(),
    );
  });
});
