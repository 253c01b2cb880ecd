/** Drives createReporters over the sample run into a fresh temp directory, as the engine would. */
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { CaseResult } from "../../core/caseResult.ts";
import { createReporters, type ReporterOptions, type RunOutcome } from "../../reports/createReporters.ts";
import type { RunMeta } from "../../reports/reporter.ts";
import { sampleCases, sampleMeta } from "./sampleRun.ts";

/** Output directory and outcome of one sample run. */
export interface SampleRun {
  readonly outDir: string;
  readonly outcome: RunOutcome;
}

/** Runs `cases` (default: the sample run) through every reporter. */
export async function runSample(
  opts: ReporterOptions & { outDir?: string; meta?: RunMeta; cases?: readonly CaseResult[] } = {},
): Promise<SampleRun> {
  const outDir = opts.outDir ?? (await mkdtemp(join(tmpdir(), "lc-reports-")));
  const reporter = createReporters(outDir, opts);
  await reporter.onRunStart(opts.meta ?? sampleMeta());
  for (const c of opts.cases ?? sampleCases()) await reporter.onCase(c);
  await reporter.onRunEnd({
    exitReason: "completed",
    unimplementedOperations: ["PutFunctionConcurrency"],
    finishedAt: "2026-11-25T14:52:00.000Z",
  });
  const outcome = reporter.outcome();
  if (!outcome) throw new Error("no outcome after onRunEnd");
  return { outDir, outcome };
}
