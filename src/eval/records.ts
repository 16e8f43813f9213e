import { TEXT_FIELDS } from "../types.js";
import type { Posting } from "../posting/schema.js";

/** A labelled or unlabelled record from a corpus or real-ads file, split into posting and metadata. */
export interface CorpusRecord {
  id: string;
  label?: string;
  lang?: string;
  split?: string;
  tags?: string[];
  basis?: string;
  posting: Posting;
}

/** A line or record left out of an evaluation. `reason` never quotes the line: postings hold names and phone numbers. */
export interface SkippedLine {
  file: string;
  line: number;
  reason: string;
}

/** `file:line: reason`, the form every skipped line is reported in. */
export const describeSkipped = (skipped: SkippedLine): string => `${skipped.file}:${skipped.line}: ${skipped.reason}`;

/** Maps ISO 639-1 codes used by external data files to the ISO 639-3 codes of the rule pack. */
const ISO_639_1_TO_3: Record<string, string> = {
  en: "eng", es: "spa", zh: "zho", th: "tha", vi: "vie", id: "ind", ms: "msa", tl: "tgl", ko: "kor", ja: "jpn",
  hi: "hin", bn: "ben", ne: "nep", sw: "swa", my: "mya", km: "khm", pt: "por", ru: "rus", ar: "ara", tr: "tur",
};

/**
 * Reads one parsed JSON line into a record; `fallbackId` is used when the line has no id. A JSON
 * string is the posting text, as `lurescreen score` reads it.
 */
export function toCorpusRecord(value: unknown, fallbackId: string): CorpusRecord {
  if (typeof value === "string") return { id: fallbackId, posting: (value.length > 0 ? { text: value } : {}) as Posting };
  const data = (value ?? {}) as Record<string, unknown>;
  const posting: Record<string, string> = {};
  for (const field of TEXT_FIELDS) {
    const fieldValue = data[field];
    if (typeof fieldValue === "string" && fieldValue.length > 0) posting[field] = fieldValue;
  }
  const lang = typeof data.lang === "string" ? (ISO_639_1_TO_3[data.lang] ?? data.lang) : undefined;
  return {
    id: typeof data.id === "string" || typeof data.id === "number" ? String(data.id) : fallbackId,
    ...(typeof data.label === "string" ? { label: data.label } : {}),
    ...(lang ? { lang } : {}),
    ...(typeof data.split === "string" ? { split: data.split } : {}),
    ...(Array.isArray(data.tags) ? { tags: data.tags.filter((t): t is string => typeof t === "string") } : {}),
    ...(typeof data.basis === "string" ? { basis: data.basis } : {}),
    posting: posting as Posting,
  };
}
