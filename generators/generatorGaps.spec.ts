import { describe, expect, it } from "vitest";
import { loadModel } from "../specs/model/loadModel.ts";
import { lambda, weather } from "./_internals/__test-helpers__/models.ts";
import { GeneratorGapError } from "./GeneratorGapError.ts";
import { generatorGaps } from "./generatorGaps.ts";
import { invalidRequests } from "./invalidRequests.ts";
import { planGapLines, planGaps } from "./planGaps.ts";
import { validRequests } from "./validRequests.ts";

/** A one-operation restJson1 model whose input has the given members. */
function modelWith(members: Record<string, unknown>, extraShapes: Record<string, unknown> = {}) {
  return loadModel({
    smithy: "2.0",
    shapes: {
      "ex.bad#Bad": {
        type: "service",
        version: "2024-01-01",
        operations: [{ target: "ex.bad#Op" }],
        traits: { "aws.protocols#restJson1": {}, "aws.auth#sigv4": { name: "bad" } },
      },
      "ex.bad#Op": {
        type: "operation",
        input: { target: "ex.bad#OpRequest" },
        output: { target: "smithy.api#Unit" },
        traits: { "smithy.api#http": { method: "POST", uri: "/op", code: 200 } },
      },
      "ex.bad#OpRequest": { type: "structure", members, traits: { "smithy.api#input": {} } },
      ...extraShapes,
    },
  });
}

describe("generatorGaps", () => {
  it("is empty for the Lambda and weather models", () => {
    expect(generatorGaps(lambda)).toEqual([]);
    expect(generatorGaps(weather)).toEqual([]);
  });

  it("reports an unsupported pattern by name and reason, and generation leaves the optional member out", () => {
    const service = modelWith({
      Echo: { target: "smithy.api#String", traits: { "smithy.api#pattern": "(a+)\\1" } },
      Name: { target: "smithy.api#String", traits: { "smithy.api#required": {} } },
    });
    expect(generatorGaps(service)).toEqual([
      {
        shape: "OpRequest",
        member: "Echo",
        reason: expect.stringMatching(/backreferences are not supported/),
      },
    ]);
    const op = [...service.operations.values()][0];
    if (!op) throw new Error("no operation");
    expect(() => validRequests(op)).not.toThrow();
    expect(() => invalidRequests(op)).not.toThrow();
  });

  it("throws a GeneratorGapError at construction when a required member cannot be generated", () => {
    const service = modelWith({
      Id: {
        target: "smithy.api#String",
        traits: {
          "smithy.api#required": {},
          "smithy.api#pattern": "\\d{12}",
          "smithy.api#length": { max: 3 },
        },
      },
    });
    const op = [...service.operations.values()][0];
    if (!op) throw new Error("no operation");
    expect(generatorGaps(service)).toEqual([
      {
        shape: "OpRequest",
        member: "Id",
        reason: expect.stringMatching(/no matching string has a length in \[0, 3\]/),
      },
    ]);
    expect(() => validRequests(op)).toThrow(GeneratorGapError);
  });

  it("reports a map that needs more distinct keys than its key shape has", () => {
    const service = modelWith(
      { Tags: { target: "ex.bad#Tags", traits: { "smithy.api#required": {} } } },
      {
        "ex.bad#Tags": {
          type: "map",
          key: { target: "ex.bad#Key" },
          value: { target: "smithy.api#String" },
          traits: { "smithy.api#length": { min: 3 } },
        },
        "ex.bad#Key": { type: "string", traits: { "smithy.api#pattern": "[ab]" } },
      },
    );
    expect(generatorGaps(service).map((g) => g.member)).toContain("Tags");
  });

  it("plans a run around gaps: an optional member is named once, an operation needing a required one is left out", () => {
    const optional = modelWith({
      Echo: { target: "smithy.api#String", traits: { "smithy.api#pattern": "(a+)\\1" } },
    });
    const kept = planGaps(optional, ["Op"]);
    expect(kept.leftOut.size).toBe(0);
    expect(planGapLines(kept)).toEqual([
      expect.stringMatching(/^gap: OpRequest\.Echo: .*backreferences.*left out$/),
    ]);

    const required = modelWith({
      Echo: {
        target: "smithy.api#String",
        traits: { "smithy.api#required": {}, "smithy.api#pattern": "(a+)\\1" },
      },
    });
    const dropped = planGaps(required, ["Op"]);
    expect([...dropped.leftOut.keys()]).toEqual(["Op"]);
    expect(planGapLines(dropped)).toHaveLength(2);
    expect(planGaps(lambda, [...lambda.operations.keys()])).toEqual({ gaps: [], leftOut: new Map() });
  });
});
