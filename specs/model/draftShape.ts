import type { MemberView, ShapeView } from "../../core/serviceView.ts";
import type { AstShape } from "./astTypes.ts";
import { ModelError } from "./ModelError.ts";
import { readConstraints } from "./readConstraints.ts";
import { readEnumValues } from "./readEnumValues.ts";
import { readError } from "./readError.ts";
import { PRELUDE_KINDS, SHAPE_KINDS } from "./shapeKinds.ts";
import { shapeName } from "./shapeName.ts";

/** A ShapeView under construction: members are linked in a second pass so recursive shapes resolve. */
export interface DraftShape extends ShapeView {
  members?: Map<string, MemberView>;
  member?: MemberView;
  key?: MemberView;
  value?: MemberView;
}

/** First pass: a shape's kind, own constraints and error trait, without members. */
export function draftShape(id: string, shape: AstShape): DraftShape {
  const kind = SHAPE_KINDS[shape.type];
  if (!kind) throw new ModelError(id, `unknown or unsupported shape type ${JSON.stringify(shape.type)}`);
  const enumValues = readEnumValues(shape, id);
  const constraints = { ...readConstraints(shape.traits, id), ...(enumValues && { enum: enumValues }) };
  const error = readError(shape.traits, id);
  return {
    id,
    name: shapeName(id),
    // A string constrained to a value set behaves as an enum everywhere downstream.
    kind: kind === "string" && enumValues ? "enum" : kind,
    constraints,
    ...(shape.type === "union" && { union: true }),
    ...(shape.traits?.["smithy.api#streaming"] !== undefined && { streaming: true }),
    ...(error && { error }),
  };
}

/** The draft of a prelude shape (`smithy.api#String`…), or undefined if the id is not in the prelude. */
export function draftPreludeShape(id: string): DraftShape | undefined {
  const kind = PRELUDE_KINDS[id];
  return kind && { id, name: shapeName(id), kind, constraints: {} };
}
