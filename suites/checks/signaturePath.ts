import type { ShapeView } from "../../core/serviceView.ts";

/**
 * A JSON pointer with list indices and map keys replaced by `*`, so two answers that break the same
 * member of different items (or under different keys) name the same defect. Segments that leave the
 * model stay as they are, except numbers, which can only be indices.
 */
export function signaturePath(root: ShapeView, pointer: string): string {
  if (pointer === "") return "/";
  let shape: ShapeView | undefined = root;
  const out: string[] = [];
  for (const segment of pointer.split("/").slice(1)) {
    if (shape?.kind === "list") {
      out.push("*");
      shape = shape.member?.target;
    } else if (shape?.kind === "map") {
      out.push("*");
      shape = shape.value?.target;
    } else if (shape?.kind === "structure") {
      out.push(segment);
      shape = shape.members?.get(segment.replace(/~1/g, "/").replace(/~0/g, "~"))?.target;
    } else {
      out.push(/^\d+$/.test(segment) ? "*" : segment);
      shape = undefined;
    }
  }
  return `/${out.join("/")}`;
}
