import { describe, expect, it } from "vitest";
import type { TransportResponse } from "../../core/transportResponse.ts";
import { retryThrottled } from "./retryThrottled.ts";

const answer = (status: number): TransportResponse => ({
  status,
  headers: {},
  body: "{}",
  truncated: false,
  durationMs: 1,
});

/** A send that answers the given statuses in turn, counting calls. */
function scripted(statuses: number[]) {
  let calls = 0;
  return {
    send: async () => answer(statuses[Math.min(calls++, statuses.length - 1)] ?? 200),
    calls: () => calls,
  };
}

const policy = { maxRetries: 3, baseDelayMs: 10, maxDelayMs: 40 };

describe("retryThrottled", () => {
  it("passes a first answer through untouched", async () => {
    const s = scripted([200]);
    const out = await retryThrottled(s.send, { policy, sleep: async () => {} });
    expect(out).toEqual({ response: answer(200) });
    expect(s.calls()).toBe(1);
  });

  it("retries 429 and 503 with growing capped waits and reports the retries", async () => {
    const s = scripted([429, 503, 429, 200]);
    const waits: number[] = [];
    const out = await retryThrottled(s.send, {
      policy,
      random: () => 0.999,
      sleep: async (ms) => {
        waits.push(ms);
      },
    });
    expect(out.response.status).toBe(200);
    expect(out.throttled).toEqual({ retries: 3, persisted: false });
    expect(waits).toEqual([9, 19, 39]);
  });

  it("gives up after maxRetries and marks the throttle as persisted", async () => {
    const s = scripted([429]);
    const out = await retryThrottled(s.send, { policy, sleep: async () => {} });
    expect(out.response.status).toBe(429);
    expect(out.throttled).toEqual({ retries: 3, persisted: true });
    expect(s.calls()).toBe(4);
  });

  it("stops waiting when the run is interrupted", async () => {
    const s = scripted([429]);
    const controller = new AbortController();
    const started = Date.now();
    setTimeout(() => controller.abort(), 20);
    const out = await retryThrottled(s.send, {
      policy: { maxRetries: 5, baseDelayMs: 10_000, maxDelayMs: 10_000 },
      random: () => 1,
      signal: controller.signal,
    });
    expect(Date.now() - started).toBeLessThan(1_000);
    expect(out.throttled).toEqual({ retries: 0, persisted: true });
  });
});
