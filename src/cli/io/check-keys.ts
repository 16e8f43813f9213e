/** Catches a mistyped `--<field>-col` key in JSONL, which would otherwise drop that field from every record without a word. */
import { type FieldMapping, MAPPABLE_FIELDS } from "./mapping.js";
import { UsageError } from "./read-delimited.js";
import type { InputRecord } from "./records.js";

/**
 * How far ahead the check reads: object records, and characters of their lines. JSONL has no
 * header, and records may lack an optional key (no company, say), so one record proves nothing;
 * a key that none of the first thousand records has is a typo or the wrong file. The character
 * limit bounds the memory held while looking.
 */
export const KEY_CHECK_RECORDS = 1000;
export const KEY_CHECK_CHARACTERS = 16 * 1024 * 1024;
/** Keys listed in the message, enough to spot the right one. */
const KEYS_LISTED = 30;

function optionOf(key: string, mapping: FieldMapping): string {
  if (mapping.id === key) return "--id-col";
  const field = MAPPABLE_FIELDS.find((name) => mapping.fields[name] === key);
  return field === undefined ? "a --*-col option" : `--${field}-col`;
}

function objectKeys(record: InputRecord): string[] | undefined {
  if (record.kind !== "json") return undefined;
  let value: unknown;
  try {
    value = JSON.parse(record.raw);
  } catch {
    // The scorer reports the line; here it only does not count.
    return undefined;
  }
  return typeof value === "object" && value !== null && !Array.isArray(value) ? Object.keys(value) : undefined;
}

/**
 * Passes JSONL records on unchanged, after checking that every key named explicitly on the command
 * line appears in at least one of the first KEY_CHECK_RECORDS records of the input (with any value,
 * null included). If one does not, nothing of this input is passed on and the run stops with a
 * usage error naming the key and the keys the records have. Records are held back only until
 * every named key has been seen, usually at the first record. Records that are not objects (JSON
 * strings, malformed lines) have no keys; an input without any object record is not checked.
 */
export async function* requireMappedKeys(records: AsyncIterable<InputRecord>, mapping: FieldMapping, label: string): AsyncGenerator<InputRecord> {
  const missing = new Set(mapping.explicit);
  if (missing.size === 0) {
    yield* records;
    return;
  }
  let held: InputRecord[] | undefined = [];
  const seen = new Set<string>();
  let objects = 0;
  let characters = 0;
  const check = (complete: boolean, read: number): void => {
    if (objects === 0 || missing.size === 0) return;
    const named = [...missing].map((key) => `${JSON.stringify(key)} (${optionOf(key, mapping)})`).join(", ");
    const keys = [...seen].slice(0, KEYS_LISTED).map((key) => JSON.stringify(key)).join(", ") + (seen.size > KEYS_LISTED ? ", ..." : "");
    const where = complete ? `no record of ${label}` : `none of the first ${read} records of ${label}`;
    const what = missing.size === 1 ? "the key" : "the keys";
    throw new UsageError(`${where} has ${what} ${named}; check the spelling (keys in the records: ${keys})`);
  };

  for await (const record of records) {
    if (held === undefined) {
      yield record;
      continue;
    }
    held.push(record);
    if (record.kind === "json") characters += record.raw.length;
    const keys = objectKeys(record);
    if (keys !== undefined) {
      objects++;
      for (const key of keys) {
        seen.add(key);
        missing.delete(key);
      }
    }
    if (missing.size === 0 || held.length >= KEY_CHECK_RECORDS || characters >= KEY_CHECK_CHARACTERS) {
      check(false, held.length);
      yield* held;
      held = undefined;
    }
  }
  if (held === undefined) return;
  check(true, held.length);
  yield* held;
}
