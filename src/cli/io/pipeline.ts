/**
 * The streaming core of `lurescreen score`: records are grouped into batches, a bounded number of
 * batches is scored concurrently, and results are written strictly in input order. Reading waits
 * while the oldest batch is unfinished and the window is full, and writing waits for the output to
 * drain, so memory stays flat whatever the input size.
 */
import type { BatchResult, InputRecord } from "./records.js";

export interface PipelineOptions {
  /** Most records per batch. */
  batchSize: number;
  /** Most characters of input per batch, so batches of very long postings stay small. */
  batchChars: number;
  /** Most batches submitted and not yet written. */
  maxInFlight: number;
}

/** Scores one batch; may finish in any order. */
export type ScoreBatchFn = (records: InputRecord[]) => Promise<BatchResult>;

/** Receives results in input order; returns false to stop the run (`--strict`). */
export type BatchSink = (result: BatchResult) => Promise<boolean>;

export const DEFAULT_PIPELINE: PipelineOptions = { batchSize: 256, batchChars: 1024 * 1024, maxInFlight: 2 };

function recordChars(record: InputRecord): number {
  switch (record.kind) {
    case "json":
      return record.raw.length;
    case "error":
      return record.error.length;
    case "row": {
      let chars = 0;
      for (const key in record.cells) chars += record.cells[key]!.length;
      return chars;
    }
  }
}

/** Runs the pipeline to the end of the input, or until the sink says stop. Returns whether it stopped early. */
export async function runPipeline(records: AsyncIterable<InputRecord>, score: ScoreBatchFn, sink: BatchSink, options: PipelineOptions): Promise<{ stopped: boolean }> {
  const inFlight: Promise<BatchResult>[] = [];
  let batch: InputRecord[] = [];
  let batchChars = 0;

  const submit = (): void => {
    const pending = score(batch);
    // Awaited in order below; this only keeps a batch that fails early from counting as unhandled.
    pending.catch(() => {});
    inFlight.push(pending);
    batch = [];
    batchChars = 0;
  };
  const writeOldest = async (): Promise<boolean> => sink(await inFlight.shift()!);

  for await (const record of records) {
    batch.push(record);
    batchChars += recordChars(record);
    if (batch.length >= options.batchSize || batchChars >= options.batchChars) {
      submit();
      if (inFlight.length >= options.maxInFlight && !(await writeOldest())) return { stopped: true };
    }
  }
  if (batch.length > 0) submit();
  while (inFlight.length > 0) {
    if (!(await writeOldest())) return { stopped: true };
  }
  return { stopped: false };
}
