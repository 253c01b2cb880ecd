import type { MemberView, ShapeView } from "../../core/serviceView.ts";
import { CONSTRAINT_KEYS, diffConstraints, same } from "./diffConstraints.ts";
import type { Change } from "./ModelDiff.ts";

/** Walks paired shapes from operations, reporting member differences; a shared shape pair is reported once. */
export interface MemberDiffer {
  /** Compares two shapes of the same role (input, output, an error) reached from `operation` at `path`. */
  compare(operation: string, path: string, a: ShapeView, b: ShapeView): void;
  /** The changes found so far, each with the other operations that reach the same member. */
  changes(): Change[];
}

type Emit = (change: Change) => void;

const AGGREGATES = new Set(["structure", "list", "map"]);

/**
 * Creates a differ. Changes belong to where they are declared: a member's own traits to the member, a
 * target shape's traits (an enum's values, a named string's pattern) to the shape, so a shape shared
 * by many operations is reported once, under the first operation reaching it, with the others in `alsoIn`.
 */
export function createMemberDiffer(): MemberDiffer {
  const found: { change: Change; pair: string }[] = [];
  const reported = new Set<string>();
  const reach = new Map<string, Set<string>>();
  const seenByOperation = new Map<string, Set<string>>();

  /** Records that `operation` reaches a shape pair; returns how to emit its changes, or undefined if already walked for it. */
  const visit = (operation: string, a: ShapeView, b: ShapeView): Emit | undefined => {
    // Paired by the shape ids of both models, so a shape renamed in B still pairs by position.
    const pair = `${a.id} ${b.id}`;
    const seen = seenByOperation.get(operation) ?? new Set<string>();
    seenByOperation.set(operation, seen);
    if (seen.has(pair)) return undefined;
    seen.add(pair);
    reach.set(pair, (reach.get(pair) ?? new Set()).add(operation));
    const first = !reported.has(pair);
    reported.add(pair);
    return (change) => {
      if (first) found.push({ change, pair });
    };
  };

  const compareShapes = (operation: string, path: string, a: ShapeView, b: ShapeView) => {
    const emit = visit(operation, a, b);
    if (!emit) return;
    for (const change of diffConstraints(a.constraints, b.constraints)) emit({ ...change, operation, path });
    if (!AGGREGATES.has(a.kind)) return;
    const member = (name: string, x: MemberView | undefined, y: MemberView | undefined) => {
      const at = name.startsWith("[") || name.startsWith("{") ? `${path}${name}` : `${path}.${name}`;
      if (x && !y) emit({ kind: "memberRemoved", operation, path: at, a: describe(x) });
      else if (!x && y) emit({ kind: "memberAdded", operation, path: at, b: describe(y) });
      else if (x && y) compareMembers(operation, at, x, y, emit);
    };
    const names = [...new Set([...(a.members?.keys() ?? []), ...(b.members?.keys() ?? [])])];
    for (const name of names) member(name, a.members?.get(name), b.members?.get(name));
    if (a.member || b.member) member("[]", a.member, b.member);
    if (a.key || b.key) member("{key}", a.key, b.key);
    if (a.value || b.value) member("{value}", a.value, b.value);
  };

  const compareMembers = (operation: string, path: string, a: MemberView, b: MemberView, emit: Emit) => {
    const typeA = typeName(a.target);
    const typeB = typeName(b.target);
    if (typeA !== typeB) emit({ kind: "typeChanged", operation, path, a: typeA, b: typeB });
    if (a.required !== b.required)
      emit({ kind: "requiredChanged", operation, path, a: a.required, b: b.required });
    if (!same(a.binding, b.binding))
      emit({ kind: "bindingChanged", operation, path, a: a.binding, b: b.binding });
    // Constraints of different types do not compare meaningfully; the type change says it all.
    if (typeA !== typeB) return;
    // Constraints a member merely inherits from its target on both sides are the target's, compared there.
    const inherited = (key: (typeof CONSTRAINT_KEYS)[number]) =>
      same(a.constraints[key], a.target.constraints[key]) &&
      same(b.constraints[key], b.target.constraints[key]);
    const own = CONSTRAINT_KEYS.filter((key) => !inherited(key));
    for (const change of diffConstraints(a.constraints, b.constraints, own))
      emit({ ...change, operation, path });
    compareShapes(operation, path, a.target, b.target);
  };

  return {
    compare: compareShapes,
    changes: () =>
      found.map(({ change, pair }) => {
        const others = [...(reach.get(pair) ?? [])].filter((name) => name !== change.operation).sort();
        return others.length > 0 ? { ...change, alsoIn: others } : change;
      }),
  };
}

/** Type name for comparison: the shape kind, with unions told apart from structures. */
function typeName(shape: ShapeView): string {
  return shape.union ? "union" : shape.kind;
}

function describe(member: MemberView): { type: string; required: boolean; binding: string } {
  return { type: typeName(member.target), required: member.required, binding: member.binding.kind };
}
