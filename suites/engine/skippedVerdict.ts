/** The one verdict of a case the ownership guard did not send, for the engine and the stateful phase alike. */
import { SAFETY_CHECK, type Verdict } from "../../core/caseResult.ts";

export function skippedVerdict(reason: string): Verdict {
  return { check: SAFETY_CHECK, status: "skipped", reason };
}
