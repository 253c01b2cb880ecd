import { GeneratorGapError } from "../GeneratorGapError.ts";
import { ChoiceArbitrary } from "./ChoiceArbitrary.ts";
import {
  type Alphabet,
  MAX_LENGTH,
  type PatternAutomaton,
  type Polarity,
  patternAutomaton,
} from "./regex/automaton.ts";

/** The pattern standing for "no pattern": every string of the universe. */
export const ANY_STRING = "[\\s\\S]*";
/** How far past the shortest allowed length an unbounded string may grow. */
export const SOFT_SPAN = 64;
/** Lengths drawn most of the time: the shortest this many achievable lengths. */
const NARROW = 24;

/** Bounds and alphabet of a length-constrained pattern string. */
export interface PatternStringConstraints {
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly alphabet?: Alphabet;
}

/** Achievable lengths of a polarity within the bounds; unbounded above means up to SOFT_SPAN past the shortest. */
export function achievableLengths(
  automaton: PatternAutomaton,
  polarity: Polarity,
  { minLength = 0, maxLength }: PatternStringConstraints,
): number[] {
  if (maxLength !== undefined) return automaton.lengths(polarity, minLength, maxLength);
  const shortest = shortestLength(automaton, polarity, minLength);
  return shortest === undefined ? [] : automaton.lengths(polarity, shortest, shortest + SOFT_SPAN);
}

/**
 * The shortest achievable length at or above `from`. A DFA of k states that accepts any string of
 * length ≥ from accepts one shorter than from + k (pump a cycle down), so the search is bounded.
 */
export function shortestLength(
  automaton: PatternAutomaton,
  polarity: Polarity,
  from: number,
): number | undefined {
  const last = Math.min(MAX_LENGTH, from + automaton.stateCount);
  for (let n = from; n <= last; n++) if (automaton.has(polarity, n)) return n;
  return undefined;
}

/** An arbitrary of strings of one polarity of a pattern whose lengths are drawn from `lengths` (ascending). */
export function lengthDrivenStrings(
  pattern: string,
  polarity: Polarity,
  constraints: PatternStringConstraints,
): ChoiceArbitrary<string> {
  const automaton = patternAutomaton(pattern);
  const lengths = achievableLengths(automaton, polarity, constraints);
  if (lengths.length === 0) {
    const { minLength = 0, maxLength = "∞" } = constraints;
    throw new GeneratorGapError(
      `pattern ${JSON.stringify(pattern)}`,
      `no ${polarity === "matching" ? "matching" : "non-matching"} string has a length in [${minLength}, ${maxLength}]`,
    );
  }
  const narrow = Math.min(lengths.length, NARROW);
  const alphabet = constraints.alphabet ?? "default";
  return new ChoiceArbitrary((source) => {
    const span = source.choose(8) === 7 ? lengths.length : narrow;
    const length = lengths[source.choose(span)] as number;
    return automaton.walk(polarity, length, source, alphabet);
  });
}

const FIRST_CHOICES = { choose: () => 0 };

/** The deterministic string of exactly `length` characters of a polarity (first choice everywhere), if one exists. */
export function firstStringOfLength(
  pattern: string,
  polarity: Polarity,
  length: number,
  alphabet?: Alphabet,
): string | undefined {
  const automaton = patternAutomaton(pattern);
  return automaton.has(polarity, length)
    ? automaton.walk(polarity, length, FIRST_CHOICES, alphabet)
    : undefined;
}
