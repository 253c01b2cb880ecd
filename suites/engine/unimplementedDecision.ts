/**
 * "Unimplemented", decided in one place: what one answer says (`looksUnimplemented`, over the checks'
 * signal table), whether an operation is unimplemented (`decideUnimplemented`, from all the cases of its
 * deciding phase, never by whichever case finishes first), and what that means for the verdicts
 * (`judgeDecided`). The stateless engine, the stateful phase and calibrate all go through it.
 */
import type { Verdict } from "../../core/caseResult.ts";
import type { Check, CheckContext } from "../../core/check.ts";
import type { RequestCase } from "../../core/requestCase.ts";
import type { OperationView } from "../../core/serviceView.ts";
import type { TransportResponse } from "../../core/transportResponse.ts";
import { unimplementedOperation } from "../checks/unimplementedOperation.ts";
import { UNTYPED_NOT_FOUND, unimplementedSignal } from "../checks/unimplementedSignal.ts";
import { violatedBinding } from "../checks/violatedBinding.ts";
import { runCheck } from "./judge.ts";

/** The one check that judges an unimplemented operation; every other stands down. */
export const UNIMPLEMENTED_CHECK = unimplementedOperation.name;

/**
 * True when the answer says the target does not implement the operation. A broken path label is routed
 * elsewhere or nowhere, which only looks unimplemented (leniency `labelViolationRouting`).
 */
export function looksUnimplemented(
  response: TransportResponse,
  sent: Pick<CheckContext, "case" | "operation">,
): boolean {
  if (response.status === 0) return false;
  if (violatedBinding(sent.operation, sent.case.violation) === "label") return false;
  return unimplementedSignal(response) !== undefined;
}

/** What one case of the deciding phase showed. */
export interface DecidingAnswer {
  /** The target answered (status ≠ 0). */
  readonly answered: boolean;
  /** The answer reads "not implemented" (`looksUnimplemented`). */
  readonly looksUnimplemented: boolean;
  /** Every path label could reach the operation's route (`routablePath`). */
  readonly routable: boolean;
}

/**
 * Characters a router matches as they are (RFC 3986 pchar without `%`). A label outside them is
 * percent-encoded, and targets decode `%2F` or multi-byte text differently, so its miss says nothing.
 */
const PLAIN_SEGMENT = /^[A-Za-z0-9\-._~!$&'()*+,;=:@]+$/;

/** True when every label of the case's path is non-empty and plain, so a routing miss means no route. */
export function routablePath(op: Pick<OperationView, "input">, c: Pick<RequestCase, "input">): boolean {
  for (const member of op.input.members?.values() ?? []) {
    if (member.binding.kind !== "label") continue;
    const value = c.input[member.name];
    if (value === undefined || !PLAIN_SEGMENT.test(String(value))) return false;
  }
  return true;
}

/** What one case of the deciding phase showed, for `decideUnimplemented`. */
export function decidingAnswer(response: TransportResponse, sent: Pick<CheckContext, "case" | "operation">) {
  return {
    answered: response.status !== 0,
    looksUnimplemented: looksUnimplemented(response, sent),
    routable: routablePath(sent.operation, sent.case),
  } satisfies DecidingAnswer;
}

/** One answer that does not look unimplemented decides "implemented" whatever the rest say. */
export function decidesImplemented(answer: DecidingAnswer): boolean {
  return answer.answered && !answer.looksUnimplemented;
}

/** Unimplemented when a routable case says so and no answer of the phase says otherwise. */
export function decideUnimplemented(answers: readonly DecidingAnswer[]): boolean {
  const answered = answers.filter((a) => a.answered);
  return (
    answered.some((a) => a.looksUnimplemented && a.routable) && answered.every((a) => a.looksUnimplemented)
  );
}

/**
 * The verdicts of one answer once its operation is decided: of an unimplemented operation only
 * `unimplementedOperation` judges (one verdict, not many). Where the operation exists, an untyped 404/405
 * on a routable path is its own answer (AWS always names its 404s) and every check judges it; any other
 * answer that merely looks unimplemented (a miss of a path that could not route, a 501) fails no
 * `unimplementedOperation` and meets no check's `implemented` precondition.
 */
export function judgeDecided(
  ctx: CheckContext,
  checks: readonly Check[],
  operationUnimplemented: boolean,
): Verdict[] {
  const looks = looksUnimplemented(ctx.response, ctx);
  const own = !operationUnimplemented && looks && ownAnswer(ctx);
  const judged: CheckContext = own ? { ...ctx, implementedRoute: true } : ctx;
  const standsDown = (name: string): boolean =>
    operationUnimplemented ? name !== UNIMPLEMENTED_CHECK : name === UNIMPLEMENTED_CHECK && looks;
  return checks.map((check) =>
    standsDown(check.name) ? { check: check.name, status: "notApplicable" } : runCheck(judged, check),
  );
}

/** An untyped 404/405 whose every path label could route: no router missed it, the operation answered. */
function ownAnswer(ctx: CheckContext): boolean {
  return unimplementedSignal(ctx.response) === UNTYPED_NOT_FOUND && routablePath(ctx.operation, ctx.case);
}
