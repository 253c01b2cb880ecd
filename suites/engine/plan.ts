/** A run's plan: which operations, which phases, how many cases, from which seed. */

import type { Phase } from "../../core/requestCase.ts";
import type { ServiceView } from "../../core/serviceView.ts";
import { DEFAULT_MODEL } from "../../specs/model/defaultModel.ts";

export interface RunPlan {
  readonly operations: readonly string[];
  readonly phases: readonly Phase[];
  /** Generated cases per operation for the valid and invalid phases (boundary is enumerated). */
  readonly runs: number;
  readonly seed: number;
  /** The `--model` file when it is not the default, so replay lines load the same model. */
  readonly model?: string;
  /**
   * The whole run's operations when this plan is one shard of it (`run --shard`): fixtures are made and
   * the shrink budget is split for all of them, so the shard's cases are the unsharded run's.
   */
  readonly wholeRun?: readonly string[];
}

/** Valid first: a request a client would send is the fairest probe of whether an operation exists. */
export const ALL_PHASES: readonly Phase[] = ["valid", "boundary", "invalid", "stateful", "protocol"];

/** Resolves `--ops` / `--phases`; throws with the list of valid names on an unknown one. */
export function makePlan(
  service: ServiceView,
  opts: { ops?: readonly string[]; phases?: readonly string[]; runs: number; seed: number; model?: string },
): RunPlan {
  const known = [...service.operations.keys()];
  const operations = opts.ops && opts.ops.length > 0 ? opts.ops : known;
  const unknownOps = operations.filter((o) => !service.operations.has(o));
  if (unknownOps.length > 0)
    throw new Error(`unknown operation(s) ${unknownOps.join(", ")}; known: ${known.join(", ")}`);
  const phases = (opts.phases && opts.phases.length > 0 ? opts.phases : ALL_PHASES) as Phase[];
  const unknownPhases = phases.filter((p) => !ALL_PHASES.includes(p));
  if (unknownPhases.length > 0)
    throw new Error(`unknown phase(s) ${unknownPhases.join(", ")}; known: ${ALL_PHASES.join(", ")}`);
  if (!Number.isInteger(opts.runs) || opts.runs < 1)
    throw new Error(`--runs must be a positive integer, got ${opts.runs}`);
  return {
    operations,
    phases,
    runs: opts.runs,
    seed: opts.seed,
    ...(opts.model !== undefined && opts.model !== DEFAULT_MODEL ? { model: opts.model } : {}),
  };
}
