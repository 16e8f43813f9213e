/** Progress bar and end-of-run summary of `lurescreen score`, both on stderr and free of posting text. */
import cliProgress from "cli-progress";
import type { Band } from "../../types.js";
import type { BatchCounts } from "./records.js";

export interface ScoreProgress {
  /** Called after each written batch. */
  update(records: number, bytesRead: number): void;
  stop(): void;
}

const noProgress: ScoreProgress = { update() {}, stop() {} };

/**
 * A bar over the bytes read when the input size is known (so the ETA means something), otherwise
 * a running count. Only on a terminal: piped or redirected stderr gets the summary alone.
 */
export function createProgress(options: { enabled: boolean; totalBytes: number | undefined; stream: NodeJS.WriteStream }): ScoreProgress {
  if (!options.enabled) return noProgress;
  const { totalBytes } = options;
  const sized = totalBytes !== undefined && totalBytes > 0;
  const bar = new cliProgress.SingleBar(
    {
      stream: options.stream,
      format: sized ? "{bar} {percentage}% | {records} records | {rate}/s | ETA {eta_formatted}" : "{records} records | {rate}/s | {duration_formatted}",
      hideCursor: true,
      clearOnComplete: true,
      etaBuffer: 50,
      fps: 5,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = performance.now();
  bar.start(sized ? totalBytes : 0, 0, { records: 0, rate: 0 });
  return {
    update(records, bytesRead) {
      const seconds = (performance.now() - started) / 1000;
      const rate = seconds > 0 ? Math.round(records / seconds) : 0;
      bar.update(sized ? Math.min(bytesRead, totalBytes) : records, { records, rate });
    },
    stop() {
      bar.stop();
    },
  };
}

/** One line: records, per band, errors, time; and how many were written when `--min-band` filtered. */
export function formatSummary(counts: BatchCounts, seconds: number, minBand?: Band): string {
  const rate = seconds > 0 ? Math.round(counts.records / seconds) : 0;
  const filtered = minBand && minBand !== "low" ? `; ${counts.written} written (--min-band ${minBand}, error records included)` : "";
  return (
    `lurescreen score: ${counts.records} records in ${seconds.toFixed(1)} s (${rate}/s): ` +
    `low ${counts.low}, review ${counts.review}, high ${counts.high}, errors ${counts.errors}${filtered}`
  );
}
