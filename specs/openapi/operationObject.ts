import type { OperationView, ShapeView } from "../../core/serviceView.ts";
import type { JsonSchema } from "../validate/jsonSchema.ts";
import { errorResponses } from "./errorResponses.ts";
import { parameters } from "./parameters.ts";
import { requestBody } from "./requestBody.ts";
import type { SchemaRegistry } from "./schemaRegistry.ts";
import { successResponse } from "./successResponse.ts";

/** The OpenAPI operation object of one Smithy operation. */
export function operationObject(
  operation: OperationView,
  commonErrors: readonly ShapeView[],
  registry: SchemaRegistry,
): JsonSchema {
  const input = registry.memberSchemas(operation.input);
  const params = parameters(operation, input);
  const body = requestBody(operation, input, registry);
  const success = String(operation.successCode);
  const errors = errorResponses(operation, commonErrors, registry);
  if (success in errors)
    throw new Error(`exportOpenApi: ${operation.name} has an error with its success status`);
  return {
    operationId: operation.name,
    ...(params.length > 0 && { parameters: params }),
    ...(body && { requestBody: body }),
    responses: { [success]: successResponse(operation, registry), ...errors },
    "x-smithy-id": operation.id,
    // The path key drops greedy markers and moves literal queries to a fragment; this is the original.
    "x-smithy-uri": operation.uri,
  };
}
