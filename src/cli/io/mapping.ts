import { TEXT_FIELDS } from "../../types.js";

/** Posting fields a column (CSV/TSV) or key (JSONL) can be mapped to. `language` is the ISO 639-3 hint. */
export const MAPPABLE_FIELDS = [...TEXT_FIELDS, "language"] as const;
export type MappableField = (typeof MAPPABLE_FIELDS)[number];

/** Which input column holds each posting field and the record id. */
export interface FieldMapping {
  id: string;
  fields: Record<MappableField, string>;
  /** Columns the user named explicitly; a missing one is a usage error rather than a silent gap. */
  explicit: string[];
}

/** Identity mapping: columns named like the PostingSchema fields, and `id`. */
export function defaultMapping(): FieldMapping {
  return {
    id: "id",
    fields: Object.fromEntries(MAPPABLE_FIELDS.map((name) => [name, name])) as Record<MappableField, string>,
    explicit: [],
  };
}

/** Builds the mapping from `--<field>-col` options; unset options keep the default column name. */
export function mappingFromOptions(columns: Partial<Record<MappableField | "id", string>>): FieldMapping {
  const mapping = defaultMapping();
  if (columns.id !== undefined) {
    mapping.id = columns.id;
    mapping.explicit.push(columns.id);
  }
  for (const name of MAPPABLE_FIELDS) {
    const column = columns[name];
    if (column !== undefined) {
      mapping.fields[name] = column;
      mapping.explicit.push(column);
    }
  }
  return mapping;
}

/** A record split into its id (when it has a usable one) and the posting `screen()` validates. */
export interface MappedRecord {
  id?: string | number;
  /**
   * Why the record's id cannot be used: it is true or false, an object or an array. Such a record
   * becomes an error record; writing its line number as the id instead would pass for a real id.
   */
  idError?: string;
  posting: unknown;
}

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "an object" : `a ${typeof value}`;
}

/**
 * Picks the posting fields out of one input object. Keys that are not mapped (labels, notes, ids)
 * are left out; `null` counts as absent, because exports from databases write it for empty cells.
 * A JSON value that is not an object (a string, a number) is passed on as is: a string is a posting
 * text, anything else fails validation with a readable message.
 */
export function mapRecord(value: unknown, mapping: FieldMapping): MappedRecord {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return { posting: value };
  const source = value as Record<string, unknown>;
  const posting: Record<string, unknown> = {};
  for (const name of MAPPABLE_FIELDS) {
    const cell = source[mapping.fields[name]];
    if (cell !== undefined && cell !== null) posting[name] = cell;
  }
  const id = source[mapping.id];
  if (typeof id === "string" || typeof id === "number") return { id, posting };
  if (id === undefined || id === null) return { posting };
  return { idError: `the id (key ${JSON.stringify(mapping.id)}) is ${kindOf(id)}; an id must be a string or a number`, posting };
}
