/**
 * Environment, not conformance: an emulator that cannot run functions (LocalStack without its runtime,
 * moto without Docker) answers the operations that need a running function with errors that say so. Those
 * answers are reported blocked, with the reason, instead of as findings; every other verdict stands.
 */
import type { CaseResult, Verdict } from "../../core/caseResult.ts";

/** Operations whose success needs a function that became Active (or a runtime that runs it). */
export const NEEDS_ACTIVE_FUNCTION: readonly string[] = [
  "Invoke",
  "InvokeAsync",
  "InvokeWithResponseStream",
  "UpdateFunctionCode",
  "UpdateFunctionConfiguration",
  "PublishVersion",
  "PutProvisionedConcurrencyConfig",
];

/** An answer that names the missing runtime itself (moto: "error running docker: …"). */
const RUNTIME_MISSING = /error running docker|docker daemon|lambda-runtime .*failed/i;

/**
 * Why this answer is the environment's, or undefined: to an operation that needs a running function, a body
 * that names the missing runtime, or a 5xx or 409 when the fixtures could not make the function Active (`inactive`).
 */
export function blockedBecause(result: CaseResult, inactive: string | undefined): string | undefined {
  // Only an operation that runs the function can be blocked: a read whose body reports the Failed state
  // (LocalStack's GetFunction StateReason names the runtime install) is judged like any other answer.
  if (!NEEDS_ACTIVE_FUNCTION.includes(result.case.operation)) return undefined;
  const body = result.response.body ?? "";
  const named = RUNTIME_MISSING.exec(body);
  if (named) return `the emulator cannot run functions ("${body.slice(named.index, named.index + 120)}")`;
  const { status } = result.response;
  if (inactive && (status >= 500 || status === 409)) return inactive;
  return undefined;
}

/** The result with each fail turned into a warn naming the block, when the answer is the environment's. */
export function blockOnEnvironment(result: CaseResult, inactive: string | undefined): CaseResult {
  const reason = blockedBecause(result, inactive);
  if (!reason || !result.verdicts.some((v) => v.status === "fail")) return result;
  const verdicts = result.verdicts.map(
    (v): Verdict =>
      v.status === "fail" ? { check: v.check, status: "warn", reason: `blocked: ${reason}` } : v,
  );
  return { ...result, verdicts };
}
