/** One exchange a command makes: the request input and what the model predicts the target answers. */

import type { Prediction } from "../../core/check.ts";

/** The model's prediction: a status, and for errors the error type. */
export interface Expectation {
  readonly status: number;
  readonly error?: string;
}

/** A body check on an agreed success: returns a one-line mismatch (`tag: detail`), or undefined when it holds. */
export type BodyCheck = NonNullable<Prediction["verify"]>;

/** A request plus its prediction. */
export interface Step {
  readonly operation: string;
  readonly input: Readonly<Record<string, unknown>>;
  readonly expect: Expectation;
  readonly verify?: BodyCheck;
}

/** What the target answered, as commands use it to update the model. */
export interface StepOutcome {
  readonly status: number;
  readonly body: Record<string, unknown>;
  /** The model predicted success and the target succeeded: the model applies the transition. */
  readonly bothSucceeded: boolean;
}

/** Success with the operation's documented status. */
export function ok(status: number): Expectation {
  return { status };
}

/** 404 ResourceNotFoundException, what every read of a missing resource gives. */
export const NOT_FOUND: Expectation = { status: 404, error: "ResourceNotFoundException" };

/** 409 ResourceConflictException: the resource already exists. */
export const CONFLICT: Expectation = { status: 409, error: "ResourceConflictException" };

/** 412 PreconditionFailedException: the RevisionId sent is not the current one. */
export const PRECONDITION_FAILED: Expectation = { status: 412, error: "PreconditionFailedException" };
