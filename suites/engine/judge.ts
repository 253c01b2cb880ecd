/** Runs checks on one response; each check's preconditions read the answer's routing (`suites/checks/routing.ts`). */

import type { Verdict } from "../../core/caseResult.ts";
import type { Check, CheckContext } from "../../core/check.ts";

/** Every check's verdict on one response, in the checks' order. */
export function judge(ctx: CheckContext, checks: readonly Check[]): Verdict[] {
  return checks.map((check) => runCheck(ctx, check));
}

/** One check's verdict; a check that throws is a bug in the suite, reported as such rather than crashing the run. */
export function runCheck(ctx: CheckContext, check: Check): Verdict {
  try {
    const outcome = check.run(ctx);
    if (outcome.status === "fail")
      return { check: check.name, status: "fail", reason: outcome.reason, signature: outcome.signature };
    return outcome.status === "warn"
      ? { check: check.name, status: outcome.status, reason: outcome.reason }
      : { check: check.name, status: outcome.status };
  } catch (e) {
    return {
      check: check.name,
      status: "fail",
      reason: `check crashed: ${(e as Error).message}`,
      signature: "check crashed",
    };
  }
}
