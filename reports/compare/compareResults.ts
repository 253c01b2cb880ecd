/** Emulator parity: two runs' (operation, check) cells side by side, and where they agree. */

import type { Finding } from "../../core/finding.ts";
import { type CellStatus, cellStatus } from "../conformance.ts";
import type { CellCounts } from "../reporter.ts";
import type { ResultsDoc } from "../resultsDoc.ts";

/** A cell's status in one run; `unimplemented` when the target lacks the operation, `absent` when not run. */
export type SideStatus = CellStatus | "unimplemented" | "absent";

/** One (operation, check) in both runs. */
export interface CompareRow {
  readonly operation: string;
  readonly check: string;
  readonly a: SideStatus;
  readonly b: SideStatus;
  readonly agree: boolean;
  /** The first finding's reason per side, when that side failed. */
  readonly reasonA?: string;
  readonly reasonB?: string;
}

/** Both runs' cells, sorted by operation then check. */
export function compareResults(a: ResultsDoc, b: ResultsDoc): CompareRow[] {
  const keys = new Map<string, { operation: string; check: string }>();
  for (const doc of [a, b])
    for (const c of doc.summary.counts)
      keys.set(`${c.operation}|${c.check}`, { operation: c.operation, check: c.check });
  const side = index(a);
  const other = index(b);
  return [...keys.entries()]
    .sort(([x], [y]) => x.localeCompare(y))
    .map(([key, { operation, check }]) => {
      const sa = statusOf(a, side.cells.get(key), operation);
      const sb = statusOf(b, other.cells.get(key), operation);
      const reasonA = side.reasons.get(key);
      const reasonB = other.reasons.get(key);
      return {
        operation,
        check,
        a: sa,
        b: sb,
        agree: sa === sb,
        ...(reasonA ? { reasonA } : {}),
        ...(reasonB ? { reasonB } : {}),
      };
    });
}

function index(doc: ResultsDoc): { cells: Map<string, CellCounts>; reasons: Map<string, string> } {
  const cells = new Map(doc.summary.counts.map((c) => [`${c.operation}|${c.check}`, c]));
  const reasons = new Map<string, string>();
  for (const f of doc.findings as readonly Finding[]) {
    const key = `${f.operation}|${f.check}`;
    if (!reasons.has(key)) reasons.set(key, `${f.violationKind}: ${f.reason}`);
  }
  return { cells, reasons };
}

function statusOf(doc: ResultsDoc, cell: CellCounts | undefined, operation: string): SideStatus {
  if (doc.summary.unimplementedOperations.includes(operation)) return "unimplemented";
  return cell ? cellStatus(cell) : "absent";
}

/** A target's display name: `moto 5.0.0`. */
export function targetLabel(doc: ResultsDoc): string {
  return `${doc.meta.target.name}${doc.meta.target.version ? ` ${doc.meta.target.version}` : ""}`;
}
