import type { Check } from "../../core/check.ts";
import { rejectionClass } from "../leniency/rejectionClass.ts";
import { fail, PASS, warn } from "./outcome.ts";
import { parseErrorType } from "./parseErrorType.ts";
import {
  applicableWhen,
  errored,
  implemented,
  reachesOperation,
  responded,
  validCase,
} from "./preconditions.ts";

/** A valid case is not rejected as invalid; state errors are fine (leniencies `constraintViolationErrors`, `validationExceptionName`, `invalidParameterValueIsSemantic`). */
export const positiveDataAcceptance: Check = {
  name: "positiveDataAcceptance",
  description: "A valid request is not rejected with a validation-type error.",
  run: applicableWhen(
    responded,
    implemented,
    reachesOperation,
    validCase,
    errored,
  )(({ response }) => {
    const type = parseErrorType(response);
    switch (rejectionClass(type)) {
      case "schema":
        return fail(`valid input rejected with ${type} (${response.status})`, `${type} ${response.status}`);
      case "semantic":
        return warn(`valid input rejected with ${type}: a value may not resolve to a real resource`);
      default:
        return PASS;
    }
  }),
};
