import type { CostlyTables } from "../wing/serviceWing.ts";

/** What to leave out of a run against real AWS, with the reason for each, unless `--allow-costly`. */
export function costlyExclusions(
  costly: CostlyTables,
  operations: readonly string[],
  phases: readonly string[],
): { operations: string[]; phases: string[]; notes: string[] } {
  const notes: string[] = [];
  const keptOps = operations.filter((op) => {
    const why = costly.operations[op];
    if (why) notes.push(`${op} skipped: ${why} (--allow-costly to include it)`);
    return !why;
  });
  const keptPhases = phases.filter((p) => {
    const why = costly.phases[p];
    if (why) notes.push(`phase ${p} skipped: ${why} (--allow-costly to include it)`);
    return !why;
  });
  return { operations: keptOps, phases: keptPhases, notes };
}
