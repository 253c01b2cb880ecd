/**
 * Reach: whether each operation's success path was exercised. A response-shape check that never saw
 * a success proves nothing, so reports say how many valid cases were sent and answered 2xx.
 */
import type { ReachCount, RunSummary } from "./reporter.ts";

/** "not exercised" replaces a passing `responseShape` cell of an operation no 2xx answer was judged for. */
export const SHAPE_CHECK = "responseShape";

export function shapeExercised(summary: RunSummary, operation: string): boolean {
  return summary.reach?.find((r) => r.operation === operation)?.successJudged ?? true;
}

/** The reach of the implemented operations, for the run's summary line. */
export function reachTotals(summary: RunSummary): { reached: number; implemented: number; share?: number } {
  const unimplemented = new Set(summary.unimplementedOperations);
  const rows = (summary.reach ?? []).filter((r) => !unimplemented.has(r.operation) && r.valid > 0);
  const valid = rows.reduce((n, r) => n + r.valid, 0);
  const succeeded = rows.reduce((n, r) => n + r.succeeded, 0);
  return {
    reached: rows.filter((r) => r.succeeded > 0).length,
    implemented: rows.length,
    ...(valid > 0 ? { share: succeeded / valid } : {}),
  };
}

/** e.g. "reach: 46 of 48 implemented operations (2xx on a valid case), 83 % of their valid cases". */
export function reachLine(summary: RunSummary): string | undefined {
  if (!summary.reach) return undefined;
  const t = reachTotals(summary);
  const share =
    t.share === undefined ? "no valid cases" : `${Math.round(t.share * 100)} % of their valid cases`;
  return `reach: ${t.reached} of ${t.implemented} implemented operations (2xx on a valid case), ${share}`;
}

export type { ReachCount };
