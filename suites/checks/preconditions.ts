/** Preconditions are wrappers around a check's run, not `if` chains inside it (the schemathesis way). */
import type { CheckContext, CheckOutcome, Routing } from "../../core/check.ts";
import { NOT_APPLICABLE } from "./outcome.ts";
import { pathReach, routingOf } from "./routing.ts";
import { violatedBinding } from "./violatedBinding.ts";

/** A condition a case and response must meet for a check to judge them. */
export type Precondition = (ctx: CheckContext) => boolean;

/** A whole response arrived (status 0 or a transport error is a "could not run" the engine reports). */
export const responded: Precondition = (ctx) => ctx.response.status !== 0 && ctx.response.error === undefined;

/** The invalid case breaks a path label, so the request may have been routed elsewhere (leniency `labelViolationRouting`). */
export const violatesLabel: Precondition = (ctx) =>
  violatedBinding(ctx.operation, ctx.case.violation) === "label";

/** Every path label has a value, so the request reached this operation's route (leniency `emptyLabelRoutesElsewhere`). */
export const reachesOperation: Precondition = (ctx) => pathReach(ctx.operation, ctx.case) !== "emptyLabel";

/** The answer's routing (`routing.ts`) is one of these. */
export function routedAs(...allowed: readonly Routing[]): Precondition {
  return (ctx) => allowed.includes(routingOf(ctx));
}

/**
 * The answer came from the operation, not from a router that found no route for a broken label (an
 * untyped 404/405, often an HTML page; leniency `labelViolationRouting`).
 */
export const answeredByOperation: Precondition = (ctx) => routingOf(ctx) !== "labelMiss";

/**
 * The target implements the operation, as far as this answer tells: the operation answered, or its own
 * untyped 404, or a broken label's routing miss, which only looks unimplemented (leniency `labelViolationRouting`).
 */
export const implemented: Precondition = routedAs("implemented", "ownNotFound", "labelMiss");

/** The response is a 2xx. */
export const succeeded: Precondition = (ctx) => ctx.response.status >= 200 && ctx.response.status < 300;

/** The response is a 4xx or 5xx. */
export const errored: Precondition = (ctx) => ctx.response.status >= 400;

/** The case breaks exactly one constraint. */
export const invalidCase: Precondition = (ctx) => ctx.case.violation !== undefined;

/** The case breaks nothing. */
export const validCase: Precondition = (ctx) => ctx.case.violation === undefined;

/** Wraps a run so it only judges when every precondition holds, and is notApplicable otherwise. */
export function applicableWhen(
  ...preconditions: readonly Precondition[]
): (run: (ctx: CheckContext) => CheckOutcome) => (ctx: CheckContext) => CheckOutcome {
  return (run) => (ctx) => (preconditions.every((holds) => holds(ctx)) ? run(ctx) : NOT_APPLICABLE);
}
