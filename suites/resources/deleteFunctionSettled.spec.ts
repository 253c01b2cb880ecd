import { describe, expect, it } from "vitest";
import { deleteFunctionSettled, SETTLE_TRIES } from "./deleteFunctionSettled.ts";

/**
 * A client whose GetFunctionConfiguration answers the given states (or errors) in turn, then Active, and
 * whose DeleteFunction answers the given errors in turn, then succeeds.
 */
function client(deleteErrors: string[], states: string[] = []) {
  const calls: string[] = [];
  return {
    calls,
    send: async (command: { constructor: { name: string }; input: { FunctionName?: string } }) => {
      const get = command.constructor.name === "GetFunctionConfigurationCommand";
      calls.push(`${get ? "get" : "delete"} ${command.input.FunctionName ?? ""}`);
      const answer = get ? (states.shift() ?? "Active") : deleteErrors.shift();
      if (answer?.endsWith("Exception")) throw Object.assign(new Error(answer), { name: answer });
      return get ? { State: answer } : {};
    },
  };
}

const noPause = async () => undefined;
const deletes = (calls: string[]) => calls.filter((c) => c.startsWith("delete"));

describe("deleteFunctionSettled", () => {
  it("retries while the target refuses with a conflict, until the delete goes through", async () => {
    const c = client(["ResourceConflictException", "ResourceConflictException"]);
    // biome-ignore lint/suspicious/noExplicitAny: a fake with the one method the helper calls
    await deleteFunctionSettled(c as any, "lc-x-c1", { pause: noPause });
    expect(c.calls).toEqual(["get lc-x-c1", "delete lc-x-c1", "delete lc-x-c1", "delete lc-x-c1"]);
  });

  it("waits out Pending before deleting, so the delete meets the same state in every run", async () => {
    const c = client([], ["Pending", "Pending", "Failed"]);
    // biome-ignore lint/suspicious/noExplicitAny: as above
    await deleteFunctionSettled(c as any, "f", { pause: noPause });
    expect(c.calls).toEqual(["get f", "get f", "get f", "delete f"]);
  });

  it("deletes at once a function whose creation was answered with a settled state", async () => {
    const c = client([], ["Pending"]);
    // biome-ignore lint/suspicious/noExplicitAny: as above
    await deleteFunctionSettled(c as any, "f", { settled: true, pause: noPause });
    expect(c.calls).toEqual(["delete f"]);
  });

  it("sends no delete for a function that is not there", async () => {
    const c = client([], ["ResourceNotFoundException"]);
    // biome-ignore lint/suspicious/noExplicitAny: as above
    await deleteFunctionSettled(c as any, "f", { pause: noPause });
    expect(c.calls).toEqual(["get f"]);
  });

  it("stops at once on not-found or any other error to the delete", async () => {
    for (const name of ["ResourceNotFoundException", "ServiceException"]) {
      const c = client([name, "ResourceConflictException"]);
      // biome-ignore lint/suspicious/noExplicitAny: as above
      await deleteFunctionSettled(c as any, "f", { pause: noPause });
      expect(deletes(c.calls)).toHaveLength(1);
    }
  });

  it("gives up after a bounded number of tries, waiting and deleting alike", async () => {
    const c = client(
      Array(SETTLE_TRIES + 5).fill("ResourceConflictException"),
      Array(SETTLE_TRIES + 5).fill("Pending"),
    );
    // biome-ignore lint/suspicious/noExplicitAny: as above
    await deleteFunctionSettled(c as any, "f", { pause: noPause });
    expect(c.calls).toHaveLength(2 * SETTLE_TRIES);
  });
});
