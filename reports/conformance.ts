/** Conformance arithmetic shared by every renderer: cells, operations, groups, overall. */
import type { CellCounts, RunSummary } from "./reporter.ts";

/** What one (operation, check) cell shows. */
export type CellStatus = "pass" | "fail" | "warn" | "notApplicable";

/** A cell fails if any verdict failed, warns if any warned, passes if any passed, else is not applicable. */
export function cellStatus(c: CellCounts): CellStatus {
  return c.fail > 0 ? "fail" : c.warn > 0 ? "warn" : c.pass > 0 ? "pass" : "notApplicable";
}

/** Share of applicable verdicts that did not fail; undefined when nothing applied. */
export function ratio(pass: number, total: number): number | undefined {
  return total === 0 ? undefined : pass / total;
}

/** Conformance of one operation (or group, or the whole run). */
export interface ConformanceRow {
  readonly name: string;
  readonly passed: number;
  readonly failed: number;
  readonly unimplemented: boolean;
  /** passed / (passed + failed) over applicable verdicts; warn counts as passed. */
  readonly conformance: number | undefined;
}

/** Leading verbs stripped to find an operation's resource, e.g. `GetFunctionConfiguration` → Function. */
const VERB = /^(Create|Get|List|Update|Delete|Put|Publish|Add|Remove)(?=[A-Z])/;

/** Leading words that name nothing alone (`CodeSigningConfig`, `EventSourceMapping`): keep the next word. */
const COMPOUND_HEAD = new Set(["Code", "Event"]);

/** Heads that belong with another group (`UntagResource` goes with `TagResource`). */
const SAME_GROUP: Readonly<Record<string, string>> = { Untag: "Tag" };

/** The resource an operation acts on, used to group the chart (`ListAliases` → `Alias`). */
export function operationGroup(operation: string): string {
  const words = operation.replace(VERB, "").match(/[A-Z][a-z0-9]*/g) ?? [];
  const first = words[0] ?? operation;
  const joined = COMPOUND_HEAD.has(first) && words[1] ? `${first}${words[1]}` : first;
  const head = SAME_GROUP[joined] ?? joined;
  if (head.endsWith("ases")) return head.slice(0, -2);
  if (head.endsWith("ies")) return `${head.slice(0, -3)}y`;
  return /[^s]s$/.test(head) && !head.endsWith("as") ? head.slice(0, -1) : head;
}

/** Per-operation rows (implemented and unimplemented), sorted by name. */
export function operationRows(summary: RunSummary): ConformanceRow[] {
  const unimplemented = new Set(summary.unimplementedOperations);
  const byOp = new Map<string, { passed: number; failed: number }>();
  for (const c of summary.counts) {
    const row = byOp.get(c.operation) ?? { passed: 0, failed: 0 };
    row.passed += c.pass + c.warn;
    row.failed += c.fail;
    byOp.set(c.operation, row);
  }
  for (const op of unimplemented) if (!byOp.has(op)) byOp.set(op, { passed: 0, failed: 0 });
  return [...byOp.entries()]
    .map(([name, r]) => ({
      name,
      ...r,
      unimplemented: unimplemented.has(name),
      conformance: unimplemented.has(name) ? 0 : ratio(r.passed, r.passed + r.failed),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** Rows folded by `key` (operation group, or one key for the overall figure). */
export function foldRows(rows: readonly ConformanceRow[], key: (name: string) => string): ConformanceRow[] {
  const out = new Map<string, { passed: number; failed: number; unimplemented: boolean }>();
  for (const r of rows) {
    const k = key(r.name);
    const acc = out.get(k) ?? { passed: 0, failed: 0, unimplemented: true };
    acc.passed += r.passed;
    acc.failed += r.failed + (r.unimplemented ? 1 : 0);
    acc.unimplemented &&= r.unimplemented;
    out.set(k, acc);
  }
  return [...out.entries()]
    .map(([name, r]) => ({ name, ...r, conformance: ratio(r.passed, r.passed + r.failed) }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/** `87.5%`, or `n/a` when nothing applied. */
export function percent(value: number | undefined): string {
  return value === undefined ? "n/a" : `${(Math.round(value * 1000) / 10).toFixed(1)}%`;
}
