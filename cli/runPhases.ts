/** The cases of one run over an open session: the engine's phases, then the stateful phase when planned. */
import {
  type EngineOptions,
  type EngineOutcome,
  type RunListener,
  runConformance,
} from "../suites/engine/runConformance.ts";
import type { Transports } from "../suites/engine/sendCase.ts";
import { casePreparer } from "../suites/resources/prepareCase.ts";
import { toFixturePool } from "../suites/resources/toFixturePool.ts";
import { runStateful, type StatefulOutcome } from "../suites/stateful/runStateful.ts";
import type { OpenSession } from "./openSession.ts";

/** The engine's options a run chooses; `runPhases` adds the session's transports, listener and fixtures. */
export type PhaseOptions = Pick<
  EngineOptions,
  "service" | "plan" | "checks" | "concurrency" | "replay" | "signal"
> &
  Required<Pick<EngineOptions, "transport" | "shrink">>;

export type PhasesOutcome = EngineOutcome & {
  /** Present when the plan has the stateful phase and the target gave it a role. */
  readonly stateful?: StatefulOutcome;
};

/**
 * Runs the plan against `session`, noting what successful creations made so `close` deletes it.
 * `transports` defaults to the session's; the benchmarks pass them wrapped to count requests.
 */
export async function runPhases(
  session: OpenSession,
  o: PhaseOptions,
  listener: RunListener,
  transports: Omit<Transports, "prepare"> = session.transports,
): Promise<PhasesOutcome> {
  const onCase: RunListener["onCase"] = (r) => {
    session.created.note(r);
    return listener.onCase(r);
  };
  let outcome: EngineOutcome = await runConformance({
    service: o.service,
    plan: o.plan,
    transports: {
      ...transports,
      prepare: casePreparer(session.clients.lambda, session.fixtures),
      ...(session.guard ? { guard: session.guard } : {}),
    },
    checks: o.checks,
    listener: { ...listener, onCase },
    concurrency: o.concurrency,
    transport: o.transport,
    fixtures: toFixturePool(session.fixtures),
    shrink: o.shrink,
    ...(o.replay === undefined ? {} : { replay: o.replay }),
    ...(o.signal ? { signal: o.signal } : {}),
  });
  const roleArn = session.fixtures.roleArn;
  if (!o.plan.phases.includes("stateful") || !roleArn || outcome.aborted || o.signal?.aborted) return outcome;
  const stateful = await runStateful({
    service: o.service,
    transports: session.guard ? { ...transports, guard: session.guard } : transports,
    checks: o.checks,
    seed: o.plan.seed,
    runs: o.plan.runs,
    ...(o.plan.model === undefined ? {} : { model: o.plan.model }),
    prefix: `${session.fixtures.prefix}-st`,
    roleArn,
    onCase,
    ...(o.signal ? { signal: o.signal } : {}),
  });
  outcome = {
    ...outcome,
    cases: outcome.cases + stateful.commandsRun,
    unimplemented: [...new Set([...outcome.unimplemented, ...stateful.unimplemented])].sort(),
    ...(stateful.aborted ? { aborted: stateful.aborted } : {}),
  };
  return { ...outcome, stateful };
}
