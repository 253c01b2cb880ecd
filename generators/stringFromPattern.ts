import type fc from "fast-check";
import {
  ANY_STRING,
  lengthDrivenStrings,
  type PatternStringConstraints,
} from "./_internals/patternStrings.ts";

/** Length bounds (characters) and the alphabet preference of generated strings. */
export type StringFromPatternConstraints = PatternStringConstraints;

/**
 * Strings matching a Smithy pattern under the whole-value rule with a length inside the bounds, both
 * honoured at once (lookaheads, anchors, empty alternatives included): no filtering, no retries.
 * Without a pattern, any string of the bounded length. Throws `GeneratorGapError` when none exists.
 */
export function stringFromPattern(
  pattern: string | undefined,
  constraints: StringFromPatternConstraints = {},
): fc.Arbitrary<string> {
  return lengthDrivenStrings(pattern ?? ANY_STRING, "matching", constraints);
}
