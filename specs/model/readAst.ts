import type { Ast, AstShape } from "./astTypes.ts";
import { ModelError } from "./ModelError.ts";

/** Checks the document envelope and returns it typed, with `apply` shapes merged into their targets. */
export function readAst(ast: unknown): Ast {
  if (!isObject(ast)) throw new ModelError("model", "AST is not a JSON object");
  if (typeof ast.smithy !== "string" || !/^2(\.\d+)*$/.test(ast.smithy)) {
    throw new ModelError("model", `expected smithy: "2.x", got ${JSON.stringify(ast.smithy)}`);
  }
  if (!isObject(ast.shapes)) throw new ModelError("model", "missing shapes object");
  const shapes: Record<string, AstShape> = {};
  for (const [id, shape] of Object.entries(ast.shapes)) {
    if (!isObject(shape) || typeof shape.type !== "string") {
      throw new ModelError(id, "shape is not an object with a string type");
    }
    shapes[id] = shape as AstShape;
  }
  return { smithy: ast.smithy, shapes: applyTraits(shapes) };
}

/** `apply` shapes add traits to a shape defined elsewhere; merging them keeps later code unaware. */
function applyTraits(shapes: Record<string, AstShape>): Record<string, AstShape> {
  const merged: Record<string, AstShape> = {};
  for (const [id, shape] of Object.entries(shapes)) if (shape.type !== "apply") merged[id] = shape;
  for (const [id, shape] of Object.entries(shapes)) {
    if (shape.type !== "apply") continue;
    const [shapeId, memberName] = id.split("$") as [string, string | undefined];
    const target = merged[shapeId];
    if (!target) throw new ModelError(id, "apply targets a missing shape");
    if (memberName === undefined) {
      merged[shapeId] = { ...target, traits: { ...target.traits, ...shape.traits } };
      continue;
    }
    const member = target.members?.[memberName];
    if (!member) throw new ModelError(id, "apply targets a missing member");
    const members = {
      ...target.members,
      [memberName]: { ...member, traits: { ...member.traits, ...shape.traits } },
    };
    merged[shapeId] = { ...target, members };
  }
  return merged;
}

/** A plain JSON object (not null, not an array). */
export function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
