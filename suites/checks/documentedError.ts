import type { CheckContext } from "../../core/check.ts";
import { extraCommonErrorStatus } from "../leniency/extraCommonErrorStatus.ts";

/** An error type the target may return for this operation, and the status documented for it. */
export interface DocumentedError {
  readonly name: string;
  readonly status: number;
  /** Where it is documented: the operation, the common errors, or a leniency. */
  readonly source: "operation" | "common" | "leniency";
}

/** Looks an error type up among the operation's errors, the service's common errors, then the leniency table. */
export function documentedError(
  ctx: Pick<CheckContext, "operation" | "service">,
  errorType: string,
): DocumentedError | undefined {
  const own = ctx.operation.errors.find((e) => e.name === errorType);
  if (own?.error) return { name: own.name, status: own.error.status, source: "operation" };
  const common = ctx.service.commonErrors.find((e) => e.name === errorType);
  if (common?.error) return { name: common.name, status: common.error.status, source: "common" };
  const lenient = extraCommonErrorStatus(errorType);
  return lenient === undefined ? undefined : { name: errorType, status: lenient, source: "leniency" };
}
