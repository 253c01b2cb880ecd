/**
 * A fresh moto with the run's fixtures, for one measured pass: every pass starts from the same state
 * (same run id, so the same fixture names and the same generated cases).
 */
import { readFileSync } from "node:fs";
import type { FixturePool } from "../generators/FixturePool.ts";
import { createFixtures } from "../suites/resources/createFixtures.ts";
import { fixtureClients } from "../suites/resources/fixtureClients.ts";
import { toFixturePool } from "../suites/resources/toFixturePool.ts";
import { startMoto } from "../suites/targets/motoTarget.ts";

/** The bench's fixed run id: fixture names, and so the generated cases, are the same in every pass. */
export const BENCH_RUN_ID = "bench001";

/** A started moto, its endpoint and fixture pool; `stop` tears it down. */
export interface MotoSession {
  readonly endpoint: string;
  readonly fixtures: FixturePool;
  readonly version?: string;
  /** moto's CPU time so far (ms), where /proc tells it. */
  cpuMs(): number | undefined;
  stop(): Promise<void>;
}

/** User + system CPU of a process so far, in ms, from /proc (Linux); undefined elsewhere. */
export function processCpuMs(pid: number): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, "utf8").split(") ")[1]?.split(" ") ?? [];
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? ticks * 10 : undefined;
  } catch {
    return undefined;
  }
}

/** Starts moto on a free loopback port and creates the fixtures the suite would. */
export async function startMotoSession(): Promise<MotoSession> {
  const target = await startMoto();
  const clients = fixtureClients({ endpoint: target.endpoint });
  try {
    const set = await createFixtures(clients, BENCH_RUN_ID);
    if (set.skipped.length > 0) console.error(`bench: fixtures not created: ${set.skipped.join("; ")}`);
    return {
      endpoint: target.endpoint,
      fixtures: toFixturePool(set),
      ...(target.version ? { version: target.version } : {}),
      cpuMs: () => processCpuMs(target.pid),
      stop: () => target.stop(),
    };
  } catch (e) {
    await target.stop();
    throw e;
  } finally {
    clients.close();
  }
}
