import { describe, expect, it } from "vitest";
import { deleteFunctionSettled, SETTLE_TRIES } from "./deleteFunctionSettled.ts";

/** A client whose DeleteFunction answers the given errors in turn, then succeeds. */
function client(errors: string[]) {
  const calls: string[] = [];
  return {
    calls,
    send: async (command: { input: { FunctionName?: string } }) => {
      calls.push(command.input.FunctionName ?? "");
      const name = errors.shift();
      if (name) throw Object.assign(new Error(name), { name });
      return {};
    },
  };
}

const noPause = async () => undefined;

describe("deleteFunctionSettled", () => {
  it("retries while the target refuses with a conflict, until the delete goes through", async () => {
    const c = client(["ResourceConflictException", "ResourceConflictException"]);
    // biome-ignore lint/suspicious/noExplicitAny: a fake with the one method the helper calls
    await deleteFunctionSettled(c as any, "lc-x-c1", noPause);
    expect(c.calls).toEqual(["lc-x-c1", "lc-x-c1", "lc-x-c1"]);
  });

  it("stops at once on not-found or any other error", async () => {
    for (const name of ["ResourceNotFoundException", "ServiceException"]) {
      const c = client([name, "ResourceConflictException"]);
      // biome-ignore lint/suspicious/noExplicitAny: as above
      await deleteFunctionSettled(c as any, "f", noPause);
      expect(c.calls).toHaveLength(1);
    }
  });

  it("gives up after a bounded number of tries", async () => {
    const c = client(Array(SETTLE_TRIES + 5).fill("ResourceConflictException"));
    // biome-ignore lint/suspicious/noExplicitAny: as above
    await deleteFunctionSettled(c as any, "f", noPause);
    expect(c.calls).toHaveLength(SETTLE_TRIES);
  });
});
