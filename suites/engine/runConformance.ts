/**
 * The engine: plan → generate → send → judge → emit, then shrink one failure per (operation, check,
 * violation kind) per operation (`operationRun.ts`). Results stream to the listener in plan order; the
 * engine keeps only one failing case per group, one phase of exchanges per undecided operation, and a
 * bounded number of results that finished ahead of their turn.
 */

import type { CaseResult } from "../../core/caseResult.ts";
import type { Phase, RequestCase } from "../../core/requestCase.ts";
import type { OperationView } from "../../core/serviceView.ts";
import type { FixturePool } from "../../generators/FixturePool.ts";
import { generateCases } from "../../generators/generateCases.ts";
import { decideRouting } from "../checks/routing.ts";
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from "../transports/throttlePolicy.ts";
import { type Lane, type LaneRules, splitLanes } from "./caseLanes.ts";
import { judge } from "./judge.ts";
import { createOperationRun, type Exchange, type OperationRun } from "./operationRun.ts";
import { createOrderedRelease } from "./orderedRelease.ts";
import { pool } from "./pool.ts";
import { replayLine } from "./replayLine.ts";
import type { RunChoices } from "./runChoices.ts";
import { sendCase, type Transports } from "./sendCase.ts";
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
  /** The service's rules for running changing cases side by side; without them writes go one operation at a time. */
  readonly lanes?: LaneRules;
}

export interface EngineOutcome {
  readonly cases: number;
  readonly unimplemented: readonly string[];
  /** Set when the run stopped early: the target went away, or it was interrupted. */
  readonly aborted?: string;
}

/**
 * Runs the plan deterministically. Reads (`stagesOf`) go first, concurrently up to `concurrency`. Then the
 * changing operations run their `own` cases side by side (`caseLanes.ts`: cases whose resources no other
 * operation names), the operation with most such cases first, then their `shared` cases one operation
 * at a time in plan order. The cases of one
 * operation go out one at a time, in order, so each sees what its own earlier cases did; results reach
 * the listener in that order (`orderedRelease.ts`), whatever order the sends finish in. Same seed, model
 * and freshly started target → same cases, verdicts, findings and results order.
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
    health.note(response, performance.now());
    aborted ??= health.stopReason;
    return { case: c, request, response, ...(throttled ? { throttled } : {}) };
  };

  const resultOf = (
    op: OperationView,
    x: Exchange,
    isUnimpl: boolean,
    nameFormDefect?: string,
  ): CaseResult => {
    const c = x.case;
    const sent = { case: c, response: x.response, operation: op, service };
    const verdicts =
      x.skipped !== undefined
        ? [skippedVerdict(x.skipped)]
        : judge(
            {
              ...sent,
              routing: decideRouting(sent, isUnimpl),
              ...(nameFormDefect ? { nameFormDefect } : {}),
            },
            checks,
          );
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

  const stages = stagesOf(operations);
  const reads = stages.filter((s) => s.concurrent).flatMap((s) => s.operations);
  const changing = stages.filter((s) => !s.concurrent).flatMap((s) => s.operations);
  const lanes =
    opts.lanes && changing.length > 0
      ? splitLanes(
          changing,
          function* (op) {
            for (const p of plan.phases)
              yield* generateCases(op, p, plan.seed, plan.runs, opts.fixtures, opts.replay);
          },
          opts.lanes,
        )
      : undefined;
  const runs = new Map<OperationView, OperationRun>();
  const runOf = (op: OperationView): OperationRun => {
    let r = runs.get(op);
    if (!r) {
      r = createOperationRun(op, {
        service,
        plan,
        shrink: opts.shrink ?? true,
        operations: operations.length,
        exchange,
        resultOf,
        stopped,
        ...(opts.fixtures ? { fixtures: opts.fixtures } : {}),
        ...(opts.replay === undefined ? {} : { replay: opts.replay }),
        ...(lanes ? { lanes } : {}),
      });
      runs.set(op, r);
    }
    return r;
  };

  // Units in results order: each read, then (with lanes) each changing operation's own then shared cases.
  type Unit = { readonly op: OperationView; readonly lane: Lane | "all" };
  const units: Unit[] = [
    ...reads.map((op) => ({ op, lane: "all" as const })),
    ...(lanes
      ? [
          // Longest first, so the last to start is short and the lane ends together (ties in plan order).
          ...[...changing]
            .sort((a, b) => lanes.ownCases(b) - lanes.ownCases(a))
            .map((op) => ({ op, lane: "own" as const })),
          ...changing.map((op) => ({ op, lane: "shared" as const })),
        ]
      : changing.map((op) => ({ op, lane: "all" as const }))),
  ];
  const release = createOrderedRelease<CaseResult>(units.length, async (result) => {
    cases++;
    await listener.onCase(result);
    listener.onProgress?.(cases, result.case.operation);
  });
  const runUnit = async (i: number): Promise<void> => {
    const { op, lane } = units[i] as Unit;
    if (await release.run(i, (emit) => runOf(op).run(lane, emit))) unimplemented.add(op.name);
  };
  const indices = (from: number, to: number) => Array.from({ length: to - from }, (_, k) => from + k);
  const ownEnd = reads.length + (lanes ? changing.length : 0);
  // Reads side by side; own lanes side by side; the rest (shared lanes, or every write without lanes) in order.
  await pool(indices(0, reads.length), opts.concurrency, runUnit, stopped);
  if (!stopped()) await pool(indices(reads.length, ownEnd), opts.concurrency, runUnit, stopped);
  for (const i of indices(ownEnd, units.length)) {
    if (stopped()) break;
    await runUnit(i);
  }
  if (opts.signal?.aborted) aborted ??= "interrupted";
  return { cases, unimplemented: [...unimplemented].sort(), ...(aborted ? { aborted } : {}) };
}

export type { FixturePool, Phase };
