import { describe, expect, it } from "vitest";
import { runPipeline } from "../../src/cli/io/pipeline.js";
import { type BatchResult, type InputRecord, emptyCounts } from "../../src/cli/io/records.js";

async function* recordsOf(count: number): AsyncGenerator<InputRecord> {
  for (let line = 1; line <= count; line++) yield { kind: "json", line, raw: `"${line}"` };
}

const resultOf = (records: InputRecord[]): BatchResult => ({ text: records.map((r) => `${r.line}\n`).join(""), counts: { ...emptyCounts(), records: records.length } });

interface Deferred {
  records: InputRecord[];
  resolve(result: BatchResult): void;
}

describe("runPipeline", () => {
  it("writes batches in input order when they finish in reverse order", async () => {
    const pending: Deferred[] = [];
    const written: string[] = [];
    let maxInFlight = 0;
    // Finish batches newest first whenever the window is full, the worst order for the writer.
    const score = (records: InputRecord[]): Promise<BatchResult> =>
      new Promise((resolve) => {
        pending.push({ records, resolve });
        maxInFlight = Math.max(maxInFlight, pending.length);
        if (pending.length === 3) while (pending.length > 0) { const next = pending.pop()!; next.resolve(resultOf(next.records)); }
      });
    const flushRest = setInterval(() => {
      while (pending.length > 0) { const next = pending.pop()!; next.resolve(resultOf(next.records)); }
    }, 1);
    const outcome = await runPipeline(recordsOf(20), score, async (result) => { written.push(result.text); return true; }, { batchSize: 2, batchChars: 1e6, maxInFlight: 3 });
    clearInterval(flushRest);
    expect(outcome).toEqual({ stopped: false });
    expect(written.join("")).toBe(Array.from({ length: 20 }, (_, i) => `${i + 1}\n`).join(""));
    expect(maxInFlight).toBe(3);
  });

  it("starts a new batch when the character budget is reached", async () => {
    const sizes: number[] = [];
    await runPipeline(recordsOf(10), async (records) => { sizes.push(records.length); return resultOf(records); }, async () => true, { batchSize: 100, batchChars: 9, maxInFlight: 1 });
    // Each raw line is 3 or 4 characters ("1" in quotes is 3): a batch closes at 9 or more.
    expect(sizes).toEqual([3, 3, 3, 1]);
  });

  it("stops reading when the sink says stop", async () => {
    let read = 0;
    async function* counted(): AsyncGenerator<InputRecord> {
      for await (const record of recordsOf(100)) { read++; yield record; }
    }
    const outcome = await runPipeline(counted(), async (records) => resultOf(records), async () => false, { batchSize: 10, batchChars: 1e6, maxInFlight: 1 });
    expect(outcome).toEqual({ stopped: true });
    expect(read).toBe(10);
  });

  it("passes on the failure of a batch", async () => {
    const failing = runPipeline(recordsOf(5), async () => { throw new Error("worker crashed"); }, async () => true, { batchSize: 2, batchChars: 1e6, maxInFlight: 2 });
    await expect(failing).rejects.toThrow("worker crashed");
  });
});
