/** Replays a failing generated case with fast-check and shrinks it to the smallest request that still fails. */
import fc from "fast-check";
import type { CaseResult } from "../../core/caseResult.ts";
import type { RequestCase } from "../../core/requestCase.ts";
import type { ServiceView } from "../../core/serviceView.ts";
import type { FixturePool } from "../../generators/FixturePool.ts";
import { arbitraryFor } from "../../generators/generateCases.ts";

/**
 * Shrinks within `budget` requests (the replay of the original included): a count, not a time limit,
 * so the same answers give the same smallest case on a fast or a slow machine. Once the budget is spent
 * every further candidate counts as passing, which ends fast-check's search without sending anything.
 */
export async function shrinkFailure(
  failure: { case: RequestCase; check: string },
  ctx: {
    service: ServiceView;
    plan: { runs: number };
    fixtures?: FixturePool;
    runOne: (c: RequestCase) => Promise<CaseResult | undefined>;
    budget: number;
    /** A candidate it refuses is not sent and counts as passing (it would act outside the case's lane). */
    admits?: (c: RequestCase) => boolean;
  },
): Promise<{ smallest?: CaseResult; spent: number }> {
  const { case: original, check } = failure;
  const op = ctx.service.operations.get(original.operation);
  if (!op || original.path === undefined || original.phase === "boundary" || original.phase === "stateful")
    return { spent: 0 };
  let smallest: CaseResult | undefined;
  let spent = 0;
  const stillFails = async (candidate: RequestCase): Promise<boolean> => {
    const c = {
      ...candidate,
      operation: original.operation,
      phase: original.phase,
      seed: original.seed,
      path: original.path,
    };
    if (c.violation?.kind !== original.violation?.kind) return true; // another violation is not this failure
    if (spent >= ctx.budget) return true;
    if (ctx.admits && !ctx.admits(c)) return true;
    spent++;
    const result = await ctx.runOne(c);
    const failed = result?.verdicts.some((v) => v.check === check && v.status === "fail") ?? false;
    if (failed) smallest = result;
    return !failed;
  };
  await fc.check(fc.asyncProperty(arbitraryFor(op, original.phase, ctx.fixtures), stillFails), {
    seed: original.seed,
    path: original.path,
    numRuns: ctx.plan.runs,
  });
  return { smallest, spent };
}
