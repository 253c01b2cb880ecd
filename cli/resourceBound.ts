/**
 * The most resources a run can hold at once, from its plan: the fixtures' role and queue, every bundle
 * (the shared one and one per changing operation of the whole run, each a function, an event source
 * mapping, a code signing config and a layer version; a function's versions, aliases, configs and
 * policy go with it), one resource per planned case of an operation that creates one (cases' creations
 * live until teardown), and one stateful sequence's creations (each sequence is torn down before the next).
 */
import type { ServiceView } from "../core/serviceView.ts";
import type { RunPlan } from "../suites/engine/plan.ts";
import { CREATIONS } from "../suites/resources/createdResources.ts";
import { MAX_COMMANDS } from "../suites/stateful/commandSequences.ts";
import { wingFor } from "../suites/wing/wingFor.ts";
import { plannedCasesOf } from "./plannedCases.ts";

/** Top-level resources one bundle creates: function, event source mapping, code signing config, layer version. */
export const RESOURCES_PER_BUNDLE = 4;
/** The fixtures' IAM role and SQS queue. */
const FIXTURE_RESOURCES = 2;

export interface ResourceBound {
  readonly total: number;
  readonly bundles: number;
  readonly creatingCases: number;
  readonly stateful: number;
}

export function resourceBound(service: ServiceView, plan: RunPlan, readOnly: boolean): ResourceBound {
  if (readOnly) return { total: 0, bundles: 0, creatingCases: 0, stateful: 0 };
  const whole = new Set(plan.wholeRun ?? plan.operations);
  const bundles =
    1 +
    wingFor(service)
      .ownResourceOperations(service)
      .filter((op) => whole.has(op)).length;
  let creatingCases = 0;
  for (const name of plan.operations) {
    const op = service.operations.get(name);
    if (!op || !CREATIONS[name]) continue;
    for (const phase of plan.phases) creatingCases += plannedCasesOf(op, phase, plan.runs);
  }
  const stateful = plan.phases.includes("stateful") ? MAX_COMMANDS : 0;
  const total = FIXTURE_RESOURCES + RESOURCES_PER_BUNDLE * bundles + creatingCases + stateful;
  return { total, bundles, creatingCases, stateful };
}

/** The line the run header and `--dry-run` print. */
export function describeBound(b: ResourceBound): string {
  if (b.total === 0) return "resources alive at once: none (--read-only creates nothing)";
  return `resources alive at once: at most ${b.total} (role and queue, ${b.bundles} bundle${b.bundles === 1 ? "" : "s"} × ${RESOURCES_PER_BUNDLE}, ${b.creatingCases} creating cases${b.stateful ? `, ${b.stateful} for one stateful sequence` : ""})`;
}

/** `--max-resources`: the refusal, or undefined when the bound fits. */
export function boundRefusal(b: ResourceBound, max: number | undefined): string | undefined {
  if (max === undefined || b.total <= max) return undefined;
  return `refusing to start: this plan can hold up to ${b.total} resources at once, more than --max-resources ${max}; run fewer operations (--ops), fewer --runs or fewer phases`;
}
