/** Runs every selected check on one response; an unimplemented operation gets one verdict, not many. */

import type { Verdict } from "../../core/caseResult.ts";
import type { Check, CheckContext } from "../../core/check.ts";

export const UNIMPLEMENTED_CHECK = "unimplementedOperation";

export function judge(ctx: CheckContext, checks: readonly Check[], unimplemented: boolean): Verdict[] {
  return checks.map((check): Verdict => {
    if (unimplemented && check.name !== UNIMPLEMENTED_CHECK)
      return { check: check.name, status: "notApplicable" };
    try {
      const outcome = check.run(ctx);
      if (outcome.status === "fail")
        return { check: check.name, status: "fail", reason: outcome.reason, signature: outcome.signature };
      return outcome.status === "warn"
        ? { check: check.name, status: outcome.status, reason: outcome.reason }
        : { check: check.name, status: outcome.status };
    } catch (e) {
      // A check that throws is a bug in the suite, reported as such rather than crashing the run.
      return {
        check: check.name,
        status: "fail",
        reason: `check crashed: ${(e as Error).message}`,
        signature: "check crashed",
      };
    }
  });
}
