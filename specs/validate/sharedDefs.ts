/**
 * Registers a translated schema's `$defs` with ajv once each, so a structure every output holds
 * (`FunctionConfiguration`) is compiled once, not once per operation: compiling the 66 outputs alone
 * took a second of CPU per run (issue #25). What is validated, and every error, stays the same.
 */
import type { Ajv2020 } from "ajv/dist/2020.js";
import type { JsonSchema } from "./jsonSchema.ts";

const LOCAL = "#/$defs/";

/** The `$id` a shared def is registered under. */
function idOf(key: string): string {
  return `https://lambda-conformance.invalid/defs/${encodeURIComponent(key)}`;
}

/** A copy of `value` whose local `$ref`s point at the shared defs. */
function pointShared(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(pointShared);
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value))
    out[k] =
      k === "$ref" && typeof v === "string" && v.startsWith(LOCAL)
        ? idOf(v.slice(LOCAL.length))
        : pointShared(v);
  return out;
}

/** One ajv instance's shared defs, keyed by def key, with the text each was registered with. */
export function sharedDefs(ajv: Ajv2020): (schema: JsonSchema) => JsonSchema {
  const registered = new Map<string, string>();
  return (schema) => {
    const { $defs, ...root } = schema as JsonSchema & { $defs?: Record<string, JsonSchema> };
    const defs = Object.entries($defs ?? {}).map(([key, def]) => [key, def, JSON.stringify(def)] as const);
    // Another model in the same process with the same key for another def: that schema stays whole.
    if (defs.some(([key, , text]) => (registered.get(key) ?? text) !== text)) return schema;
    for (const [key, def, text] of defs) {
      if (registered.has(key)) continue;
      ajv.addSchema({ ...(pointShared(def) as JsonSchema), $id: idOf(key) });
      registered.set(key, text);
    }
    return pointShared(root) as JsonSchema;
  };
}
