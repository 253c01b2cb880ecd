import { describe, expect, it } from "vitest";
import { createTargetHealth } from "./targetHealth.ts";

const answer = { status: 200, durationMs: 10 };
const timeout = { status: 0, durationMs: 2_000, error: { kind: "timeout" as const, message: "no answer" } };
const reset = { status: 0, durationMs: 1, error: { kind: "connection" as const, message: "ECONNRESET" } };

describe("targetHealth", () => {
  it("calls a target stalled after five timeouts in a row during which nothing else was answered", () => {
    const health = createTargetHealth();
    health.note(answer, 500);
    for (let i = 1; i <= 4; i++) health.note(timeout, 1_000 + i * 2_000);
    expect(health.stopReason).toBeUndefined();
    health.note(timeout, 11_000);
    expect(health.stopReason).toMatch(/target stalled: .* 5 requests in a row/);
  });

  it("does not count a timeout while other requests were answered (a live target's one stalled answer)", () => {
    const health = createTargetHealth();
    // Concurrent requests: each timeout ends after an answer that arrived while it waited.
    for (let i = 0; i < 20; i++) {
      health.note(answer, 10_000 + i * 100);
      health.note(timeout, 10_000 + i * 100 + 50);
    }
    expect(health.stopReason).toBeUndefined();
  });

  it("does not count timeouts that end together if an answer came while they waited (the soak's flake)", () => {
    const health = createTargetHealth();
    health.note(answer, 100);
    // Six requests sent at 0–50 ms all stall; the answer at 100 ms shows the target was alive meanwhile.
    for (let i = 0; i < 6; i++) health.note(timeout, 2_000 + i * 10);
    expect(health.stopReason).toBeUndefined();
  });

  it("calls an endpoint that never connected unreachable, and one that stopped connecting gone", () => {
    const never = createTargetHealth();
    for (let i = 0; i < 3; i++) never.note(reset, i);
    expect(never.stopReason).toMatch(/endpoint unreachable/);
    const gone = createTargetHealth();
    gone.note(answer, 0);
    for (let i = 1; i <= 11; i++) gone.note(reset, i);
    expect(gone.stopReason).toBeUndefined();
    gone.note(reset, 12);
    expect(gone.stopReason).toMatch(/12 connection failures in a row/);
  });
});
