import fc from "fast-check";
import type { ViolationKind } from "../../core/requestCase.ts";
import type { MemberView, OperationView, ShapeView } from "../../core/serviceView.ts";
import { doubleArbitrary } from "../doubleArbitrary.ts";
import { GeneratorGapError } from "../GeneratorGapError.ts";
import { integerArbitrary } from "../integerArbitrary.ts";
import { stringFromPattern } from "../stringFromPattern.ts";
import { stringOutsidePattern } from "../stringOutsidePattern.ts";
import { structureArbitrary } from "../structureArbitrary.ts";
import { keySpace } from "./keySpace.ts";
import { hasJsonBody } from "./malformedJson.ts";
import { outsideEnum } from "./outsideEnum.ts";
import { ANY_STRING, lengthDrivenStrings } from "./patternStrings.ts";
import { child, inputSlots, nonEmptyMap, type Placed, type Slot } from "./slots.ts";
import { alphabetOf, ValueArbitraries } from "./valueArbitraries.ts";

/** Largest list, map or blob size generated past a maximum; bigger limits get no "too long" site. */
const MAX_OVERSIZE = 1 << 20;
/** How far past a length limit a too-long string may reach. */
const OVERSHOOT = 16;

/** One constraint of one spot of the input that an invalid request can break, and how. */
export interface ViolationSite {
  readonly kind: ViolationKind;
  /** The validator's issue kind the break must produce (`pattern`, `length`, `range`, `key`, …). */
  readonly constraint: string;
  readonly rawOnly: boolean;
  /** Pointer template of the spot, for reports and `--violations` filters. */
  readonly template: string;
  readonly slot: Slot;
  /** The breaking value at the slot; its `path` is relative to the slot. */
  leaf(values: ValueArbitraries): fc.Arbitrary<Placed>;
}

type Leaf = Omit<ViolationSite, "slot" | "template">;

/** Every violation site of an operation; sites that cannot be produced (no such value exists) are left out. */
export function violationSites(operation: OperationView): ViolationSite[] {
  // Unknown members travel in the JSON body: a payload-bound member replaces it, and a request with no
  // body-bound member has none ("해당 요청에는 본문이 없습니다"), so a target that ignores a body it does not read is right.
  const members = [...(operation.input.members?.values() ?? [])];
  const jsonRoot = hasJsonBody(operation) && !members.some((m) => m.binding.kind === "payload");
  const probe = new ValueArbitraries();
  const out: ViolationSite[] = [];
  for (const slot of inputSlots(operation)) {
    for (const leaf of leavesOf(slot, jsonRoot)) {
      try {
        leaf.leaf(probe);
      } catch (error) {
        if (error instanceof GeneratorGapError) continue;
        throw error;
      }
      const kind = slot.role === "mapValue" && leaf.kind !== "wrongType" ? "mapValueViolation" : leaf.kind;
      out.push({ ...leaf, kind, slot, template: slot.template });
    }
  }
  return out;
}

const at = (value: unknown): Placed => ({ value, path: "" });
const plain = (arbitrary: fc.Arbitrary<unknown>) => () => arbitrary.map(at);

