/** The first failing case per (check, violation kind) of one operation: what the engine shrinks. */
import type { CaseResult } from "../../core/caseResult.ts";
import type { RequestCase } from "../../core/requestCase.ts";

/** One failure to shrink: the case, the check it failed, and the id of its result. */
export interface FirstFailure {
  readonly case: RequestCase;
  readonly check: string;
  readonly id: string;
}

/** Keeps the first fail of each group; boundary cases are not shrunk (their values are the point). */
export function createFirstFailures(): { note(result: CaseResult): void; values(): Iterable<FirstFailure> } {
  const failures = new Map<string, FirstFailure>();
  return {
    note(result) {
      for (const v of result.verdicts) {
        if (v.status !== "fail" || result.case.phase === "boundary") continue;
        const key = `${v.check}|${result.case.violation?.kind ?? "-"}`;
        if (!failures.has(key)) failures.set(key, { case: result.case, check: v.check, id: result.id });
      }
    },
    values: () => failures.values(),
  };
}
