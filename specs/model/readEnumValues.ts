import type { AstShape } from "./astTypes.ts";
import { ModelError } from "./ModelError.ts";

/** Allowed values of an `enum` shape (`enumValue`, defaulting to the member name) or a string with the 1.0-style `enum` trait. */
export function readEnumValues(shape: AstShape, id: string): string[] | undefined {
  if (shape.type === "enum") {
    return Object.entries(shape.members ?? {}).map(([name, member]) => {
      const value = member.traits?.["smithy.api#enumValue"] ?? name;
      if (typeof value !== "string") throw new ModelError(`${id}$${name}`, "enumValue is not a string");
      return value;
    });
  }
  const legacy = shape.traits?.["smithy.api#enum"];
  if (legacy === undefined) return undefined;
  if (!Array.isArray(legacy)) throw new ModelError(id, "enum trait is not a list");
  return legacy.map((entry: unknown) => {
    const value = (entry as { value?: unknown } | null)?.value;
    if (typeof value !== "string") throw new ModelError(id, "enum trait entry has no string value");
    return value;
  });
}
