/** The `statefulModel` verdict: does the target's answer agree with the model's prediction? */

import type { Verdict } from "../../core/caseResult.ts";
import type { TransportResponse } from "../../core/transportResponse.ts";
import { parseErrorType } from "../checks/parseErrorType.ts";
import type { Step } from "./step.ts";

/** Name of the model-divergence check in reports. */
export const STATEFUL_CHECK = "statefulModel";

/** A verdict plus the key that groups the same divergence across runs (operation and kind of mismatch). */
export interface ModelComparison {
  readonly verdict: Verdict;
  readonly key?: string;
}

/** Compares status, error type and (on an agreed success) the body against the model. */
export function compareToModel(
  step: Step,
  response: TransportResponse,
  body: Record<string, unknown>,
): ModelComparison {
  const { expect, operation } = step;
  if (response.status === 0) return { verdict: { check: STATEFUL_CHECK, status: "notApplicable" } };
  const got = describe(response);
  const want = expect.error ? `${expect.status} ${expect.error}` : String(expect.status);
  if (response.status !== expect.status || (expect.error && parseErrorType(response) !== expect.error))
    return divergence(operation, `status ${want}→${got}`, `model expects ${want}, target answered ${got}`);
  if (expect.status < 300 && step.verify) {
    const mismatch = step.verify(body);
    if (mismatch) return divergence(operation, mismatch.split(":")[0] ?? mismatch, mismatch);
  }
  return { verdict: { check: STATEFUL_CHECK, status: "pass" } };
}

function describe(response: TransportResponse): string {
  const type = response.status >= 400 ? parseErrorType(response) : undefined;
  return type ? `${response.status} ${type}` : String(response.status);
}

function divergence(operation: string, kind: string, reason: string): ModelComparison {
  return {
    verdict: { check: STATEFUL_CHECK, status: "fail", reason, signature: kind },
    key: `${operation}|${kind}`,
  };
}
