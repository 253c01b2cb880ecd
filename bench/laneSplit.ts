/** How a plan's changing cases split between the lanes (suites/engine/caseLanes.ts), per operation. */
import type { ServiceView } from "../core/serviceView.ts";
import type { FixturePool } from "../generators/FixturePool.ts";
import { generateCases } from "../generators/generateCases.ts";
import { splitLanes } from "../suites/engine/caseLanes.ts";
import type { RunPlan } from "../suites/engine/plan.ts";
import { stagesOf } from "../suites/engine/stages.ts";
import { LAMBDA_LANES } from "../suites/lambda/lanes.ts";

export interface LaneSplit {
  readonly reads: number;
  readonly own: number;
  readonly shared: number;
  /** Operations with shared cases, most first: `name shared/all`. */
  readonly sharedByOperation: readonly string[];
}

export function laneSplit(service: ServiceView, plan: RunPlan, fixtures: FixturePool): LaneSplit {
  const ops = plan.operations.flatMap((n) => service.operations.get(n) ?? []);
  const stages = stagesOf(ops);
  const casesOf = (op: (typeof ops)[number]) =>
    plan.phases.flatMap((p) => [...generateCases(op, p, plan.seed, plan.runs, fixtures)]);
  const reads = stages.filter((s) => s.concurrent).flatMap((s) => s.operations);
  const changing = stages.filter((s) => !s.concurrent).flatMap((s) => s.operations);
  const lanes = splitLanes(changing, casesOf, LAMBDA_LANES);
  let own = 0;
  let shared = 0;
  const perOp: [string, number, number][] = [];
  for (const op of changing) {
    const all = casesOf(op);
    const s = all.filter((c) => lanes.laneOf(op, c) === "shared").length;
    own += all.length - s;
    shared += s;
    if (s > 0) perOp.push([op.name, s, all.length]);
  }
  return {
    reads: reads.reduce((n, op) => n + casesOf(op).length, 0),
    own,
    shared,
    sharedByOperation: perOp.sort((a, b) => b[1] - a[1]).map(([n, s, a]) => `${n} ${s}/${a}`),
  };
}
