import type { Check } from "../../core/check.ts";
import { countsAsRejection } from "../leniency/countsAsRejection.ts";
import { fail, PASS } from "./outcome.ts";
import { parseErrorType } from "./parseErrorType.ts";
import {
  applicableWhen,
  implemented,
  invalidCase,
  reachesOperation,
  responded,
  violatesLabel,
} from "./preconditions.ts";

/** An invalid case gets a 4xx with a validation-type error (leniencies `constraintViolationErrors`, `validationExceptionName`, `sizeLimitRejection`, `labelViolationRouting`). */
export const negativeDataRejection: Check = {
  name: "negativeDataRejection",
  description: "An invalid request is rejected with a 4xx validation-type error: never 2xx, never 5xx.",
  run: applicableWhen(
    responded,
    implemented,
    reachesOperation,
    invalidCase,
  )((ctx) => {
    const { kind, path } = ctx.case.violation ?? { kind: "?", path: "" };
    const broke = `${kind} at ${path || "/"}`;
    const status = ctx.response.status;
    if (status < 400) return fail(`accepted invalid input (${broke}) with ${status}`);
    if (status >= 500) return fail(`invalid input (${broke}) answered ${status}, not rejected`);
    const type = parseErrorType(ctx.response);
    return countsAsRejection(type, violatesLabel(ctx))
      ? PASS
      : fail(`invalid input (${broke}) rejected with ${type ?? "no error type"}, not a validation error`);
  }),
};
