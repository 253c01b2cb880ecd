import type { MemberView } from "../../core/serviceView.ts";
import type { JsonSchema } from "../validate/jsonSchema.ts";
import { BYTE_LENGTH_EXTENSION } from "./openApiSchema.ts";

/** OpenAPI `content` of an `httpPayload` member: the member's value is the whole body. */
export function payloadContent(
  member: MemberView,
  schema: JsonSchema,
): Record<string, { schema: JsonSchema }> {
  const kind = member.target.kind;
  if (kind === "blob") {
    // A raw payload is bytes, not base64: keep only the byte bounds, not the base64 character bounds.
    const bytes = schema[BYTE_LENGTH_EXTENSION];
    const raw = { type: "string", contentMediaType: "application/octet-stream" };
    return {
      "application/octet-stream": {
        schema: { ...raw, ...(bytes !== undefined && { [BYTE_LENGTH_EXTENSION]: bytes }) },
      },
    };
  }
  if (kind === "string" || kind === "enum") return { "text/plain": { schema } };
  return { "application/json": { schema } };
}
