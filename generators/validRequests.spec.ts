import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { validateInput } from "../specs/validate/validate.ts";
import { lambda, weather } from "./_internals/__test-helpers__/models.ts";
import { validRequests } from "./validRequests.ts";

describe("validRequests", () => {
  it("covers all 66 Lambda operations", () => {
    expect(lambda.operations.size).toBe(66);
  });

  for (const service of [lambda, weather]) {
    for (const op of service.operations.values()) {
      test.prop([validRequests(op)], { numRuns: 100, seed: 3 })(
        `${service.name}.${op.name}: passes the validator`,
        (c) => {
          expect(validateInput(op, c.input).errors).toEqual([]);
          expect(c).toMatchObject({ operation: op.name, phase: "valid" });
        },
      );
    }
  }

  it("draws optional members both present and absent", () => {
    const op = lambda.operations.get("CreateFunction");
    if (!op) throw new Error("CreateFunction missing");
    const cases = fc.sample(validRequests(op), { seed: 5, numRuns: 200 });
    expect(cases.some((c) => c.input.Description === undefined)).toBe(true);
    expect(cases.some((c) => c.input.Description !== undefined)).toBe(true);
  });

  it("uses fixture values that fit the member and ignores those that do not", () => {
    const op = lambda.operations.get("GetAlias");
    if (!op) throw new Error("GetAlias missing");
    const fixtures = { FunctionName: ["my-function"], "GetAliasRequest.Name": ["live", "12345"] };
    const cases = fc.sample(validRequests(op, { fixtures }), { seed: 1, numRuns: 50 });
    // "12345" is all digits, which the alias-name pattern's lookahead forbids.
    expect(new Set(cases.map((c) => c.input.Name))).toEqual(new Set(["live"]));
    expect(new Set(cases.map((c) => c.input.FunctionName))).toEqual(new Set(["my-function"]));
  });

  it("names list items by the list member's identity", () => {
    const op = lambda.operations.get("CreateFunction");
    if (!op) throw new Error("CreateFunction missing");
    const arn = "arn:aws:lambda:us-east-1:123456789012:layer:my-layer:3";
    const cases = fc.sample(validRequests(op, { fixtures: { Layers: [arn] } }), { seed: 4, numRuns: 100 });
    const layers = cases.flatMap((c) => (c.input.Layers as string[] | undefined) ?? []);
    expect(layers.length).toBeGreaterThan(0);
    expect(new Set(layers)).toEqual(new Set([arn]));
    for (const c of cases) expect(validateInput(op, c.input).errors).toEqual([]);
  });

  it("names each pooled list item at most once (AWS refuses one layer listed twice)", () => {
    const op = lambda.operations.get("CreateFunction");
    if (!op) throw new Error("CreateFunction missing");
    const arns = [
      "arn:aws:lambda:us-east-1:123456789012:layer:a:1",
      "arn:aws:lambda:us-east-1:123456789012:layer:b:1",
    ];
    const cases = fc.sample(validRequests(op, { fixtures: { Layers: arns } }), { seed: 4, numRuns: 100 });
    const lists = cases.map((c) => (c.input.Layers as string[] | undefined) ?? []);
    expect(lists.some((l) => l.length === 2)).toBe(true);
    for (const l of lists) expect(new Set(l).size).toBe(l.length);
  });

  it("shrinks a failing property to a minimal request", () => {
    const op = lambda.operations.get("CreateFunction");
    if (!op) throw new Error("CreateFunction missing");
    const details = fc.check(
      fc.property(validRequests(op), (c) => c.input.Description === undefined),
      { seed: 42 },
    );
    expect(details.failed).toBe(true);
    const [minimal] = details.counterexample as [{ input: Record<string, unknown> }];
    const required = [...(op.input.members?.values() ?? [])].filter((m) => m.required).map((m) => m.name);
    expect(Object.keys(minimal.input).sort()).toEqual([...required, "Description"].sort());
    expect(minimal.input.Description).toBe("");
  });
});
