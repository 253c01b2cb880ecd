import type { ShapeView } from "../../core/serviceView.ts";

/** One JSON-pointer segment, unescaped (`~1` → `/`, `~0` → `~`). */
const unescapeSegment = (segment: string) => segment.replace(/~1/g, "/").replace(/~0/g, "~");

/** The shape and value a JSON pointer reaches from a root shape and value; undefined when it leaves the model. */
export function shapeAtPath(
  root: ShapeView,
  value: unknown,
  pointer: string,
): { readonly shape: ShapeView; readonly value: unknown } | undefined {
  let shape = root;
  let current = value;
  for (const segment of pointer.split("/").slice(1).map(unescapeSegment)) {
    const next =
      shape.kind === "structure"
        ? shape.members?.get(segment)?.target
        : shape.kind === "list"
          ? shape.member?.target
          : shape.kind === "map"
            ? shape.value?.target
            : undefined;
    if (!next || typeof current !== "object" || current === null) return undefined;
    shape = next;
    current = (current as Record<string, unknown>)[segment];
  }
  return { shape, value: current };
}
