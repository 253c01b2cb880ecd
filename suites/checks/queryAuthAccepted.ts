import type { Check } from "../../core/check.ts";
import { fail, PASS } from "./outcome.ts";
import { parseErrorType } from "./parseErrorType.ts";
import { applicableWhen, implemented, responded } from "./preconditions.ts";
import { probing } from "./probeVerdict.ts";

/**
 * The common parameters (공통 파라미터) let a request carry its SigV4 signature in the query string
 * (`X-Amz-Algorithm`, `X-Amz-Credential`, `X-Amz-Date`, `X-Amz-SignedHeaders`, `X-Amz-Signature`) instead
 * of the `Authorization` header: the same request signed either way must get the same answer. The
 * header-signed answer is the case's `prediction`.
 */
export const queryAuthAccepted: Check = {
  name: "queryAuthAccepted",
  description:
    "A request signed in the query string (the common parameters) gets the answer the same request signed in the Authorization header gets.",
  run: applicableWhen(
    responded,
    implemented,
    probing("queryAuth"),
    (ctx) => ctx.prediction !== undefined,
  )((ctx) => {
    const header = ctx.prediction;
    if (!header) return PASS;
    const { status } = ctx.response;
    const type = parseErrorType(ctx.response);
    const sameClass = Math.floor(status / 100) === Math.floor(header.status / 100);
    if (sameClass && type === header.error) return PASS;
    const answered = `${status} ${type ?? "(no error type)"}`;
    const expected = `${header.status} ${header.error ?? "(no error type)"}`;
    if (status >= 500)
      return fail(`query-signed request: server error ${answered}`, `${status} server error`);
    return fail(
      `query-signed request answered ${answered}; signed in the Authorization header: ${expected}`,
      status === 401 || status === 403
        ? "query signature refused"
        : `${answerClass(status, type)} ≠ ${answerClass(header.status, header.error)}`,
    );
  }),
};

/** `2xx`, or `4xx ResourceNotFoundException`: an answer without the values that vary. */
function answerClass(status: number, type: string | undefined): string {
  return `${Math.floor(status / 100)}xx${type ? ` ${type}` : ""}`;
}
