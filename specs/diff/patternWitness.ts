import fc from "fast-check";
import { wholeValuePattern } from "../model/wholeValuePattern.ts";
import type { PatternWitness } from "./ModelDiff.ts";
import { patternCandidates } from "./patternCandidates.ts";

/** Options of the witness search; fixed seed so a diff report is reproducible. */
export interface WitnessSearch {
  readonly seed?: number;
  readonly samples?: number;
}

/** `undefined` pattern: the member accepts every string. */
const ANY = "[\\s\\S]*";

/**
 * Searches for a string that exactly one of two Smithy patterns accepts (whole-value rule), sampling
 * strings that match each pattern with fast-check and testing them against the other. Returns the
 * shortest found, or undefined when none was found (the patterns may be equivalent).
 */
export function findPatternWitness(
  a: string | undefined,
  b: string | undefined,
  { seed = 1, samples = 300 }: WitnessSearch = {},
): PatternWitness | undefined {
  const regexA = wholeValuePattern(a ?? ANY);
  const regexB = wholeValuePattern(b ?? ANY);
  const candidates = [
    ...patternCandidates(a ?? ANY, seed, samples),
    ...patternCandidates(b ?? ANY, seed, samples),
    ...fc.sample(fc.string({ maxLength: 12 }), { seed, numRuns: samples }),
  ];
  const distinguishing = candidates
    .filter((value) => regexA.test(value) !== regexB.test(value))
    .sort((x, y) => x.length - y.length || (x < y ? -1 : x > y ? 1 : 0));
  const value = distinguishing[0];
  return value === undefined ? undefined : { value, acceptedBy: regexA.test(value) ? "a" : "b" };
}
