/** Per-operation tallies for the closing table: bounded by operations × checks, not by cases. */
import type { CaseResult } from "../core/caseResult.ts";

export interface OperationTally {
  cases: number;
  failedChecks: Set<string>;
  failures: number;
}

export class RunTally {
  readonly byOperation = new Map<string, OperationTally>();
  failures = 0;

  add(result: CaseResult): void {
    if (result.shrunkFrom) return;
    const op = result.case.operation;
    const t = this.byOperation.get(op) ?? { cases: 0, failedChecks: new Set<string>(), failures: 0 };
    t.cases++;
    for (const v of result.verdicts)
      if (v.status === "fail") {
        t.failedChecks.add(v.check);
        t.failures++;
        this.failures++;
      }
    this.byOperation.set(op, t);
  }

  /** The table printed at the end of a run. */
  render(unimplemented: readonly string[]): string {
    const rows = [...this.byOperation.entries()].sort(([a], [b]) => a.localeCompare(b));
    const width = Math.max(9, ...rows.map(([op]) => op.length));
    const lines = [`${"operation".padEnd(width)}  cases  failures  failed checks`];
    for (const [op, t] of rows) {
      const note = unimplemented.includes(op) ? "unimplemented" : [...t.failedChecks].sort().join(", ");
      lines.push(
        `${op.padEnd(width)}  ${String(t.cases).padStart(5)}  ${String(t.failures).padStart(8)}  ${note}`,
      );
    }
    return lines.join("\n");
  }
}
