/**
 * The HTTP service and web page for agencies (`lurescreen serve`). Node-only; the core never imports it.
 * Postings are screened in memory and never stored or logged: the logger records method, route,
 * status and timing only.
 */
import cors from "@fastify/cors";
import rateLimit from "@fastify/rate-limit";
import Fastify, { type FastifyError, type FastifyInstance } from "fastify";
import { InvalidPostingError, type ScreeningFailedError } from "../errors.js";
import { explanationLanguages } from "../explain/messages.js";
import { partialDampingRules } from "../explain/ui-texts.js";
import { createScreener, type Screener } from "../screen.js";
import { PACKAGE_VERSION } from "../version.js";
import { renderPage } from "./page.js";
import { BatchRequestSchema, MAX_BATCH_POSTINGS, openApiDocument } from "./schemas.js";

/** Server settings; every one can also come from a flag or an environment variable (see `serve --help`). */
export interface ServerOptions {
  /** Largest accepted request body in bytes (default 1 MiB). */
  bodyLimit?: number;
  /** When set, every /v1 request must send this value in the `x-api-key` header. */
  apiKey?: string;
  /** Origins allowed by CORS; none by default (same-origin page only). */
  corsOrigins?: string[];
  /** Requests per client IP per minute; unlimited when unset. */
  rateLimitPerMinute?: number;
  /** Log method, route, status and latency (never bodies). */
  log?: boolean;
  /** Screen with this screener (for example one built with a custom rule pack); the bundled one by default. */
  screener?: Screener;
}

export const DEFAULT_BODY_LIMIT = 1024 * 1024;

interface ErrorBody {
  error: { code: string; message: string; issues?: { path: (string | number)[]; message: string }[] };
}

function errorBody(code: string, message: string, issues?: ErrorBody["error"]["issues"]): ErrorBody {
  return { error: { code, message, ...(issues ? { issues } : {}) } };
}

/** A posting that could not be screened: 400 when the posting is at fault, 500 when the library is. */
function screeningError(error: InvalidPostingError | ScreeningFailedError): { status: 400 | 500; body: ErrorBody } {
  return error instanceof InvalidPostingError
    ? { status: 400, body: errorBody("invalid_posting", error.message, error.issues) }
    : { status: 500, body: errorBody("internal_error", error.message) };
}

/** Longest stretch of a request path an error message repeats: a hostile URL runs to many kilobytes. */
const MAX_ECHOED_PATH = 200;

/** The path of a URL without its query (which could hold posting text), cut to `MAX_ECHOED_PATH`. */
function shortPath(url: string): string {
  const path = url.split("?")[0] ?? "";
  return path.length > MAX_ECHOED_PATH ? `${path.slice(0, MAX_ECHOED_PATH)}…` : path;
}

const INVALID_JSON_MESSAGE = "The body is not valid JSON, or holds a __proto__ or constructor.prototype key, which is refused";
const EMPTY_BODY_MESSAGE = "The body is empty; send the posting as JSON";

/**
 * Reads `?explainIn=`: the code of a language with explanations, in any case; empty or absent means
 * English. An unknown code is refused rather than answered in English, since a caller who asked for
 * another language would otherwise pass English texts on to readers who cannot read them.
 */
function explanationLanguage(query: unknown, supported: readonly string[]): { code: string | undefined } | { error: ErrorBody } {
  const value = (query as { explainIn?: unknown } | undefined)?.explainIn;
  if (value === undefined || value === "") return { code: undefined };
  const code = typeof value === "string" ? value.toLowerCase() : undefined;
  if (code !== undefined && supported.includes(code)) return { code };
  // The value itself is not repeated: a query string is no place to copy back to anyone.
  return { error: errorBody("unsupported_language", `explainIn must be given once, as one of ${supported.join(", ")} (any case)`) };
}

