import type fc from "fast-check";
import { lengthDrivenStrings, type PatternStringConstraints } from "./_internals/patternStrings.ts";

/** Length bounds (characters) and the alphabet preference of generated strings. */
export type StringOutsidePatternConstraints = PatternStringConstraints;

/**
 * Strings that do NOT match a Smithy pattern (whole-value rule) yet respect the length bounds, drawn
 * from the complement automaton, so a pattern violation breaks nothing else. Throws
 * `GeneratorGapError` when no such string exists (e.g. `[\s\S]*`).
 */
export function stringOutsidePattern(
  pattern: string,
  constraints: StringOutsidePatternConstraints = {},
): fc.Arbitrary<string> {
  return lengthDrivenStrings(pattern, "outside", constraints);
}
