import type { MemberView, OperationView } from "../../core/serviceView.ts";
import type { JsonSchema } from "../validate/jsonSchema.ts";
import { openApiPath } from "./openApiPath.ts";
import type { MemberSchemas } from "./schemaRegistry.ts";

/** OpenAPI parameters of an operation: its label, query and header members, then the URI's literal query pairs. */
export function parameters(operation: OperationView, schemas: MemberSchemas): JsonSchema[] {
  const members = [...(operation.input.members?.values() ?? [])];
  const bound = members.flatMap((member) => memberParameter(member, schemas.properties[member.name] ?? {}));
  const literal = openApiPath(operation.uri).literalQuery.map(([name, value]) => ({
    name,
    in: "query",
    required: true,
    schema: { type: "string", enum: [value] },
    ...(value === "" && { allowEmptyValue: true }),
    "x-smithy-literal": true,
  }));
  return [...bound, ...literal];
}

function memberParameter(member: MemberView, schema: JsonSchema): JsonSchema[] {
  const { binding } = member;
  if (binding.kind === "label") return [{ name: member.name, in: "path", required: true, schema }];
  if (binding.kind !== "query" && binding.kind !== "header") return [];
  // The wire name differs from the member name; the extension lets a reader map one to the other.
  return [
    {
      name: binding.name,
      in: binding.kind,
      required: member.required,
      schema,
      "x-smithy-member": member.name,
    },
  ];
}
