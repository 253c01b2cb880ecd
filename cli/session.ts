/**
 * One conformance run from start to finish, for the CLI and the vitest suite alike: start or reach
 * the target, open the session (openSession.ts: fixtures), run the phases (runPhases.ts), and always
 * close it (teardown, stop) — also on failure.
 */
import { randomBytes } from "node:crypto";
import type { RunListener } from "../suites/engine/runConformance.ts";
import type { FixtureSet } from "../suites/resources/fixtureSet.ts";
import type { Leftovers } from "../suites/resources/teardownFixtures.ts";
import { type AccountMode, accountMode } from "../suites/safety/accountMode.ts";
import type { GuardTally } from "../suites/safety/ownershipGuard.ts";
import { endpointTarget } from "../suites/targets/endpointTarget.ts";
import { startTarget } from "../suites/targets/startTarget.ts";
import type { Target } from "../suites/targets/target.ts";
import { type OpenOptions, openSession } from "./openSession.ts";
import type { RunArgs } from "./runArgs.ts";
import { type PhaseOptions, type PhasesOutcome, runPhases } from "./runPhases.ts";

/**
 * A whole run's options: the phases', the session's, and which target to reach (all from `RunArgs`);
 * `--account` declares the mode (unset: a started target is `owned`, an endpoint `shared`).
 */
export type SessionOptions = PhaseOptions &
  Omit<OpenOptions, "account"> &
  Pick<RunArgs, "target" | "endpoint" | "account">;

export interface SessionListener extends RunListener {
  /** Called once the target answers and fixtures exist, before the first case. */
  onStart?(info: {
    runId: string;
    target: Target;
    fixtures: FixtureSet;
    account: AccountMode;
  }): void | Promise<void>;
}

export type SessionOutcome = PhasesOutcome & {
  readonly runId: string;
  readonly target: { name: string; endpoint: string; version?: string };
  readonly fixtures: FixtureSet;
  readonly leftovers: Leftovers;
  /** Resources generated requests created (code signing configs, mappings) that teardown could not delete. */
  readonly undeleted: readonly string[];
  readonly account: AccountMode;
  /** On a shared account: the guard's reads and refusals. */
  readonly guard?: GuardTally;
};

function reachTarget(o: SessionOptions): Promise<Target> {
  if (o.target !== "endpoint") return startTarget(o.target);
  const url =
    o.endpoint ?? `https://lambda.${o.region ?? process.env.AWS_REGION ?? "us-east-1"}.amazonaws.com`;
  return Promise.resolve(endpointTarget(url, { allowRealAws: o.allowRealAws }));
}

export async function runSession(o: SessionOptions, listener: SessionListener): Promise<SessionOutcome> {
  const account = accountMode(o.target !== "endpoint", o.account);
  const session = await openSession({ ...o, account }, await reachTarget(o), randomBytes(4).toString("hex"));
  let outcome: PhasesOutcome;
  try {
    const { runId, target, fixtures } = session;
    await listener.onStart?.({ runId, target, fixtures, account });
    outcome = await runPhases(session, o, listener);
  } catch (e) {
    await session.close();
    throw e;
  }
  // Closing deletes what the run made, tears the fixtures down and stops the target.
  const closed = await session.close();
  return {
    ...outcome,
    runId: session.runId,
    target: describeTarget(session.target),
    fixtures: session.fixtures,
    ...closed,
    account,
    guard: session.guard?.tally(),
  };
}

function describeTarget(t: Target): SessionOutcome["target"] {
  return { name: t.name, endpoint: t.endpoint, ...(t.version ? { version: t.version } : {}) };
}
