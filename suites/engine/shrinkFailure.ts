/** Replays a failing generated case with fast-check and shrinks it to the smallest request that still fails. */
import fc from "fast-check";
import type { CaseResult } from "../../core/caseResult.ts";
import type { RequestCase } from "../../core/requestCase.ts";
import type { ServiceView } from "../../core/serviceView.ts";
import type { FixturePool } from "../../generators/FixturePool.ts";
import { arbitraryFor } from "../../generators/generateCases.ts";

/** Each shrink is bounded: it spends requests, and a flaky target must not stall the run. */
const SHRINK_TIME_LIMIT_MS = 3_000;

export async function shrinkFailure(
  failure: { case: RequestCase; check: string },
  ctx: {
    service: ServiceView;
    plan: { runs: number };
    fixtures?: FixturePool;
    runOne: (c: RequestCase) => Promise<CaseResult | undefined>;
    /** Epoch ms after which no shrink starts or continues. */
    deadline: number;
  },
): Promise<CaseResult | undefined> {
  const { case: original, check } = failure;
  const op = ctx.service.operations.get(original.operation);
  if (!op || original.path === undefined || original.phase === "boundary" || original.phase === "stateful")
    return undefined;
  let smallest: CaseResult | undefined;
  const stillFails = async (candidate: RequestCase): Promise<boolean> => {
    const c = {
      ...candidate,
      operation: original.operation,
      phase: original.phase,
      seed: original.seed,
      path: original.path,
    };
    if (c.violation?.kind !== original.violation?.kind) return true; // another violation is not this failure
    const result = await ctx.runOne(c);
    const failed = result?.verdicts.some((v) => v.check === check && v.status === "fail") ?? false;
    if (failed) smallest = result;
    return !failed;
  };
  await fc.check(fc.asyncProperty(arbitraryFor(op, original.phase, ctx.fixtures), stillFails), {
    seed: original.seed,
    path: original.path,
    numRuns: ctx.plan.runs,
    interruptAfterTimeLimit: Math.max(1, Math.min(SHRINK_TIME_LIMIT_MS, ctx.deadline - Date.now())),
  });
  return smallest;
}
