import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ScreeningFailedError } from "../../src/errors.js";
import { createScreener } from "../../src/screen.js";
import { buildServer } from "../../src/server/app.js";
import { ErrorSchema, MAX_BATCH_POSTINGS, ScreenResultSchema } from "../../src/server/schemas.js";

const LURE = { description: "Customer service in Sihanoukville, 1,500 USD, no experience, free flight and housing, interview on Telegram" };

describe("HTTP API when screening fails inside the library", () => {
  it("answers 500 internal_error, not 400, and a batch marks only that posting", async () => {
    const bundled = createScreener();
    const failing = { ...bundled, safeScreen: (posting: unknown) => (posting === "fails" ? { success: false as const, error: new ScreeningFailedError(new RangeError("x")) } : bundled.safeScreen(posting)) };
    const app = await buildServer({ screener: failing });
    try {
      const failed = await app.inject({ method: "POST", url: "/v1/screen", headers: { "content-type": "application/json" }, payload: JSON.stringify("fails") });
      expect(failed.statusCode).toBe(500);
      expect(failed.json().error.code).toBe("internal_error");
      const batch = await app.inject({ method: "POST", url: "/v1/screen/batch", payload: { postings: ["fails", "Bank teller in Makati"] } });
      expect(batch.statusCode).toBe(200);
      expect(batch.json().results.map((r: { ok: boolean; error?: { code: string } }) => r.error?.code ?? "ok")).toEqual(["internal_error", "ok"]);
    } finally {
      await app.close();
    }
  });
});

