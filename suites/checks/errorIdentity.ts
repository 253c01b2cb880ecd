import type { Check } from "../../core/check.ts";
import { documentedError } from "./documentedError.ts";
import { fail, PASS } from "./outcome.ts";
import { parseErrorType } from "./parseErrorType.ts";
import { applicableWhen, errored, implemented, reachesOperation, responded } from "./preconditions.ts";

/** An error names a documented error with its documented status (leniencies `validationExceptionName`, `invalidSignatureException`, `errorTypeLocation`). */
export const errorIdentity: Check = {
  name: "errorIdentity",
  description:
    "An error names one of the operation's documented or common errors, with its documented status.",
  run: applicableWhen(
    responded,
    implemented,
    reachesOperation,
    errored,
  )((ctx) => {
    const type = parseErrorType(ctx.response);
    if (type === undefined)
      return fail(`${ctx.response.status} without an error type (X-Amzn-ErrorType, code, __type)`);
    const documented = documentedError(ctx, type);
    if (!documented)
      return fail(`undocumented error ${type} (${ctx.response.status}) for ${ctx.operation.name}`);
    return documented.status === ctx.response.status
      ? PASS
      : fail(`${type} returned with ${ctx.response.status}, documented ${documented.status}`);
  }),
};
