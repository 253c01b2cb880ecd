/** One pattern occurrence of a member, with its mechanical repair: the unit reconcilePatterns votes on. */
import type { MemberFact, ValueConstraints } from "./facts.ts";

export interface Occurrence {
  readonly member: MemberFact;
  readonly target: ValueConstraints;
  readonly constraint: "pattern" | "keyPattern";
  readonly original: string;
  candidate: string;
  rules: string[];
  /** How an ambiguous `\+` in a class was read, and why (see plusReadings.ts). */
  reading?: string;
}
