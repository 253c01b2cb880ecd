import { fc, test } from "@fast-check/vitest";
import { expect } from "vitest";
import { wholeValuePattern } from "../specs/model/wholeValuePattern.ts";
import { GeneratorGapError } from "./GeneratorGapError.ts";
import { stringFromPattern } from "./stringFromPattern.ts";
import { stringOutsidePattern } from "./stringOutsidePattern.ts";

/** Small ECMAScript patterns over `a`, `b` and `.`, with lookbehinds (and lookaheads) anywhere a term may stand. */
const atom = fc.constantFrom("a", "b", "[ab]", ".", "\\d");
const plain = fc
  .array(fc.tuple(atom, fc.constantFrom("", "?", "*", "+", "{1,2}")), { minLength: 1, maxLength: 3 })
  .map((parts) => parts.map(([a, q]) => a + q).join(""));
const behind = fc
  .tuple(fc.constantFrom("(?<=", "(?<!"), fc.oneof(plain, fc.constant("^")), fc.constantFrom("", "|b"))
  .map(([open, body, alt]) => `${open}${body}${alt})`);
const ahead = fc.tuple(fc.constantFrom("(?=", "(?!"), plain).map(([open, body]) => `${open}${body})`);
const term = fc.oneof(
  { weight: 3, arbitrary: plain },
  { weight: 3, arbitrary: behind },
  { weight: 1, arbitrary: ahead },
);
const pattern = fc
  .array(term, { minLength: 1, maxLength: 4 })
  .map((terms) => terms.join(""))
  .filter((p) => /\(\?<[=!]/.test(p));

/** Up to 20 strings of one side, or none when that side has no string of a length in [0, 6]. */
function drawn(make: () => fc.Arbitrary<string>, seed: number): string[] {
  try {
    return fc.sample(make(), { seed, numRuns: 20 });
  } catch (error) {
    if (error instanceof GeneratorGapError && /no (non-)?matching string/.test(error.message)) return [];
    throw error;
  }
}

// The JavaScript RegExp engine (with the `u` flag, as the validator) is the judge of every drawn string.
test.prop([pattern, fc.integer({ min: 0, max: 1000 })], { numRuns: 150, seed: 23 })(
  "strings drawn for a pattern with lookbehinds match it, and strings drawn outside it do not",
  (p, seed) => {
    const regex = wholeValuePattern(p);
    const bounds = { minLength: 0, maxLength: 6 };
    for (const s of drawn(() => stringFromPattern(p, bounds), seed)) expect(s).toMatch(regex);
    for (const s of drawn(() => stringOutsidePattern(p, bounds), seed)) expect(s).not.toMatch(regex);
  },
);
