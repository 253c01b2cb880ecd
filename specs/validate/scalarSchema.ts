import type { Constraints, ShapeKind } from "../../core/serviceView.ts";
import { wholeValuePattern } from "../model/wholeValuePattern.ts";
import { BYTE_LENGTH_KEYWORD, type JsonSchema } from "./jsonSchema.ts";

/** JSON Schema of a scalar kind under the given effective constraints (restJson1 body encoding). */
export function scalarSchema(kind: ShapeKind, constraints: Constraints): JsonSchema {
  switch (kind) {
    case "string":
    case "enum":
      return { type: "string", ...stringConstraints(constraints) };
    case "integer":
    case "long":
      return { type: "integer", ...rangeConstraints(constraints) };
    case "float":
    case "double":
      return { type: "number", ...rangeConstraints(constraints) };
    case "boolean":
      return { type: "boolean" };
    case "timestamp":
      // restJson1 bodies carry epoch seconds, headers and some services send date strings: accept both.
      return { type: ["number", "string"] };
    case "blob":
      return { type: "string", contentEncoding: "base64", format: "byte", ...byteLength(constraints) };
    case "unit":
      return { type: "object", additionalProperties: false };
    default:
      throw new Error(`scalarSchema: ${kind} is not a scalar kind`);
  }
}

function stringConstraints({ length, pattern, enum: values }: Constraints): JsonSchema {
  return {
    ...(values && { enum: [...values] }),
    ...(length?.min !== undefined && { minLength: length.min }),
    ...(length?.max !== undefined && { maxLength: length.max }),
    // The whole-value rule: AWS matches the entire value, a bare Smithy pattern would match any substring.
    ...(pattern !== undefined && { pattern: wholeValuePattern(pattern).source }),
  };
}

function rangeConstraints({ range }: Constraints): JsonSchema {
  return {
    ...(range?.min !== undefined && { minimum: range.min }),
    ...(range?.max !== undefined && { maximum: range.max }),
  };
}

function byteLength({ length }: Constraints): JsonSchema {
  return length ? { [BYTE_LENGTH_KEYWORD]: { ...length } } : {};
}
