import type { Ast, AstRef, AstShape } from "./astTypes.ts";
import { ModelError } from "./ModelError.ts";

/** Lifecycle fields through which a resource binds operations, besides `operations`. */
const RESOURCE_OPERATION_FIELDS = ["create", "put", "read", "update", "delete", "list"] as const;

/** Ids of every operation the service binds, directly or through (nested) resources, in declaration order. */
export function collectOperationIds(ast: Ast, serviceId: string, service: AstShape): string[] {
  const found = new Set<string>();
  const visit = (id: string, shape: AstShape): void => {
    for (const ref of refs(shape, id)) {
      const target = ast.shapes[ref];
      if (!target) throw new ModelError(id, `binds missing shape ${ref}`);
      if (target.type === "operation") found.add(ref);
      else if (target.type === "resource") visit(ref, target);
      else throw new ModelError(id, `binds ${ref}, which is neither an operation nor a resource`);
    }
  };
  visit(serviceId, service);
  return [...found];
}

function refs(shape: AstShape, id: string): string[] {
  const lists = [shape.operations, shape.resources, shape.collectionOperations as AstRef[] | undefined];
  const single = RESOURCE_OPERATION_FIELDS.map((field) => shape[field] as AstRef | undefined);
  const all = [...lists.flatMap((list) => list ?? []), ...single.filter((ref) => ref !== undefined)];
  return all.map((ref) => {
    if (typeof ref?.target !== "string") throw new ModelError(id, "shape reference has no target");
    return ref.target;
  });
}
