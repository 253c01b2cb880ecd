/**
 * The hostile-target soak: moto behind the fault proxy, the real CLI run against the proxy, and the
 * figures that say whether the suite survived (crashes, hangs, cases without verdict, peak memory, leaks).
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startMoto } from "../../suites/targets/motoTarget.ts";
import type { FaultKind } from "./faultKinds.ts";
import { type FaultCounts, startFaultProxy } from "./faultProxy.ts";
import { watchPeakRss } from "./peakRss.ts";
import { type ResultsTally, readResultsLines } from "./readResultsLines.ts";
import { runCli } from "./runCli.ts";
import { sweepRun } from "./sweepRun.ts";

/** Size and pace of a soak. */
export interface SoakOptions {
  /** `--runs` per operation and phase (5 operations × valid + invalid ≈ 10 × runs cases). */
  readonly runs: number;
  readonly faultRate: number;
  readonly seed: number;
  readonly concurrency: number;
  /** `--timeout`: what the endless body and the stall cost per request. */
  readonly timeoutMs: number;
  /** Wall time after which the CLI counts as hung and is killed. */
  readonly deadlineMs: number;
  readonly kinds?: readonly FaultKind[];
}

/** What a soak measured. */
export interface SoakFigures {
  readonly proxy: FaultCounts;
  readonly faultsInjected: number;
  readonly results: ResultsTally;
  readonly exitCode: number | null;
  readonly crashed: boolean;
  readonly hung: boolean;
  readonly peakRssBytes: number;
  readonly durationMs: number;
  readonly leftovers: string[];
  readonly stderrTail: string;
}

/** Cheap read-only operations whose routes neither fixtures nor teardown use. */
export const SOAK_OPERATIONS = [
  "GetFunction",
  "GetFunctionConfiguration",
  "ListAliases",
  "ListVersionsByFunction",
  "GetAlias",
];

/** Fixture set-up and teardown go through the proxy too; their routes (list, create, delete) are left alone. */
export function faultable(method: string, path: string): boolean {
  return (
    method === "GET" && !/^\/\d{4}-\d\d-\d\d\/(functions|layers)\/?$|\/layers\/[^/]+\/versions\/?$/.test(path)
  );
}

/** A stack trace or an unhandled error on stderr: the suite crashed even if it exited. */
const CRASH = /Uncaught|unhandled|\n\s+at .+:\d+:\d+\)?\n|FATAL ERROR|could not run/i;

/** Runs one soak end to end and always stops what it started. */
export async function runSoak(o: SoakOptions): Promise<SoakFigures> {
  const out = await mkdtemp(join(tmpdir(), "lc-soak-"));
  const moto = await startMoto();
  const proxy = await startFaultProxy({
    target: moto.endpoint,
    faultRate: o.faultRate,
    seed: o.seed,
    eligible: faultable,
    ...(o.kinds ? { kinds: o.kinds } : {}),
  });
  try {
    const run = runCli(
      [
        "run",
        ...["--target", "endpoint", "--endpoint", proxy.endpoint],
        ...["--ops", SOAK_OPERATIONS.join(","), "--phases", "boundary,valid,invalid"],
        ...["--runs", String(o.runs), "--seed", String(o.seed), "--concurrency", String(o.concurrency)],
        ...["--timeout", String(o.timeoutMs), "--no-shrink", "--fail-on", "none", "--out", out],
      ],
      { deadlineMs: o.deadlineMs },
    );
    const rss = watchPeakRss(run.child.pid ?? -1);
    const cli = await run.done;
    const peakRssBytes = await rss.stop();
    const results = await readResultsLines(join(out, "results.json")).catch(
      (e: Error): ResultsTally => ({
        cases: 0,
        withoutVerdict: [`results.json unreadable: ${e.message}`],
        duplicateIds: 0,
        summary: {},
      }),
    );
    const counts = proxy.counts();
    return {
      proxy: counts,
      faultsInjected: Object.values(counts.faults).reduce((a, b) => a + b, 0),
      results,
      exitCode: cli.code,
      crashed: !cli.hung && (!(cli.code === 0 || cli.code === 1) || CRASH.test(cli.stderr)),
      hung: cli.hung,
      peakRssBytes,
      durationMs: cli.ms,
      leftovers: await sweepRun(moto.endpoint),
      stderrTail: cli.stderr.slice(-4000),
    };
  } finally {
    await proxy.close();
    await moto.stop();
    await rm(out, { recursive: true, force: true });
  }
}
