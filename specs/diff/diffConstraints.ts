import type { Constraints } from "../../core/serviceView.ts";
import type { Change } from "./ModelDiff.ts";
import { findPatternWitness } from "./patternWitness.ts";

/** A constraint change before it is placed at an operation and path. */
export type ConstraintChange = Omit<Change, "operation" | "path">;

/** The constraint kinds a model states. */
export type ConstraintKey = keyof Constraints;

/** Every constraint kind. */
export const CONSTRAINT_KEYS: readonly ConstraintKey[] = ["length", "range", "enum", "pattern"];

/** True when two constraint values are the same. */
export const same = (x: unknown, y: unknown): boolean => JSON.stringify(x) === JSON.stringify(y);

/** Length, range, enum and pattern differences between two sets of constraints, limited to `keys`. */
export function diffConstraints(
  a: Constraints,
  b: Constraints,
  keys: readonly ConstraintKey[] = CONSTRAINT_KEYS,
): ConstraintChange[] {
  const changes: ConstraintChange[] = [];
  if (keys.includes("length") && !same(a.length, b.length)) {
    changes.push({ kind: "lengthChanged", a: a.length, b: b.length });
  }
  if (keys.includes("range") && !same(a.range, b.range))
    changes.push({ kind: "rangeChanged", a: a.range, b: b.range });
  if (keys.includes("enum")) {
    const enumA = new Set(a.enum ?? []);
    const enumB = new Set(b.enum ?? []);
    const added = [...enumB].filter((value) => !enumA.has(value));
    const removed = [...enumA].filter((value) => !enumB.has(value));
    if (added.length > 0 || removed.length > 0 || (a.enum === undefined) !== (b.enum === undefined)) {
      changes.push({ kind: "enumChanged", a: a.enum, b: b.enum, added, removed });
    }
  }
  if (keys.includes("pattern") && a.pattern !== b.pattern) {
    const witness = findPatternWitness(a.pattern, b.pattern);
    changes.push({ kind: "patternChanged", a: a.pattern, b: b.pattern, ...(witness && { witness }) });
  }
  return changes;
}
