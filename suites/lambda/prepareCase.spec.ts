import type { LambdaClient } from "@aws-sdk/client-lambda";
import { describe, expect, it } from "vitest";
import { mappedFunction } from "../resources/ownMappings.ts";
import { PREPARATIONS } from "./prepareCase.ts";

const arn = (name: string, qualifier?: string): string =>
  `arn:aws:lambda:us-east-1:000000000000:function:${name}${qualifier ? `:${qualifier}` : ""}`;

/** A client that answers ListEventSourceMappings as LocalStack does (substring match) and records deletes. */
function substringListingClient(mappings: { UUID: string; FunctionArn: string }[]) {
  const deleted: string[] = [];
  const lambda = {
    send: async (command: { constructor: { name: string }; input: Record<string, string> }) => {
      if (command.constructor.name === "ListEventSourceMappingsCommand")
        return {
          EventSourceMappings: mappings.filter(
            (m) => m.FunctionArn.includes(command.input.FunctionName ?? "") && !deleted.includes(m.UUID),
          ),
        };
      if (command.constructor.name === "DeleteEventSourceMappingCommand")
        deleted.push(command.input.UUID ?? "");
      return {};
    },
  } as unknown as LambdaClient;
  return { lambda, deleted };
}

describe("CreateEventSourceMapping preparation", () => {
  it("deletes the mappings of its own function only, not those of a function whose name extends it", async () => {
    const { lambda, deleted } = substringListingClient([
      { UUID: "own", FunctionArn: arn("lc-x-o3") },
      { UUID: "own-version", FunctionArn: arn("lc-x-o3", "1") },
      { UUID: "other", FunctionArn: arn("lc-x-o31") },
    ]);
    await PREPARATIONS.CreateEventSourceMapping?.(
      lambda,
      { functionName: "lc-x-o3" },
      {},
      { prefix: "lc-x", tags: {} },
    );
    expect(deleted).toEqual(["own", "own-version"]);
  });
});

describe("CreateFunction preparation", () => {
  const deletes = async (
    name: string,
    ownedBy?: (kind: string, id: string) => boolean,
  ): Promise<string[]> => {
    const deleted: string[] = [];
    const lambda = {
      send: async (command: { constructor: { name: string }; input: { FunctionName: string } }) => {
        if (command.constructor.name === "DeleteFunctionCommand") deleted.push(command.input.FunctionName);
        return {};
      },
    } as unknown as LambdaClient;
    await PREPARATIONS.CreateFunction?.(
      lambda,
      {},
      { FunctionName: name },
      { prefix: "lc-x", tags: {}, ...(ownedBy ? { ownedBy } : {}) },
    );
    return deleted;
  };

  it("frees the fresh name the case creates, so a reused name is no 409", async () => {
    expect(await deletes("lc-x-c3")).toEqual(["lc-x-c3"]);
  });

  it("never deletes a name that is not one of the run's fresh create names", async () => {
    expect(await deletes("lc-x-fn")).toEqual([]);
    expect(await deletes("someone-elses-function")).toEqual([]);
  });

  it("on a shared account frees a fresh name only when the run created it there (its ledger holds it)", async () => {
    const ledger = (kind: string, id: string): boolean => kind === "function" && id === "lc-x-c1";
    expect(await deletes("lc-x-c3", ledger)).toEqual([]);
    expect(await deletes("lc-x-c1", ledger)).toEqual(["lc-x-c1"]);
  });
});

describe("mappedFunction", () => {
  it("reads the function name of a plain or qualified function ARN", () => {
    expect(mappedFunction(arn("f"))).toBe("f");
    expect(mappedFunction(arn("f", "live"))).toBe("f");
    expect(mappedFunction(undefined)).toBeUndefined();
  });
});
