import { describe, expect, it } from "vitest";
import { committedModel } from "../../testkit/modelOperation.ts";
import { accountMode } from "./accountMode.ts";
import { readOnlyPlan } from "./readOnlyPlan.ts";

describe("accountMode", () => {
  it("is owned for a started target, shared for an endpoint, and what the user declares otherwise", () => {
    expect(accountMode(true)).toBe("owned");
    expect(accountMode(false)).toBe("shared");
    expect(accountMode(false, "disposable")).toBe("disposable");
    expect(accountMode(true, "shared")).toBe("shared");
  });
});

describe("readOnlyPlan", () => {
  it("keeps only the operations that change nothing, without the stateful phase, and says what it left out", () => {
    const plan = {
      operations: ["GetFunction", "DeleteFunction", "Invoke"],
      phases: ["valid", "stateful"] as const,
      runs: 1,
      seed: 1,
    };
    const { plan: narrowed, left } = readOnlyPlan(committedModel, { ...plan, phases: [...plan.phases] });
    expect(narrowed.operations).toEqual(["GetFunction"]);
    expect(narrowed.phases).toEqual(["valid"]);
    expect(left).toEqual(["DeleteFunction", "Invoke", "phase stateful"]);
  });
});
