import { describe, expect, it } from "vitest";
import { validateInput } from "../specs/validate/validate.ts";
import { lambda, mislabelled, weather } from "./_internals/__test-helpers__/models.ts";
import { boundaryRequests } from "./boundaryRequests.ts";

describe("boundaryRequests", () => {
  for (const service of [lambda, weather]) {
    for (const op of service.operations.values()) {
      it(`${service.name}.${op.name}: valid edges pass, invalid edges fail exactly as labelled`, () => {
        const failures: string[] = [];
        for (const c of boundaryRequests(op)) {
          const result = validateInput(op, c.input);
          const why = c.violation
            ? mislabelled(c, result)
            : result.valid
              ? undefined
              : JSON.stringify(result.errors);
          if (why) failures.push(`${c.boundary}: ${why}`);
        }
        expect(failures).toEqual([]);
      });
    }
  }

  it("is the same list on every call", () => {
    const op = lambda.operations.get("CreateFunction");
    if (!op) throw new Error("CreateFunction missing");
    expect(boundaryRequests(op)).toEqual(boundaryRequests(op));
  });

  it("holds min, max, min-1 and max+1 of a ranged integer and the edges of a bounded string", () => {
    const op = lambda.operations.get("CreateFunction");
    if (!op) throw new Error("CreateFunction missing");
    const cases = boundaryRequests(op);
    const memory = cases.filter((c) => c.input.MemorySize !== undefined && c.boundary !== undefined);
    expect(memory.map((c) => [c.boundary, c.input.MemorySize])).toEqual(
      expect.arrayContaining([
        ["min", 128],
        ["min-1", 127],
        ["max", 10240],
        ["max+1", 10241],
      ]),
    );
    const description = cases.filter(
      (c) =>
        c.violation?.path === "/Description" ||
        (c.boundary === "max" &&
          typeof c.input.Description === "string" &&
          c.input.Description.length === 256),
    );
    expect(description.map((c) => c.boundary)).toEqual(expect.arrayContaining(["max", "max+1"]));
  });
});
