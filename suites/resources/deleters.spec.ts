import { describe, expect, it } from "vitest";
import { DELETERS, deleteVia } from "./deleters.ts";

describe("DELETERS", () => {
  it("deletes through the SDK command the table names, with the table's input", async () => {
    const sent: [string, unknown][] = [];
    const lambda = {
      send: async (c: { constructor: { name: string }; input: unknown }) =>
        sent.push([c.constructor.name, c.input]),
    };
    await deleteVia(lambda as never, DELETERS.function, "fn");
    await deleteVia(lambda as never, DELETERS.layerVersion, { LayerName: "l", VersionNumber: 2 });
    await deleteVia(lambda as never, DELETERS.codeSigningConfig, "arn:csc");
    await deleteVia(lambda as never, DELETERS.eventSourceMapping, "u-1");
    expect(sent).toEqual([
      ["DeleteFunctionCommand", { FunctionName: "fn" }],
      ["DeleteLayerVersionCommand", { LayerName: "l", VersionNumber: 2 }],
      ["DeleteCodeSigningConfigCommand", { CodeSigningConfigArn: "arn:csc" }],
      ["DeleteEventSourceMappingCommand", { UUID: "u-1" }],
    ]);
  });

  it("reads each kind back with the same identifier", () => {
    expect(DELETERS.function.read("fn")).toEqual({ operation: "GetFunction", input: { FunctionName: "fn" } });
    expect(DELETERS.layerVersion.read({ LayerName: "l", VersionNumber: 2 }).operation).toBe(
      "GetLayerVersion",
    );
    expect(DELETERS.codeSigningConfig.read("a").operation).toBe("GetCodeSigningConfig");
    expect(DELETERS.eventSourceMapping.read("u").operation).toBe("GetEventSourceMapping");
  });
});
