/** Throttling through the engine: retried throttles are recorded, not failures; persistent ones are judged. */
import { once } from "node:events";
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { CaseResult } from "../../core/caseResult.ts";
import { loadModelFile } from "../../specs/model/loadModelFile.ts";
import { CHECKS } from "../../suites/checks/registry.ts";
import { makePlan } from "../../suites/engine/plan.ts";
import { runConformance } from "../../suites/engine/runConformance.ts";
import { createRawTransport } from "../../suites/transports/rawTransport.ts";
import { createSdkTransport } from "../../suites/transports/sdkTransport.ts";

const service = loadModelFile("specs/lambda/model.json");
const FAST = { maxRetries: 3, baseDelayMs: 1, maxDelayMs: 5 };
let server: http.Server;
let endpoint: string;
/** How many times in a row each request is throttled before it is answered: set per test. */
let throttleFirst = 0;
/** Throttles since the last real answer; with one case in flight at a time, that is per case. */
let inARow = 0;

beforeAll(async () => {
  server = http.createServer((req, res) => {
    req.resume();
    if (inARow < throttleFirst) {
      const status = inARow++ % 2 === 0 ? 429 : 503;
      res.writeHead(status, {
        "Content-Type": "application/json",
        "X-Amzn-ErrorType": "TooManyRequestsException",
      });
      res.end('{"message":"Rate exceeded"}');
      return;
    }
    inARow = 0;
    res.writeHead(200, { "Content-Type": "application/json" }).end('{"Functions":[]}');
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  endpoint = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});

afterAll(() => new Promise<void>((r) => server.close(() => r())));

async function run(): Promise<CaseResult[]> {
  inARow = 0;
  const sdk = createSdkTransport({ endpoint, timeoutMs: 2_000 });
  const raw = createRawTransport({ endpoint, timeoutMs: 2_000 });
  const results: CaseResult[] = [];
  try {
    await runConformance({
      service,
      plan: makePlan(service, { ops: ["ListFunctions"], phases: ["valid"], runs: 5, seed: 1 }),
      transports: { sdk, raw },
      checks: CHECKS,
      listener: { onCase: (r) => void results.push(r) },
      concurrency: 1,
      shrink: false,
      throttleRetry: FAST,
    });
  } finally {
    sdk.close();
    raw.close();
  }
  return results;
}

describe("throttled answers through the engine", () => {
  it("retries them, records the retries, and judges the answer that came after", async () => {
    throttleFirst = 2;
    const results = await run();
    expect(results.length).toBeGreaterThan(0);
    for (const r of results) {
      expect(r.throttled).toEqual({ retries: 2, persisted: false });
      expect(r.response.status).toBe(200);
      expect(r.verdicts.find((v) => v.check === "successStatus")?.status).toBe("pass");
    }
  });

  it("judges a throttle that persists past the retries, and says so", async () => {
    throttleFirst = 100;
    const results = await run();
    for (const r of results) {
      expect(r.throttled).toEqual({ retries: FAST.maxRetries, persisted: true });
      // The last answer (a 503 here) is judged like any other: a persistent throttle is non-conformance.
      expect(r.response.status).toBe(503);
      expect(r.verdicts.filter((v) => v.status === "fail").map((v) => v.check)).toContain("noServerError");
    }
  });
});
