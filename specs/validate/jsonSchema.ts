/** A JSON Schema (draft 2020-12) object, as produced by `shapeToJsonSchema` and consumed by ajv and the OpenAPI export. */
export type JsonSchema = { [keyword: string]: unknown };

/** Custom keyword for a blob's `length` trait, which counts decoded bytes, not base64 characters. */
export const BYTE_LENGTH_KEYWORD = "byteLength";
