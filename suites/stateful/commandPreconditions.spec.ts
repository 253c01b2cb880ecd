import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { commandApplies } from "./commandSpec.ts";
import { deleteAlias, routeAliasWeights } from "./commands/aliasCommands.ts";
import { ALL_COMMANDS } from "./commands/allCommands.ts";
import { createFunction } from "./commands/functionCommands.ts";
import { invoke } from "./commands/invokeCommands.ts";
import { addLayerVersionPermission } from "./commands/permissionCommands.ts";
import {
  NEVER_ISSUED_REVISION,
  staleRevision,
  updateWithStaleRevision,
} from "./commands/revisionCommands.ts";
import { existingFn } from "./commands/shared.ts";
import { emptyExpectedState, newFunction } from "./expected/expectedState.ts";

const withFunction = () => {
  const m = emptyExpectedState("lc-x-st", "role", new Set());
  m.functions.set("lc-x-st-f1", newFunction("d"));
  return m;
};

describe("command preconditions", () => {
  it("disables every command of an operation the target does not implement", () => {
    const m = emptyExpectedState("lc-x-st", "role", new Set(["CreateFunction"]));
    expect(commandApplies(createFunction, m, 0)).toBe(false);
    expect(commandApplies(routeAliasWeights, withFunction(), [0, 0.1])).toBe(true);
    const noUpdates = emptyExpectedState("lc-x-st", "role", new Set(["UpdateFunctionConfiguration"]));
    noUpdates.functions.set("lc-x-st-f0", newFunction("d"));
    expect(commandApplies(routeAliasWeights, noUpdates, [0, 0.1])).toBe(false);
  });

  it("needs what a command acts on: an alias to delete, a layer version, a version to invoke", () => {
    const m = withFunction();
    expect(commandApplies(deleteAlias, m, [1, "a0"])).toBe(false);
    m.functions.get("lc-x-st-f1")?.aliases.set("a0", { version: "$LATEST" });
    expect(commandApplies(deleteAlias, m, [1, "a0"])).toBe(true);
    expect(commandApplies(addLayerVersionPermission, m, [0, "s0"])).toBe(false);
    expect(commandApplies(invoke, m, [1, "version", "Event"])).toBe(false);
    expect(commandApplies(invoke, m, [0, "latest", "Event"])).toBe(true);
  });

  it("sends a stale RevisionId when one is known, else one never issued", () => {
    const m = withFunction();
    expect(commandApplies(updateWithStaleRevision, emptyExpectedState("lc-x-st", "role"), [0, 0])).toBe(
      false,
    );
    const fn = existingFn(m, 0).fn;
    expect(existingFn(m, 0).name).toBe("lc-x-st-f1");
    if (!fn) throw new Error("no function");
    expect(staleRevision(fn, 3)).toBe(NEVER_ISSUED_REVISION);
    fn.staleRevisionIds.push("r1", "r2");
    expect(staleRevision(fn, 3)).toBe("r2");
  });

  it("labels commands with their arguments, and every command's arguments generate", () => {
    for (const spec of ALL_COMMANDS) {
      const [a] = fc.sample(spec.args, { seed: 1, numRuns: 1 });
      expect(`${spec.name}(${spec.show(a)})`).toMatch(/^\w+\(.*\)$/);
    }
  });
});
