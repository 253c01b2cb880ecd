import type { Check, CheckOutcome, Prediction } from "../../core/check.ts";
import type { TransportResponse } from "../../core/transportResponse.ts";
import { jsonObject } from "./jsonBody.ts";
import { fail, PASS } from "./outcome.ts";
import { parseErrorType } from "./parseErrorType.ts";
import { applicableWhen, implemented, type Precondition } from "./preconditions.ts";

/** The case comes with a model's prediction: only stateful exchanges do. */
const predicted: Precondition = (ctx) => ctx.prediction !== undefined;

/** An answer arrived; a truncated body is still compared, as the status alone can diverge. */
const answered: Precondition = (ctx) => ctx.response.status !== 0;

/**
 * The target's answer agrees with the model's prediction: status and error type, and on an agreed success
 * the prediction's body check. A fail's signature is the kind of mismatch (predicted → actual, or the body
 * check's tag), which with the operation is the divergence the stateful phase shrinks.
 */
export const statefulModel: Check = {
  name: "statefulModel",
  description:
    "(stateful phase) The target's answer agrees with the model's prediction: status, error type and body.",
  // `predicted` holds, so the prediction is there.
  run: applicableWhen(
    predicted,
    answered,
    implemented,
  )((ctx) => compare(ctx.response, ctx.prediction as Prediction)),
};

function compare(response: TransportResponse, want: Prediction): CheckOutcome {
  const got = describe(response);
  const expected = want.error ? `${want.status} ${want.error}` : String(want.status);
  if (response.status !== want.status || (want.error && parseErrorType(response) !== want.error))
    return fail(`model expects ${expected}, target answered ${got}`, `status ${expected}→${got}`);
  if (want.status < 300 && want.verify) {
    const mismatch = want.verify(jsonObject(response.body));
    if (mismatch) return fail(mismatch, mismatch.split(":")[0] ?? mismatch);
  }
  return PASS;
}

function describe(response: TransportResponse): string {
  const type = response.status >= 400 ? parseErrorType(response) : undefined;
  return type ? `${response.status} ${type}` : String(response.status);
}
