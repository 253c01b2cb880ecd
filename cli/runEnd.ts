/** How a run ended, from the engine's outcome and what stopped it: the user, the target, or `--max-time`. */
import type { RunEnd } from "../reports/reporter.ts";

export interface Stops {
  /** The user's SIGINT/SIGTERM. */
  readonly interrupted: boolean;
  /** `--max-time` ran out (its seconds). */
  readonly budgetSpentS?: number;
  /** Cases the generated phases planned, for the budget's note. */
  readonly planned: number;
}

/** The run's end record; a spent budget is `timeBudget`, judged and gated like a completed run. */
export function runEnd(
  outcome: { readonly aborted?: string; readonly cases: number; readonly unimplemented: readonly string[] },
  stops: Stops,
): RunEnd {
  // The engine says "interrupted" for any aborted signal; only the budget's, not a dead target's, is timeBudget.
  const spent = stops.budgetSpentS !== undefined && !stops.interrupted && outcome.aborted === "interrupted";
  const detail = spent
    ? `--max-time ${stops.budgetSpentS} s spent: ${outcome.cases} cases sent of ${stops.planned} planned in the generated phases`
    : outcome.aborted;
  const exitReason = spent
    ? "timeBudget"
    : outcome.aborted === "interrupted"
      ? "interrupted"
      : outcome.aborted
        ? "aborted"
        : "completed";
  return { exitReason, ...(detail ? { detail } : {}), unimplementedOperations: outcome.unimplemented };
}