function leavesOf(slot: Slot, jsonRoot: boolean): Leaf[] {
  const { shape, constraints, carrier } = slot;
  const jsonTyped = carrier === "body" || (carrier === "payload" && shape.kind === "structure");
  const wire = carrier === "label" || carrier === "query" || carrier === "header";
  const out: Leaf[] = [];
  const add = (kind: ViolationKind, constraint: string, leaf: ViolationSite["leaf"], rawOnly = false) =>
    out.push({ kind, constraint, rawOnly, leaf });
  const { length, range, pattern } = constraints;
  const alphabet = slot.member ? alphabetOf(slot.member) : "default";
  switch (shape.kind) {
    case "string": {
      if (pattern !== undefined) {
        add("patternMismatch", "pattern", () =>
          stringOutsidePattern(pattern, { minLength: length?.min, maxLength: length?.max, alphabet }).map(at),
        );
      }
      if ((length?.min ?? 0) > 0) {
        add("tooShort", "length", () =>
          lengthDrivenStrings(pattern ?? ANY_STRING, "matching", {
            minLength: 0,
            maxLength: (length?.min as number) - 1,
            alphabet,
          }).map(at),
        );
      }
      if (length?.max !== undefined) {
        const max = length.max;
        add("tooLong", "length", () =>
          lengthDrivenStrings(pattern ?? ANY_STRING, "matching", {
            minLength: max + 1,
            maxLength: max + OVERSHOOT,
            alphabet,
          }).map(at),
        );
      }
      if (jsonTyped) add("wrongType", "type", plain(fc.integer()), true);
      break;
    }
    case "enum": {
      const values = constraints.enum ?? [];
      add("notInEnum", "enum", () => notInEnum(values, alphabet).map(at));
      if (jsonTyped) add("wrongType", "type", plain(fc.integer()), true);
      break;
    }
    case "integer":
    case "long":
    case "float":
    case "double": {
      const integral = shape.kind === "integer" || shape.kind === "long";
      if (range?.min !== undefined) {
        const min = range.min;
        add(
          "belowRange",
          "range",
          plain(
            integral
              ? integerArbitrary({ min: min - 1000, max: min - 1, kind: "long" })
              : fc.double({ min: min - 1000, max: min, maxExcluded: true, noNaN: true }),
          ),
        );
      }
      if (range?.max !== undefined) {
        const max = range.max;
        add(
          "aboveRange",
          "range",
          plain(
            integral
              ? integerArbitrary({ min: max + 1, max: max + 1000, kind: "long" })
              : fc.double({ min: max, max: max + 1000, minExcluded: true, noNaN: true }),
          ),
        );
      }
      const valid = integral
        ? integerArbitrary({ min: range?.min, max: range?.max, kind: shape.kind as "integer" })
        : doubleArbitrary(range ?? {});
      if (jsonTyped) add("wrongType", "type", plain(valid.map(String)), true);
      else if (wire) add("wrongType", "type", plain(fc.constantFrom("abc", "1.5e", "one")), true);
      break;
    }
    case "boolean":
      if (jsonTyped) add("wrongType", "type", plain(fc.constantFrom("true", "false", 0, 1)), true);
      else if (wire) add("wrongType", "type", plain(fc.constantFrom("yes", "no", "1")), true);
      break;
    case "timestamp":
      if (jsonTyped) add("wrongType", "type", plain(fc.boolean()), true);
      break;
    case "blob": {
      if ((length?.min ?? 0) > 0) add("tooShort", "length", plain(bytes(0, (length?.min as number) - 1)));
      if (length?.max !== undefined && length.max < MAX_OVERSIZE)
        add("tooLong", "length", plain(bytes(length.max + 1, length.max + OVERSHOOT)));
      if (jsonTyped) add("wrongType", "type", plain(fc.constantFrom(7, true, "@@@")), true);
      break;
    }
    case "list": {
      const item = shape.member as MemberView;
      const items = (values: ValueArbitraries, min: number, max: number) =>
        fc.array(values.member(item, slot.depth + 1), { minLength: min, maxLength: max }).map(at);
      if ((length?.min ?? 0) > 0)
        add("listTooShort", "length", (values) => items(values, 0, (length?.min as number) - 1));
      if (length?.max !== undefined && length.max < MAX_OVERSIZE) {
        const max = length.max;
        add("listTooLong", "length", (values) => items(values, max + 1, max + 2));
      }
      if (jsonTyped) add("wrongType", "type", plain(fc.constant({})), true);
      break;
    }
    case "map": {
      const key = shape.key as MemberView;
      const value = shape.value as MemberView;
      const entries = (values: ValueArbitraries, min: number, max: number) =>
        fc
          .dictionary(
            values.member(key, slot.depth + 1) as fc.Arbitrary<string>,
            values.member(value, slot.depth + 1),
            { minKeys: min, maxKeys: max, noNullPrototype: true },
          )
          .map(at);
      if ((length?.min ?? 0) > 0)
        add("mapTooSmall", "length", (values) => entries(values, 0, (length?.min as number) - 1));
      const space = keySpace(key);
      if (length?.max !== undefined && length.max < MAX_OVERSIZE && length.max < space) {
        const over = length.max + 1;
        add("mapTooLarge", "length", (values) => entries(values, over, Math.min(over + 1, space)));
      }
      for (const badKey of badKeys(key)) {
        add("mapKeyViolation", "key", (values) =>
          fc.tuple(nonEmptyMap(values, key, value, constraints, slot.depth), badKey()).map(([map, bad]) => {
            const [first, ...rest] = Object.entries(map) as [[string, unknown], ...[string, unknown][]];
            return { value: Object.fromEntries([...rest, [bad, first[1]]]), path: child("", bad) };
          }),
        );
      }
      if (jsonTyped) add("wrongType", "type", plain(fc.constant([])), true);
      break;
    }
    case "structure":
      out.push(...structureLeaves(slot, jsonRoot));
      if (jsonTyped && slot.role !== "input") add("wrongType", "type", plain(fc.constant([])), true);
      break;
  }
  return out;
}

