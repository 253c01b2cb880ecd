import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { RequestCase } from "../core/requestCase.ts";
import { lambda } from "./_internals/__test-helpers__/models.ts";
import { sampleCases } from "./generateCases.ts";
import { invalidRequests } from "./invalidRequests.ts";

describe("sampleCases", () => {
  const op = lambda.operations.get("UpdateFunctionConfiguration");
  if (!op) throw new Error("UpdateFunctionConfiguration missing");

  it("is deterministic for a seed and differs across seeds", () => {
    const a = sampleCases(op, "invalid", { seed: 17, runs: 20 });
    expect(sampleCases(op, "invalid", { seed: 17, runs: 20 })).toEqual(a);
    expect(sampleCases(op, "invalid", { seed: 18, runs: 20 })).not.toEqual(a);
    expect(a.every((c, i) => c.seed === 17 && c.path === String(i))).toBe(true);
  });

  it("fills a path that replays the case in a fast-check property", () => {
    const cases = sampleCases(op, "invalid", { seed: 23, runs: 10 });
    const target = cases[6] as RequestCase;
    let replayed: RequestCase | undefined;
    fc.check(
      fc.property(invalidRequests(op), (c) => {
        replayed ??= c;
        return true;
      }),
      { seed: 23, path: target.path, numRuns: 1 },
    );
    expect(replayed?.input).toEqual(target.input);
  });

  it("returns the boundary list for the boundary phase", () => {
    const cases = sampleCases(op, "boundary", { seed: 1, runs: 5 });
    expect(cases.length).toBeGreaterThan(5);
    expect(cases.every((c) => c.phase === "boundary" && c.boundary !== undefined)).toBe(true);
  });
});
