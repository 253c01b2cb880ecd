import type { LambdaClient } from "@aws-sdk/client-lambda";
import { describe, expect, it } from "vitest";
import { RESETS } from "./resetPreparations.ts";

/** A client that records every command and answers a mapping creation with a fresh id. */
function recordingClient() {
  const sent: { command: string; input: Record<string, unknown> }[] = [];
  const lambda = {
    send: async (command: { constructor: { name: string }; input: Record<string, unknown> }) => {
      sent.push({ command: command.constructor.name, input: command.input });
      if (command.constructor.name === "CreateEventSourceMappingCommand") return { UUID: "fresh" };
      if (command.constructor.name === "ListEventSourceMappingsCommand") return { EventSourceMappings: [] };
      return {};
    },
  } as unknown as LambdaClient;
  return { lambda, sent };
}

describe("resets before each case", () => {
  it("puts the fixture's event invoke config on the qualifier the case names, so its valid twin can succeed", async () => {
    const { lambda, sent } = recordingClient();
    await RESETS.UpdateFunctionEventInvokeConfig?.(lambda, { functionName: "f" }, { Qualifier: "1" }, {});
    expect(sent).toEqual([
      {
        command: "PutFunctionEventInvokeConfigCommand",
        input: { FunctionName: "f", MaximumRetryAttempts: 1, Qualifier: "1" },
      },
    ]);
  });

  it("gives an update of a mapping a fresh mapping, its id in the request", async () => {
    const { lambda, sent } = recordingClient();
    const live = await RESETS.UpdateEventSourceMapping?.(
      lambda,
      { functionName: "f" },
      {},
      { queueArn: "q" },
    );
    expect(live).toEqual({ UUID: "fresh" });
    expect(sent.map((s) => s.command)).toEqual([
      "ListEventSourceMappingsCommand",
      "ListEventSourceMappingsCommand",
      "CreateEventSourceMappingCommand",
    ]);
  });

  it("sets a URL config back by deleting and creating it on the case's qualifier", async () => {
    const { lambda, sent } = recordingClient();
    await RESETS.UpdateFunctionUrlConfig?.(lambda, { functionName: "f" }, { Qualifier: "live" }, {});
    expect(sent).toEqual([
      { command: "DeleteFunctionUrlConfigCommand", input: { FunctionName: "f", Qualifier: "live" } },
      {
        command: "CreateFunctionUrlConfigCommand",
        input: { FunctionName: "f", Qualifier: "live", AuthType: "NONE" },
      },
    ]);
  });

  it("puts the fixture's code and architecture back before an update of the code", async () => {
    const { lambda, sent } = recordingClient();
    await RESETS.UpdateFunctionCode?.(lambda, { functionName: "f" }, { Architectures: ["arm64"] }, {});
    expect(sent.map((s) => [s.command, s.input.FunctionName, s.input.Architectures])).toEqual([
      ["UpdateFunctionCodeCommand", "f", ["x86_64"]],
    ]);
    expect(Buffer.isBuffer(sent[0]?.input.ZipFile)).toBe(true);
  });
});