describe("HTTP API", () => {
  let app: Awaited<ReturnType<typeof buildServer>>;
  beforeAll(async () => {
    app = await buildServer();
  });
  afterAll(async () => {
    await app.close();
  });

  it("screens one posting and returns a ScreenResult", async () => {
    const response = await app.inject({ method: "POST", url: "/v1/screen", payload: LURE });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(ScreenResultSchema.safeParse(body).success).toBe(true);
    expect(body.band).toBe("high");
  });

  it("screens a batch in order, with a per-posting error for an invalid one", async () => {
    const response = await app.inject({ method: "POST", url: "/v1/screen/batch", payload: { postings: [LURE, { title: 5 }, "Bank teller in Makati"] } });
    expect(response.statusCode).toBe(200);
    const { results } = response.json();
    expect(results.map((r: { ok: boolean }) => r.ok)).toEqual([true, false, true]);
    expect(results[1].error.issues).toEqual([{ path: ["title"], message: expect.any(String) }]);
  });

  it("refuses a batch over the documented size with 400", async () => {
    const response = await app.inject({ method: "POST", url: "/v1/screen/batch", payload: { postings: new Array(MAX_BATCH_POSTINGS + 1).fill("x") } });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.code).toBe("invalid_batch");
  });

  it("answers 400 for invalid JSON, listing nothing it cannot know", async () => {
    const response = await app.inject({ method: "POST", url: "/v1/screen", headers: { "content-type": "application/json" }, payload: "{not json" });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toEqual({ error: { code: "invalid_json", message: "The body is not valid JSON, or holds a __proto__ or constructor.prototype key, which is refused" } });
  });

  it("says an empty body is empty instead of blaming prototype keys", async () => {
    const response = await app.inject({ method: "POST", url: "/v1/screen", headers: { "content-type": "application/json" }, payload: "" });
    expect(response.statusCode).toBe(400);
    const { error } = response.json() as { error: { code: string; message: string } };
    expect(error.code).toBe("empty_body");
    expect(error.message).toMatch(/empty/);
    expect(error.message).not.toContain("__proto__");
  });

  it("answers 400 listing the supported languages for an unknown explainIn, on both screening routes", async () => {
    for (const code of ["xyz", "vi", "english", ""]) {
      for (const [url, payload] of [["/v1/screen", LURE], ["/v1/screen/batch", { postings: [LURE] }]] as const) {
        const response = await app.inject({ method: "POST", url: `${url}?explainIn=${code}`, payload });
        if (code === "") {
          // An empty value, as a form with nothing chosen sends it, means the default.
          expect(response.statusCode).toBe(200);
          continue;
        }
        expect(response.statusCode, `${url} ${code}`).toBe(400);
        const { error } = response.json() as { error: { code: string; message: string } };
        expect(error.code).toBe("unsupported_language");
        expect(error.message).toContain("eng");
        expect(error.message).toContain("vie");
      }
    }
    const twice = await app.inject({ method: "POST", url: "/v1/screen?explainIn=vie&explainIn=tha", payload: LURE });
    expect(twice.statusCode).toBe(400);
  });

  it("reads explainIn in any case", async () => {
    const upper = (await app.inject({ method: "POST", url: "/v1/screen?explainIn=VIE", payload: LURE })).json() as { signals: { title: string }[] };
    const lower = (await app.inject({ method: "POST", url: "/v1/screen?explainIn=vie", payload: LURE })).json() as { signals: { title: string }[] };
    const english = (await app.inject({ method: "POST", url: "/v1/screen", payload: LURE })).json() as { signals: { title: string }[] };
    expect(upper.signals.map((s) => s.title)).toEqual(lower.signals.map((s) => s.title));
    expect(upper.signals.map((s) => s.title)).not.toEqual(english.signals.map((s) => s.title));
  });

  it("answers 400 with every schema problem and its path", async () => {
    const response = await app.inject({ method: "POST", url: "/v1/screen", payload: { title: 1, description: 2, language: "english" } });
    expect(response.statusCode).toBe(400);
    expect(response.json().error.issues.map((i: { path: string[] }) => i.path.join("."))).toEqual(["title", "description", "language"]);
  });

  it("answers 415 for a wrong content type and 413 over the body limit", async () => {
    const wrongType = await app.inject({ method: "POST", url: "/v1/screen", headers: { "content-type": "text/plain" }, payload: "hello" });
    expect(wrongType.statusCode).toBe(415);
    const tooLarge = await app.inject({ method: "POST", url: "/v1/screen", payload: { description: "a".repeat(10 * 1024 * 1024) } });
    expect(tooLarge.statusCode).toBe(413);
  });

  it("serves health, the OpenAPI document and the page", async () => {
    expect((await app.inject("/healthz")).json()).toMatchObject({ status: "ok" });
    const openapi = (await app.inject("/openapi.json")).json();
    expect(openapi.components.schemas.Posting.properties.title).toBeDefined();
    const page = await app.inject("/");
    expect(page.headers["content-type"]).toContain("text/html");
    expect(page.body).not.toMatch(/<script[^>]+src=|<link[^>]+href=["']?https?:/);
    // The page picks the partial-damping text for the rules with a damping factor of their own.
    expect(page.body).toContain('"partialDamping":["leans-towards-an-advisory"]');
  });
});

describe("API options", () => {
  it("requires the API key when one is set", async () => {
    const app = await buildServer({ apiKey: "s3cret" });
    expect((await app.inject({ method: "POST", url: "/v1/screen", payload: LURE })).statusCode).toBe(401);
    expect((await app.inject({ method: "POST", url: "/v1/screen", payload: LURE, headers: { "x-api-key": "s3cret" } })).statusCode).toBe(200);
    const page = await app.inject("/");
    expect(page.statusCode).toBe(200);
    // The page asks for the key from the start rather than after a failed check.
    expect(page.body).toContain('<div id="keybox">');
    expect(page.body).not.toContain("s3cret");
    await app.close();
    const open = await buildServer();
    expect((await open.inject("/")).body).toContain('<div id="keybox" hidden>');
    await open.close();
  });

  it("answers 429 past the per-client rate limit", async () => {
    const app = await buildServer({ rateLimitPerMinute: 2 });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await app.inject({ method: "POST", url: "/v1/screen", payload: LURE })).statusCode);
    expect(statuses).toEqual([200, 200, 429]);
    const limited = await app.inject({ method: "POST", url: "/v1/screen", payload: LURE });
    expect(limited.statusCode).toBe(429);
    // The documented error shape and nothing else beside it.
    expect(Object.keys(limited.json() as object)).toEqual(["error"]);
    expect(ErrorSchema.strict().safeParse(limited.json()).success).toBe(true);
    expect((limited.json() as { error: { code: string; message: string } }).error).toEqual({ code: "rate_limited", message: expect.stringMatching(/retry in \d+ s/) });
    await app.close();
  });

  it("limits screening only: health checks and the page are served past the limit", async () => {
    const app = await buildServer({ rateLimitPerMinute: 1 });
    for (let i = 0; i < 2; i++) await app.inject({ method: "POST", url: "/v1/screen", payload: LURE });
    expect((await app.inject({ method: "POST", url: "/v1/screen", payload: LURE })).statusCode).toBe(429);
    expect((await app.inject("/healthz")).statusCode).toBe(200);
    expect((await app.inject("/")).statusCode).toBe(200);
    expect((await app.inject("/openapi.json")).statusCode).toBe(200);
    await app.close();
  });

  it("answers unknown routes and methods with the API's error shape, without echoing the query", async () => {
    const app = await buildServer();
    for (const [method, url] of [["GET", "/v1/screen"], ["PUT", "/v1/screen"], ["GET", "/nope?phone=0812345678"]] as const) {
      const response = await app.inject({ method, url });
      expect(response.statusCode).toBe(404);
      const body = response.json() as { error: { code: string; message: string } };
      expect(body.error.code).toBe("not_found");
      expect(body.error.message).toContain(url.split("?")[0]);
      expect(body.error.message).not.toContain("0812345678");
    }
    const long = await app.inject({ method: "GET", url: `/${"x".repeat(5_000)}` });
    expect(long.statusCode).toBe(404);
    expect((long.json() as { error: { message: string } }).error.message.length).toBeLessThan(300);
    await app.close();
  });

  it("names the prototype keys it refuses, so a valid body holding one is not just called invalid JSON", async () => {
    const app = await buildServer();
    const response = await app.inject({ method: "POST", url: "/v1/screen", headers: { "content-type": "application/json" }, payload: '{"__proto__":{"title":"x"}}' });
    expect(response.statusCode).toBe(400);
    expect((response.json() as { error: { message: string } }).error.message).toContain("__proto__");
    await app.close();
  });
});

