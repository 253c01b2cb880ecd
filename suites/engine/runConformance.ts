/**
 * The engine: plan → generate → send with a concurrency limit → judge → emit, then shrink one
 * failure per (operation, check, violation kind). Results stream to the listener; the engine keeps
 * only one failing case per group, so memory does not grow with the number of cases.
 */

import type { CaseResult, Verdict } from "../../core/caseResult.ts";
import type { Check } from "../../core/check.ts";
import type { Phase, RequestCase } from "../../core/requestCase.ts";
import type { OperationView, ServiceView } from "../../core/serviceView.ts";
import type { FixturePool } from "../../generators/FixturePool.ts";
import { generateCases } from "../../generators/generateCases.ts";
import { DEFAULT_RETRY_POLICY, type RetryPolicy } from "../transports/throttlePolicy.ts";
import { judge, UNIMPLEMENTED_CHECK } from "./judge.ts";
import type { RunPlan } from "./plan.ts";
import { pool } from "./pool.ts";
import { replayLine } from "./replayLine.ts";
import { sendCase, type TransportChoice, type Transports } from "./sendCase.ts";
import { shrinkFailure } from "./shrinkFailure.ts";

export interface RunListener {
  onCase(result: CaseResult): void | Promise<void>;
  /** Called as cases finish, for a progress line. */
  onProgress?(done: number, operation: string): void;
}

export interface EngineOptions {
  readonly service: ServiceView;
  readonly plan: RunPlan;
  readonly transports: Transports;
  readonly checks: readonly Check[];
  readonly isUnimplemented: (
    response: CaseResult["response"],
    sent: { case: RequestCase; operation: OperationView },
  ) => boolean;
  readonly listener: RunListener;
  readonly concurrency: number;
  readonly transport?: TransportChoice;
  readonly fixtures?: FixturePool;
  /** Replay one case by its path (with a single operation and phase). */
  readonly replay?: number;
  /** Shrink failures found in generated phases (default true). */
  readonly shrink?: boolean;
  readonly signal?: AbortSignal;
  /** How throttled answers (429, 503, TooManyRequestsException) are retried; default `DEFAULT_RETRY_POLICY`. */
  readonly throttleRetry?: RetryPolicy;
}

export interface EngineOutcome {
  readonly cases: number;
  readonly unimplemented: readonly string[];
  /** Set when the run stopped early: the target went away, or it was interrupted. */
  readonly aborted?: string;
}

/** Wall time all shrinking of a run may take; failures not reached keep their original example. */
const SHRINK_BUDGET_MS = 15_000;

/** After this many connection failures with no response at all, the endpoint is unreachable. */
const UNREACHABLE_AFTER = 3;

/**
 * After this many connection failures in a row, a target that did answer has gone away (killed,
 * crashed). High enough that a hostile target's scattered resets never add up to it by chance.
 */
const GONE_AFTER = 12;

function withoutUnimplementedVerdict(v: Verdict): Verdict {
  return v.check === UNIMPLEMENTED_CHECK ? { check: v.check, status: "notApplicable" } : v;
}

export async function runConformance(opts: EngineOptions): Promise<EngineOutcome> {
  const { service, plan, transports, checks, listener } = opts;
  const unimplemented = new Set<string>();
  const implemented = new Set<string>();
  const failures = new Map<string, { case: RequestCase; check: string; id: string }>();
  let cases = 0;
  let answered = 0;
  let connectionFailures = 0;
  let inARow = 0;
  let aborted: string | undefined;

  function* everyCase(): Generator<RequestCase> {
    for (const name of plan.operations) {
      const op = service.operations.get(name);
      if (!op) continue;
      for (const phase of plan.phases) {
        if (unimplemented.has(name)) break;
        yield* generateCases(op, phase, plan.seed, plan.runs, opts.fixtures, opts.replay);
      }
    }
  }

  const runOne = async (c: RequestCase): Promise<CaseResult | undefined> => {
    const op = service.operations.get(c.operation);
    if (!op || unimplemented.has(c.operation)) return undefined;
    const { request, response, throttled } = await sendCase(op, c, transports, opts.transport ?? "auto", {
      policy: opts.throttleRetry ?? DEFAULT_RETRY_POLICY,
      ...(opts.signal ? { signal: opts.signal } : {}),
    });
    if (response.status === 0 && response.error?.kind === "connection") {
      connectionFailures++;
      inARow++;
    } else {
      answered++;
      inARow = 0;
    }
    if (answered === 0 && connectionFailures >= UNREACHABLE_AFTER)
      aborted ??= `endpoint unreachable: ${response.error?.message ?? "no response"}`;
    if (answered > 0 && inARow >= GONE_AFTER)
      aborted ??= `target stopped answering: ${inARow} connection failures in a row after ${answered} answers (last: ${response.error?.message ?? "no response"})`;
    const looksUnimpl = response.status !== 0 && opts.isUnimplemented(response, { case: c, operation: op });
    if (response.status !== 0 && !looksUnimpl) implemented.add(c.operation);
    // Only a request a client would send decides that an operation is missing: with the valid phase in
    // the plan (it runs first), an odd boundary value that misses the target's route does not.
    const decides = !plan.phases.includes("valid") || c.phase === "valid";
    const isUnimpl = looksUnimpl && decides && !implemented.has(c.operation);
    if (isUnimpl) {
      const first = !unimplemented.has(c.operation);
      unimplemented.add(c.operation);
      if (!first) return undefined;
    }
    const judged = judge({ case: c, response, operation: op, service }, checks, isUnimpl);
    // Where the operation exists, a routing miss is judged as what it is (an untyped 404, an HTML
    // body), not as a missing operation.
    const verdicts = looksUnimpl && !isUnimpl ? judged.map(withoutUnimplementedVerdict) : judged;
    return {
      id: `${c.operation}/${c.phase}/${c.path ?? "0"}`,
      case: c,
      request,
      response,
      verdicts,
      replay: replayLine(c, plan),
      ...(throttled ? { throttled } : {}),
    };
  };

  await pool(
    everyCase(),
    opts.concurrency,
    async (c) => {
      const result = await runOne(c);
      if (!result) return;
      cases++;
      for (const v of result.verdicts) {
        if (v.status !== "fail" || c.phase === "boundary") continue;
        const key = `${c.operation}|${v.check}|${c.violation?.kind ?? "-"}`;
        if (!failures.has(key)) failures.set(key, { case: c, check: v.check, id: result.id });
      }
      await listener.onCase(result);
      listener.onProgress?.(cases, c.operation);
    },
    () => aborted !== undefined || (opts.signal?.aborted ?? false),
  );
  if (opts.signal?.aborted) aborted ??= "interrupted";

  if (!aborted && (opts.shrink ?? true) && opts.replay === undefined) {
    // Shrinking spends requests: it runs in parallel and within one budget for the whole run.
    const deadline = Date.now() + SHRINK_BUDGET_MS;
    const pending = [...failures.values()].filter((f) => !unimplemented.has(f.case.operation));
    await pool(
      pending,
      opts.concurrency,
      async (failure) => {
        const shrunk = await shrinkFailure(failure, { ...opts, runOne, deadline });
        if (!shrunk) return;
        cases++;
        await listener.onCase({ ...shrunk, shrunkFrom: failure.id });
      },
      () => Date.now() > deadline || (opts.signal?.aborted ?? false),
    );
  }
  return { cases, unimplemented: [...unimplemented].sort(), ...(aborted ? { aborted } : {}) };
}

export type { FixturePool, Phase };
