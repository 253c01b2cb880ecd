import { BYTE_LENGTH_KEYWORD } from "./jsonSchema.ts";
import type { IssueKind } from "./ValidationIssue.ts";

/** JSON Schema keyword that failed → Smithy constraint it stands for; unlisted keywords count as `type`. */
export const ISSUE_KIND_BY_KEYWORD: Readonly<Record<string, IssueKind>> = {
  pattern: "pattern",
  minLength: "length",
  maxLength: "length",
  minItems: "length",
  maxItems: "length",
  minProperties: "length",
  maxProperties: "length",
  [BYTE_LENGTH_KEYWORD]: "length",
  minimum: "range",
  maximum: "range",
  enum: "enum",
  required: "required",
  type: "type",
  format: "type",
  additionalProperties: "unknownMember",
};
