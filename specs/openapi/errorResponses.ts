import type { OperationView, ShapeView } from "../../core/serviceView.ts";
import type { JsonSchema } from "../validate/jsonSchema.ts";
import type { SchemaRegistry } from "./schemaRegistry.ts";

/**
 * OpenAPI responses for an operation's errors and the service's common errors, one per status. Errors
 * sharing a status are alternatives (`anyOf`: several have the same members, so `oneOf` would reject them);
 * `x-smithy-errors` names them, as the `X-Amzn-ErrorType` header does on the wire.
 */
export function errorResponses(
  operation: OperationView,
  commonErrors: readonly ShapeView[],
  registry: SchemaRegistry,
): Record<string, JsonSchema> {
  const byStatus = new Map<number, ShapeView[]>();
  const seen = new Set<string>();
  for (const error of [...operation.errors, ...commonErrors]) {
    if (!error.error || seen.has(error.id)) continue;
    seen.add(error.id);
    byStatus.set(error.error.status, [...(byStatus.get(error.error.status) ?? []), error]);
  }
  const statuses = [...byStatus.keys()].sort((a, b) => a - b);
  return Object.fromEntries(
    statuses.map((status) => {
      const errors = byStatus.get(status) ?? [];
      const names = errors.map((error) => error.name);
      const schemas = errors.map((error) => registry.shapeSchema(error));
      const response = {
        description: names.join(", "),
        headers: { "X-Amzn-ErrorType": { schema: { type: "string" }, description: "Name of the error" } },
        content: { "application/json": { schema: schemas.length === 1 ? schemas[0] : { anyOf: schemas } } },
        "x-smithy-errors": names,
      };
      return [String(status), response];
    }),
  );
}
