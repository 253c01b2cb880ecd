/**
 * One conformance run from start to finish, for the CLI and the vitest suite alike: start or reach
 * the target, create fixtures, run the engine, and always tear down and stop — also on failure.
 */
import { randomBytes } from "node:crypto";
import type { Check } from "../core/check.ts";
import type { ServiceView } from "../core/serviceView.ts";
import type { RunPlan } from "../suites/engine/plan.ts";
import { type EngineOutcome, type RunListener, runConformance } from "../suites/engine/runConformance.ts";
import type { TransportChoice } from "../suites/engine/sendCase.ts";
import { CreatedResources } from "../suites/resources/createdResources.ts";
import { createFixtures } from "../suites/resources/createFixtures.ts";
import { fixtureClients } from "../suites/resources/fixtureClients.ts";
import type { FixtureSet } from "../suites/resources/fixtureSet.ts";
import { ownResourceOperations } from "../suites/resources/ownResources.ts";
import { casePreparer } from "../suites/resources/prepareCase.ts";
import { type Leftovers, teardownFixtures } from "../suites/resources/teardownFixtures.ts";
import { toFixturePool } from "../suites/resources/toFixturePool.ts";
import { runStateful, type StatefulOutcome } from "../suites/stateful/runStateful.ts";
import { endpointTarget } from "../suites/targets/endpointTarget.ts";
import { startTarget } from "../suites/targets/startTarget.ts";
import type { Target } from "../suites/targets/target.ts";
import { createRawTransport } from "../suites/transports/rawTransport.ts";
import { createSdkTransport } from "../suites/transports/sdkTransport.ts";

export interface SessionOptions {
  readonly service: ServiceView;
  readonly plan: RunPlan;
  readonly checks: readonly Check[];
  /** An emulator of the table (targets/emulators.ts), or "endpoint". */
  readonly target: string;
  readonly endpoint?: string;
  readonly region?: string;
  readonly allowRealAws: boolean;
  readonly roleArn?: string;
  readonly concurrency: number;
  readonly timeoutMs: number;
  readonly transport: TransportChoice;
  readonly replay?: number;
  readonly shrink: boolean;
  readonly signal?: AbortSignal;
}

export interface SessionListener extends RunListener {
  /** Called once the target answers and fixtures exist, before the first case. */
  onStart?(info: { runId: string; target: Target; fixtures: FixtureSet }): void | Promise<void>;
}

export interface SessionOutcome extends EngineOutcome {
  /** Present when the plan has the stateful phase and the target gave it a role. */
  readonly stateful?: StatefulOutcome;
  readonly runId: string;
  readonly target: { name: string; endpoint: string; version?: string };
  readonly fixtures: FixtureSet;
  readonly leftovers: Leftovers;
  /** Resources generated requests created (code signing configs, mappings) that teardown could not delete. */
  readonly undeleted: readonly string[];
}

function reachTarget(o: SessionOptions): Promise<Target> {
  if (o.target !== "endpoint") return startTarget(o.target);
  const url =
    o.endpoint ?? `https://lambda.${o.region ?? process.env.AWS_REGION ?? "us-east-1"}.amazonaws.com`;
  return Promise.resolve(endpointTarget(url, { allowRealAws: o.allowRealAws }));
}

export async function runSession(o: SessionOptions, listener: SessionListener): Promise<SessionOutcome> {
  const runId = randomBytes(4).toString("hex");
  const target = await reachTarget(o);
  const common = {
    endpoint: target.endpoint,
    ...(o.region ? { region: o.region } : {}),
    allowRealAws: o.allowRealAws,
    timeoutMs: o.timeoutMs,
  };
  const sdk = createSdkTransport(common);
  // Signed as the model says (`aws.auth#sigv4` name), so another service's model is signed for that service.
  const raw = createRawTransport({ ...common, signingName: o.service.signingName });
  const clients = fixtureClients(common);
  let fixtures: FixtureSet = { runId, prefix: `lc-${runId}`, skipped: [] };
  let leftovers: Leftovers = { functions: [], layers: [], roles: [] };
  const created = new CreatedResources();
  let undeleted: string[] = [];
  let outcome: EngineOutcome;
  let stateful: StatefulOutcome | undefined;
  // Until the probe is answered nothing was created, and teardown against a silent target would wait
  // out the timeout on every call.
  let reached = false;
  try {
    // One cheap request first: an endpoint that does not answer is "could not run", not 66 failures.
    const probe = await raw.send({ method: "GET", path: "/" });
    if (probe.status === 0 && probe.error && probe.error.kind !== "tooLarge")
      throw new Error(
        probe.error.kind === "timeout"
          ? `target ${target.endpoint} stalled: it accepts connections but sent no answer (${probe.error.message})`
          : `endpoint ${target.endpoint} unreachable: ${probe.error.message}`,
      );
    reached = true;
    const planned = new Set(o.plan.operations);
    fixtures = await createFixtures(clients, runId, {
      ...(o.roleArn ? { roleArn: o.roleArn } : {}),
      ownFor: ownResourceOperations(o.service).filter((op) => planned.has(op)),
      // Provisioned concurrency is billed on AWS; without --allow-real-aws every request stays on loopback.
      costly: !o.allowRealAws,
    });
    await listener.onStart?.({ runId, target, fixtures });
    outcome = await runConformance({
      service: o.service,
      plan: o.plan,
      transports: { sdk, raw, prepare: casePreparer(clients.lambda, fixtures) },
      checks: o.checks,
      listener: {
        ...listener,
        onCase: (r) => {
          created.note(r);
          return listener.onCase(r);
        },
      },
      concurrency: o.concurrency,
      transport: o.transport,
      fixtures: toFixturePool(fixtures),
      shrink: o.shrink,
      ...(o.replay === undefined ? {} : { replay: o.replay }),
      ...(o.signal ? { signal: o.signal } : {}),
    });
    const roleArn = fixtures.roleArn;
    if (o.plan.phases.includes("stateful") && roleArn && !outcome.aborted && !o.signal?.aborted) {
      stateful = await runStateful({
        service: o.service,
        transports: { sdk, raw },
        checks: o.checks,
        seed: o.plan.seed,
        runs: o.plan.runs,
        ...(o.plan.model === undefined ? {} : { model: o.plan.model }),
        prefix: `${fixtures.prefix}-st`,
        roleArn,
        onCase: (r) => {
          created.note(r);
          return listener.onCase(r);
        },
        ...(o.signal ? { signal: o.signal } : {}),
      });
      outcome = {
        ...outcome,
        cases: outcome.cases + stateful.commandsRun,
        unimplemented: [...new Set([...outcome.unimplemented, ...stateful.unimplemented])].sort(),
        ...(stateful.aborted ? { aborted: stateful.aborted } : {}),
      };
    }
  } finally {
    if (reached) {
      undeleted = await created.deleteAll(clients.lambda);
      leftovers = await teardownFixtures(clients, fixtures.prefix).catch(() => leftovers);
    }
    sdk.close();
    raw.close();
    clients.close();
    await target.stop();
  }
  return {
    ...outcome,
    runId,
    target: describeTarget(target),
    fixtures,
    leftovers,
    undeleted,
    ...(stateful ? { stateful } : {}),
  };
}

function describeTarget(t: Target): SessionOutcome["target"] {
  return { name: t.name, endpoint: t.endpoint, ...(t.version ? { version: t.version } : {}) };
}
