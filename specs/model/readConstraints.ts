import type { Constraints } from "../../core/serviceView.ts";
import type { AstTraits } from "./astTypes.ts";
import { ModelError } from "./ModelError.ts";
import { wholeValuePattern } from "./wholeValuePattern.ts";

type Bounds = { min?: number; max?: number };

/** Reads `length`, `range` and `pattern` traits, rejecting bounds that cross and patterns that do not compile. */
export function readConstraints(traits: AstTraits | undefined, where: string): Constraints {
  const constraints: { length?: Bounds; range?: Bounds; pattern?: string } = {};
  const length = readBounds(traits?.["smithy.api#length"], where, "length");
  if (length) constraints.length = length;
  const range = readBounds(traits?.["smithy.api#range"], where, "range");
  if (range) constraints.range = range;
  const pattern = traits?.["smithy.api#pattern"];
  if (pattern !== undefined) constraints.pattern = readPattern(pattern, where);
  return constraints;
}

/** Member traits replace the target's trait of the same name (Smithy's rule); enum values always come from the target. */
export function mergeConstraints(target: Constraints, member: Constraints): Constraints {
  return { ...target, ...member };
}

function readBounds(trait: unknown, where: string, name: string): Bounds | undefined {
  if (trait === undefined) return undefined;
  if (typeof trait !== "object" || trait === null)
    throw new ModelError(where, `${name} trait is not an object`);
  const { min, max } = trait as Record<string, unknown>;
  const bounds: Bounds = {};
  if (min !== undefined) bounds.min = readNumber(min, where, `${name}.min`);
  if (max !== undefined) bounds.max = readNumber(max, where, `${name}.max`);
  if (bounds.min !== undefined && bounds.max !== undefined && bounds.min > bounds.max) {
    throw new ModelError(where, `${name} min ${bounds.min} > max ${bounds.max}`);
  }
  return bounds;
}

function readNumber(value: unknown, where: string, name: string): number {
  // Smithy allows big decimals as strings in range traits; anything else is a broken model.
  const number = typeof value === "string" ? Number(value) : value;
  if (typeof number !== "number" || Number.isNaN(number))
    throw new ModelError(where, `${name} is not a number`);
  return number;
}

function readPattern(pattern: unknown, where: string): string {
  if (typeof pattern !== "string") throw new ModelError(where, "pattern trait is not a string");
  try {
    wholeValuePattern(pattern);
  } catch (error) {
    throw new ModelError(
      where,
      `pattern ${JSON.stringify(pattern)} does not compile: ${(error as Error).message}`,
    );
  }
  return pattern;
}
