/**
 * A fresh moto with the run's fixtures, for one measured pass: the CLI's own session (cli/openSession.ts)
 * over a moto the bench started itself, for its pid. Every pass starts from the same state (same run id,
 * so the same fixture names and the same generated cases).
 */
import { readFileSync } from "node:fs";
import { type OpenSession, openSession } from "../cli/openSession.ts";
import type { ServiceView } from "../core/serviceView.ts";
import type { FixturePool } from "../generators/FixturePool.ts";
import type { RunPlan } from "../suites/engine/plan.ts";
import { toFixturePool } from "../suites/resources/toFixturePool.ts";
import { startMoto } from "../suites/targets/motoTarget.ts";

/** The bench's fixed run id: fixture names, and so the generated cases, are the same in every pass. */
export const BENCH_RUN_ID = "bench001";

/** A started moto, its open session and fixture pool; `stop` closes the session (teardown, stop). */
export interface MotoSession {
  readonly session: OpenSession;
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

/** Starts moto on a free loopback port and opens the session the CLI would for `plan`. */
export async function startMotoSession(service: ServiceView, plan: RunPlan): Promise<MotoSession> {
  const target = await startMoto();
  const session = await openSession(
    { service, plan, allowRealAws: false, timeoutMs: 30_000 },
    target,
    BENCH_RUN_ID,
  );
  const { skipped } = session.fixtures;
  if (skipped.length > 0) console.error(`bench: fixtures not created: ${skipped.join("; ")}`);
  return {
    session,
    endpoint: target.endpoint,
    fixtures: toFixturePool(session.fixtures),
    ...(target.version ? { version: target.version } : {}),
    cpuMs: () => processCpuMs(target.pid),
    stop: async () => {
      await session.close();
    },
  };
}
