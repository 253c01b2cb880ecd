import type { MemberView } from "../../core/serviceView.ts";
import { ANY_STRING, achievableLengths } from "./patternStrings.ts";
import { patternAutomaton } from "./regex/automaton.ts";

/**
 * How many distinct values the generators can draw for a member used as a map key, so a map never
 * asks for more distinct keys than exist (fast-check would search for them forever).
 */
export function keySpace(member: MemberView): number {
  const { enum: values, pattern, length } = member.constraints;
  if (values) return values.length;
  const automaton = patternAutomaton(pattern ?? ANY_STRING);
  const lengths = achievableLengths(automaton, "matching", {
    minLength: length?.min,
    maxLength: length?.max,
  });
  let total = 0;
  for (const n of lengths) {
    total += automaton.count("matching", n);
    if (total > 1e6) return Number.POSITIVE_INFINITY;
  }
  return total;
}
