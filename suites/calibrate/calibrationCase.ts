import fc from "fast-check";
import { phaseArbitrary } from "../../generators/phaseArbitrary.ts";
import type { RequestCase } from "../../generators/requestCase.ts";
import type { OperationView } from "../../specs/model/types.ts";
import { parseErrorType } from "../checks/parseErrorType.ts";
import { violatedBinding } from "../checks/violatedBinding.ts";
import { STATUS_BY_MEMBER } from "../leniency/leniencies.ts";
import { rejectionClass } from "../leniency/rejectionClass.ts";
import type { RecordedResponse } from "./recordedResponse.ts";

/** Fixed, so a calibration run is the same every time. */
export const CALIBRATION_SEED = 14;

/** Invalid cases drawn to find one that does not break a path label (a label violation changes the route). */
const INVALID_DRAWS = 50;

/**
 * A request case the recorded response answers, so each check judges it under the right preconditions:
 * an error that says "invalid input" (a rejection type) answers an invalid case, anything else a valid
 * one; a success status that depends on an input member (Invoke's InvocationType) gets that member's value.
 */
export function calibrationCase(operation: OperationView, recorded: RecordedResponse): RequestCase {
  const rejected = recorded.status >= 400 && rejectionClass(parseErrorType(recorded)) !== undefined;
  const drawn = rejected ? invalidCase(operation) : undefined;
  const base = drawn ?? sample(operation, "valid", 1)[0];
  if (!base) throw new Error(`calibrationCase: no case generated for ${operation.name}`);
  return {
    ...base,
    operation: operation.name,
    input: withStatusMember(operation, base.input, recorded.status),
  };
}

function sample(operation: OperationView, phase: "valid" | "invalid", numRuns: number): RequestCase[] {
  return fc.sample(phaseArbitrary(operation, phase), { seed: CALIBRATION_SEED, numRuns });
}

function invalidCase(operation: OperationView): RequestCase | undefined {
  return sample(operation, "invalid", INVALID_DRAWS).find(
    (c) => violatedBinding(operation, c.violation) !== "label",
  );
}

function withStatusMember(
  operation: OperationView,
  input: Readonly<Record<string, unknown>>,
  status: number,
): Readonly<Record<string, unknown>> {
  const rule = STATUS_BY_MEMBER.find((r) => r.operation === operation.name);
  const value = rule && Object.entries(rule.byValue).find(([, s]) => s === status)?.[0];
  return rule && value !== undefined ? { ...input, [rule.member]: value } : input;
}
