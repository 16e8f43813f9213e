// zod/mini, not zod: the classic build's method-chaining classes were a tenth of the core's cold
// import, and the posting schema is the only schema the core runs. Its issues are the same.
import * as z from "zod/mini";
import { TEXT_FIELDS, type FieldName } from "../types.js";

/** Longest accepted text in any one field, in UTF-16 units. Longer fields are refused, not truncated. */
export const MAX_FIELD_LENGTH = 100_000;
/** Longest accepted posting, all fields together, in UTF-16 units. */
export const MAX_POSTING_LENGTH = 200_000;

/** What a value is, for messages: "number", "null", "an array", "object"… */
export function describeType(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  return typeof value;
}

/** `describeType` with an article where English wants one: "a number", "an object", "null". */
function kindOf(value: unknown): string {
  const type = describeType(value);
  if (type === "null" || type === "undefined" || type.startsWith("an ")) return type;
  return `${/^[aeiou]/.test(type) ? "an" : "a"} ${type}`;
}

// zod/mini ships no English messages (the locale would weigh on every import): without this, a number
// in a field read only "Invalid input", where the CLI and the service said what was expected.
const string = () => z.string({ error: (issue) => `Invalid input: expected a string, received ${kindOf(issue.input)}` });

const field = string().check(z.maxLength(MAX_FIELD_LENGTH, { error: `must be at most ${MAX_FIELD_LENGTH} characters` }));

/**
 * A job posting. At least one of `title`, `description` or `text` must hold non-blank text.
 * `language` is an optional ISO 639-3 hint (for example `ind`); detection still runs for the rest.
 */
export const PostingSchema = z
  .object({
    title: z.optional(field),
    description: z.optional(field),
    text: z.optional(field),
    company: z.optional(field),
    location: z.optional(field),
    salary: z.optional(field),
    contact: z.optional(field),
    url: z.optional(field),
    language: z.optional(string().check(z.regex(/^[a-z]{3}$/i, { error: "must be an ISO 639-3 code such as eng or ind" }))),
  })
  .check(
    z.superRefine((posting, ctx) => {
      const hasText = [posting.title, posting.description, posting.text].some((v) => typeof v === "string" && v.trim().length > 0);
      if (!hasText) {
        ctx.addIssue({ code: "custom", path: [], message: "needs non-empty text in at least one of title, description or text" });
      }
      let total = 0;
      for (const name of TEXT_FIELDS) total += posting[name]?.length ?? 0;
      if (total > MAX_POSTING_LENGTH) {
        ctx.addIssue({ code: "custom", path: [], message: `all fields together must be at most ${MAX_POSTING_LENGTH} characters (got ${total})` });
      }
    }),
  );

/** A validated posting. */
export type Posting = z.infer<typeof PostingSchema>;

/** What `screen()` accepts: plain text, or a posting object. */
export type PostingInput = string | Posting;

/** The text fields of a posting, in reading order. */
export function postingFields(posting: Posting): [FieldName, string][] {
  const out: [FieldName, string][] = [];
  for (const name of TEXT_FIELDS) {
    const value = posting[name];
    if (typeof value === "string" && value.length > 0) out.push([name, value]);
  }
  return out;
}
