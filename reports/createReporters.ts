/** Fans the engine's event stream out to every report writer under `--out`, and applies the regression gate. */
import { join } from "node:path";
import type { CaseResult } from "../core/caseResult.ts";
import type { Finding } from "../core/finding.ts";
import { writeFileAtomic } from "./atomicWrite.ts";
import { toCaseRecord } from "./caseRecord.ts";
import { diffAgainstBaseline, type FailOn, gateExitCode } from "./diffFindings.ts";
import { FindingAccumulator } from "./findingAccumulator.ts";
import { renderHtml } from "./htmlReporter.ts";
import { ResultsJsonWriter } from "./jsonReporter.ts";
import { renderJunit } from "./junitReporter.ts";
import { renderMarkdown } from "./markdownReporter.ts";
import type { Reporter, RunEnd, RunMeta, RunSummary } from "./reporter.ts";
import type { FindingsDiff, ReportData, ResultsDoc } from "./resultsDoc.ts";

/** The rendered reports: file name → renderer over findings and counts (results.json is streamed apart). */
export const RENDERERS: readonly (readonly [string, (data: ReportData) => string])[] = [
  ["junit.xml", renderJunit],
  ["report.md", renderMarkdown],
  ["report.html", renderHtml],
];

/** Options of `createReporters`. */
export interface ReporterOptions {
  /** An earlier results.json (see `readResults`): findings are marked new, fixed or unchanged. */
  readonly baseline?: ResultsDoc;
  /** Default `any`. */
  readonly failOn?: FailOn;
}

/** What a finished run produced: the gate's exit code and the files written. */
export interface RunOutcome {
  readonly meta: RunMeta;
  readonly summary: RunSummary;
  readonly findings: readonly Finding[];
  readonly diff?: FindingsDiff;
  readonly exitCode: 0 | 1;
  readonly files: readonly string[];
}

/** The fan-out reporter, plus the outcome and a way to finalise a partial run. */
export interface ReporterSet extends Reporter {
  /** Set once `onRunEnd` (or `interrupt`) has finished. */
  outcome(): RunOutcome | undefined;
  /** Finalises every report from the cases seen so far, with exit reason `interrupted`. */
  interrupt(detail?: string): Promise<RunOutcome>;
}

/** One Reporter writing results.json, junit.xml, report.md and report.html under `outDir`. */
export function createReporters(outDir: string, opts: ReporterOptions = {}): ReporterSet {
  let meta: RunMeta | undefined;
  let json: ResultsJsonWriter | undefined;
  let acc = new FindingAccumulator();
  let ending: Promise<RunOutcome> | undefined;
  let done: RunOutcome | undefined;

  const finish = async (end: RunEnd): Promise<RunOutcome> => {
    if (!meta || !json) throw new Error("reporter: onRunEnd before onRunStart");
    const summary: RunSummary = {
      finishedAt: end.finishedAt ?? new Date().toISOString(),
      exitReason: end.exitReason,
      ...(end.detail ? { detail: end.detail } : {}),
      cases: acc.cases,
      counts: acc.counts(),
      unimplementedOperations: [...end.unimplementedOperations].sort(),
      ...(acc.throttles() ? { throttles: acc.throttles() } : {}),
      ...(acc.skipped() ? { skipped: acc.skipped() } : {}),
      reach: acc.reach(),
    };
    const findings = acc.findings();
    const diff = opts.baseline ? diffAgainstBaseline(findings, { meta, summary }, opts.baseline) : undefined;
    await json.close(summary, findings);
    const data: ReportData = { meta, summary, findings, ...(diff ? { diff } : {}) };
    const files = [join(outDir, "results.json")];
    for (const [name, render] of RENDERERS) {
      await writeFileAtomic(join(outDir, name), render(data));
      files.push(join(outDir, name));
    }
    const exitCode = gateExitCode(findings, diff, opts.failOn ?? "any");
    done = { meta, summary, findings, ...(diff ? { diff } : {}), exitCode, files };
    return done;
  };

  const end = (e: RunEnd): Promise<RunOutcome> => {
    ending ??= finish(e);
    return ending;
  };

  return {
    async onRunStart(m: RunMeta) {
      meta = m;
      acc = new FindingAccumulator(m.region);
      json = await ResultsJsonWriter.open(join(outDir, "results.json"), m);
    },
    async onCase(result: CaseResult) {
      if (!json) throw new Error("reporter: onCase before onRunStart");
      // Cases still in flight when an interrupt finalised the run are dropped, not half-written.
      if (ending) return;
      acc.add(result);
      await json.writeCase(toCaseRecord(result));
    },
    async onRunEnd(e: RunEnd) {
      await end(e);
    },
    outcome: () => done,
    interrupt: (detail) =>
      end({ exitReason: "interrupted", unimplementedOperations: [], ...(detail ? { detail } : {}) }),
  };
}
