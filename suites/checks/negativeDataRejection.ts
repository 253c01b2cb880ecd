import type { Check } from "../../core/check.ts";
import { countsAsRejection } from "../leniency/countsAsRejection.ts";
import { CONFLICT_ERROR_TYPES, UNDECIDED_QUESTIONS } from "../leniency/leniencies.ts";
import { undecidedCase } from "../leniency/undecidedCase.ts";
import { fail, PASS, warn } from "./outcome.ts";
import { parseErrorType } from "./parseErrorType.ts";
import {
  applicableWhen,
  implemented,
  invalidCase,
  reachesOperation,
  responded,
  violatesLabel,
} from "./preconditions.ts";
import { signaturePath } from "./signaturePath.ts";

/** An invalid case gets a 4xx with a validation-type error (leniencies `constraintViolationErrors`, `validationExceptionName`, `sizeLimitRejection`, `labelViolationRouting`, `conflictIsInconclusive`, `nameFormDefectIsInconclusive`); an accepted case the evidence does not decide is a warn naming its question (`unknownMemberUndecided`, `emptyQueryValueUndecided`). */
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
    const member = signaturePath(ctx.operation.input, path);
    const status = ctx.response.status;
    if (status < 400) {
      const undecided = undecidedCase(ctx.operation, ctx.case);
      return undecided
        ? warn(`undecided: accepted ${broke} with ${status}; ${UNDECIDED_QUESTIONS[undecided]}`)
        : fail(`accepted invalid input (${broke}) with ${status}`, `${member} 2xx`);
    }
    if (status >= 500)
      return fail(`invalid input (${broke}) answered ${status}, not rejected`, `${member} 5xx`);
    const type = parseErrorType(ctx.response) ?? "no error type";
    // The valid requests in this case's name form meet the same 404: the target's defect, not this case's.
    if (status === 404 && ctx.nameFormDefect)
      return warn(`inconclusive: ${type} 404 because ${ctx.nameFormDefect}, so ${broke} was not judged`);
    // The identity the case creates already existed: the labelled violation was never judged.
    if (status === 409 && CONFLICT_ERROR_TYPES.includes(type))
      return warn(`inconclusive: ${type} (the identity exists), so ${broke} was not judged`);
    return countsAsRejection(parseErrorType(ctx.response), violatesLabel(ctx))
      ? PASS
      : fail(
          `invalid input (${broke}) rejected with ${type}, not a validation error`,
          `${member} 4xx ${type}`,
        );
  }),
};
