import { EXTRA_COMMON_ERRORS } from "./leniencies.ts";

/** Status of an error type AWS returns to any operation beyond the document's common-error list, if it is one. */
export function extraCommonErrorStatus(errorType: string): number | undefined {
  return Object.hasOwn(EXTRA_COMMON_ERRORS, errorType) ? EXTRA_COMMON_ERRORS[errorType] : undefined;
}
