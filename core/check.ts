/** The one signature every check has; checks are registered by name in `registry.ts`. */

import type { RequestCase } from "./requestCase.ts";
import type { OperationView, ServiceView } from "./serviceView.ts";
import type { TransportResponse } from "./transportResponse.ts";

export interface CheckContext {
  readonly case: RequestCase;
  readonly response: TransportResponse;
  readonly operation: OperationView;
  readonly service: ServiceView;
  /** What a model predicts the target answers (the stateful phase); absent for a stateless case. */
  readonly prediction?: Prediction;
  /** Whether this answer is the operation's own, as `suites/checks/routing.ts` decided; absent, the answer decides alone. */
  readonly routing?: Routing;
  /**
   * Set when the target answers 404 to every valid request of this operation that names the function in
   * this case's form while another form succeeds (`suites/checks/nameForm.ts`): that defect, in words.
   */
  readonly nameFormDefect?: string;
}

/**
 * How one answer relates to the operation it was sent to; checks read it through their preconditions.
 * - `unimplemented`: the target lacks the operation; only `unimplementedOperation` judges.
 * - `implemented`: the operation answered.
 * - `ownNotFound`: an untyped 404/405 on a routable path of an implemented operation, so its own answer.
 * - `labelMiss`: a broken path label found no route; judged as a rejection, not as the operation's answer.
 * - `unrouted`: looks unimplemented on an implemented operation yet is not its own answer (a miss of a
 *   path that could not route, a 501); no check judges it.
 */
export type Routing = "unimplemented" | "implemented" | "ownNotFound" | "labelMiss" | "unrouted";

/** A model's prediction of one answer: a status, for errors the error type, for a success a body check. */
export interface Prediction {
  readonly status: number;
  readonly error?: string;
  /** On an agreed success: a one-line mismatch (`tag: detail`), or undefined when the body holds. */
  readonly verify?: (body: Record<string, unknown>) => string | undefined;
}

export type CheckOutcome =
  | { readonly status: "pass" }
  | {
      readonly status: "fail";
      readonly reason: string;
      /** Names the defect, never the generated values: what findings and the baseline gate group by. */
      readonly signature: string;
    }
  | { readonly status: "warn"; readonly reason: string }
  | { readonly status: "notApplicable" };

export interface Check {
  /** What users type to turn the check on or off, and what reports show. */
  readonly name: string;
  /** One line on what it asserts. */
  readonly description: string;
  readonly run: (ctx: CheckContext) => CheckOutcome;
}
