import { describe, expect, it } from "vitest";
import type { CaseResult, Verdict } from "../../core/caseResult.ts";
import type { Phase } from "../../core/requestCase.ts";
import { createFirstFailures } from "./firstFailures.ts";

const result = (id: string, phase: Phase, verdicts: Verdict[], kind?: "patternMismatch"): CaseResult =>
  ({
    id,
    case: {
      operation: "GetFunction",
      phase,
      input: {},
      seed: 1,
      ...(kind ? { violation: { path: "/FunctionName", kind, constraint: "pattern", rawOnly: false } } : {}),
    },
    verdicts,
  }) as unknown as CaseResult;
const fail = (check: string): Verdict => ({ check, status: "fail", reason: "r", signature: "s" });

describe("createFirstFailures", () => {
  it("keeps the first fail per (check, violation kind) and skips passes and boundary cases", () => {
    const failures = createFirstFailures();
    failures.note(result("b", "boundary", [fail("successStatus")]));
    failures.note(result("v1", "valid", [fail("successStatus"), { check: "contentType", status: "pass" }]));
    failures.note(result("v2", "valid", [fail("successStatus")]));
    failures.note(result("i1", "invalid", [fail("successStatus")], "patternMismatch"));
    expect([...failures.values()].map((f) => [f.id, f.check])).toEqual([
      ["v1", "successStatus"],
      ["i1", "successStatus"],
    ]);
  });
});
