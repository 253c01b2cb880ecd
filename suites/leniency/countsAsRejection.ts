import { rejectionClass } from "./rejectionClass.ts";

/** Whether a 4xx with this error type rejects an invalid case; a label violation may be rejected by routing. */
export function countsAsRejection(errorType: string | undefined, labelViolated: boolean): boolean {
  return labelViolated || rejectionClass(errorType) !== undefined;
}
