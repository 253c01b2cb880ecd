import type { Change, ModelDiff } from "./ModelDiff.ts";

/** How a constraint change moves the set of values model B accepts compared with model A. */
export type Direction = "loosened" | "tightened" | "changed" | "restated";

/** One constraint change with its direction. */
export interface DirectedChange {
  readonly change: Change;
  readonly direction: Direction;
}

/** A diff read as "what B changed since A": the additions and every constraint by direction. */
export interface ChangeSummary {
  readonly operationsAdded: readonly Change[];
  readonly operationsRemoved: readonly Change[];
  /** Members added to inputs and outputs (error shapes' members are counted apart). */
  readonly membersAdded: readonly Change[];
  readonly membersRemoved: readonly Change[];
  readonly errorMembersAdded: number;
  readonly enumChanges: readonly Change[];
  readonly constraints: readonly DirectedChange[];
  /** Type, binding, HTTP and error-list changes: read them in the tables. */
  readonly other: readonly Change[];
}

const CONSTRAINT_KINDS = new Set(["lengthChanged", "rangeChanged", "patternChanged", "requiredChanged"]);

/**
 * Sorts a diff's changes for a reader. A shared shape's constraint can be reported twice at one member
 * (the member's effective constraint, then its target shape's own); the first, effective one counts.
 */
export function summarizeChanges(diff: ModelDiff): ChangeSummary {
  const seen = new Set<string>();
  const changes = diff.changes.filter((change) => {
    const key = `${change.kind} ${change.operation} ${change.path}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  const isError = (change: Change) => change.path.startsWith("errors.");
  const of = (kind: Change["kind"]) => changes.filter((change) => change.kind === kind);
  return {
    operationsAdded: of("operationAdded"),
    operationsRemoved: of("operationRemoved"),
    membersAdded: of("memberAdded").filter((change) => !isError(change)),
    membersRemoved: of("memberRemoved").filter((change) => !isError(change)),
    errorMembersAdded: of("memberAdded").filter(isError).length,
    enumChanges: of("enumChanged"),
    constraints: changes
      .filter((change) => CONSTRAINT_KINDS.has(change.kind))
      .map((change) => ({ change, direction: direction(change) })),
    other: changes.filter(
      (change) =>
        ["typeChanged", "bindingChanged", "httpChanged", "errorAdded", "errorRemoved"].includes(
          change.kind,
        ) ||
        (isError(change) && change.kind === "memberRemoved"),
    ),
  };
}

type Bounds = { readonly min?: number; readonly max?: number } | undefined;

function direction(change: Change): Direction {
  switch (change.kind) {
    case "requiredChanged":
      return change.b === true ? "tightened" : "loosened";
    case "patternChanged":
      if (change.a === undefined) return "tightened";
      if (change.b === undefined) return "loosened";
      if (!change.witness) return "restated";
      return change.witness.acceptedBy === "b" ? "loosened" : "tightened";
    default: {
      // An absent lower length bound is 0 and an absent bound otherwise unbounded.
      const floor = change.kind === "lengthChanged" ? 0 : -Infinity;
      const lo = (b: Bounds) => b?.min ?? floor;
      const hi = (b: Bounds) => b?.max ?? Infinity;
      const [a, b] = [change.a as Bounds, change.b as Bounds];
      const widens = lo(b) <= lo(a) && hi(b) >= hi(a);
      const narrows = lo(b) >= lo(a) && hi(b) <= hi(a);
      if (widens && narrows) return "restated";
      return widens ? "loosened" : narrows ? "tightened" : "changed";
    }
  }
}
