import type fc from "fast-check";
import type { Phase, RequestCase } from "../core/requestCase.ts";
import type { OperationView } from "../core/serviceView.ts";
import { invalidRequests } from "./invalidRequests.ts";
import type { RequestOptions } from "./RequestOptions.ts";
import { validRequests } from "./validRequests.ts";

/** The arbitrary behind a generated phase (`valid` or `invalid`); boundary cases are enumerated instead. */
export function phaseArbitrary(
  operation: OperationView,
  phase: Exclude<Phase, "boundary" | "stateful">,
  options: RequestOptions = {},
): fc.Arbitrary<RequestCase> {
  return phase === "invalid" ? invalidRequests(operation, options) : validRequests(operation, options);
}
