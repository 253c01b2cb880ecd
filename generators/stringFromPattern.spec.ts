import { fc, test } from "@fast-check/vitest";
import { describe, expect, it } from "vitest";
import { wholeValuePattern } from "../specs/model/wholeValuePattern.ts";
import { lambda, patternsOf, weather } from "./_internals/__test-helpers__/models.ts";
import { GeneratorGapError } from "./GeneratorGapError.ts";
import { stringFromPattern } from "./stringFromPattern.ts";
import { stringOutsidePattern } from "./stringOutsidePattern.ts";

/** Constructs fast-check's `stringMatching` cannot honour, or not together with a length. */
const HARD = [
  { pattern: "(?![0-9]+$)([a-zA-Z0-9-_-]+)", minLength: 1, maxLength: 3 },
  { pattern: "(^\\$LATEST$)|((?!^[0-9]+$)([a-zA-Z0-9-_]+))", minLength: 1, maxLength: 128 },
  { pattern: "(|[a-zA-Z0-9\\$_-]+)", minLength: 1, maxLength: 128 },
  { pattern: "(arn:(aws[a-zA-Z-]*)?:[a-z0-9-.]+:.*)|()", minLength: 0, maxLength: 20 },
  { pattern: "arn:(aws[a-zA-Z-]*)?:iam::\\d{12}:role/?[a-zA-Z_0-9+=,.@-_/]+", minLength: 40, maxLength: 41 },
  { pattern: "^[0-9A-Za-z\\.\\-_]*(?!\\.)$", minLength: 3, maxLength: 63 },
  { pattern: "(^(?!(\\system\\x2e)))(^[_a-zA-Z0-9])([^\\$]*)", minLength: 1, maxLength: 57 },
  { pattern: "a(?=b)[a-z]c", minLength: 3, maxLength: 3 },
  { pattern: "(?!.*(ab|ba)).*", minLength: 10, maxLength: 10 },
  { pattern: "\\p{Lu}{2}", minLength: 2, maxLength: 2 },
  // Lookbehinds, as AWS's own Lambda model has them (a layer or capacity provider name may not end in a dot).
  { pattern: "^[0-9A-Za-z\\.\\-_]*(?<!\\.)$", minLength: 1, maxLength: 63 },
  { pattern: "^[0-9A-Za-z\\.\\-_]*(?<!\\.)$", minLength: 0, maxLength: 3 },
  { pattern: "(?<=^|-)[a-z]+(-[a-z]+)*", minLength: 1, maxLength: 12 },
  { pattern: "[ab]*(?<=a)b[ab]*", minLength: 2, maxLength: 6 },
  { pattern: "([a-c](?<!ab))+", minLength: 1, maxLength: 10 },
  { pattern: "(?=[a-z])[a-z0-9]{2,8}(?<![0-9]{2})", minLength: 2, maxLength: 8 },
  { pattern: "[a-c]{1,5}(?<=a|bc)", minLength: 1, maxLength: 5 },
];

describe("stringFromPattern", () => {
  for (const { pattern, minLength, maxLength } of HARD) {
    test.prop([stringFromPattern(pattern, { minLength, maxLength })], { numRuns: 200, seed: 1 })(
      `matches ${pattern} within [${minLength}, ${maxLength}]`,
      (s) => {
        expect(s).toMatch(wholeValuePattern(pattern));
        expect(s.length).toBeGreaterThanOrEqual(minLength);
        expect(s.length).toBeLessThanOrEqual(maxLength);
      },
    );
    test.prop([stringOutsidePattern(pattern, { minLength, maxLength })], { numRuns: 100, seed: 1 })(
      `misses ${pattern} within [${minLength}, ${maxLength}]`,
      (s) => {
        expect(s).not.toMatch(wholeValuePattern(pattern));
        expect(s.length).toBeGreaterThanOrEqual(minLength);
        expect(s.length).toBeLessThanOrEqual(maxLength);
      },
    );
  }

  it("produces matching and non-matching strings for every pattern of both models", () => {
    const cannot: string[] = [];
    const universal: string[] = [];
    for (const service of [lambda, weather]) {
      for (const [pattern, { shape, member, minLength, maxLength }] of patternsOf(service)) {
        const regex = wholeValuePattern(pattern);
        const bounds = { minLength, maxLength };
        try {
          const matching = fc.sample(stringFromPattern(pattern, bounds), { seed: 2, numRuns: 20 });
          if (!matching.every((s) => regex.test(s))) cannot.push(`${shape}.${member} matching side wrong`);
        } catch (error) {
          cannot.push(`${shape}.${member} matching: ${(error as Error).message}`);
        }
        try {
          const outside = fc.sample(stringOutsidePattern(pattern, bounds), { seed: 2, numRuns: 20 });
          if (outside.some((s) => regex.test(s))) cannot.push(`${shape}.${member} non-matching side wrong`);
        } catch (error) {
          // A pattern every string matches has no non-matching side by definition, not by a gap.
          if (
            fc
              .sample(stringFromPattern(undefined, bounds), { seed: 2, numRuns: 50 })
              .every((s) => regex.test(s)) &&
            pattern === "[\\s\\S]*"
          )
            universal.push(pattern);
          else cannot.push(`${shape}.${member} non-matching: ${(error as Error).message}`);
        }
      }
    }
    expect(cannot).toEqual([]);
    expect(universal).toEqual(["[\\s\\S]*"]);
  });

  it("is deterministic for a seed", () => {
    const arbitrary = stringFromPattern("(?![0-9]+$)([a-zA-Z0-9-_-]+)", { minLength: 1, maxLength: 128 });
    expect(fc.sample(arbitrary, { seed: 9, numRuns: 30 })).toEqual(
      fc.sample(arbitrary, { seed: 9, numRuns: 30 }),
    );
  });

  it("shrinks to the shortest string with the simplest characters", () => {
    const arbitrary = stringFromPattern("[a-z]{2,}-\\d+", { maxLength: 40 });
    const details = fc.check(
      fc.property(arbitrary, (s) => !s.includes("-")),
      { seed: 3 },
    );
    expect(details.counterexample).toEqual(["aa-0"]);
  });

  it("reports, rather than hangs on, impossible bounds and unsupported constructs", () => {
    expect(() => stringFromPattern("\\d{12}", { maxLength: 11 })).toThrow(GeneratorGapError);
    expect(() => stringFromPattern("(a)\\1")).toThrow(/backreference/);
    expect(() => stringFromPattern("(?<=a(?=b))b")).toThrow(/inside a lookbehind/);
    expect(() => stringOutsidePattern("[\\s\\S]*")).toThrow(GeneratorGapError);
  });
});
