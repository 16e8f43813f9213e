import type { Command } from "commander";
import { DEFAULT_BODY_LIMIT, buildServer } from "../../server/app.js";

interface ServeOptions {
  port: string;
  host: string;
  bodyLimit: string;
  apiKey?: string;
  cors?: string;
  rateLimit?: string;
  log?: boolean;
}

const usage = (message: string): Error => Object.assign(new Error(message), { exitCode: 2 });

/** `lurescreen serve`: the HTTP API and the web page. Flags override environment variables. */
export function registerServe(program: Command): void {
  program
    .command("serve")
    .description("Serve the HTTP API (POST /v1/screen, /v1/screen/batch) and the web page at /")
    .option("--port <port>", "port (env PORT)", process.env.PORT ?? "8787")
    .option("--host <host>", "interface to listen on (env HOST)", process.env.HOST ?? "127.0.0.1")
    .option("--body-limit <bytes>", "largest request body in bytes (env LURESCREEN_BODY_LIMIT)", process.env.LURESCREEN_BODY_LIMIT ?? String(DEFAULT_BODY_LIMIT))
    .option("--api-key <key>", "require this key in the x-api-key header for /v1 (env LURESCREEN_API_KEY)", process.env.LURESCREEN_API_KEY)
    .option("--cors <origins>", "comma-separated origins allowed by CORS (env LURESCREEN_CORS_ORIGINS)", process.env.LURESCREEN_CORS_ORIGINS)
    .option("--rate-limit <n>", "requests per client IP per minute (env LURESCREEN_RATE_LIMIT)", process.env.LURESCREEN_RATE_LIMIT)
    .option("--log", "log method, route, status and latency (never posting text)")
    .addHelpText(
      "after",
      "\nExamples:\n  $ lurescreen serve --port 8787\n  $ PORT=9000 LURESCREEN_API_KEY=secret lurescreen serve --host 0.0.0.0 --rate-limit 120\n  $ curl -s localhost:8787/v1/screen -H 'content-type: application/json' -d '{\"text\":\"...\"}'\n",
    )
    .action(async (options: ServeOptions) => {
      const port = Number(options.port);
      const bodyLimit = Number(options.bodyLimit);
      const rateLimit = options.rateLimit === undefined ? undefined : Number(options.rateLimit);
      if (!Number.isInteger(port) || port < 0 || port > 65535) throw usage(`--port must be 0–65535 (got "${options.port}")`);
      if (!Number.isInteger(bodyLimit) || bodyLimit < 1024) throw usage(`--body-limit must be an integer of at least 1024 bytes (got "${options.bodyLimit}")`);
      if (rateLimit !== undefined && (!Number.isInteger(rateLimit) || rateLimit < 1)) throw usage(`--rate-limit must be a positive integer (got "${options.rateLimit}")`);
      const app = await buildServer({
        bodyLimit,
        ...(options.apiKey ? { apiKey: options.apiKey } : {}),
        ...(options.cors ? { corsOrigins: options.cors.split(",").map((o) => o.trim()).filter(Boolean) } : {}),
        ...(rateLimit ? { rateLimitPerMinute: rateLimit } : {}),
        ...(options.log ? { log: true } : {}),
      });
      const address = await app.listen({ port, host: options.host });
      process.stderr.write(`lurescreen listening on ${address} (page at /, API at /v1/screen, docs at /openapi.json)\n`);
      const stop = (): void => {
        void app.close().then(() => process.exit(0));
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
}
