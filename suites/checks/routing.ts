/**
 * "Did this request reach an implemented operation", answered in one place: how far a path gets
 * (`pathReach`), what one answer says (`looksUnimplemented`, over the signal table), whether an operation
 * is unimplemented (`decideUnimplemented`, from all the cases of its deciding phase, never by whichever
 * case finishes first), and what that makes of each answer (`decideRouting`), which checks read through
 * their preconditions (`routingOf`). The stateless engine, the stateful phase and calibrate all decide here.
 */
import type { CheckContext, Routing } from "../../core/check.ts";
import type { RequestCase } from "../../core/requestCase.ts";
import type { OperationView } from "../../core/serviceView.ts";
import type { TransportResponse } from "../../core/transportResponse.ts";
import { UNTYPED_NOT_FOUND, unimplementedSignal } from "./unimplementedSignal.ts";
import { violatedBinding } from "./violatedBinding.ts";

/**
 * How far a case's path gets: an empty label routes to another operation (leniency
 * `emptyLabelRoutesElsewhere`); a label outside the plain characters is percent-encoded, which targets
 * decode differently (`%2F`, multi-byte text), so it reaches the route but its miss says nothing; a path
 * of plain labels reaches the route as sent, so a miss there means no route.
 */
export type PathReach = "emptyLabel" | "encodedLabel" | "plain";

/** Characters a router matches as they are (RFC 3986 pchar without `%`). */
const PLAIN_SEGMENT = /^[A-Za-z0-9\-._~!$&'()*+,;=:@]+$/;

/** The reach of the case's path: its worst label decides. */
export function pathReach(op: Pick<OperationView, "input">, c: Pick<RequestCase, "input">): PathReach {
  let reach: PathReach = "plain";
  for (const member of op.input.members?.values() ?? []) {
    if (member.binding.kind !== "label") continue;
    const value = c.input[member.name];
    if (String(value ?? "") === "") return "emptyLabel";
    if (!PLAIN_SEGMENT.test(String(value))) reach = "encodedLabel";
  }
  return reach;
}

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
  /** Every path label is plain, so a routing miss means no route (`pathReach`). */
  readonly routable: boolean;
}

/** What one case of the deciding phase showed, for `decideUnimplemented`. */
export function decidingAnswer(response: TransportResponse, sent: Pick<CheckContext, "case" | "operation">) {
  return {
    answered: response.status !== 0,
    looksUnimplemented: looksUnimplemented(response, sent),
    routable: pathReach(sent.operation, sent.case) === "plain",
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
 * What one answer is once its operation is decided. Where the operation exists, an untyped 404/405 on a
 * plain path is its own answer (AWS always names its 404s); any other answer that merely looks
 * unimplemented (a miss of a path that could not route, a 501) is `unrouted`.
 */
export function decideRouting(
  ctx: Pick<CheckContext, "case" | "operation" | "response">,
  operationUnimplemented: boolean,
): Routing {
  if (operationUnimplemented) return "unimplemented";
  const signal = unimplementedSignal(ctx.response);
  if (signal === undefined) return "implemented";
  if (violatedBinding(ctx.operation, ctx.case.violation) === "label") return "labelMiss";
  return signal === UNTYPED_NOT_FOUND && pathReach(ctx.operation, ctx.case) === "plain"
    ? "ownNotFound"
    : "unrouted";
}

/** The context's routing; one its caller did not decide is decided by its own answer alone. */
export function routingOf(ctx: CheckContext): Routing {
  return ctx.routing ?? decideRouting(ctx, looksUnimplemented(ctx.response, ctx));
}
