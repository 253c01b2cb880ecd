import type { Check } from "../../core/check.ts";
import { successStatuses } from "../leniency/successStatuses.ts";
import { fail, PASS } from "./outcome.ts";
import { applicableWhen, implemented, reachesOperation, responded, succeeded } from "./preconditions.ts";

/** A 2xx carries the operation's documented success status (leniencies `invokeStatusByInvocationType`, `invokeAsyncAccepted`). */
export const successStatus: Check = {
  name: "successStatus",
  description: "A success response carries the operation's documented success status.",
  run: applicableWhen(
    responded,
    implemented,
    reachesOperation,
    succeeded,
  )(({ case: c, operation, response }) => {
    const expected = successStatuses(operation, c.input);
    return expected.includes(response.status)
      ? PASS
      : fail(
          `success status ${response.status}, documented ${expected.join(" or ")}`,
          `${response.status} ≠ ${expected.join("|")}`,
        );
  }),
};
