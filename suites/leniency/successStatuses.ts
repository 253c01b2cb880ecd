import type { OperationView } from "../../core/serviceView.ts";
import { STATUS_BY_MEMBER, SUCCESS_STATUS_OVERRIDES } from "./leniencies.ts";

/** Success statuses conformant for this operation and input: the model's code unless a leniency says otherwise. */
export function successStatuses(
  operation: OperationView,
  input: Readonly<Record<string, unknown>>,
): readonly number[] {
  const byMember = STATUS_BY_MEMBER.find((rule) => rule.operation === operation.name);
  if (byMember) {
    const sent = input[byMember.member];
    const status = byMember.byValue[typeof sent === "string" ? sent : byMember.whenAbsent];
    // An unknown value is an invalid case; the documented code is the only fair expectation left.
    return status === undefined ? [operation.successCode] : [status];
  }
  return SUCCESS_STATUS_OVERRIDES[operation.name] ?? [operation.successCode];
}
