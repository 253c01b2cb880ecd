import { describe, expect, it } from "vitest";
import { runEnd } from "./runEnd.ts";

const outcome = (aborted?: string) => ({
  cases: 40,
  unimplemented: ["B", "A"],
  ...(aborted ? { aborted } : {}),
});

describe("runEnd", () => {
  it("completed when nothing stopped it", () => {
    expect(runEnd(outcome(), { interrupted: false, planned: 100 })).toEqual({
      exitReason: "completed",
      unimplementedOperations: ["B", "A"],
    });
  });

  it("timeBudget with what was covered when the budget stopped it", () => {
    expect(
      runEnd(outcome("interrupted"), { interrupted: false, budgetSpentS: 60, planned: 100 }),
    ).toMatchObject({
      exitReason: "timeBudget",
      detail: "--max-time 60 s spent: 40 cases sent of 100 planned in the generated phases",
    });
  });

  it("interrupted when the user stopped it, even with a spent budget", () => {
    expect(
      runEnd(outcome("interrupted"), { interrupted: true, budgetSpentS: 60, planned: 100 }).exitReason,
    ).toBe("interrupted");
  });

  it("aborted when the target stopped it, even with a spent budget", () => {
    const end = runEnd(outcome("target stalled"), { interrupted: false, budgetSpentS: 60, planned: 100 });
    expect(end).toMatchObject({ exitReason: "aborted", detail: "target stalled" });
  });
});