describe("hostile requests", () => {
  let app: Awaited<ReturnType<typeof buildServer>>;
  let base: string;
  beforeAll(async () => {
    app = await buildServer();
    await app.listen({ port: 0, host: "127.0.0.1" });
    base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await app.close();
  });

  const post = (body: string) => fetch(`${base}/v1/screen`, { method: "POST", headers: { "content-type": "application/json" }, body });

  it("refuses or answers hostile bodies while ordinary requests keep being served", async () => {
    const deeplyNested = `${"[".repeat(200_000)}${"]".repeat(200_000)}`;
    const pathological = JSON.stringify({ description: `${"telegram ".repeat(10_000)}${"a".repeat(9_000)}` });
    const nearMatches = JSON.stringify({ description: "easy job with ".repeat(7_000) });
    const hostile = [post(deeplyNested), post(pathological), post(nearMatches), post(JSON.stringify({ description: "x".repeat(10 * 1024 * 1024) }))];
    const ordinary = Array.from({ length: 5 }, () => post(JSON.stringify(LURE)));
    const hostileStatuses = (await Promise.all(hostile)).map((r) => r.status);
    const ordinaryStatuses = (await Promise.all(ordinary)).map((r) => r.status);
    expect(hostileStatuses).toEqual([400, 200, 200, 413]);
    expect(ordinaryStatuses).toEqual([200, 200, 200, 200, 200]);
  });
});
