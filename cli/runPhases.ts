/** The cases of one run over an open session: the engine's phases, then the stateful and protocol phases when planned. */
import type { RunChoices } from "../suites/engine/runChoices.ts";
import { type EngineOutcome, type RunListener, runConformance } from "../suites/engine/runConformance.ts";
import type { Transports } from "../suites/engine/sendCase.ts";
import { PROBE_CHECKS, runProtocol } from "../suites/protocol/runProtocol.ts";
import { toFixturePool } from "../suites/resources/toFixturePool.ts";
import type { StatefulOutcome } from "../suites/stateful/runStateful.ts";
import type { OpenSession } from "./openSession.ts";

/** What a run chooses for its phases (transport and shrink decided by the CLI); `runPhases` adds the session's transports, listener and fixtures. */
export type PhaseOptions = RunChoices & Required<Pick<RunChoices, "transport" | "shrink">>;

export type PhasesOutcome = EngineOutcome & {
  /** Present when the plan has the stateful phase and the target gave it a role. */
  readonly stateful?: StatefulOutcome;
};

/**
 * Runs the plan against `session`, noting what successful creations made so `close` deletes it.
 * `transports` (the SDK and raw ones) default to the session's; the benchmarks pass them wrapped to count
 * requests. The guard, when the account is shared, is always the session's.
 */
export async function runPhases(
  session: OpenSession,
  o: PhaseOptions,
  listener: RunListener,
  transports: Pick<Transports, "sdk" | "raw"> = session.transports,
): Promise<PhasesOutcome> {
  // The probe checks judge only protocol cases; elsewhere they would add a notApplicable to every verdict list.
  const caseChecks = o.checks.filter((c) => !PROBE_CHECKS.has(c.name));
  const onCase: RunListener["onCase"] = (judged) => {
    const r = session.wing.blockOnEnvironment?.(judged, session.fixtures.inactive) ?? judged;
    session.created.note(r);
    return listener.onCase(r);
  };
  const fixtures = toFixturePool(session.fixtures);
  let outcome: PhasesOutcome = await runConformance({
    ...o,
    // The protocol phase runs last, on its own transport (runProtocol).
    plan: { ...o.plan, phases: o.plan.phases.filter((p) => p !== "protocol") },
    transports: {
      ...transports,
      preparer: session.wing.casePreparer?.(session.clients, session.fixtures, session.guard?.ownedBy),
      guard: session.guard,
    },
    checks: caseChecks,
    listener: { ...listener, onCase },
    fixtures,
    // The wing's names and quotas say which writes may run side by side; without them writes go in order.
    lanes: session.wing.lanes,
  });
  outcome = await statefulPhase(session, { ...o, checks: caseChecks }, outcome, onCase, transports);
  if (!o.plan.phases.includes("protocol") || outcome.aborted || o.signal?.aborted) return outcome;
  const protocol = await runProtocol({ ...o, ...session.protocol, onCase, fixtures, guard: session.guard });
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
  transports: Pick<Transports, "sdk" | "raw">,
): Promise<PhasesOutcome> {
  let outcome = engine;
  const roleArn = session.fixtures.roleArn;
  const runStateful = session.wing.runStateful;
  if (!o.plan.phases.includes("stateful") || !runStateful || !roleArn || outcome.aborted || o.signal?.aborted)
    return outcome;
  const stateful = await runStateful({
    ...o,
    transports: { ...transports, guard: session.guard },
    seed: o.plan.seed,
    runs: o.plan.runs,
    model: o.plan.model,
    prefix: `${session.fixtures.prefix}-st`,
    roleArn,
    onCase,
  });
  outcome = {
    ...outcome,
    cases: outcome.cases + stateful.commandsRun,
    unimplemented: [...new Set([...outcome.unimplemented, ...stateful.unimplemented])].sort(),
    ...(stateful.aborted ? { aborted: stateful.aborted } : {}),
  };
  return { ...outcome, stateful };
}
