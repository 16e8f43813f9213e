import { readFile } from "node:fs/promises";
import { type Options, defineConfig } from "tsup";

/** esbuild's plugin type, as tsup accepts it (esbuild itself is tsup's dependency, not ours). */
type Plugin = NonNullable<Options["esbuildPlugins"]>[number];

/**
 * Bundles each imported JSON file as its text, parsed on first use. The core's rules, lexicons,
 * gazetteer and weights are most of its size, and importing the core is a benchmark target that
 * serverless job boards pay on every cold start:
 * - V8 reads a string literal far faster than the same data written as JavaScript;
 * - parsing the JSON waits for the first read of one of its top-level keys (the module's default
 *   export is an object of getters over those keys), which for most files is the first screen;
 *   strings and numbers at the top level (versions, dates) are plain properties.
 * Files whose top level is not an object are parsed at import. Only default imports of JSON are used
 * in the core, which is all this provides.
 */
function jsonModuleParsedOnFirstUse(json: string): string {
  const data: unknown = JSON.parse(json);
  const text = JSON.stringify(JSON.stringify(data));
  if (typeof data !== "object" || data === null || Array.isArray(data)) return `export default JSON.parse(${text});`;
  const properties = Object.entries(data).map(([key, value]) => {
    const name = JSON.stringify(key);
    // A version or date read at import should not parse the whole file.
    if (typeof value !== "object" || value === null) return `${name}: ${JSON.stringify(value)}`;
    return `get ${name}() { return parsed()[${name}]; }`;
  });
  return ["let data;", `const parsed = () => (data ??= JSON.parse(${text}));`, `export default { ${properties.join(", ")} };`].join("\n");
}

const jsonParsedOnFirstUse: Plugin = {
  name: "json-parsed-on-first-use",
  setup(build) {
    build.onLoad({ filter: /\.json$/ }, async (args) => ({ contents: jsonModuleParsedOnFirstUse(await readFile(args.path, "utf8")), loader: "js" }));
    // libphonenumber-js ships its metadata twice: as JSON, and as a module exporting the same object
    // literal for browsers that cannot import JSON. Its ES build imports the module (150-odd kB of
    // object literal to compile at import); the bundle takes the JSON twin instead.
    build.onLoad({ filter: /[\\/]libphonenumber-js[\\/]metadata\.\w+\.json\.js$/ }, async (args) => ({
      contents: jsonModuleParsedOnFirstUse(await readFile(args.path.slice(0, -".js".length), "utf8")),
      loader: "js",
    }));
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
    // Minifying shrinks the code every importer reads and compiles (cold import is a benchmark
    // target). Source maps keep stack traces readable.
    minify: true,
    // Explanations in 15 languages: keep them as UTF-8 rather than \uXXXX escapes (a third of the size).
    esbuildOptions(options) {
      options.charset = "utf8";
      // V8 reads a template literal much more slowly than a quoted string of the same text, and
      // esbuild quotes the JSON text with backticks whenever that needs fewer escapes. Without
      // template literals it picks " or '; our own template literals become concatenations.
      options.supported = { ...options.supported, "template-literal": false };
    },
    // Everything the core imports is inlined, so importing it reads one file. franc and its trigram
    // data are ESM-only, and inlining them keeps the CJS build loadable everywhere. zod (its mini
    // build) and libphonenumber-js, loaded from node_modules, were about half the cold import: Node
    // resolves, reads and compiles each of their many small modules. THIRD-PARTY-NOTICES.md carries
    // their licences.
    noExternal: ["franc", "trigram-utils", "n-gram", "collapse-white-space", "zod", "libphonenumber-js"],
    esbuildPlugins: [jsonParsedOnFirstUse],
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
