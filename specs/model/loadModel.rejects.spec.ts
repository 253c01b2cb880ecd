import { describe, expect, it } from "vitest";
import { loadModel } from "./loadModel.ts";
import { ModelError } from "./ModelError.ts";

type Shapes = Record<string, Record<string, unknown>>;

/** A minimal valid model; each case breaks one thing in it. */
function model(change: (shapes: Shapes) => void = () => {}): unknown {
  const shapes: Shapes = {
    "a#S": { type: "service", operations: [{ target: "a#Get" }] },
    "a#Get": {
      type: "operation",
      input: { target: "a#GetInput" },
      traits: { "smithy.api#http": { method: "GET", uri: "/things/{Id}" } },
    },
    "a#GetInput": {
      type: "structure",
      members: { Id: { target: "a#Id", traits: { "smithy.api#httpLabel": {}, "smithy.api#required": {} } } },
    },
    "a#Id": { type: "string" },
  };
  change(shapes);
  return { smithy: "2.0", shapes };
}

function rejection(ast: unknown): ModelError {
  try {
    loadModel(ast);
  } catch (error) {
    if (error instanceof ModelError) return error;
    throw error;
  }
  throw new Error("expected a ModelError");
}

describe("loadModel rejects", () => {
  it("accepts the unbroken model", () => {
    expect(loadModel(model()).operations.size).toBe(1);
  });

  it.each([
    ["a non-object", [], /AST is not a JSON object/],
    ["null", null, /AST is not a JSON object/],
    ["a missing smithy version", { shapes: {} }, /smithy: "2\.x"/],
    ["a 1.0 model", { smithy: "1.0", shapes: {} }, /smithy: "2\.x", got "1\.0"/],
  ])("%s", (_, ast, message) => {
    expect(rejection(ast).message).toMatch(message);
  });

  it.each<[string, (shapes: Shapes) => void, RegExp]>([
    ["no service", (s) => delete s["a#S"], /^model: no service shape/],
    ["several services", (s) => (s["a#T"] = { type: "service" }), /one service shape, found a#S, a#T/],
    ["an unknown shape type", (s) => (s["a#Id"] = { type: "strang" }), /^a#Id: unknown .*"strang"/],
    [
      "a member targeting a missing shape",
      (s) => (s["a#L"] = { type: "list", member: { target: "a#Nope" } }),
      /^a#L\$member: targets missing shape a#Nope/,
    ],
    [
      "an operation without http trait",
      (s) => delete s["a#Get"]?.traits,
      /^a#Get: operation has no smithy.api#http/,
    ],
    [
      "an httpLabel member absent from the uri",
      (s) =>
        ((s["a#Get"] as { traits: unknown }).traits = {
          "smithy.api#http": { method: "GET", uri: "/things" },
        }),
      /^a#Get: httpLabel member Id of a#GetInput is not in uri/,
    ],
    [
      "a uri label without member",
      (s) =>
        ((s["a#Get"] as { traits: unknown }).traits = {
          "smithy.api#http": { method: "GET", uri: "/t/{Id}/{X}" },
        }),
      /^a#Get: uri label \{X\} has no httpLabel member in a#GetInput/,
    ],
    [
      "a pattern that does not compile with the u flag",
      (s) => (s["a#Id"] = { type: "string", traits: { "smithy.api#pattern": "[\\w-_]" } }),
      /^a#Id: pattern .* does not compile/,
    ],
    [
      "min > max on a member",
      (s) => {
        const input = s["a#GetInput"] as { members: Record<string, { traits: Record<string, unknown> }> };
        (input.members.Id as { traits: Record<string, unknown> }).traits["smithy.api#length"] = {
          min: 5,
          max: 2,
        };
      },
      /^a#GetInput\$Id: length min 5 > max 2/,
    ],
    [
      "min > max on a shape",
      (s) => (s["a#N"] = { type: "integer", traits: { "smithy.api#range": { min: 3, max: 1 } } }),
      /^a#N: range min 3 > max 1/,
    ],
    [
      "an error without error trait",
      (s) => ((s["a#Get"] as { errors: unknown }).errors = [{ target: "a#Id" }]),
      /^a#Id: listed as an error of a#Get but has no smithy.api#error trait/,
    ],
    [
      "an operation bound to a missing shape",
      (s) => ((s["a#S"] as { operations: unknown }).operations = [{ target: "a#Gone" }]),
      /^a#S: binds missing shape a#Gone/,
    ],
  ])("%s", (_, change, message) => {
    const error = rejection(model(change));
    expect(error.name).toBe("ModelError");
    expect(error.message).toMatch(message);
  });
});
