/**
 * The engine: plan → generate → send → judge → emit, then shrink one failure per (operation, check,
 * violation kind), per operation in its own lane. Results stream to the listener; the engine keeps
 * only one failing case per group and one phase of exchanges per operation in flight.
 */

import type { CaseResult } from "../../core/caseResult.ts";
import type { Phase, RequestCase } from "../../core/requestCase.ts";
import type { OperationView } from "../../core/serviceView.ts";
import type { FixturePool } from "../../generators/FixturePool.ts";
import { generateCases } from "../../generators/generateCases.ts";
import { decideRouting, decidingAnswer } from "../checks/routing.ts";
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from "../transports/throttlePolicy.ts";
import { createDecidingBuffer } from "./decidingBuffer.ts";
import { createFirstFailures } from "./firstFailures.ts";
import { judge } from "./judge.ts";
import { pool } from "./pool.ts";
import { replayLine } from "./replayLine.ts";
import type { RunChoices } from "./runChoices.ts";
import { sendCase, type Transports } from "./sendCase.ts";
import { createShrinkBudget } from "./shrinkBudget.ts";
import { shrinkFailure } from "./shrinkFailure.ts";
import { skippedVerdict } from "./skippedVerdict.ts";
import { stagesOf } from "./stages.ts";
import { createTargetHealth } from "./targetHealth.ts";

export interface RunListener {
  onCase(result: CaseResult): void | Promise<void>;
  /** Called as cases finish, for a progress line. */
  onProgress?(done: number, operation: string): void;
}

/** The run's choices (runChoices.ts) and what the session wires in. */
export interface EngineOptions extends RunChoices {
  readonly transports: Transports;
  readonly listener: RunListener;
  readonly fixtures?: FixturePool;
  /** How throttled answers (429, 503, TooManyRequestsException) are retried; default `DEFAULT_RETRY_POLICY`. */
  readonly throttleRetry?: RetryPolicy;
}

export interface EngineOutcome {
  readonly cases: number;
  readonly unimplemented: readonly string[];
  /** Set when the run stopped early: the target went away, or it was interrupted. */
  readonly aborted?: string;
}

/** One exchange before judging: judging waits for the operation's unimplemented decision. */
interface Exchange {
  readonly case: RequestCase;
  readonly request: CaseResult["request"];
  readonly response: CaseResult["response"];
  readonly throttled?: CaseResult["throttled"];
  /** Why the ownership guard did not send it. */
  readonly skipped?: string;
}

/** The phase whose cases decide "unimplemented": valid when planned (what a client would send), else the first. */
function phasesInOrder(phases: readonly Phase[]): Phase[] {
  const decider = phases.includes("valid") ? "valid" : phases[0];
  return decider === undefined ? [] : [decider, ...phases.filter((p) => p !== decider)];
}

/**
 * Runs the plan deterministically: the cases of one operation go out one at a time, in order, so each
 * sees what its own earlier cases did; reads run concurrently up to `concurrency`,
 * writes one operation at a time (`stagesOf`). Same seed, model and freshly started target → same cases, verdicts and findings.
 */
export async function runConformance(opts: EngineOptions): Promise<EngineOutcome> {
  const { service, plan, transports, checks, listener } = opts;
  const unimplemented = new Set<string>();
  let cases = 0;
  const health = createTargetHealth();
  let aborted: string | undefined;
  const stopped = (): boolean => aborted !== undefined || (opts.signal?.aborted ?? false);
  const operations = plan.operations.flatMap((name) => service.operations.get(name) ?? []);

  const exchange = async (op: OperationView, c: RequestCase): Promise<Exchange> => {
    const sent = await sendCase(op, c, transports, opts.transport ?? "auto", {
      policy: opts.throttleRetry ?? DEFAULT_RETRY_POLICY,
      ...(opts.signal ? { signal: opts.signal } : {}),
    });
    const { request, response, throttled, skipped } = sent;
    if (skipped !== undefined) return { case: c, request, response, skipped };
    noteHealth(response);
    return { case: c, request, response, ...(throttled ? { throttled } : {}) };
  };

  function noteHealth(response: CaseResult["response"]): void {
    health.note(response, performance.now());
    aborted ??= health.stopReason;
  }

  const resultOf = (op: OperationView, x: Exchange, isUnimpl: boolean): CaseResult => {
    const c = x.case;
    const sent = { case: c, response: x.response, operation: op, service };
    const verdicts =
      x.skipped !== undefined
        ? [skippedVerdict(x.skipped)]
        : judge({ ...sent, routing: decideRouting(sent, isUnimpl) }, checks);
    return {
      id: `${c.operation}/${c.phase}/${c.path ?? "0"}`,
      case: c,
      request: x.request,
      response: x.response,
      verdicts,
      replay: replayLine(c, plan),
      ...(x.throttled ? { throttled: x.throttled } : {}),
    };
  };

  const runOperation = async (op: OperationView): Promise<void> => {
    const failures = createFirstFailures();
    const emit = async (result: CaseResult): Promise<void> => {
      cases++;
      failures.note(result);
      await listener.onCase(result);
      listener.onProgress?.(cases, op.name);
    };
    const [decider, ...rest] = phasesInOrder(plan.phases);
    if (decider === undefined) return;
    const deciding = createDecidingBuffer((x: Exchange) =>
      decidingAnswer(x.response, { case: x.case, operation: op }),
    );
    for (const c of generateCases(op, decider, plan.seed, plan.runs, opts.fixtures, opts.replay)) {
      if (stopped()) break;
      const x = await exchange(op, c);
      // Not sent: it says nothing about whether the operation exists.
      if (x.skipped !== undefined) await emit(resultOf(op, x, false));
      else for (const held of deciding.add(x)) await emit(resultOf(op, held, false));
    }
    // A stopped run keeps what it exchanged, undecided: nothing says these were a missing operation.
    if (stopped()) {
      for (const x of deciding.held()) await emit(resultOf(op, x, false));
      return;
    }
    const decided = deciding.settle();
    if (decided.unimplemented) {
      unimplemented.add(op.name);
      if (decided.first) await emit(resultOf(op, decided.first, true));
      return;
    }
    for (const x of decided.held) await emit(resultOf(op, x, false));
    for (const phase of rest)
      for (const c of generateCases(op, phase, plan.seed, plan.runs, opts.fixtures, opts.replay)) {
        if (stopped()) return;
        await emit(resultOf(op, await exchange(op, c), false));
      }
    if (stopped() || !(opts.shrink ?? true) || opts.replay !== undefined) return;
    // A shard shrinks with the whole run's share per operation, as the unsharded run does.
    const budget = createShrinkBudget(plan.wholeRun?.length ?? operations.length);
    // Live: a shrunk result's new failures join the queue, as they always did.
    for (const failure of failures.values()) {
      const allowance = budget.next();
      if (stopped() || allowance === 0) return;
      const { smallest, spent } = await shrinkFailure(failure, {
        ...opts,
        runOne: async (c) => resultOf(op, await exchange(op, c), false),
        budget: allowance,
      });
      budget.spend(spent);
      if (smallest) await emit({ ...smallest, shrunkFrom: failure.id });
    }
  };

  for (const stage of stagesOf(operations)) {
    if (stopped()) break;
    await pool(stage.operations, stage.concurrent ? opts.concurrency : 1, runOperation, stopped);
  }
  if (opts.signal?.aborted) aborted ??= "interrupted";
  return { cases, unimplemented: [...unimplemented].sort(), ...(aborted ? { aborted } : {}) };
}

export type { FixturePool, Phase };
