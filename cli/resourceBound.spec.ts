import { describe, expect, it } from "vitest";
import { DEFAULT_MODEL } from "../specs/model/defaultModel.ts";
import { loadModelFile } from "../specs/model/loadModelFile.ts";
import type { RunPlan } from "../suites/engine/plan.ts";
import { MAX_COMMANDS } from "../suites/stateful/commandSequences.ts";
import { plannedCasesOf } from "./plannedCases.ts";
import { boundRefusal, describeBound, RESOURCES_PER_BUNDLE, resourceBound } from "./resourceBound.ts";

const service = loadModelFile(DEFAULT_MODEL);
const plan = (operations: string[], phases: RunPlan["phases"]): RunPlan => ({
  operations,
  phases,
  runs: 3,
  seed: 1,
});

describe("resourceBound", () => {
  it("a read-only operation: role, queue and the shared bundle", () => {
    const b = resourceBound(service, plan(["GetFunction"], ["valid"]), false);
    expect(b).toEqual({ total: 2 + RESOURCES_PER_BUNDLE, bundles: 1, creatingCases: 0, stateful: 0 });
  });

  it("adds a bundle per changing operation, one per creating case, and one stateful sequence", () => {
    const p = plan(["GetFunction", "DeleteAlias", "CreateFunction"], ["valid", "boundary", "stateful"]);
    const b = resourceBound(service, p, false);
    const op = service.operations.get("CreateFunction");
    if (!op) throw new Error("model lacks CreateFunction");
    const creating = plannedCasesOf(op, "valid", 3) + plannedCasesOf(op, "boundary", 3);
    expect(b.bundles).toBe(2);
    expect(b.creatingCases).toBe(creating);
    expect(b.total).toBe(2 + 2 * RESOURCES_PER_BUNDLE + creating + MAX_COMMANDS);
    expect(describeBound(b)).toContain(`at most ${b.total}`);
  });

  it("--read-only holds nothing", () => {
    expect(resourceBound(service, plan(["GetFunction"], ["valid"]), true).total).toBe(0);
  });

  it("--max-resources refuses a plan whose bound exceeds it, and admits one that fits", () => {
    const b = resourceBound(service, plan(["GetFunction"], ["valid"]), false);
    expect(boundRefusal(b, b.total)).toBeUndefined();
    expect(boundRefusal(b, undefined)).toBeUndefined();
    expect(boundRefusal(b, b.total - 1)).toMatch(
      /refusing to start: .* up to 6 resources .* --max-resources 5/,
    );
  });
});
