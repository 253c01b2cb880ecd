import type { MemberView } from "../../core/serviceView.ts";
import type { JsonSchema } from "../validate/jsonSchema.ts";
import type { MemberSchemas } from "./schemaRegistry.ts";

/** The JSON body of a request or response: the translated I/O structure narrowed to its body-bound members. */
export function bodySchema(members: readonly MemberView[], schemas: MemberSchemas): JsonSchema {
  const names = new Set(members.map((member) => member.name));
  const required = ((schemas.structure.required ?? []) as string[]).filter((name) => names.has(name));
  const { required: _all, ...structure } = schemas.structure;
  return {
    ...structure,
    properties: Object.fromEntries(Object.entries(schemas.properties).filter(([name]) => names.has(name))),
    ...(required.length > 0 && { required }),
  };
}
