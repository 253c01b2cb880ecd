/**
 * Requests one failure's shrink may spend, and all shrinks of a run: the run's share is split evenly
 * over the plan's operations, so which failures get shrunk never depends on which finished first.
 */
export const SHRINK_REQUESTS_PER_FAILURE = 12;
export const SHRINK_REQUESTS_PER_RUN = 1_000;

/** One operation's shrink allowance, spent failure by failure. */
export interface ShrinkBudget {
  /** Requests the next failure's shrink may spend; 0 once the operation's share is gone. */
  next(): number;
  /** Counts what a shrink spent. */
  spend(requests: number): void;
}

/** The budget of one operation of a plan of `operations` operations. */
export function createShrinkBudget(operations: number): ShrinkBudget {
  let left = Math.floor(SHRINK_REQUESTS_PER_RUN / Math.max(1, operations));
  return {
    next: () => (left <= 0 ? 0 : Math.min(SHRINK_REQUESTS_PER_FAILURE, left)),
    spend(requests) {
      left -= requests;
    },
  };
}
