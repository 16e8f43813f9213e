/**
 * The `lurescreen` command. Node-only: the core library never imports this file.
 * Exit codes: 0 ok, 1 bad input under --strict (or a failed check), 2 usage error.
 */
import { Command, CommanderError } from "commander";
import { PACKAGE_VERSION } from "../version.js";
import { registerDemo } from "./commands/demo.js";
import { registerEval } from "./commands/eval.js";
import { registerServe } from "./commands/serve.js";
import { registerCommands } from "./commands/index.js";

export const EXIT_OK = 0;
export const EXIT_BAD_INPUT = 1;
export const EXIT_USAGE = 2;

function buildProgram(): Command {
  const program = new Command()
    .name("lurescreen")
    .description("Screen job postings for the markers of trafficking recruitment.")
    .version(PACKAGE_VERSION, "-V, --version")
    .showHelpAfterError()
    .exitOverride();
  registerDemo(program);
  registerEval(program);
  registerServe(program);
  registerCommands(program);
  return program;
}

// A closed pipe (`lurescreen score big.jsonl | head`) is a normal way to stop reading, not an error.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(EXIT_OK);
  throw error;
});

buildProgram()
  .parseAsync(process.argv)
  .catch((error: unknown) => {
    if (error instanceof CommanderError) {
      process.exit(error.exitCode === 0 ? EXIT_OK : EXIT_USAGE);
    }
    process.stderr.write(`lurescreen: ${(error as Error)?.message ?? String(error)}\n`);
    process.exit((error as { exitCode?: number }).exitCode ?? EXIT_BAD_INPUT);
  });
