import { describe, expect, it } from "vitest";
import { findingWhere } from "./findingWhere.ts";

describe("findingWhere", () => {
  it("names an operation's finding by its operation, a service-wide one by the operations it lists", () => {
    expect(findingWhere({ operation: "GetFunction" })).toBe("GetFunction");
    expect(findingWhere({ operation: "(service)", operations: ["A", "B"] })).toBe(
      "(service): 2 operations (A, B)",
    );
    expect(findingWhere({ operation: "(service)", operations: ["A", "B", "C", "D", "E", "F", "G"] })).toBe(
      "(service): 7 operations (A, B, C, D, E and 2 more)",
    );
  });
});
