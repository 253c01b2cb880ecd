import type { Check } from "../../core/check.ts";
import { fail, PASS } from "./outcome.ts";
import { parseErrorType } from "./parseErrorType.ts";
import { applicableWhen, implemented, responded } from "./preconditions.ts";

/** No input, valid or not, makes the target answer 5xx. */
export const noServerError: Check = {
  name: "noServerError",
  description: "No request, valid or invalid, gets a 5xx response.",
  run: applicableWhen(
    responded,
    implemented,
  )(({ response }) => {
    if (response.status < 500) return PASS;
    const type = parseErrorType(response) ?? "no error type";
    return fail(`server error ${response.status} (${type})`, `${response.status} ${type}`);
  }),
};
