import { describe, expect, it } from "vitest";
import { renderMatrix } from "./html/htmlMatrix.ts";
import { reachLine, shapeExercised } from "./reach.ts";
import type { RunSummary } from "./reporter.ts";

const summary: RunSummary = {
  finishedAt: "2026-01-01T00:00:00.000Z",
  exitReason: "completed",
  cases: 30,
  counts: [{ operation: "GetAlias", check: "responseShape", pass: 4, fail: 0, warn: 0, notApplicable: 6 }],
  unimplementedOperations: ["GetAccountSettings"],
  reach: [
    { operation: "GetAlias", valid: 10, succeeded: 0, successJudged: false },
    { operation: "GetFunction", valid: 10, succeeded: 8, successJudged: true },
    { operation: "GetAccountSettings", valid: 1, succeeded: 0, successJudged: false },
  ],
};

describe("reach", () => {
  it("gives the share of implemented operations reached and of their valid cases", () => {
    expect(reachLine(summary)).toBe(
      "reach: 1 of 2 implemented operations (2xx on a valid case), 40 % of their valid cases",
    );
  });

  it("says 'not exercised' for a shape cell that judged no success, never ✓", () => {
    expect(shapeExercised(summary, "GetAlias")).toBe(false);
    const html = renderMatrix(
      [{ name: "GetAlias", passed: 4, failed: 0, unimplemented: false, conformance: 1 }] as never,
      summary.counts,
      () => undefined,
      (op) => shapeExercised(summary, op),
    );
    expect(html).toContain("not exercised");
    expect(html).not.toContain("✓");
  });
});
