/** The one table of checks: the CLI, the engine, vitest suites and reports take checks from here. */
import type { Check } from "../../core/check.ts";
import { authenticationEnforced } from "./authenticationEnforced.ts";
import { contentType } from "./contentType.ts";
import { errorIdentity } from "./errorIdentity.ts";
import { malformedRequest } from "./malformedRequest.ts";
import { negativeDataRejection } from "./negativeDataRejection.ts";
import { noServerError } from "./noServerError.ts";
import { payloadLimit } from "./payloadLimit.ts";
import { positiveDataAcceptance } from "./positiveDataAcceptance.ts";
import { queryAuthAccepted } from "./queryAuthAccepted.ts";
import { requestExpiry } from "./requestExpiry.ts";
import { responseShape } from "./responseShape.ts";
import { statefulModel } from "./statefulModel.ts";
import { successStatus } from "./successStatus.ts";
import { unimplementedOperation } from "./unimplementedOperation.ts";
import { unknownOperation } from "./unknownOperation.ts";
import { unsupportedMethod } from "./unsupportedMethod.ts";

/** Every check, in report order. */
export const CHECKS: readonly Check[] = [
  unimplementedOperation,
  noServerError,
  successStatus,
  errorIdentity,
  responseShape,
  contentType,
  negativeDataRejection,
  positiveDataAcceptance,
  statefulModel,
  authenticationEnforced,
  requestExpiry,
  queryAuthAccepted,
  unknownOperation,
  unsupportedMethod,
  malformedRequest,
  payloadLimit,
];

/** The check with this name, or undefined. */
export function checkByName(name: string): Check | undefined {
  return CHECKS.find((check) => check.name === name);
}

/** The named checks in table order (all when `names` is undefined); throws listing valid names on an unknown one. */
export function selectChecks(names?: readonly string[]): readonly Check[] {
  if (names === undefined) return CHECKS;
  const unknown = names.filter((name) => checkByName(name) === undefined);
  if (unknown.length > 0) {
    const valid = CHECKS.map((check) => check.name).join(", ");
    throw new Error(`selectChecks: unknown check ${unknown.join(", ")}; valid checks: ${valid}`);
  }
  return CHECKS.filter((check) => names.includes(check.name));
}
