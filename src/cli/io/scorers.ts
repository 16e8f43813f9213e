/** Where batches are scored: in this thread (`--workers 1`) or in a tinypool of worker threads. */
import { Tinypool } from "tinypool";
import { createScreener } from "../../screen.js";
import type { ScoreBatchFn } from "./pipeline.js";
import type { BatchResult, InputRecord, ScoreSettings } from "./records.js";
import { type PostingScreener, scoreBatch } from "./score-batch.js";

export interface BatchScorer {
  score: ScoreBatchFn;
  /** Batches that may be in flight at once: enough to keep every worker busy, few enough to bound memory. */
  maxInFlight: number;
  close(): Promise<void>;
}

/** Scores in the calling thread; the next batch is read only after this one is written. */
export function inProcessScorer(settings: ScoreSettings, screener: PostingScreener = createScreener()): BatchScorer {
  return {
    score: async (records) => scoreBatch({ records, settings }, screener),
    maxInFlight: 1,
    close: async () => {},
  };
}

/** The worker script, next to the CLI bundle in `dist/`. */
export const SCORE_WORKER_URL = new URL("./score-worker.js", import.meta.url);

/**
 * Scores in `workers` threads, each with its own screener (see `score-worker.ts`). Two batches per
 * worker are in flight: one being scored, one queued, so no worker waits for the reader.
 */
export function workerPoolScorer(settings: ScoreSettings, workers: number, workerUrl: URL = SCORE_WORKER_URL): BatchScorer {
  const pool = new Tinypool({ filename: workerUrl.href, minThreads: workers, maxThreads: workers, idleTimeout: 1000 });
  return {
    score: (records: InputRecord[]) => pool.run({ records, settings }) as Promise<BatchResult>,
    maxInFlight: workers * 2,
    close: () => pool.destroy(),
  };
}
