/**
 * Worker thread of `lurescreen score` (built to dist/score-worker.js, run by tinypool). One screener
 * per worker, compiled once when the worker starts; each task is one batch of records.
 */
import { createScreener } from "../screen.js";
import { scoreBatch } from "./io/score-batch.js";
import type { BatchResult, BatchTask } from "./io/records.js";

const screener = createScreener();

export default function scoreTask(task: BatchTask): BatchResult {
  return scoreBatch(task, screener);
}
