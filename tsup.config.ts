import { readFile } from "node:fs/promises";
import { type Options, defineConfig } from "tsup";

/** esbuild's plugin type, as tsup accepts it (esbuild itself is tsup's dependency, not ours). */
type Plugin = NonNullable<Options["esbuildPlugins"]>[number];

/**
 * Bundles each imported JSON file as `JSON.parse("…")` rather than as an object literal. V8 reads a
 * string literal and parses JSON far faster than it parses and runs the same data written as
 * JavaScript, and the core's rules, lexicons, gazetteer and weights are most of its 3.9 MB: this is
 * what importing the core costs (cold import is a benchmark target, and serverless job boards pay it on
 * every cold start). Only default imports of JSON are used in the core, which is all this provides.
 */
const jsonAsParse: Plugin = {
  name: "json-as-parse",
  setup(build) {
    build.onLoad({ filter: /\.json$/ }, async (args) => {
      const text = await readFile(args.path, "utf8");
      return { contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(text)))});`, loader: "js" };
    });
  },
};

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
    esbuildPlugins: [jsonAsParse],
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
