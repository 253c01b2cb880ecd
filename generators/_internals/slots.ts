import fc from "fast-check";
import type { Constraints, MemberView, OperationView, ShapeView } from "../../core/serviceView.ts";
import { structureArbitrary } from "../structureArbitrary.ts";
import { keySpace } from "./keySpace.ts";
import { MAX_DEPTH, type ValueArbitraries } from "./valueArbitraries.ts";

/** A value placed somewhere in the input, with the JSON pointer of the interesting spot inside it. */
export interface Placed {
  readonly value: unknown;
  readonly path: string;
}

/** How a slot's value reaches the wire: wire-level strings (label, query, header) have no JSON type. */
export type Carrier = "body" | "payload" | "label" | "query" | "header";

/** Where a slot sits in its container; map values and keys get their own violation kinds. */
export type Role = "input" | "member" | "item" | "mapValue";

/**
 * One spot of an operation's input that holds a value: the root, a structure member, a list item or
 * a map value. `place` builds a whole valid input around a leaf value put at this spot, so a broken
 * leaf breaks nothing else.
 */
export interface Slot {
  /** Pointer template for people: `/Layers/*`, `/Environment/Variables/{key}`. */
  readonly template: string;
  readonly shape: ShapeView;
  readonly constraints: Constraints;
  readonly member?: MemberView;
  readonly carrier: Carrier;
  readonly role: Role;
  readonly depth: number;
  place(values: ValueArbitraries, leaf: fc.Arbitrary<Placed>): fc.Arbitrary<Placed>;
}

/** Appends one RFC 6901 pointer segment. */
export function child(path: string, segment: string | number): string {
  return `${path}/${String(segment).replaceAll("~", "~0").replaceAll("/", "~1")}`;
}

/** Every slot of an operation's input, depth-first, the root first; recursion stops at MAX_DEPTH. */
export function inputSlots(operation: OperationView): Slot[] {
  const root: Slot = {
    template: "",
    shape: operation.input,
    constraints: operation.input.constraints,
    carrier: "body",
    role: "input",
    depth: 0,
    place: (_values, leaf) => leaf,
  };
  const out: Slot[] = [];
  const visit = (slot: Slot): void => {
    out.push(slot);
    if (slot.depth >= MAX_DEPTH) return;
    for (const next of childSlots(slot)) visit(next);
  };
  visit(root);
  return out;
}

function childSlots(parent: Slot): Slot[] {
  const { shape, depth } = parent;
  if (shape.kind === "structure") {
    return [...(shape.members?.values() ?? [])].map((member) => ({
      template: child(parent.template, member.name),
      shape: member.target,
      constraints: member.constraints,
      member,
      carrier: parent.role === "input" ? carrierOf(member) : parent.carrier,
      role: "member" as const,
      depth: depth + 1,
      place: (values: ValueArbitraries, leaf: fc.Arbitrary<Placed>) =>
        parent.place(values, inStructure(values, shape, member.name, depth, leaf)),
    }));
  }
  if (shape.kind === "list" && shape.member && (parent.constraints.length?.max ?? 1) >= 1) {
    const item = shape.member;
    return [
      {
        template: `${parent.template}/*`,
        shape: item.target,
        constraints: item.constraints,
        member: item,
        carrier: parent.carrier,
        role: "item",
        depth: depth + 1,
        place: (values, leaf) => parent.place(values, inList(values, item, parent.constraints, depth, leaf)),
      },
    ];
  }
  if (shape.kind === "map" && shape.key && shape.value && (parent.constraints.length?.max ?? 1) >= 1) {
    const { key, value } = shape;
    return [
      {
        template: `${parent.template}/{key}`,
        shape: value.target,
        constraints: value.constraints,
        member: value,
        carrier: parent.carrier,
        role: "mapValue",
        depth: depth + 1,
        place: (values, leaf) =>
          parent.place(
            values,
            fc
              .tuple(nonEmptyMap(values, key, value, parent.constraints, depth), leaf)
              .map(([entries, placed]) => {
                const [first] = Object.keys(entries) as [string];
                return { value: { ...entries, [first]: placed.value }, path: child("", first) + placed.path };
              }),
          ),
      },
    ];
  }
  return [];
}

function carrierOf(member: MemberView): Carrier {
  const kind = member.binding.kind;
  return kind === "label" || kind === "query" || kind === "header" || kind === "payload" ? kind : "body";
}

/** A structure holding `leaf` at member `name`, every other member valid. */
function inStructure(
  values: ValueArbitraries,
  shape: ShapeView,
  name: string,
  depth: number,
  leaf: fc.Arbitrary<Placed>,
): fc.Arbitrary<Placed> {
  const at = (placed: Placed, rest: Record<string, unknown>): Placed => ({
    value: { ...rest, [name]: placed.value },
    path: child("", name) + placed.path,
  });
  if (shape.union) return leaf.map((placed) => at(placed, {}));
  const others = structureArbitrary(values.structureMembers(shape, depth, name));
  return fc.tuple(others, leaf).map(([rest, placed]) => at(placed, rest));
}

/** A valid-length list holding `leaf` at some index, every other item valid. */
function inList(
  values: ValueArbitraries,
  item: MemberView,
  { length }: Constraints,
  depth: number,
  leaf: fc.Arbitrary<Placed>,
): fc.Arbitrary<Placed> {
  const min = Math.max(length?.min ?? 0, 1);
  const max = Math.min(length?.max ?? Number.POSITIVE_INFINITY, min + 3);
  const others = fc.array(values.member(item, depth + 1), { minLength: min - 1, maxLength: max - 1 });
  return fc.tuple(others, leaf, fc.nat()).map(([rest, placed, at]) => {
    const index = at % (rest.length + 1);
    return {
      value: [...rest.slice(0, index), placed.value, ...rest.slice(index)],
      path: child("", index) + placed.path,
    };
  });
}

/** A valid map with at least one entry. */
export function nonEmptyMap(
  values: ValueArbitraries,
  key: MemberView,
  value: MemberView,
  { length }: Constraints,
  depth: number,
): fc.Arbitrary<Record<string, unknown>> {
  const min = Math.max(length?.min ?? 0, 1);
  const max = Math.min(length?.max ?? Number.POSITIVE_INFINITY, min + 2, keySpace(key));
  return fc.dictionary(
    values.member(key, depth + 1) as fc.Arbitrary<string>,
    values.member(value, depth + 1),
    {
      minKeys: min,
      maxKeys: max,
      noNullPrototype: true,
    },
  );
}
