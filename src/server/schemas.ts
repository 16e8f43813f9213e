import { z } from "zod";
import { PostingSchema } from "../posting/schema.js";
import { HIGH_WITHHELD_REASONS, TEXT_FIELDS } from "../types.js";

/** Most postings one batch request may carry. Together with the body limit this bounds the work per request. */
export const MAX_BATCH_POSTINGS = 100;

export const EvidenceSchema = z.object({
  field: z.enum(TEXT_FIELDS),
  start: z.number().int().min(0),
  end: z.number().int().min(0),
  text: z.string(),
});

export const SignalSchema = z.object({
  id: z.string(),
  kind: z.enum(["marker", "signal", "mitigating", "combination", "feature"]),
  category: z.string(),
  title: z.string(),
  explanation: z.string(),
  advice: z.string().optional(),
  contribution: z.number(),
  evidence: z.array(EvidenceSchema),
});

/** The shape of `screen()`'s result, as the HTTP API returns it. A test checks real results against it. */
export const ScreenResultSchema = z.object({
  score: z.number().min(0).max(1),
  band: z.enum(["low", "review", "high"]),
  highWithheld: z
    .enum(HIGH_WITHHELD_REASONS)
    .optional()
    .describe("Present when the score reached the high threshold but the band is review, and why"),
  markersDamped: z
    .object({ by: z.array(z.string()), factor: z.number() })
    .optional()
    .describe("Present when the text reads as a text about offers and what the markers add was scaled by `factor`"),
  ignoredFields: z
    .array(z.string())
    .optional()
    .describe("Keys of the posting that hold text but are no posting field (e.g. body, desc): their text was not read"),
  signals: z.array(SignalSchema),
  language: z.object({ code: z.string(), confidence: z.number() }),
  features: z.record(z.string(), z.unknown()),
  version: z.object({ package: z.string(), rulePack: z.string(), model: z.string() }),
});

export const BatchRequestSchema = z.object({ postings: z.array(z.unknown()).min(1).max(MAX_BATCH_POSTINGS) });

export const ErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z.array(z.object({ path: z.array(z.union([z.string(), z.number()])), message: z.string() })).optional(),
  }),
});

export const BatchResponseSchema = z.object({
  results: z.array(z.union([z.object({ ok: z.literal(true), result: ScreenResultSchema }), z.object({ ok: z.literal(false), error: ErrorSchema.shape.error })])),
});

const json = (schema: z.core.$ZodType): Record<string, unknown> => z.toJSONSchema(schema, { target: "openapi-3.0", unrepresentable: "any" }) as Record<string, unknown>;

/** The OpenAPI document, generated from the zod schemas above and the posting schema. */
export function openApiDocument(version: string, languages: readonly string[] = []): Record<string, unknown> {
  const errorResponse = (description: string) => ({ description, content: { "application/json": { schema: { $ref: "#/components/schemas/Error" } } } });
  const errors = {
    "400": errorResponse("Invalid JSON, an empty body (`empty_body`), an `explainIn` with no explanations (`unsupported_language`), or a posting that breaks the schema; `issues` lists every problem with its path"),
    "401": errorResponse("Missing or wrong API key (only when the server requires one)"),
    "413": errorResponse("Body over the size limit"),
    "415": errorResponse("Content type is not application/json"),
    "429": errorResponse("Rate limit reached (only when the server sets one)"),
    "500": errorResponse("Screening failed inside lurescreen (`internal_error`): a defect to report, not a problem with the posting"),
  };
  const supported = languages.length > 0 ? `: ${languages.join(", ")}` : "";
  const explainIn = {
    name: "explainIn",
    in: "query",
    required: false,
    schema: { type: "string", pattern: "^[A-Za-z]{3}$" },
    description: `ISO 639-3 language of titles and explanations, in any case; English when absent or empty. Any other code is answered 400 \`unsupported_language\`${supported}`,
  };
  return {
    openapi: "3.0.3",
    info: { title: "lurescreen", version, description: "Screens job postings for the markers of trafficking recruitment. Postings are never stored or logged." },
    paths: {
      "/v1/screen": {
        post: {
          summary: "Screen one posting",
          parameters: [explainIn],
          requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/Posting" } } } },
          responses: { "200": { description: "The screening result", content: { "application/json": { schema: { $ref: "#/components/schemas/ScreenResult" } } } }, ...errors },
        },
      },
      "/v1/screen/batch": {
        post: {
          summary: `Screen up to ${MAX_BATCH_POSTINGS} postings; each gets a result or its own error, in order`,
          parameters: [explainIn],
          requestBody: { required: true, content: { "application/json": { schema: { $ref: "#/components/schemas/BatchRequest" } } } },
          responses: { "200": { description: "One entry per posting", content: { "application/json": { schema: { $ref: "#/components/schemas/BatchResponse" } } } }, ...errors },
        },
      },
      "/healthz": { get: { summary: "Liveness and versions", responses: { "200": { description: "OK" } } } },
    },
    components: {
      schemas: {
        Posting: json(PostingSchema),
        ScreenResult: json(ScreenResultSchema),
        BatchRequest: { type: "object", required: ["postings"], properties: { postings: { type: "array", minItems: 1, maxItems: MAX_BATCH_POSTINGS, items: { $ref: "#/components/schemas/Posting" } } } },
        BatchResponse: json(BatchResponseSchema),
        Error: json(ErrorSchema),
      },
    },
  };
}
