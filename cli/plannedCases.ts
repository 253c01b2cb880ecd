/**
 * Cases a plan will send in its generated phases, counted without generating them: `runs` per valid
 * and invalid phase (none where nothing can be broken), the enumerated boundary and protocol cases. The stateful
 * phase follows the target's answers, so it is not counted.
 */
import type { ServiceView } from "../core/serviceView.ts";
import { applicableViolations } from "../generators/applicableViolations.ts";
import { boundaryRequests } from "../generators/boundaryRequests.ts";
import type { RunPlan } from "../suites/engine/plan.ts";
import { probesFor } from "../suites/protocol/protocolCases.ts";

export function plannedCases(service: ServiceView, plan: RunPlan): number {
  if (plan.phases.length === 0) return 0;
  let total = 0;
  for (const name of plan.operations) {
    const op = service.operations.get(name);
    if (!op) continue;
    for (const phase of plan.phases) {
      if (phase === "valid") total += plan.runs;
      else if (phase === "invalid") total += applicableViolations(op).length > 0 ? plan.runs : 0;
      else if (phase === "boundary") total += boundaryRequests(op, {}).length;
      else if (phase === "protocol") total += probesFor(op).length;
    }
  }
  return total;
}
