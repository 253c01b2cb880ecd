/**
 * Issue #25: the whole default run (fixtures, every phase, shrinking, teardown) against a raw replay of
 * every request that run sent. One recording pass through a proxy collects the requests; then timed
 * suite passes (straight to a fresh moto, as the CLI runs) alternate with replays of the recording at the
 * suite's concurrency (straight to another fresh moto, nothing judged or written).
 */
import http from "node:http";
import { openSession } from "../cli/openSession.ts";
import type { ServiceView } from "../core/serviceView.ts";
import type { RunPlan } from "../suites/engine/plan.ts";
import { pool } from "../suites/engine/pool.ts";
import { startMoto } from "../suites/targets/motoTarget.ts";
import { type ForwardedRequest, forward } from "../testkit/reliability/upstream.ts";
import { medianBy } from "./median.ts";
import { type Metered, meter } from "./meter.ts";
import { BENCH_RUN_ID } from "./motoSession.ts";
import { startRecordingProxy } from "./recordingProxy.ts";
import { suitePass } from "./suitePass.ts";

export interface FullRunReplay {
  readonly requests: number;
  readonly cases: number;
  /** Median passes by wall time, with the range over the repeats. */
  readonly suite: Metered & { readonly range: readonly [number, number] };
  readonly replay: Metered & { readonly range: readonly [number, number] };
}

/** One suite pass from opening the session (fixtures) to closing it (teardown); with `record`, through a recording proxy. */
async function fullPass(
  service: ServiceView,
  plan: RunPlan,
  concurrency: number,
  record?: ForwardedRequest[],
): Promise<{ cost: Metered; cases: number }> {
  const target = await startMoto();
  const proxy = record ? await startRecordingProxy(target.endpoint) : undefined;
  try {
    const { value, cost } = await meter(async () => {
      const session = await openSession(
        { service, plan, allowRealAws: false, timeoutMs: 30_000 },
        proxy ? { ...target, endpoint: proxy.endpoint } : target,
        BENCH_RUN_ID,
      );
      try {
        return await suitePass({ session, endpoint: proxy?.endpoint ?? target.endpoint }, service, plan, {
          concurrency,
          shrink: true,
        });
      } finally {
        await session.close();
      }
    });
    if (proxy && record) record.push(...proxy.recorded);
    return { cost, cases: value.cases };
  } finally {
    await proxy?.close();
    await target.stop();
  }
}

/** Sends the recorded requests to a fresh moto at `concurrency`, in recorded order, answers read and dropped. */
async function replayPass(requests: readonly ForwardedRequest[], concurrency: number): Promise<Metered> {
  const target = await startMoto();
  const agent = new http.Agent({ keepAlive: true });
  try {
    const upstream = new URL(target.endpoint);
    const { cost } = await meter(() =>
      pool(requests, concurrency, async (r) => {
        await forward(upstream, r, agent).catch(() => undefined);
      }),
    );
    return cost;
  } finally {
    agent.destroy();
    await target.stop();
  }
}

const median = (passes: Metered[]) => medianBy(passes, (p) => p.wallMs);

export async function measureFullRunReplay(
  service: ServiceView,
  plan: RunPlan,
  opts: { concurrency: number; repeat: number; log: (line: string) => void },
): Promise<FullRunReplay> {
  const recorded: ForwardedRequest[] = [];
  const { cases } = await fullPass(service, plan, opts.concurrency, recorded);
  opts.log(`full run recorded: ${cases} cases, ${recorded.length} requests`);
  const suites: Metered[] = [];
  const replays: Metered[] = [];
  for (let i = 1; i <= opts.repeat; i++) {
    const s = await fullPass(service, plan, opts.concurrency);
    suites.push(s.cost);
    const r = await replayPass(recorded, opts.concurrency);
    replays.push(r);
    opts.log(
      `full run ${i}/${opts.repeat}: suite ${(s.cost.wallMs / 1000).toFixed(1)} s, replay ${(r.wallMs / 1000).toFixed(1)} s`,
    );
  }
  return { requests: recorded.length, cases, suite: median(suites), replay: median(replays) };
}
