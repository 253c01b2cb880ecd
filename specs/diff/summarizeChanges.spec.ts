import { describe, expect, it } from "vitest";
import type { Change } from "./ModelDiff.ts";
import { summarizeChanges } from "./summarizeChanges.ts";

const services = { a: { service: "ex#S", version: "1" }, b: { service: "ex#S", version: "2" } };
const at = (change: Omit<Change, "operation">): Change => ({ operation: "Op", ...change });

describe("summarizeChanges", () => {
  it("reads each constraint change as loosened, tightened, changed both ways or restated", () => {
    const changes: Change[] = [
      at({ kind: "lengthChanged", path: "input.A", a: { max: 10 }, b: { min: 0, max: 10 } }),
      at({ kind: "lengthChanged", path: "input.B", a: { max: 10 }, b: { min: 1, max: 20 } }),
      at({ kind: "lengthChanged", path: "input.C", a: { max: 10 }, b: { max: 20 } }),
      at({ kind: "rangeChanged", path: "input.D", a: undefined, b: { min: 1 } }),
      at({ kind: "requiredChanged", path: "input.E", a: false, b: true }),
      at({ kind: "patternChanged", path: "input.F", a: "a", b: "^a$" }),
      at({
        kind: "patternChanged",
        path: "input.G",
        a: "a",
        b: "a|b",
        witness: { value: "b", acceptedBy: "b" },
      }),
    ];
    const directions = summarizeChanges({ ...services, changes }).constraints.map(
      ({ change, direction }) => `${change.path} ${direction}`,
    );
    expect(directions).toEqual([
      "input.A restated",
      "input.B changed",
      "input.C loosened",
      "input.D tightened",
      "input.E tightened",
      "input.F restated",
      "input.G loosened",
    ]);
  });

  it("counts a member's effective change once, not again as its target shape's, and keeps error members apart", () => {
    const summary = summarizeChanges({
      ...services,
      changes: [
        at({ kind: "lengthChanged", path: "input.A", a: { max: 3 }, b: { min: 0, max: 3 } }),
        at({ kind: "lengthChanged", path: "input.A", b: { min: 0, max: 3 } }),
        at({ kind: "memberAdded", path: "input.New", b: {} }),
        at({ kind: "memberAdded", path: "errors.Boom.Message", b: {} }),
        { kind: "operationAdded", operation: "Fresh", path: "", b: "GET /fresh" },
      ],
    });
    expect(summary.constraints.map((c) => c.direction)).toEqual(["restated"]);
    expect(summary.membersAdded.map((c) => c.path)).toEqual(["input.New"]);
    expect(summary.errorMembersAdded).toBe(1);
    expect(summary.operationsAdded.map((c) => c.operation)).toEqual(["Fresh"]);
  });
});
