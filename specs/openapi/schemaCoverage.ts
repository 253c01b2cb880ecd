import type { Constraints, MemberView, ShapeKind, ShapeView } from "../../core/serviceView.ts";
import { wholeValuePattern } from "../model/wholeValuePattern.ts";
import type { JsonSchema } from "../validate/jsonSchema.ts";
import { BYTE_LENGTH_EXTENSION } from "./openApiSchema.ts";

/** Reads a schema back against a model member: reports every type, constraint, member and required flag it does not state. */
export interface SchemaCoverage {
  /** Checks the value schema of `member` (any binding), recursing into structures, lists and maps. */
  checkMember(schema: JsonSchema | undefined, member: MemberView, where: string): void;
  /** Checks a structure schema against a shape (error responses). */
  checkShape(schema: JsonSchema | undefined, shape: ShapeView, where: string): void;
}

const JSON_TYPE: Record<ShapeKind, string> = {
  string: "string",
  enum: "string",
  blob: "string",
  integer: "integer",
  long: "integer",
  float: "number",
  double: "number",
  boolean: "boolean",
  timestamp: "number",
  structure: "object",
  map: "object",
  unit: "object",
  list: "array",
};

const LENGTH_KEYWORDS: Partial<Record<ShapeKind, readonly [string, string]>> = {
  string: ["minLength", "maxLength"],
  enum: ["minLength", "maxLength"],
  list: ["minItems", "maxItems"],
  map: ["minProperties", "maxProperties"],
};

/** Creates a checker over a document's `components/schemas`, pushing problems into `problems`. */
export function schemaCoverage(components: Record<string, JsonSchema>, problems: string[]): SchemaCoverage {
  const seen = new Set<string>();
  const resolve = (schema: JsonSchema | undefined): JsonSchema | undefined => {
    const ref = schema?.$ref;
    if (typeof ref !== "string") return schema;
    return resolve(components[ref.replace("#/components/schemas/", "")]);
  };
  const expect = (ok: boolean, where: string, what: string) => {
    if (!ok) problems.push(`${where}: ${what}`);
  };

  const checkConstraints = (schema: JsonSchema, kind: ShapeKind, c: Constraints, where: string) => {
    const types = [schema.type].flat();
    expect(
      types.includes(JSON_TYPE[kind]),
      where,
      `type ${JSON_TYPE[kind]} expected, got ${String(schema.type)}`,
    );
    if (c.enum) expect(JSON.stringify(schema.enum) === JSON.stringify(c.enum), where, "enum values");
    if (c.pattern !== undefined) {
      expect(
        schema.pattern === wholeValuePattern(c.pattern).source,
        where,
        `whole-value pattern ${c.pattern}`,
      );
    }
    if (c.range) {
      expect(schema.minimum === c.range.min, where, `minimum ${c.range.min}`);
      expect(schema.maximum === c.range.max, where, `maximum ${c.range.max}`);
    }
    if (!c.length) return;
    if (kind === "blob") {
      expect(
        JSON.stringify(schema[BYTE_LENGTH_EXTENSION]) === JSON.stringify(c.length),
        where,
        "byte length",
      );
      return;
    }
    const [min, max] = LENGTH_KEYWORDS[kind] ?? ["", ""];
    expect(schema[min] === c.length.min, where, `${min} ${c.length.min}`);
    expect(schema[max] === c.length.max, where, `${max} ${c.length.max}`);
  };

  const checkValue = (raw: JsonSchema | undefined, shape: ShapeView, c: Constraints, where: string) => {
    const schema = resolve(raw);
    if (!schema) return expect(false, where, "no schema");
    const key = typeof raw?.$ref === "string" ? `${raw.$ref} ${shape.id}` : undefined;
    if (key !== undefined && seen.has(key)) return;
    if (key !== undefined) seen.add(key);
    checkConstraints(schema, shape.kind, c, where);
    if (shape.kind === "structure") checkStructure(schema, shape, where);
    if (shape.member) checkMember((schema.items as JsonSchema) ?? undefined, shape.member, `${where}[]`);
    if (shape.key) checkMember(schema.propertyNames as JsonSchema, shape.key, `${where}{key}`);
    if (shape.value) checkMember(schema.additionalProperties as JsonSchema, shape.value, `${where}{value}`);
  };

  const checkStructure = (schema: JsonSchema, shape: ShapeView, where: string) => {
    const properties = (schema.properties ?? {}) as Record<string, JsonSchema>;
    const required = new Set((schema.required ?? []) as string[]);
    if (shape.union)
      expect(schema.minProperties === 1 && schema.maxProperties === 1, where, "union: exactly one");
    for (const member of shape.members?.values() ?? []) {
      expect(
        required.has(member.name) === member.required,
        `${where}.${member.name}`,
        `required ${member.required}`,
      );
      checkMember(properties[member.name], member, `${where}.${member.name}`);
    }
  };

  const checkMember = (schema: JsonSchema | undefined, member: MemberView, where: string) =>
    checkValue(schema, member.target, member.constraints, where);

  return {
    checkMember,
    checkShape: (schema, shape, where) => checkValue(schema, shape, shape.constraints, where),
  };
}
