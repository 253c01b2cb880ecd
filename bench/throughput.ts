/**
 * Parts 1–3 of issue #8: raw replay and suite passes over one plan against fresh moto instances,
 * alternated `repeat` times; the median pass of each kind is reported.
 */
import type { ServiceView } from "../core/serviceView.ts";
import type { RunPlan } from "../suites/engine/plan.ts";
import type { TransportChoice } from "../suites/engine/sendCase.ts";
import { medianBy } from "./median.ts";
import { type Metered, meter } from "./meter.ts";
import { type MotoSession, startMotoSession } from "./motoSession.ts";
import { prepareRequests, replay } from "./replay.ts";
import { suitePass } from "./suitePass.ts";

/** One measured pass: requests sent, what it cost node, and moto's CPU over the same span. */
export interface Pass extends Metered {
  readonly requests: number;
  readonly cases?: number;
  /** The suite's set-up requests (case preparations), sent besides `requests`. */
  readonly setUp?: number;
  readonly motoCpuMs: number;
  readonly rate: number;
}

/** A median pass, and the range of rates over the repeats. */
export type Measured = Pass & { readonly range: readonly [number, number] };

/** The median passes of each kind, and the moto version measured. */
export interface Throughput {
  readonly replay: Measured;
  readonly suite: Measured;
  /** The suite with `--transport raw`: valid cases too go raw, not through the SDK. */
  readonly suiteRaw: Measured;
  readonly motoVersion?: string;
  /** The cases the first suite pass reported, by id. */
  readonly ids: ReadonlySet<string>;
}

/** Runs `prepare` (not measured), then `work` (measured) against a fresh moto, and stops moto. */
async function pass<P, V extends { requests: number; cases?: number }>(
  service: ServiceView,
  plan: RunPlan,
  prepare: (moto: MotoSession) => P,
  work: (moto: MotoSession, prepared: P) => Promise<V>,
): Promise<Pass & V & { motoVersion?: string }> {
  const moto = await startMotoSession(service, plan);
  try {
    const prepared = prepare(moto);
    const before = moto.cpuMs() ?? Number.NaN;
    const { value, cost } = await meter(() => work(moto, prepared));
    const motoCpuMs = (moto.cpuMs() ?? Number.NaN) - before;
    return {
      ...cost,
      ...value,
      motoCpuMs,
      rate: (value.requests * 1000) / cost.wallMs,
      ...(moto.version ? { motoVersion: moto.version } : {}),
    };
  } finally {
    await moto.stop();
  }
}

/** The median pass by rate, with the lowest and highest rate of its kind. */
const median = (passes: Pass[]): Measured => medianBy(passes, (p) => p.rate);

/**
 * A suite pass first, which decides the cases (the engine skips the rest of an operation the target
 * lacks); then replay and suite passes alternate, the replay sending exactly the suite's cases.
 */
export async function measureThroughput(
  service: ServiceView,
  plan: RunPlan,
  opts: { concurrency: number; repeat: number; log: (line: string) => void },
): Promise<Throughput> {
  const replays: Pass[] = [];
  const suites: Pass[] = [];
  const suitesRaw: Pass[] = [];
  let ids: ReadonlySet<string> | undefined;
  let motoVersion: string | undefined;
  // A suite pass has nothing to prepare: the engine generates as it goes, and that is measured.
  const suiteOnly = (transport: TransportChoice) =>
    pass(
      service,
      plan,
      () => undefined,
      (moto) => suitePass(moto, service, plan, { concurrency: opts.concurrency, shrink: false, transport }),
    );
  const suite = async (i: number) => {
    const s = await suiteOnly("auto");
    ids ??= s.ids;
    motoVersion = s.motoVersion;
    suites.push(s);
    opts.log(`suite ${i}/${opts.repeat}: ${s.requests} requests, ${s.rate.toFixed(0)} req/s`);
  };
  await suite(1);
  for (let i = 1; i <= opts.repeat; i++) {
    // Generated and serialized before the clock starts, from the same fixtures the suite gets.
    const r = await pass(
      service,
      plan,
      (moto) => prepareRequests(service, plan, moto.fixtures, ids),
      async (moto, prepared) => ({ requests: await replay(moto.endpoint, prepared, opts.concurrency) }),
    );
    replays.push(r);
    opts.log(`replay ${i}/${opts.repeat}: ${r.requests} requests, ${r.rate.toFixed(0)} req/s`);
    if (i > 1) await suite(i);
    const sr = await suiteOnly("raw");
    suitesRaw.push(sr);
    opts.log(
      `suite --transport raw ${i}/${opts.repeat}: ${sr.requests} requests, ${sr.rate.toFixed(0)} req/s`,
    );
  }
  return {
    replay: median(replays),
    suite: median(suites),
    suiteRaw: median(suitesRaw),
    ids: ids ?? new Set(),
    ...(motoVersion ? { motoVersion } : {}),
  };
}
