import type fc from "fast-check";
import fcModule from "fast-check";
import type { Constraints, MemberView, ShapeView } from "../../core/serviceView.ts";
import { blobArbitrary } from "../blobArbitrary.ts";
import { doubleArbitrary } from "../doubleArbitrary.ts";
import { enumArbitrary } from "../enumArbitrary.ts";
import { type FixturePool, fixtureValues } from "../FixturePool.ts";
import { GeneratorGapError } from "../GeneratorGapError.ts";
import { integerArbitrary } from "../integerArbitrary.ts";
import { listArbitrary } from "../listArbitrary.ts";
import { liveState } from "../liveState.ts";
import { mapArbitrary } from "../mapArbitrary.ts";
import { stringFromPattern } from "../stringFromPattern.ts";
import { type StructureMemberArbitrary, structureArbitrary } from "../structureArbitrary.ts";
import { timestampArbitrary } from "../timestampArbitrary.ts";
import { keySpace } from "./keySpace.ts";
import type { Alphabet } from "./regex/automaton.ts";

/** Nesting beyond which optional members are left out and required ones are a gap (recursive shapes). */
export const MAX_DEPTH = 12;

/** The alphabet a member's strings use: visible ASCII for headers, anything otherwise. */
export function alphabetOf(member: MemberView): Alphabet {
  return member.binding.kind === "header" ? "headerSafe" : "default";
}

/**
 * Valid-value arbitraries for the members and shapes of one model, one branch per shape kind,
 * memoized per member; fixture values replace generated ones where the pool has usable values.
 */
export class ValueArbitraries {
  private readonly memo = new Map<MemberView, fc.Arbitrary<unknown>>();

  constructor(readonly fixtures?: FixturePool) {}

  /** Valid values of a member (its target under its merged constraints). */
  member(member: MemberView, depth = 0): fc.Arbitrary<unknown> {
    let arbitrary = this.memo.get(member);
    if (!arbitrary) {
      const pooled = fixtureValues(this.fixtures, member);
      const item = member.target.kind === "list" ? member.target.member : undefined;
      const pooledItems = item ? fixtureValues(this.fixtures, item, member) : [];
      const { length } = member.constraints;
      arbitrary =
        pooled.length > 0
          ? fcModule.constantFrom(...pooled)
          : pooledItems.length > 0
            ? pooledList(pooledItems, length?.min, length?.max)
            : this.shape(member.target, member.constraints, depth, alphabetOf(member), member.name);
      this.memo.set(member, arbitrary);
    }
    return arbitrary;
  }

  /** Valid values of a shape under the given constraints. */
  shape(
    shape: ShapeView,
    constraints: Constraints,
    depth = 0,
    alphabet: Alphabet = "default",
    where = shape.name,
  ): fc.Arbitrary<unknown> {
    if (depth > MAX_DEPTH)
      throw new GeneratorGapError(where, `nested deeper than ${MAX_DEPTH} (recursive shape ${shape.name})`);
    const { length, range } = constraints;
    try {
      switch (shape.kind) {
        case "string":
          return stringFromPattern(constraints.pattern, {
            minLength: length?.min,
            maxLength: length?.max,
            alphabet,
          });
        case "enum":
          return enumArbitrary(constraints.enum ?? []);
        case "integer":
        case "long":
          return integerArbitrary({ min: range?.min, max: range?.max, kind: shape.kind });
        case "float":
        case "double":
          return doubleArbitrary({ min: range?.min, max: range?.max });
        case "boolean":
          return fcModule.boolean();
        case "timestamp":
          return timestampArbitrary();
        case "blob":
          return blobArbitrary({ minLength: length?.min, maxLength: length?.max });
        case "unit":
          return fcModule.constant({});
        case "list":
          return listArbitrary(this.member(required(shape.member, shape), depth + 1), {
            minLength: length?.min,
            maxLength: length?.max,
          });
        case "map": {
          const key = required(shape.key, shape);
          const maxKeys = Math.min(length?.max ?? Number.POSITIVE_INFINITY, keySpace(key));
          return mapArbitrary(
            this.member(key, depth + 1) as fc.Arbitrary<string>,
            this.member(required(shape.value, shape), depth + 1),
            { minKeys: length?.min, maxKeys: Number.isFinite(maxKeys) ? maxKeys : undefined },
          );
        }
        case "structure":
          return structureArbitrary(this.structureMembers(shape, depth), { union: shape.union });
      }
    } catch (error) {
      if (error instanceof GeneratorGapError) throw error;
      throw new GeneratorGapError(where, (error as Error).message);
    }
  }

  /**
   * Member arbitraries of a structure; optional members that cannot be generated are left out, and so
   * are optional live-state members (liveState.ts) the pool has no value for; those the prose requires
   * (`sent`) are always present when it has one.
   */
  structureMembers(shape: ShapeView, depth: number, skip?: string): StructureMemberArbitrary[] {
    const out: StructureMemberArbitrary[] = [];
    for (const member of shape.members?.values() ?? []) {
      if (member.name === skip) continue;
      const row = liveState(member);
      const pooled = row !== undefined && fixtureValues(this.fixtures, member).length > 0;
      if (!member.required && row && !pooled) continue;
      try {
        const required = member.required || (pooled && row?.sent === true);
        out.push({ name: member.name, value: this.member(member, depth + 1), required });
      } catch (error) {
        if (!(error instanceof GeneratorGapError) || member.required) throw error;
      }
    }
    return out;
  }
}

/**
 * Lists of live identifiers, each at most once: a client names a resource once (AWS refuses two
 * versions of one layer in `Layers`). Repeats only when the list must be longer than the pool.
 */
function pooledList(items: unknown[], minLength = 0, maxLength?: number): fc.Arbitrary<unknown[]> {
  if (items.length < minLength)
    return listArbitrary(fcModule.constantFrom(...items), { minLength, maxLength });
  return fcModule.shuffledSubarray(items, {
    minLength,
    maxLength: Math.min(maxLength ?? items.length, items.length),
  });
}

function required(member: MemberView | undefined, shape: ShapeView): MemberView {
  if (!member) throw new GeneratorGapError(shape.name, `${shape.kind} shape without its member`);
  return member;
}
