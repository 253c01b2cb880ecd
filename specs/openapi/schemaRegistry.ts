import type { ShapeView } from "../../core/serviceView.ts";
import type { JsonSchema } from "../validate/jsonSchema.ts";
import { defKey, shapeToJsonSchema } from "../validate/toJsonSchema.ts";
import { componentName, openApiSchema } from "./openApiSchema.ts";

/** The top-level members of an operation's input or output, translated by the validator's own translation. */
export interface MemberSchemas {
  /** The structure's own translated def in OpenAPI form (object, properties, required, closed). */
  readonly structure: JsonSchema;
  /** OpenAPI schema of each member, by member name. */
  readonly properties: Readonly<Record<string, JsonSchema>>;
}

/** Collects `components/schemas` from the validator's `$defs` while operations are exported. */
export interface SchemaRegistry {
  /** Translates an operation's input/output structure, registering every def it reaches except its own. */
  memberSchemas(shape: ShapeView): MemberSchemas;
  /** Translates any shape (errors), registering its defs; returns its OpenAPI schema (usually a `$ref`). */
  shapeSchema(shape: ShapeView): JsonSchema;
  /** Registers a component under a shape's def key and returns its `$ref` schema. */
  define(shape: ShapeView, schema: JsonSchema): JsonSchema;
  /** The collected components, sorted by name. */
  schemas(): Record<string, JsonSchema>;
}

/** Creates an empty registry; defs met twice must be identical, since the translation is pure. */
export function createSchemaRegistry(): SchemaRegistry {
  const components = new Map<string, JsonSchema>();
  const add = (name: string, schema: JsonSchema) => {
    const known = components.get(name);
    if (known && JSON.stringify(known) !== JSON.stringify(schema)) {
      throw new Error(`exportOpenApi: two different schemas for component ${name}`);
    }
    components.set(name, schema);
  };
  const translate = (shape: ShapeView, except?: string) => {
    const { $defs, ...root } = shapeToJsonSchema(shape);
    for (const [key, def] of Object.entries(($defs ?? {}) as Record<string, JsonSchema>)) {
      if (key !== except) add(componentName(key), openApiSchema(def));
    }
    return { root, defs: ($defs ?? {}) as Record<string, JsonSchema> };
  };
  return {
    memberSchemas(shape) {
      // The I/O structure itself is not a component: its label, query and header members are parameters.
      const key = defKey(shape.id);
      const own = translate(shape, key).defs[key];
      const structure = own
        ? openApiSchema(own)
        : { type: "object", properties: {}, additionalProperties: false };
      return { structure, properties: (structure.properties ?? {}) as Record<string, JsonSchema> };
    },
    shapeSchema: (shape) => openApiSchema(translate(shape).root),
    define(shape, schema) {
      const name = componentName(defKey(shape.id));
      add(name, schema);
      return { $ref: `#/components/schemas/${name}` };
    },
    schemas: () => Object.fromEntries([...components].sort(([a], [b]) => a.localeCompare(b))),
  };
}
