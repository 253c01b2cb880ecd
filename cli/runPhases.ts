/** The cases of one run over an open session: the engine's phases, then the stateful and protocol phases when planned. */
import {
  type EngineOptions,
  type EngineOutcome,
  type RunListener,
  runConformance,
} from "../suites/engine/runConformance.ts";
import type { Transports } from "../suites/engine/sendCase.ts";
import { PROBE_CHECKS, runProtocol } from "../suites/protocol/runProtocol.ts";
import { blockOnEnvironment } from "../suites/resources/environmentBlock.ts";
import { LAMBDA_LANES } from "../suites/resources/lambdaLanes.ts";
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
  // The probe checks judge only protocol cases; elsewhere they would add a notApplicable to every verdict list.
  const caseChecks = o.checks.filter((c) => !PROBE_CHECKS.has(c.name));
  const onCase: RunListener["onCase"] = (judged) => {
    const r = blockOnEnvironment(judged, session.fixtures.inactive);
    session.created.note(r);
    return listener.onCase(r);
  };
  let outcome: PhasesOutcome = await runConformance({
    service: o.service,
    // The protocol phase runs last, on its own transport (runProtocol).
    plan: { ...o.plan, phases: o.plan.phases.filter((p) => p !== "protocol") },
    transports: {
      ...transports,
      prepare: casePreparer(session.clients.lambda, session.fixtures, session.guard?.ownedBy),
      ...(session.guard ? { guard: session.guard } : {}),
    },
    checks: caseChecks,
    listener: { ...listener, onCase },
    concurrency: o.concurrency,
    transport: o.transport,
    fixtures: toFixturePool(session.fixtures),
    shrink: o.shrink,
    // Lambda's names and quotas say which writes may run side by side; another service's writes go in order.
    ...(o.service.signingName === "lambda" ? { lanes: LAMBDA_LANES } : {}),
    ...(o.replay === undefined ? {} : { replay: o.replay }),
    ...(o.signal ? { signal: o.signal } : {}),
  });
  outcome = await statefulPhase(session, { ...o, checks: caseChecks }, outcome, onCase, transports);
  if (!o.plan.phases.includes("protocol") || outcome.aborted || o.signal?.aborted) return outcome;
  const protocol = await runProtocol({
    ...session.protocol,
    service: o.service,
    plan: o.plan,
    checks: o.checks,
    onCase,
    fixtures: toFixturePool(session.fixtures),
    concurrency: o.concurrency,
    ...(session.guard ? { guard: session.guard } : {}),
    ...(o.replay === undefined ? {} : { replay: o.replay }),
    ...(o.signal ? { signal: o.signal } : {}),
  });
  return {
    ...outcome,
    cases: outcome.cases + protocol.cases,
    ...(protocol.aborted ? { aborted: protocol.aborted } : {}),
  };
}

/** The stateful phase after the engine's, when planned and the target gave the fixtures a role. */
async function statefulPhase(
  session: OpenSession,
  o: PhaseOptions,
  engine: EngineOutcome,
  onCase: RunListener["onCase"],
  transports: Omit<Transports, "prepare">,
): Promise<PhasesOutcome> {
  let outcome = engine;
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
