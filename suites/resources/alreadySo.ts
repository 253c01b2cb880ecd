/**
 * A set-up request's refusal that says the state it wanted is there already: a 409 to a create (it
 * exists) or a 404 to a delete (it is gone). Anything else is thrown on, so the preparation does not
 * count as done.
 */
import { sdkErrorStatus } from "./sdkErrorStatus.ts";

export const alreadySo =
  (status: 404 | 409) =>
  (e: unknown): undefined => {
    if (sdkErrorStatus(e) === status) return undefined;
    throw e;
  };
