import { describe, expect, it } from "vitest";
import { modelOperation as op, committedModel as service } from "../../testkit/modelOperation.ts";
import { baseFunctionName, changesState, functionNames, namedResources } from "./namedResources.ts";

describe("namedResources", () => {
  it("reads a qualified name and an ARN as the function they name, as a lenient target would", () => {
    expect(functionNames("a:$LATEST")).toEqual(["a:$LATEST", "a"]);
    expect(functionNames("arn:aws:lambda:us-east-1:1:function:a:live")).toEqual([
      "arn:aws:lambda:us-east-1:1:function:a:live",
      "a",
    ]);
    expect(functionNames("000000000000:function:a")).toContain("a");
    expect(baseFunctionName(":")).toBe("");
    expect(functionNames(":")).toEqual([":"]);
  });

  it("names the function of every request that changes one, the layer version of a layer request", () => {
    expect(namedResources(op("DeleteFunction"), { FunctionName: "a:1" })).toEqual([
      { kind: "function", id: "a:1" },
      { kind: "function", id: "a" },
    ]);
    expect(namedResources(op("DeleteLayerVersion"), { LayerName: "l", VersionNumber: 3 })).toEqual([
      { kind: "layerVersion", id: "l", version: 3 },
    ]);
    // A version that is no number guards the whole layer.
    expect(namedResources(op("DeleteLayerVersion"), { LayerName: "l", VersionNumber: "x" })).toEqual([
      { kind: "layer", id: "l" },
    ]);
    expect(namedResources(op("CreateEventSourceMapping"), { FunctionName: "f" })).toEqual([
      { kind: "function", id: "f" },
    ]);
    expect(namedResources(op("TagResource"), { ARN: "arn:aws:lambda:r:1:function:f" })).toContainEqual({
      kind: "function",
      id: "f",
    });
  });

  it("guards a code signing config only where its ARN is the path, not where a body refers to it", () => {
    expect(namedResources(op("DeleteCodeSigningConfig"), { CodeSigningConfigArn: "arn:c" })).toEqual([
      { kind: "codeSigningConfig", id: "arn:c" },
    ]);
    expect(
      namedResources(op("PutFunctionCodeSigningConfig"), {
        FunctionName: "f",
        CodeSigningConfigArn: "arn:c",
      }),
    ).toEqual([{ kind: "function", id: "f" }]);
  });

  it("counts every GET as a read and everything else as a change", () => {
    const reads = [...service.operations.values()].filter((o) => !changesState(o)).map((o) => o.name);
    expect(reads).toContain("GetFunction");
    expect(reads).not.toContain("Invoke");
    expect(reads.every((name) => /^(Get|List)/.test(name))).toBe(true);
  });
});
