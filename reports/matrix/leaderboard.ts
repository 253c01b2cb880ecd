/** The parity leaderboard's figures: per emulator, and per operation × emulator. */
import { foldRows, operationRows } from "../conformance.ts";
import type { ResultsDoc } from "../resultsDoc.ts";
import type { Reach } from "./reach.ts";

/** One emulator's run as the matrix saw it. */
export interface MatrixRun {
  readonly emulator: string;
  readonly doc: ResultsDoc;
  readonly reach: Reach;
  readonly seconds: number;
}

/** An emulator the matrix did not run, and why (one line). */
export interface MatrixSkip {
  readonly emulator: string;
  readonly reason: string;
}

export interface LeaderboardRow {
  readonly emulator: string;
  readonly version?: string;
  /** Share of applicable verdicts passed (warn counts as passed), as in every report. */
  readonly conformance: number | undefined;
  readonly findings: number;
  readonly unimplemented: number;
  readonly cases: number;
  readonly reach: Reach;
  readonly seconds: number;
}

/** One row per run, best conformance first (ties: fewer findings). */
export function leaderboard(runs: readonly MatrixRun[]): LeaderboardRow[] {
  return runs
    .map(({ emulator, doc, reach, seconds }) => ({
      emulator,
      ...(doc.meta.target.version ? { version: doc.meta.target.version } : {}),
      conformance: foldRows(operationRows(doc.summary), () => "all")[0]?.conformance,
      findings: doc.findings.length,
      unimplemented: doc.summary.unimplementedOperations.length,
      cases: doc.summary.cases,
      reach,
      seconds,
    }))
    .sort((a, b) => (b.conformance ?? -1) - (a.conformance ?? -1) || a.findings - b.findings);
}

/** What one operation shows on one emulator. */
export type OperationCell =
  | { readonly kind: "unimplemented" }
  | { readonly kind: "absent" }
  | { readonly kind: "checks"; readonly failed: readonly string[] };

/** Per operation (sorted), one cell per run in the order given: the checks that failed there. */
export function failedChecksByOperation(runs: readonly MatrixRun[]): [string, OperationCell[]][] {
  const ops = [...new Set(runs.flatMap((r) => r.doc.summary.counts.map((c) => c.operation)))];
  for (const r of runs) for (const op of r.doc.summary.unimplementedOperations) ops.push(op);
  return [...new Set(ops)].sort().map((op) => [
    op,
    runs.map(({ doc }): OperationCell => {
      if (doc.summary.unimplementedOperations.includes(op)) return { kind: "unimplemented" };
      const cells = doc.summary.counts.filter((c) => c.operation === op);
      if (cells.length === 0) return { kind: "absent" };
      return {
        kind: "checks",
        failed: cells
          .filter((c) => c.fail > 0)
          .map((c) => c.check)
          .sort(),
      };
    }),
  ]);
}