/** Builds the Fastify app (not listening), so tests can inject requests. */
export async function buildServer(options: ServerOptions = {}): Promise<FastifyInstance> {
  const screener = options.screener ?? createScreener();
  const languages = explanationLanguages(screener.rulePack);
  const app = Fastify({
    bodyLimit: options.bodyLimit ?? DEFAULT_BODY_LIMIT,
    logger: options.log
      ? { level: "info", serializers: { req: (req) => ({ method: req.method, url: req.url.split("?")[0] }), res: (res) => ({ statusCode: res.statusCode }) } }
      : false,
    // The page and the API are the only routes; everything else is a plain 404.
    return503OnClosing: true,
  });

  // JSON only: a text/plain body would otherwise be accepted as a string posting.
  app.removeContentTypeParser("text/plain");

  if (options.corsOrigins && options.corsOrigins.length > 0) {
    await app.register(cors, { origin: options.corsOrigins, methods: ["GET", "POST"] });
  }
  if (options.rateLimitPerMinute && options.rateLimitPerMinute > 0) {
    await app.register(rateLimit, {
      max: options.rateLimitPerMinute,
      timeWindow: "1 minute",
      // Only screening is limited: a load balancer's health checks, or staff behind one office IP
      // reloading the page, must not be locked out by the traffic they sit beside.
      allowList: (request) => !request.url.startsWith("/v1/"),
      // The plugin throws what this returns, and the error handler below needs its statusCode; the
      // handler sends only `error`, so the body keeps the documented shape.
      errorResponseBuilder: (_request, context) => ({
        statusCode: 429,
        ...errorBody("rate_limited", `Rate limit of ${context.max} requests per minute reached; retry in ${Math.ceil(context.ttl / 1000)} s`),
      }),
    });
  }

  if (options.apiKey) {
    const expected = options.apiKey;
    app.addHook("onRequest", async (request, reply) => {
      if (!request.url.startsWith("/v1/")) return;
      if (request.headers["x-api-key"] !== expected) {
        await reply.code(401).send(errorBody("unauthorized", "Send the API key in the x-api-key header"));
      }
    });
  }

  app.setErrorHandler((error: FastifyError, _request, reply) => {
    const status = error.statusCode ?? 500;
    if (error.code === "FST_ERR_CTP_BODY_TOO_LARGE") return reply.code(413).send(errorBody("body_too_large", `The body is larger than the limit of ${options.bodyLimit ?? DEFAULT_BODY_LIMIT} bytes`));
    if (error.code === "FST_ERR_CTP_INVALID_MEDIA_TYPE") return reply.code(415).send(errorBody("unsupported_media_type", "Send the posting as application/json"));
    if (error.code === "FST_ERR_CTP_EMPTY_JSON_BODY") return reply.code(400).send(errorBody("empty_body", EMPTY_BODY_MESSAGE));
    if (error.code === "FST_ERR_CTP_INVALID_JSON_BODY" || error instanceof SyntaxError) {
      // Fastify's parser refuses prototype keys, which JSON itself allows, with the same error code as a
      // syntax error: the message names both, so a valid body with such a key is not called invalid JSON.
      return reply.code(400).send(errorBody("invalid_json", INVALID_JSON_MESSAGE));
    }
    if (status === 429) {
      const limited = (error as unknown as Partial<ErrorBody>).error;
      return reply.code(429).send(limited ? { error: limited } : errorBody("rate_limited", "Rate limit reached; retry in a minute"));
    }
    if (status >= 400 && status < 500) return reply.code(status).send(errorBody("bad_request", error.message));
    return reply.code(500).send(errorBody("internal_error", "The server could not screen this request"));
  });

  // Unknown routes answer in the API's error shape too; only the path is echoed, never the query.
  app.setNotFoundHandler((request, reply) =>
    reply.code(404).send(errorBody("not_found", `No route ${request.method} ${shortPath(request.url)}; see GET /openapi.json`)),
  );

  const languageCodes = languages.map((language) => language.code);

  app.post("/v1/screen", async (request, reply) => {
    const language = explanationLanguage(request.query, languageCodes);
    if ("error" in language) return reply.code(400).send(language.error);
    const explainIn = language.code;
    const outcome = screener.safeScreen(request.body, explainIn ? { explainIn } : {});
    if (outcome.success) return outcome.data;
    const { status, body } = screeningError(outcome.error);
    return reply.code(status).send(body);
  });

  app.post("/v1/screen/batch", async (request, reply) => {
    const language = explanationLanguage(request.query, languageCodes);
    if ("error" in language) return reply.code(400).send(language.error);
    const explainIn = language.code;
    const parsed = BatchRequestSchema.safeParse(request.body);
    if (!parsed.success) {
      return reply.code(400).send(
        errorBody(
          "invalid_batch",
          `Send {"postings": [...]} with 1 to ${MAX_BATCH_POSTINGS} postings`,
          parsed.error.issues.map((issue) => ({ path: issue.path.map((p) => (typeof p === "symbol" ? String(p) : p)), message: issue.message })),
        ),
      );
    }
    return {
      results: parsed.data.postings.map((posting) => {
        const outcome = screener.safeScreen(posting, explainIn ? { explainIn } : {});
        return outcome.success ? { ok: true as const, result: outcome.data } : { ok: false as const, error: screeningError(outcome.error).body.error };
      }),
    };
  });

  app.get("/v1/languages", async () => ({ languages }));
  app.get("/healthz", async () => ({ status: "ok", version: { package: PACKAGE_VERSION, rulePack: screener.rulePack.version, model: screener.model.version } }));
  app.get("/openapi.json", async () => openApiDocument(PACKAGE_VERSION, languageCodes));

  const page = renderPage(
    languages,
    Object.fromEntries(Object.entries(screener.rulePack.messages).map(([code, messages]) => [code, messages.ui])),
    partialDampingRules(screener.rulePack),
    { apiKeyRequired: options.apiKey !== undefined && options.apiKey !== "" },
  );
  app.get("/", async (_request, reply) =>
    reply
      .type("text/html; charset=utf-8")
      .header("content-security-policy", "default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'")
      .header("referrer-policy", "no-referrer")
      .header("cache-control", "no-store")
      .send(page),
  );
  return app;
}
