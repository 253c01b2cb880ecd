/** Operations that create resources billed by the hour: never sent to real AWS unless asked. */
export const COSTLY_OPERATIONS: Readonly<Record<string, string>> = {
  PutProvisionedConcurrencyConfig: "provisioned concurrency is billed per hour while it exists",
};

/** The stateful phase creates provisioned concurrency among its commands, so it counts as costly too. */
export const COSTLY_PHASES: Readonly<Record<string, string>> = {
  stateful: "its command sequences include PutProvisionedConcurrencyConfig",
};

/** What to leave out of a run against real AWS, with the reason for each, unless `--allow-costly`. */
export function costlyExclusions(
  operations: readonly string[],
  phases: readonly string[],
): { operations: string[]; phases: string[]; notes: string[] } {
  const notes: string[] = [];
  const keptOps = operations.filter((op) => {
    const why = COSTLY_OPERATIONS[op];
    if (why) notes.push(`${op} skipped: ${why} (--allow-costly to include it)`);
    return !why;
  });
  const keptPhases = phases.filter((p) => {
    const why = COSTLY_PHASES[p];
    if (why) notes.push(`phase ${p} skipped: ${why} (--allow-costly to include it)`);
    return !why;
  });
  return { operations: keptOps, phases: keptPhases, notes };
}
