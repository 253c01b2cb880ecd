/** Constructors of check outcomes, so checks read as verdicts rather than object literals. */
import type { CheckOutcome } from "../../core/check.ts";

/** The check held. */
export const PASS: CheckOutcome = { status: "pass" };

/** The check does not apply to this case or response (a precondition failed). */
export const NOT_APPLICABLE: CheckOutcome = { status: "notApplicable" };

/** The target broke the contract; `reason` is one line, `signature` names the defect without generated values. */
export function fail(reason: string, signature: string): CheckOutcome {
  return { status: "fail", reason, signature };
}

/** Conformant but worth a look (a leniency applied, an unknown member). */
export function warn(reason: string): CheckOutcome {
  return { status: "warn", reason };
}
