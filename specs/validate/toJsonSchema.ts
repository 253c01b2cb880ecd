import type { Constraints, MemberView, ShapeView } from "../../core/serviceView.ts";
import type { JsonSchema } from "./jsonSchema.ts";
import { scalarSchema } from "./scalarSchema.ts";

type Defs = Record<string, JsonSchema>;

/**
 * JSON Schema (2020-12) of a shape's values: a pure function, reused by the validator and the OpenAPI
 * export. Structures, lists and maps live in `$defs` (keyed by shape or member id) so recursion ends in `$ref`.
 */
export function shapeToJsonSchema(shape: ShapeView): JsonSchema {
  const defs: Defs = {};
  const root = schemaFor(shape, shape.constraints, shape.id, defs);
  return { ...root, $defs: defs };
}

/** `$defs` key of a shape or member id; `#` cannot appear inside a `$ref` fragment. */
export function defKey(id: string): string {
  return id.replace("#", ".");
}

function schemaFor(shape: ShapeView, constraints: Constraints, id: string, defs: Defs): JsonSchema {
  if (shape.kind !== "structure" && shape.kind !== "list" && shape.kind !== "map") {
    return scalarSchema(shape.kind, constraints);
  }
  const key = defKey(id);
  if (!(key in defs)) {
    defs[key] = {}; // placeholder: a recursive reference met while building this def resolves to it
    defs[key] = aggregateSchema(shape, constraints, defs);
  }
  return { $ref: `#/$defs/${key}` };
}

/** A member's schema; when the member narrows its target's constraints it gets its own def. */
function memberSchema(member: MemberView, defs: Defs): JsonSchema {
  const { target, constraints } = member;
  const own = JSON.stringify(constraints) !== JSON.stringify(target.constraints);
  return schemaFor(target, constraints, own ? `${member.container}$${member.name}` : target.id, defs);
}

function aggregateSchema(shape: ShapeView, constraints: Constraints, defs: Defs): JsonSchema {
  if (shape.kind === "structure") return structureSchema(shape, defs);
  if (shape.kind === "list") return listSchema(shape, constraints, defs);
  return mapSchema(shape, constraints, defs);
}

function structureSchema(shape: ShapeView, defs: Defs): JsonSchema {
  const members = [...(shape.members?.values() ?? [])];
  const required = members.filter((member) => member.required).map((member) => member.name);
  return {
    type: "object",
    properties: Object.fromEntries(members.map((member) => [member.name, memberSchema(member, defs)])),
    ...(required.length > 0 && { required }),
    ...(shape.union && { minProperties: 1, maxProperties: 1 }),
    // Always closed: the validator reports extra members as `unknownMember`, which callers may downgrade.
    additionalProperties: false,
  };
}

function listSchema(shape: ShapeView, { length }: Constraints, defs: Defs): JsonSchema {
  return {
    type: "array",
    ...(shape.member && { items: memberSchema(shape.member, defs) }),
    ...(length?.min !== undefined && { minItems: length.min }),
    ...(length?.max !== undefined && { maxItems: length.max }),
  };
}

function mapSchema(shape: ShapeView, { length }: Constraints, defs: Defs): JsonSchema {
  return {
    type: "object",
    ...(shape.key && { propertyNames: memberSchema(shape.key, defs) }),
    ...(shape.value && { additionalProperties: memberSchema(shape.value, defs) }),
    ...(length?.min !== undefined && { minProperties: length.min }),
    ...(length?.max !== undefined && { maxProperties: length.max }),
  };
}