function structureLeaves(slot: Slot, jsonRoot: boolean): Leaf[] {
  const shape: ShapeView = slot.shape;
  const members = [...(shape.members?.values() ?? [])];
  const out: Leaf[] = members
    .filter((member) => member.required && !shape.union)
    .map((member) => ({
      kind: "missingRequired",
      constraint: "required",
      rawOnly: false,
      leaf: (values: ValueArbitraries) =>
        structureArbitrary(values.structureMembers(shape, slot.depth, member.name)).map((value) => ({
          value,
          path: child("", member.name),
        })),
    }));
  const inBody = slot.role === "input" ? jsonRoot : slot.carrier === "body" || slot.carrier === "payload";
  if (inBody && !shape.union) {
    const names = new Set(members.map((m) => m.name));
    let unknown = "UnknownMember";
    while (names.has(unknown)) unknown += "X";
    out.push({
      kind: "unknownMember",
      constraint: "unknownMember",
      rawOnly: true,
      leaf: (values) =>
        structureArbitrary(values.structureMembers(shape, slot.depth)).map((value) => ({
          value: { ...value, [unknown]: "unexpected" },
          path: child("", unknown),
        })),
    });
  }
  return out;
}

/** Arbitraries of map keys that break the key's own constraints (pattern or length) and nothing else. */
function badKeys(key: MemberView): (() => fc.Arbitrary<string>)[] {
  const { pattern, length } = key.constraints;
  const out: (() => fc.Arbitrary<string>)[] = [];
  if (pattern !== undefined)
    out.push(() => stringOutsidePattern(pattern, { minLength: length?.min, maxLength: length?.max }));
  if ((length?.min ?? 0) > 0)
    out.push(() =>
      lengthDrivenStrings(pattern ?? ANY_STRING, "matching", {
        minLength: 0,
        maxLength: (length?.min as number) - 1,
      }),
    );
  if (length?.max !== undefined) {
    const max = length.max;
    out.push(() =>
      lengthDrivenStrings(pattern ?? ANY_STRING, "matching", {
        minLength: max + 1,
        maxLength: max + OVERSHOOT,
      }),
    );
  }
  if (key.constraints.enum) {
    const values = key.constraints.enum;
    out.push(() => notInEnum(values, "default"));
  }
  return out;
}

/** Strings outside an enum: near misses of its values (case, suffix) and unrelated strings. */
function notInEnum(values: readonly string[], alphabet: "default" | "headerSafe"): fc.Arbitrary<string> {
  const outside = (candidate: string): string => outsideEnum(values, candidate);
  const nearMiss = fc
    .constantFrom(...values)
    .chain((value) =>
      fc.constantFrom(value.toLowerCase(), value.toUpperCase(), `${value}X`, value.slice(0, -1)),
    );
  return fc
    .oneof(nearMiss, stringFromPattern(undefined, { minLength: 0, maxLength: 12, alphabet }))
    .map(outside);
}

function bytes(min: number, max: number): fc.Arbitrary<string> {
  return fc.uint8Array({ minLength: min, maxLength: max }).map((b) => Buffer.from(b).toString("base64"));
}
