import fc from "fast-check";
import type { ViolationKind } from "../../core/requestCase.ts";
import type { MemberView, OperationView } from "../../core/serviceView.ts";
import { keySpace } from "./keySpace.ts";
import { outsideEnum } from "./outsideEnum.ts";
import { ANY_STRING, firstStringOfLength, shortestLength } from "./patternStrings.ts";
import { patternAutomaton } from "./regex/automaton.ts";
import { inputSlots, type Placed, type Slot } from "./slots.ts";
import { alphabetOf, type ValueArbitraries } from "./valueArbitraries.ts";

/** Largest list, map or blob built for a boundary; bigger limits get no boundary case at the limit. */
const MAX_BOUNDARY_SIZE = 1 << 16;
/** How far past a string length limit the first non-valid length is searched for. */
const REACH = 64;

/** One deterministic edge value of one spot; `violation` is set on the invalid side. */
export interface BoundarySite {
  readonly label: string;
  readonly slot: Slot;
  readonly violation?: { readonly kind: ViolationKind; readonly constraint: string };
  leaf(values: ValueArbitraries): fc.Arbitrary<Placed>;
}

type Edge = Omit<BoundarySite, "slot">;

const at = (value: unknown): Placed => ({ value, path: "" });
const constant = (value: unknown) => () => fc.constant(at(value));

/** Every boundary site of an operation: edge values of each length, range and enum constraint. */
export function boundarySites(operation: OperationView): BoundarySite[] {
  return inputSlots(operation).flatMap((slot) => edgesOf(slot).map((edge) => ({ ...edge, slot })));
}

function edgesOf(slot: Slot): Edge[] {
  const { shape, constraints } = slot;
  const { length, range } = constraints;
  const out: Edge[] = [];
  const valid = (label: string, leaf: Edge["leaf"]) => out.push({ label, leaf });
  const invalid = (label: string, kind: ViolationKind, constraint: string, leaf: Edge["leaf"]) =>
    out.push({
      label,
      leaf,
      violation: { kind: slot.role === "mapValue" ? "mapValueViolation" : kind, constraint },
    });
  switch (shape.kind) {
    case "string": {
      const pattern = constraints.pattern ?? ANY_STRING;
      const alphabet = slot.member ? alphabetOf(slot.member) : "default";
      const automaton = patternAutomaton(pattern);
      const min = length?.min ?? 0;
      const max = length?.max;
      const string = (n: number | undefined, polarity: "matching" | "outside" = "matching") =>
        n === undefined ? undefined : firstStringOfLength(pattern, polarity, n, alphabet);
      const shortest = shortestLength(automaton, "matching", min);
      if (shortest !== undefined && (max === undefined || shortest <= max)) {
        valid(shortest === 0 ? "empty" : shortest === min ? "min" : "shortest", constant(string(shortest)));
      }
      if (max !== undefined) {
        const longest = achievable("last", automaton, "matching", min, max);
        if (longest !== undefined && longest !== shortest)
          valid(longest === max ? "max" : "longest", constant(string(longest)));
        const past = achievable("first", automaton, "matching", max + 1, max + REACH);
        if (past !== undefined)
          invalid(past === max + 1 ? "max+1" : "above-max", "tooLong", "length", constant(string(past)));
      }
      if (min > 0) {
        const below = achievable("last", automaton, "matching", 0, min - 1);
        if (below !== undefined)
          invalid(
            below === 0 ? "empty" : below === min - 1 ? "min-1" : "below-min",
            "tooShort",
            "length",
            constant(string(below)),
          );
      }
      if (constraints.pattern !== undefined) {
        const outside = achievable("first", automaton, "outside", min, max ?? min + REACH);
        if (outside !== undefined)
          invalid("outside-pattern", "patternMismatch", "pattern", constant(string(outside, "outside")));
      }
      break;
    }
    case "enum": {
      const values = constraints.enum ?? [];
      for (const value of values) valid(`enum:${value}`, constant(value));
      invalid("not-in-enum", "notInEnum", "enum", constant(outsideEnum(values, `${values[0] ?? ""}X`)));
      break;
    }
    case "integer":
    case "long":
    case "float":
    case "double": {
      const integral = shape.kind === "integer" || shape.kind === "long";
      if (range?.min !== undefined) {
        valid("min", constant(range.min));
        invalid(
          integral ? "min-1" : "min-ulp",
          "belowRange",
          "range",
          constant(integral ? range.min - 1 : nextDown(range.min)),
        );
      }
      if (range?.max !== undefined) {
        valid("max", constant(range.max));
        invalid(
          integral ? "max+1" : "max+ulp",
          "aboveRange",
          "range",
          constant(integral ? range.max + 1 : -nextDown(-range.max)),
        );
      }
      break;
    }
    case "blob": {
      const bytes = (n: number) => constant(Buffer.alloc(n, 0x61).toString("base64"));
      const min = length?.min ?? 0;
      valid(min === 0 ? "empty" : "min", bytes(min));
      if (min > 0) invalid("min-1", "tooShort", "length", bytes(min - 1));
      if (length?.max !== undefined && length.max < MAX_BOUNDARY_SIZE) {
        valid("max", bytes(length.max));
        invalid("max+1", "tooLong", "length", bytes(length.max + 1));
      }
      break;
    }
    case "list": {
      const item = shape.member as MemberView;
      const items = (n: number) => (values: ValueArbitraries) =>
        fc.array(values.member(item, slot.depth + 1), { minLength: n, maxLength: n }).map(at);
      const min = length?.min ?? 0;
      valid(min === 0 ? "empty" : "min", items(min));
      if (min > 0) invalid("min-1", "listTooShort", "length", items(min - 1));
      if (length?.max !== undefined && length.max < MAX_BOUNDARY_SIZE) {
        if (length.max !== min) valid("max", items(length.max));
        invalid("max+1", "listTooLong", "length", items(length.max + 1));
      }
      break;
    }
    case "map": {
      const key = shape.key as MemberView;
      const value = shape.value as MemberView;
      const space = keySpace(key);
      const entries = (n: number) => (values: ValueArbitraries) =>
        fc
          .dictionary(
            values.member(key, slot.depth + 1) as fc.Arbitrary<string>,
            values.member(value, slot.depth + 1),
            { minKeys: n, maxKeys: n, noNullPrototype: true },
          )
          .map(at);
      const min = length?.min ?? 0;
      if (min <= space) valid(min === 0 ? "empty" : "min", entries(min));
      if (min > 0) invalid("min-1", "mapTooSmall", "length", entries(min - 1));
      if (length?.max !== undefined && length.max < MAX_BOUNDARY_SIZE) {
        if (length.max !== min && length.max <= space) valid("max", entries(length.max));
        if (length.max + 1 <= space) invalid("max+1", "mapTooLarge", "length", entries(length.max + 1));
      }
      break;
    }
    default:
      break;
  }
  return out;
}

/** The shortest (`first`) or longest (`last`) length in lo..hi that strings of `polarity` can have. */
function achievable(
  which: "first" | "last",
  automaton: ReturnType<typeof patternAutomaton>,
  polarity: "matching" | "outside",
  lo: number,
  hi: number,
): number | undefined {
  for (let i = 0; i <= hi - lo; i++) {
    const n = which === "first" ? lo + i : hi - i;
    if (automaton.has(polarity, n)) return n;
  }
  return undefined;
}

/** The largest double below `x`. */
function nextDown(x: number): number {
  if (x === 0) return -Number.MIN_VALUE;
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  view.setBigUint64(0, x > 0 ? bits - 1n : bits + 1n);
  return view.getFloat64(0);
}
