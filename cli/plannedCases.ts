/**
 * Cases a plan will send in its generated phases, counted without generating them: `runs` per valid
 * and invalid phase (none where nothing can be broken), the enumerated boundary and protocol cases. The stateful
 * phase follows the target's answers, so it is not counted.
 */
import type { Phase } from "../core/requestCase.ts";
import type { OperationView, ServiceView } from "../core/serviceView.ts";
import { applicableViolations } from "../generators/applicableViolations.ts";
import { boundaryRequests } from "../generators/boundaryRequests.ts";
import type { RunPlan } from "../suites/engine/plan.ts";
import { probesFor } from "../suites/protocol/protocolCases.ts";

/** Boundary cases per operation: counting them builds them, so each operation's are counted once. */
const boundaryCounts = new WeakMap<OperationView, number>();

function boundaryCount(op: OperationView): number {
  let n = boundaryCounts.get(op);
  if (n === undefined) {
    n = boundaryRequests(op, {}).length;
    boundaryCounts.set(op, n);
  }
  return n;
}

/** Cases of one operation in one generated phase (0 for stateful). */
export function plannedCasesOf(op: OperationView, phase: Phase, runs: number): number {
  if (phase === "valid") return runs;
  if (phase === "invalid") return applicableViolations(op).length > 0 ? runs : 0;
  if (phase === "boundary") return boundaryCount(op);
  if (phase === "protocol") return probesFor(op).length;
  return 0;
}

export function plannedCases(service: ServiceView, plan: RunPlan): number {
  let total = 0;
  for (const name of plan.operations) {
    const op = service.operations.get(name);
    if (op) for (const phase of plan.phases) total += plannedCasesOf(op, phase, plan.runs);
  }
  return total;
}
