import type { Finding } from "../core/finding.ts";

/** Operations named before the rest are counted: a service-wide finding can list 66. */
const SHOWN = 5;

/** Where a finding showed: its operation, or for a service-wide one the operations it lists. */
export function findingWhere(f: Pick<Finding, "operation" | "operations">): string {
  if (!f.operations) return f.operation;
  const shown = f.operations.slice(0, SHOWN).join(", ");
  const more = f.operations.length > SHOWN ? ` and ${f.operations.length - SHOWN} more` : "";
  return `${f.operation}: ${f.operations.length} operation${f.operations.length === 1 ? "" : "s"} (${shown}${more})`;
}
