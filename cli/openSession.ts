/**
 * The first and last part of a run, apart from the cases: over a started target, the transports and
 * fixture clients, the probe, the fixtures; and at the end, deleting what the run made and stopping.
 * `runSession` runs cases between the two; the benchmarks measure just that middle part.
 */
import type { Transports } from "../suites/engine/sendCase.ts";
import type { SigningContext } from "../suites/protocol/signingContext.ts";
import { CreatedResources } from "../suites/resources/createdResources.ts";
import { createFixtures, type FixtureClients } from "../suites/resources/createFixtures.ts";
import { fixtureClients } from "../suites/resources/fixtureClients.ts";
import { type FixtureSet, fixturePrefix } from "../suites/resources/fixtureSet.ts";
import { type Leftovers, teardownFixtures } from "../suites/resources/teardownFixtures.ts";
import type { AccountMode } from "../suites/safety/accountMode.ts";
import { readOnlyFixtures } from "../suites/safety/readOnlyPlan.ts";
import { type SessionGuard, sessionGuard } from "../suites/safety/sessionGuard.ts";
import type { Target } from "../suites/targets/target.ts";
import { resolveClientConfig } from "../suites/transports/clientConfig.ts";
import { defaultCredentials } from "../suites/transports/defaultCredentials.ts";
import { createRawTransport, type RawTransport } from "../suites/transports/rawTransport.ts";
import { createSdkTransport } from "../suites/transports/sdkTransport.ts";
import type { ServiceWing } from "../suites/wing/serviceWing.ts";
import { wingFor } from "../suites/wing/wingFor.ts";
import type { RunArgs } from "./runArgs.ts";
import type { PhaseOptions } from "./runPhases.ts";

/** What opening needs: the plan (its operations decide which own resources the fixtures make) and the target's run options. */
export type OpenOptions = Pick<PhaseOptions, "service" | "plan"> &
  Pick<RunArgs, "region" | "allowRealAws" | "roleArn" | "timeoutMs"> & {
    /** Default `owned`: `shared` turns the ownership guard on (suites/safety/). */
    readonly account?: AccountMode;
    /** Creates no fixtures and deletes nothing: the plan holds only reads. */
    readonly readOnly?: boolean;
  };

/** A reached target with its fixtures, ready for cases. */
export interface OpenSession {
  readonly runId: string;
  readonly target: Target;
  /** What the suite knows of the model's service beyond the model (suites/wing/): its tables and preparations. */
  readonly wing: ServiceWing;
  /** The transports under test (without `prepare`, which `runPhases` adds). */
  readonly transports: Omit<Transports, "preparer">;
  readonly clients: FixtureClients;
  readonly fixtures: FixtureSet;
  /** What generated requests created under names the run did not choose; `close` deletes it. */
  readonly created: CreatedResources;
  /** On a shared account: what refuses cases that could change what the run does not own. */
  readonly guard?: SessionGuard;
  /** The protocol phase's transport, which signs nothing itself, and what its probes sign with. */
  readonly protocol: { readonly transport: RawTransport; readonly signing: SigningContext };
  /** Deletes what the run made, closes every client and stops the target; never throws for teardown. */
  close(): Promise<{ leftovers: Leftovers; undeleted: string[] }>;
}

/** Probes `target` and creates the fixtures; on failure everything is released before the error is thrown. */
export async function openSession(o: OpenOptions, target: Target, runId: string): Promise<OpenSession> {
  const common = {
    endpoint: target.endpoint,
    ...(o.region ? { region: o.region } : {}),
    allowRealAws: o.allowRealAws,
    timeoutMs: o.timeoutMs,
  };
  const sdk = createSdkTransport(common);
  // Signed as the model says (`aws.auth#sigv4` name), so another service's model is signed for that service.
  const raw = createRawTransport({ ...common, signingName: o.service.signingName });
  const unsigned = createRawTransport({ ...common, unsigned: true });
  const config = resolveClientConfig(common);
  const signing: SigningContext = {
    endpoint: target.endpoint,
    region: config.region,
    credentials: config.credentials ?? defaultCredentials(),
    signingName: o.service.signingName,
  };
  const clients = fixtureClients(common);
  const prefix = fixturePrefix(runId);
  const created = new CreatedResources();
  // Until the probe is answered nothing was created, and teardown against a silent target would wait
  // out the timeout on every call.
  let reached = false;
  // Shared account: set once the fixtures are in the ledger; teardown then deletes only what it holds.
  let guard: SessionGuard | undefined;
  const close = async (): Promise<{ leftovers: Leftovers; undeleted: string[] }> => {
    let leftovers: Leftovers = { functions: [], layers: [], roles: [] };
    let undeleted: string[] = [];
    try {
      if (reached && !o.readOnly) {
        const untouched: string[] = [];
        undeleted = await created.deleteAll(clients.lambda, guard?.ownedBy, untouched);
        leftovers = await teardownFixtures(clients, prefix, guard?.ownedBy).catch(() => leftovers);
        if (guard) leftovers = { ...leftovers, untouched: [...untouched, ...(leftovers.untouched ?? [])] };
      }
    } finally {
      sdk.close();
      raw.close();
      unsigned.close();
      clients.close();
      await target.stop();
    }
    return { leftovers, undeleted };
  };
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
    const planned = new Set(o.plan.wholeRun ?? o.plan.operations);
    const protocol = { transport: unsigned, signing };
    const wing = wingFor(o.service);
    const base = { runId, target, wing, transports: { sdk, raw }, clients, created, protocol, close };
    if (o.readOnly) return { ...base, fixtures: readOnlyFixtures(runId) };
    const fixtures = await createFixtures(clients, runId, {
      ...(o.roleArn ? { roleArn: o.roleArn } : {}),
      ownFor: wing.ownResourceOperations(o.service).filter((op) => planned.has(op)),
      creates: wing.creates,
      // Provisioned concurrency is billed on AWS; without --allow-real-aws every request stays on loopback.
      costly: !o.allowRealAws,
    });
    guard = o.account === "shared" ? sessionGuard(clients.lambda, fixtures) : undefined;
    return { ...base, fixtures, guard };
  } catch (e) {
    await close();
    throw e;
  }
}
