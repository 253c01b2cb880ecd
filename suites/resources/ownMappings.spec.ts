import { CreateEventSourceMappingCommand, type LambdaClient } from "@aws-sdk/client-lambda";
import { describe, expect, it } from "vitest";
import { deleteOwnMappings, freshMapping } from "./ownMappings.ts";

const ARN = "arn:aws:lambda:us-east-1:000000000000:function:";

/**
 * A target that, like LocalStack, keeps a deleted mapping listed until its poller stops, and whose
 * disabled mapping never stops (so stays forever); a create beside a listed mapping is a 409.
 */
function localStackLike() {
  const sent: string[] = [];
  let mappings = [
    { UUID: "old", FunctionArn: `${ARN}f`, State: "Disabled", deleting: 0 },
    { UUID: "other", FunctionArn: `${ARN}f2`, State: "Disabled", deleting: 0 },
  ];
  const lambda = {
    send: async (command: { constructor: { name: string }; input: Record<string, unknown> }) => {
      const name = command.constructor.name;
      sent.push(name);
      const m = mappings.find((x) => x.UUID === command.input.UUID);
      if (name === "ListEventSourceMappingsCommand") {
        // A deleted, enabled mapping is gone after one more listing.
        mappings = mappings.filter((x) => x.deleting < 2);
        for (const x of mappings) if (x.deleting > 0 && x.State === "Enabled") x.deleting++;
        return {
          EventSourceMappings: mappings.filter((x) =>
            x.FunctionArn.includes(String(command.input.FunctionName)),
          ),
        };
      }
      if (name === "UpdateEventSourceMappingCommand" && m) m.State = "Enabled";
      if (name === "DeleteEventSourceMappingCommand" && m) m.deleting = 1;
      if (name === "CreateEventSourceMappingCommand") {
        if (mappings.some((x) => x.FunctionArn === `${ARN}${command.input.FunctionName}`))
          throw Object.assign(new Error("exists"), { name: "ResourceConflictException" });
        return { UUID: "fresh" };
      }
      return {};
    },
  } as unknown as LambdaClient;
  return { lambda, sent };
}

describe("freshMapping", () => {
  it("re-enables a disabled mapping before deleting it and waits until it is gone, so the create succeeds", async () => {
    const { lambda, sent } = localStackLike();
    const create = new CreateEventSourceMappingCommand({ FunctionName: "f", EventSourceArn: "q" });
    expect(await freshMapping(lambda, create)).toBe("fresh");
    expect(sent.slice(0, 3)).toEqual([
      "ListEventSourceMappingsCommand",
      "UpdateEventSourceMappingCommand",
      "DeleteEventSourceMappingCommand",
    ]);
    expect(sent.at(-1)).toBe("CreateEventSourceMappingCommand");
    // `f2` is listed for `f` by substring, and left alone.
    expect(sent.filter((s) => s === "DeleteEventSourceMappingCommand")).toHaveLength(1);
  });

  it("waits for a mapping that never goes once only: a later set-up does not wait for it again", async () => {
    const listings: number[] = [];
    const lambda = {
      send: async (command: { constructor: { name: string } }) => {
        if (command.constructor.name === "ListEventSourceMappingsCommand") {
          listings.push(Date.now());
          return { EventSourceMappings: [{ UUID: "stuck", FunctionArn: `${ARN}f`, State: "Enabled" }] };
        }
        return {};
      },
    } as unknown as LambdaClient;
    await deleteOwnMappings(lambda, "f");
    const first = listings.length;
    expect(first).toBeGreaterThan(2);
    await deleteOwnMappings(lambda, "f");
    expect(listings.length - first).toBe(2);
  }, 10_000);
});
