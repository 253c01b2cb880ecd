import type { ServiceView } from "../../core/serviceView.ts";
import type { JsonSchema } from "../validate/jsonSchema.ts";
import { openApiPath } from "./openApiPath.ts";
import { operationObject } from "./operationObject.ts";
import { createSchemaRegistry } from "./schemaRegistry.ts";
import { SIGV4_SCHEME, sigv4SecurityScheme } from "./sigv4SecurityScheme.ts";

/** An OpenAPI 3.1 document as plain JSON data. */
export type OpenApiDocument = JsonSchema & {
  openapi: string;
  paths: Record<string, Record<string, JsonSchema>>;
};

/** OpenAPI 3.1 document equivalent to a model, its schemas produced by the validator's Smithy → JSON Schema translation. */
export function exportOpenApi(view: ServiceView): OpenApiDocument {
  const registry = createSchemaRegistry();
  const paths: Record<string, Record<string, JsonSchema>> = {};
  const operations = [...view.operations.values()].sort((a, b) => a.name.localeCompare(b.name));
  for (const operation of operations) {
    const key = openApiPath(operation.uri).key;
    const method = operation.method.toLowerCase();
    const item = paths[key] ?? {};
    paths[key] = item;
    const taken = item[method];
    if (taken) {
      throw new Error(
        `exportOpenApi: ${operation.name} and ${taken.operationId} both are ${operation.method} ${key}`,
      );
    }
    item[method] = operationObject(operation, view.commonErrors, registry);
  }
  return {
    openapi: "3.1.0",
    info: { title: view.name, version: view.version, "x-smithy-service": view.id },
    servers: [
      {
        url: "https://{endpoint}",
        variables: { endpoint: { default: `${view.signingName}.us-east-1.amazonaws.com` } },
      },
    ],
    security: [{ [SIGV4_SCHEME]: [] }],
    paths: Object.fromEntries(Object.entries(paths).sort(([a], [b]) => a.localeCompare(b))),
    components: {
      schemas: registry.schemas(),
      securitySchemes: { [SIGV4_SCHEME]: sigv4SecurityScheme(view.signingName) },
    },
  };
}
