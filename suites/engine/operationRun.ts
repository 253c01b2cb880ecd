/**
 * One operation's cases, run in lanes: its deciding phase (held until the answers say whether the
 * operation exists), its other phases, then the shrinking of its first failures. Changing operations run
 * twice — their `own` cases side by side with other operations', then their `shared` cases in plan
 * order — and keep their state (failures, the deciding buffer, the shrink budget) between the two.
 * Reads, and runs without lanes, run everything at once (`all`).
 */
import type { CaseResult } from "../../core/caseResult.ts";
import type { RequestCase } from "../../core/requestCase.ts";
import type { OperationView, ServiceView } from "../../core/serviceView.ts";
import type { FixturePool } from "../../generators/FixturePool.ts";
import { generateCases } from "../../generators/generateCases.ts";
import { createNameForms } from "../checks/nameForm.ts";
import { decidingAnswer } from "../checks/routing.ts";
import type { CaseLanes, Lane } from "./caseLanes.ts";
import { createDecidingBuffer } from "./decidingBuffer.ts";
import { createFirstFailures } from "./firstFailures.ts";
import type { RunPlan } from "./plan.ts";
import { createShrinkBudget } from "./shrinkBudget.ts";
import { shrinkFailure } from "./shrinkFailure.ts";

/** One exchange before judging; `skipped` says why the ownership guard did not send it. */
export interface Exchange {
  readonly case: RequestCase;
  readonly request: CaseResult["request"];
  readonly response: CaseResult["response"];
  readonly throttled?: CaseResult["throttled"];
  readonly skipped?: string;
}

export interface OperationRunContext {
  readonly service: ServiceView;
  readonly plan: RunPlan;
  readonly fixtures?: FixturePool;
  readonly replay?: number;
  readonly shrink: boolean;
  /** Operations of the whole run (a shard's included), over which the shrink budget is shared. */
  readonly operations: number;
  readonly lanes?: CaseLanes;
  exchange(op: OperationView, c: RequestCase): Promise<Exchange>;
  resultOf(op: OperationView, x: Exchange, unimplemented: boolean, nameFormDefect?: string): CaseResult;
  stopped(): boolean;
}

export interface OperationRun {
  /** Runs the lane's cases, passing each result to `emit`; true once the operation is known unimplemented. */
  run(lane: Lane | "all", emit: (result: CaseResult) => Promise<void>): Promise<boolean>;
}

export function createOperationRun(op: OperationView, ctx: OperationRunContext): OperationRun {
  const { plan } = ctx;
  const failures = createFirstFailures();
  const shrunk = new Set<string>();
  const budget = createShrinkBudget(plan.wholeRun?.length ?? ctx.operations);
  const decider = plan.phases.includes("valid") ? "valid" : plan.phases[0];
  const rest = plan.phases.filter((p) => p !== decider);
  const deciding = createDecidingBuffer((x: Exchange) =>
    decidingAnswer(x.response, { case: x.case, operation: op }),
  );
  // Later phases learn from the valid answers which name forms the target cannot resolve.
  const nameForms = createNameForms(op);
  let implemented = false;
  let unimplemented = false;
  /** The own lane left the deciding phase unsettled: the shared lane settles it and runs everything after. */
  let paused = false;
  /** A case of the deciding phase: its answer, once sent, also tells which name forms the target resolves. */
  const exchangeDeciding = async (c: RequestCase): Promise<Exchange> => {
    const x = await ctx.exchange(op, c);
    if (x.skipped === undefined) nameForms.note(c, x.response.status);
    return x;
  };
  const cases = (phase: NonNullable<typeof decider>) =>
    generateCases(op, phase, plan.seed, plan.runs, ctx.fixtures, ctx.replay);

  return {
    async run(lane, emitRaw) {
      if (decider === undefined || unimplemented) return unimplemented;
      const emit = async (result: CaseResult): Promise<void> => {
        failures.note(result);
        await emitRaw(result);
      };
      const inLane = (c: RequestCase, scope: Lane | "all"): boolean =>
        scope === "all" || ctx.lanes?.laneOf(op, c) === scope;
      // After a pause, the shared lane runs the own cases of later phases too: the own lane never reached them.
      const laterScope: Lane | "all" = lane === "shared" && paused ? "all" : lane;
      if (!implemented) {
        let othersPending = false;
        for (const c of cases(decider)) {
          if (ctx.stopped()) break;
          if (!inLane(c, lane)) {
            othersPending ||= lane === "own";
            continue;
          }
          const x = await exchangeDeciding(c);
          // Not sent: it says nothing about whether the operation exists.
          if (x.skipped !== undefined) await emit(ctx.resultOf(op, x, false));
          else
            for (const held of deciding.add(x)) {
              implemented = true;
              await emit(ctx.resultOf(op, held, false));
            }
        }
        // A stopped run keeps what it exchanged, undecided: nothing says these were a missing operation.
        if (ctx.stopped()) {
          for (const x of deciding.held()) await emit(ctx.resultOf(op, x, false));
          return unimplemented;
        }
        if (!implemented && othersPending) {
          paused = true;
          return unimplemented;
        }
        const decided = deciding.settle();
        if (decided.unimplemented) {
          unimplemented = true;
          if (decided.first) await emit(ctx.resultOf(op, decided.first, true));
          return unimplemented;
        }
        implemented = true;
        for (const x of decided.held) await emit(ctx.resultOf(op, x, false));
      } else if (lane === "shared")
        for (const c of cases(decider)) {
          if (ctx.stopped()) return unimplemented;
          if (!inLane(c, "shared")) continue;
          await emit(ctx.resultOf(op, await exchangeDeciding(c), false));
        }
      for (const phase of rest)
        for (const c of cases(phase)) {
          if (ctx.stopped()) return unimplemented;
          if (inLane(c, laterScope))
            await emit(ctx.resultOf(op, await ctx.exchange(op, c), false, nameForms.defectOf(c)));
        }
      await shrinkFailures(lane, emit);
      return unimplemented;
    },
  };

  async function shrinkFailures(lane: Lane | "all", emit: (r: CaseResult) => Promise<void>): Promise<void> {
    if (ctx.stopped() || !ctx.shrink || ctx.replay !== undefined) return;
    // In the own lane a candidate naming anything outside the operation's own could meet another's case.
    const lanes = ctx.lanes;
    const admits = lane === "own" && lanes ? (c: RequestCase) => lanes.staysOwn(op, c) : undefined;
    // Live: a shrunk result's new failures join the queue, as they always did.
    for (const failure of failures.values()) {
      const key = `${failure.id}|${failure.check}`;
      if (shrunk.has(key)) continue;
      shrunk.add(key);
      const allowance = budget.next();
      if (ctx.stopped() || allowance === 0) return;
      const { smallest, spent } = await shrinkFailure(failure, {
        service: ctx.service,
        plan,
        ...(ctx.fixtures ? { fixtures: ctx.fixtures } : {}),
        runOne: async (c) => ctx.resultOf(op, await ctx.exchange(op, c), false, nameForms.defectOf(c)),
        budget: allowance,
        ...(admits ? { admits } : {}),
      });
      budget.spend(spent);
      if (smallest) await emit({ ...smallest, shrunkFrom: failure.id });
    }
  }
}
