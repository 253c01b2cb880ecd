import { describe, expect, it } from "vitest";
import { wholeValuePattern } from "../model/wholeValuePattern.ts";
import { findPatternWitness } from "./patternWitness.ts";

describe("findPatternWitness", () => {
  it.each([
    ["[a-z]+", "[a-z0-9]+", "b"],
    ["(\\$LATEST|[0-9]+)", "(\\$LATEST|[0-9]{1,3})", "a"],
    // fast-check cannot generate for lookaheads or empty groups: the relaxed candidates must still find one.
    ["(?![0-9]+$)([a-zA-Z0-9-_]+)", "([a-zA-Z0-9-_]+)", "b"],
    ["(arn:aws:[a-z]+:.*)|()", "(arn:aws:[a-z]+:.+)|()", "a"],
    [undefined, "[a-z]{1,5}", "a"],
  ] as const)("finds a string exactly one of %s and %s accepts", (a, b, acceptedBy) => {
    const witness = findPatternWitness(a, b);
    expect(witness?.acceptedBy).toBe(acceptedBy);
    const value = witness?.value ?? "";
    expect(wholeValuePattern(a ?? "[\\s\\S]*").test(value)).toBe(acceptedBy === "a");
    expect(wholeValuePattern(b).test(value)).toBe(acceptedBy === "b");
  });

  it("applies the whole-value rule: a pattern that only matches a substring does not accept", () => {
    expect(findPatternWitness("[0-9]+", "[0-9]+x?")).toMatchObject({ acceptedBy: "b" });
  });

  it("finds none for equivalent patterns, and is reproducible", () => {
    expect(findPatternWitness("[a-z]+", "[a-z][a-z]*")).toBeUndefined();
    expect(findPatternWitness("[a-z]+", "[a-z0-9]+")).toEqual(findPatternWitness("[a-z]+", "[a-z0-9]+"));
  });
});
