/**
 * Load test of `lurescreen serve` on loopback: the server runs in its own process (as in production),
 * autocannon posts single postings for a bounded time, and the script reports requests per second,
 * p99 latency and errors. Run with: npm run load  (LOAD_SECONDS, LOAD_CONNECTIONS to change).
 */
import { spawn } from "node:child_process";
import { writeFileSync, mkdirSync } from "node:fs";
import autocannon from "autocannon";

const SECONDS = Number(process.env.LOAD_SECONDS ?? 15);
const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 20);
const POSTING = JSON.stringify({
  title: "Customer Service Staff – Sihanoukville",
  description:
    "Customer service in Sihanoukville, Cambodia. Salary 1,500 USD per month, no experience needed. Free flight and housing provided. Interview on Telegram @cs_recruit_kh, fly next week. Requirements: age 18-35, basic computer skills, typing 30 wpm.",
});

async function startServer(): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, ["dist/cli.js", "serve", "--port", "0", "--body-limit", "1048576"], { stdio: ["ignore", "ignore", "pipe"] });
  const url = await new Promise<string>((resolve, reject) => {
    let seen = "";
    child.stderr.on("data", (chunk: Buffer) => {
      seen += chunk.toString();
      const match = /listening on (http:\/\/[^\s]+)/.exec(seen);
      if (match) resolve(match[1]!);
    });
    child.once("exit", (code) => reject(new Error(`server exited with code ${code}`)));
  });
  return { url, stop: () => child.kill("SIGTERM") };
}

async function main(): Promise<void> {
  const server = await startServer();
  try {
    // Warm the server's screener before measuring.
    for (let i = 0; i < 200; i++) await fetch(`${server.url}/v1/screen`, { method: "POST", headers: { "content-type": "application/json" }, body: POSTING });
    const result = await autocannon({
      url: `${server.url}/v1/screen`,
      method: "POST",
      headers: { "content-type": "application/json" },
      body: POSTING,
      connections: CONNECTIONS,
      duration: SECONDS,
    });
    const summary = {
      seconds: SECONDS,
      connections: CONNECTIONS,
      requestsPerSecond: Math.round(result.requests.average),
      latencyP50Ms: result.latency.p50,
      latencyP99Ms: result.latency.p99,
      errors: result.errors + result.timeouts + result.non2xx,
      requests: result.requests.total,
    };
    mkdirSync("test/output", { recursive: true });
    writeFileSync("test/output/load.json", `${JSON.stringify(summary, null, 2)}\n`);
    console.log("| measure | value | target |\n|---|---:|---:|");
    console.log(`| requests per second (single postings, ${CONNECTIONS} connections, ${SECONDS} s) | ${summary.requestsPerSecond} | ≥ 2,000 |`);
    console.log(`| latency p50 / p99 | ${summary.latencyP50Ms} / ${summary.latencyP99Ms} ms | p99 < 50 ms |`);
    console.log(`| errors (non-2xx, timeouts, socket errors) | ${summary.errors} of ${summary.requests} | 0 |`);
  } finally {
    server.stop();
  }
}

void main();
