import type { OperationView } from "../../core/serviceView.ts";
import type { JsonSchema } from "../validate/jsonSchema.ts";
import { bodySchema } from "./bodySchema.ts";
import { payloadContent } from "./payloadContent.ts";
import type { SchemaRegistry } from "./schemaRegistry.ts";

/** OpenAPI response for an operation's documented success status: header members, then payload or JSON body. */
export function successResponse(operation: OperationView, registry: SchemaRegistry): JsonSchema {
  const schemas = registry.memberSchemas(operation.output);
  const members = [...(operation.output.members?.values() ?? [])];
  const headers = Object.fromEntries(
    members.flatMap((member) =>
      member.binding.kind === "header"
        ? [
            [
              member.binding.name,
              {
                required: member.required,
                schema: schemas.properties[member.name] ?? {},
                "x-smithy-member": member.name,
              },
            ],
          ]
        : [],
    ),
  );
  const payload = members.find((member) => member.binding.kind === "payload");
  const body = members.filter((member) => member.binding.kind === "body");
  const content = payload
    ? payloadContent(payload, schemas.properties[payload.name] ?? {})
    : body.length > 0
      ? { "application/json": { schema: registry.define(operation.output, bodySchema(body, schemas)) } }
      : undefined;
  const statusMember = members.find((member) => member.binding.kind === "statusCode");
  return {
    description: `${operation.name} succeeded`,
    ...(Object.keys(headers).length > 0 && { headers }),
    ...(content && { content }),
    ...(payload && { "x-smithy-member": payload.name }),
    // restJson1 copies the actual status into this member; OpenAPI has no binding for it.
    ...(statusMember && { "x-smithy-statusCodeMember": statusMember.name }),
  };
}
