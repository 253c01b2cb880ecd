import type { Check, CheckOutcome } from "../../core/check.ts";
import type { ServiceView } from "../../core/serviceView.ts";
import { errorDeclaredElsewhere } from "../leniency/errorDeclaredElsewhere.ts";
import { documentedError } from "./documentedError.ts";
import { fail, PASS, warn } from "./outcome.ts";
import { parseErrorType } from "./parseErrorType.ts";
import { applicableWhen, errored, implemented, reachesOperation, responded } from "./preconditions.ts";

/** An error names a documented error with its documented status (leniencies `validationExceptionName`, `invalidSignatureException`, `errorTypeLocation`, `errorTypeDrift`). */
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
      return fail(
        `${ctx.response.status} without an error type (X-Amzn-ErrorType, code, __type)`,
        `no error type ${ctx.response.status}`,
      );
    const documented = documentedError(ctx, type);
    if (!documented) return judgeDrift(ctx.service, ctx.operation.name, type, ctx.response.status);
    return documented.status === ctx.response.status
      ? PASS
      : fail(
          `${type} returned with ${ctx.response.status}, documented ${documented.status}`,
          `${type} ${ctx.response.status} ≠ ${documented.status}`,
        );
  }),
};

/** An error the document declares for other operations warns on this one (leniency `errorTypeDrift`). */
function judgeDrift(service: ServiceView, operation: string, type: string, status: number): CheckOutcome {
  const elsewhere = errorDeclaredElsewhere(service, type);
  if (!elsewhere?.error.error)
    return fail(`undocumented error ${type} (${status}) for ${operation}`, `undocumented ${type} ${status}`);
  const declared = elsewhere.error.error.status;
  if (declared !== status)
    return fail(`${type} returned with ${status}, documented ${declared}`, `${type} ${status} ≠ ${declared}`);
  const shown = elsewhere.operations.slice(0, 3).join(", ");
  const more = elsewhere.operations.length > 3 ? ` and ${elsewhere.operations.length - 3} more` : "";
  return warn(
    `${type} (${status}) is not in ${operation}'s error list but is documented for ${shown}${more} (drift)`,
  );
}
