import type { ShapeKind } from "../../core/serviceView.ts";

/**
 * AST shape type → kind of the view. Smithy's narrower and wider numeric types fold into the
 * nearest kind the suite generates and validates; `document` is not supported yet.
 */
export const SHAPE_KINDS: Readonly<Record<string, ShapeKind>> = {
  string: "string",
  enum: "enum",
  byte: "integer",
  short: "integer",
  integer: "integer",
  intEnum: "integer",
  long: "long",
  bigInteger: "long",
  float: "float",
  double: "double",
  bigDecimal: "double",
  boolean: "boolean",
  timestamp: "timestamp",
  blob: "blob",
  structure: "structure",
  // A union is a structure with exactly one member set; ShapeView.union marks it.
  union: "structure",
  list: "list",
  map: "map",
};

/** Shape types that organise a model rather than describe a value; they get no ShapeView. */
export const SERVICE_SHAPE_TYPES: ReadonlySet<string> = new Set(["service", "operation", "resource"]);

/** Prelude shape ids a model may target without defining them. */
export const PRELUDE_KINDS: Readonly<Record<string, ShapeKind>> = {
  "smithy.api#String": "string",
  "smithy.api#Blob": "blob",
  "smithy.api#Boolean": "boolean",
  "smithy.api#PrimitiveBoolean": "boolean",
  "smithy.api#Byte": "integer",
  "smithy.api#PrimitiveByte": "integer",
  "smithy.api#Short": "integer",
  "smithy.api#PrimitiveShort": "integer",
  "smithy.api#Integer": "integer",
  "smithy.api#PrimitiveInteger": "integer",
  "smithy.api#Long": "long",
  "smithy.api#PrimitiveLong": "long",
  "smithy.api#BigInteger": "long",
  "smithy.api#Float": "float",
  "smithy.api#PrimitiveFloat": "float",
  "smithy.api#Double": "double",
  "smithy.api#PrimitiveDouble": "double",
  "smithy.api#BigDecimal": "double",
  "smithy.api#Timestamp": "timestamp",
  "smithy.api#Unit": "unit",
};
