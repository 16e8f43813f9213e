import type { Command } from "commander";
import { registerExplain } from "./explain.js";
import { registerScore } from "./score.js";

/** Registers the batch commands (score, explain, eval, serve). Each lives in its own module. */
export function registerCommands(program: Command): void {
  registerScore(program);
  registerExplain(program);
}
