import fc from "fast-check";
import type { RequestCase } from "../../core/requestCase.ts";
import type { OperationView } from "../../core/serviceView.ts";
import { applicableViolations } from "../../generators/applicableViolations.ts";
import { phaseArbitrary } from "../../generators/phaseArbitrary.ts";
import { parseErrorType } from "../checks/parseErrorType.ts";
import { pathReach } from "../checks/routing.ts";
import { violatedBinding } from "../checks/violatedBinding.ts";
import { STATUS_BY_MEMBER } from "../leniency/leniencies.ts";
import { rejectionClass } from "../leniency/rejectionClass.ts";
import type { RecordedResponse } from "./recordedResponse.ts";

/** Fixed, so a calibration run is the same every time. */
export const CALIBRATION_SEED = 14;

/** Invalid cases drawn to find one that reaches the operation's route (a broken label may change it). */
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

/** Drawn once per operation and phase: the draws depend on nothing else, and drawing is the slow part. */
const drawnCases = new WeakMap<OperationView, Map<string, RequestCase[]>>();

function sample(operation: OperationView, phase: "valid" | "invalid", numRuns: number): RequestCase[] {
  const byPhase = drawnCases.get(operation) ?? new Map<string, RequestCase[]>();
  drawnCases.set(operation, byPhase);
  const cached = byPhase.get(phase);
  if (cached) return cached;
  const drawn = fc.sample(phaseArbitrary(operation, phase), { seed: CALIBRATION_SEED, numRuns });
  byPhase.set(phase, drawn);
  return drawn;
}

function invalidCase(operation: OperationView): RequestCase | undefined {
  if (applicableViolations(operation).length === 0) return undefined;
  const drawn = sample(operation, "invalid", INVALID_DRAWS);
  // Best a violation off the path (it reaches the route as sent), else a label broken but not emptied.
  return (
    drawn.find((c) => violatedBinding(operation, c.violation) !== "label") ??
    drawn.find((c) => pathReach(operation, c) !== "emptyLabel")
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
