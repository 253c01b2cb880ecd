import fc from "fast-check";

/** One member of a generated structure. */
export interface StructureMemberArbitrary {
  readonly name: string;
  readonly value: fc.Arbitrary<unknown>;
  readonly required: boolean;
}

/** Options of a structure: a union sets exactly one member. */
export interface StructureArbitraryConstraints {
  readonly union?: boolean;
}

/** Structures with every required member and each optional one present or absent; unions hold exactly one member. */
export function structureArbitrary(
  members: readonly StructureMemberArbitrary[],
  { union = false }: StructureArbitraryConstraints = {},
): fc.Arbitrary<Record<string, unknown>> {
  if (union) {
    if (members.length === 0) throw new Error("structureArbitrary: a union needs at least one member");
    return fc.oneof(
      ...members.map(({ name, value }) => value.map((v): Record<string, unknown> => ({ [name]: v }))),
    );
  }
  if (members.length === 0) return fc.constant({});
  const model = Object.fromEntries(members.map(({ name, value }) => [name, value]));
  const requiredKeys = members.filter((member) => member.required).map((member) => member.name);
  return fc.record(model, { requiredKeys });
}
