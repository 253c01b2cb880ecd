import type { OperationView } from "../../core/serviceView.ts";
import type { JsonSchema } from "../validate/jsonSchema.ts";
import { bodySchema } from "./bodySchema.ts";
import { payloadContent } from "./payloadContent.ts";
import type { MemberSchemas, SchemaRegistry } from "./schemaRegistry.ts";

/** OpenAPI request body of an operation: its payload member, or its body members as a JSON object; none if it has neither. */
export function requestBody(
  operation: OperationView,
  schemas: MemberSchemas,
  registry: SchemaRegistry,
): JsonSchema | undefined {
  const members = [...(operation.input.members?.values() ?? [])];
  const payload = members.find((member) => member.binding.kind === "payload");
  if (payload) {
    const content = payloadContent(payload, schemas.properties[payload.name] ?? {});
    return { required: payload.required, content, "x-smithy-member": payload.name };
  }
  const body = members.filter((member) => member.binding.kind === "body");
  if (body.length === 0) return undefined;
  const schema = registry.define(operation.input, bodySchema(body, schemas));
  return { required: body.some((member) => member.required), content: { "application/json": { schema } } };
}
