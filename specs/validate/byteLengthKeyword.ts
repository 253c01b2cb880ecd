import type { KeywordDefinition } from "ajv";
import { BYTE_LENGTH_KEYWORD } from "./jsonSchema.ts";

/** ajv keyword checking a base64 blob's decoded size against Smithy `length` bounds. */
export const byteLengthKeyword: KeywordDefinition = {
  keyword: BYTE_LENGTH_KEYWORD,
  type: "string",
  schemaType: "object",
  validate: (bounds: { min?: number; max?: number }, data: string) => {
    const size = decodedSize(data);
    return (
      (bounds.min === undefined || size >= bounds.min) && (bounds.max === undefined || size <= bounds.max)
    );
  },
};

/** Bytes a base64 string decodes to, without decoding it. */
export function decodedSize(base64: string): number {
  const padding = base64.endsWith("==") ? 2 : base64.endsWith("=") ? 1 : 0;
  return Math.floor((base64.length * 3) / 4) - padding;
}
