import { BYTE_LENGTH_KEYWORD, type JsonSchema } from "../validate/jsonSchema.ts";

/** OpenAPI extension carrying a blob's Smithy `length` (decoded bytes), which JSON Schema cannot state. */
export const BYTE_LENGTH_EXTENSION = "x-smithy-byteLength";

const COMPONENT_PREFIX = "#/components/schemas/";

/** Component name of a `$defs` key: `$` (container$member) is not allowed in OpenAPI component names, `-` never occurs in Smithy ids. */
export function componentName(defKey: string): string {
  return defKey.replaceAll("$", "-");
}

/** `$ref` of a component, by its `$defs` key. */
export function componentRef(defKey: string): string {
  return `${COMPONENT_PREFIX}${componentName(defKey)}`;
}

/** Subschema keywords `shapeToJsonSchema` emits (single schemas); `properties` holds a map of them. */
const SUBSCHEMA_KEYWORDS = new Set(["items", "additionalProperties", "propertyNames"]);

/**
 * A translated schema (from `shapeToJsonSchema`, without its `$defs`) as an OpenAPI 3.1 schema: `$ref`s
 * point into `components/schemas`, and the validator's custom `byteLength` keyword becomes an extension
 * plus the base64 character bounds it implies, so standard tools still enforce the blob size.
 */
export function openApiSchema(schema: JsonSchema): JsonSchema {
  const out: JsonSchema = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (keyword === "$ref") out.$ref = componentRef(String(value).replace("#/$defs/", ""));
    else if (keyword === BYTE_LENGTH_KEYWORD) Object.assign(out, byteLengthBounds(value as Bounds));
    else if (keyword === "properties") out.properties = mapSchemas(value as Record<string, JsonSchema>);
    else if (SUBSCHEMA_KEYWORDS.has(keyword) && typeof value === "object")
      out[keyword] = openApiSchema(value as JsonSchema);
    else out[keyword] = value;
  }
  return out;
}

/** `openApiSchema` over each schema of a map. */
export function mapSchemas(schemas: Record<string, JsonSchema>): Record<string, JsonSchema> {
  return Object.fromEntries(Object.entries(schemas).map(([name, schema]) => [name, openApiSchema(schema)]));
}

type Bounds = { min?: number; max?: number };

// n bytes encode to exactly 4·⌈n/3⌉ padded base64 characters, so the byte bounds imply these character bounds.
function byteLengthBounds(bounds: Bounds): JsonSchema {
  const chars = (bytes: number) => 4 * Math.ceil(bytes / 3);
  return {
    [BYTE_LENGTH_EXTENSION]: { ...bounds },
    ...(bounds.min !== undefined && bounds.min > 0 && { minLength: chars(bounds.min) }),
    ...(bounds.max !== undefined && { maxLength: chars(bounds.max) }),
  };
}
