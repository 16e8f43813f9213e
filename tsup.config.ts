import { defineConfig } from "tsup";

export default defineConfig([
  {
    // The core: no Node-only imports; rules and weights are bundled as JSON.
    entry: { index: "src/index.ts" },
    format: ["esm", "cjs"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "es2022",
    platform: "neutral",
    // Rules, lexicons and weights are inlined as object literals; minifying halves what every
    // importer parses (cold import is a benchmark target). Source maps keep stack traces readable.
    minify: true,
    // Explanations in 15 languages: keep them as UTF-8 rather than \uXXXX escapes (a third of the size).
    esbuildOptions(options) {
      options.charset = "utf8";
    },
    // Everything the core imports is inlined, so importing it reads one file. franc and its trigram
    // data are ESM-only, and inlining them keeps the CJS build loadable everywhere. zod (its mini
    // build) and libphonenumber-js, loaded from node_modules, were about half the cold import: Node
    // resolves, reads and compiles each of their many small modules. THIRD-PARTY-NOTICES.md carries
    // their licences.
    noExternal: ["franc", "trigram-utils", "n-gram", "collapse-white-space", "zod", "libphonenumber-js"],
  },
  {
    // Node-only entry points: the CLI (with its worker) and the HTTP server.
    entry: { cli: "src/cli/main.ts", "score-worker": "src/cli/score-worker.ts" },
    format: ["esm"],
    sourcemap: true,
    target: "node20",
    platform: "node",
    banner: { js: "#!/usr/bin/env node" },
  },
]);
