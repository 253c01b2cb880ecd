import type { Constraints, ShapeKind } from "../../core/serviceView.ts";
import { wholeValuePattern } from "../../specs/model/wholeValuePattern.ts";

/** Whether a scalar value fits a member's kind and constraints (used to vet fixture values, not requests). */
export function satisfiesConstraints(kind: ShapeKind, constraints: Constraints, value: unknown): boolean {
  const { length, range, pattern, enum: values } = constraints;
  if (kind === "string" || kind === "enum") {
    if (typeof value !== "string") return false;
    const size = [...value].length;
    return (
      (values === undefined || values.includes(value)) &&
      (length?.min === undefined || size >= length.min) &&
      (length?.max === undefined || size <= length.max) &&
      (pattern === undefined || wholeValuePattern(pattern).test(value))
    );
  }
  if (kind === "integer" || kind === "long" || kind === "float" || kind === "double") {
    if (typeof value !== "number" || !Number.isFinite(value)) return false;
    if ((kind === "integer" || kind === "long") && !Number.isInteger(value)) return false;
    return (
      (range?.min === undefined || value >= range.min) && (range?.max === undefined || value <= range.max)
    );
  }
  if (kind === "blob") {
    // Blobs travel base64-encoded in a case's input; their length constraint counts bytes.
    if (typeof value !== "string") return false;
    const bytes = Buffer.from(value, "base64").length;
    return (
      (length?.min === undefined || bytes >= length.min) && (length?.max === undefined || bytes <= length.max)
    );
  }
  return false;
}
