import type { Ast, AstShape } from "./astTypes.ts";
import { ModelError } from "./ModelError.ts";

/** The one service shape of the model; a model with none or several is rejected. */
export function findService(ast: Ast): { id: string; shape: AstShape } {
  const services = Object.entries(ast.shapes).filter(([, shape]) => shape.type === "service");
  const [first, ...rest] = services;
  if (!first) throw new ModelError("model", "no service shape");
  if (rest.length > 0) {
    throw new ModelError(
      "model",
      `expected one service shape, found ${services.map(([id]) => id).join(", ")}`,
    );
  }
  return { id: first[0], shape: first[1] };
}
