/**
 * On a shared account, what teardown may delete: only what the run's ownership ledger recorded when it was
 * created (suites/safety/ownershipLedger.ts). A prefix match it does not hold is reported, never deleted.
 * Absent (a target the suite started), everything with the run's prefix is the run's, as before.
 */
export type OwnedKind = "function" | "layer" | "codeSigningConfig" | "eventSourceMapping" | "role" | "queue";

export type OwnedBy = (kind: OwnedKind, id: string) => boolean;

/** Splits found ids into those to delete and those left untouched (as `kind id`). */
export function partitionOwned(
  ownedBy: OwnedBy | undefined,
  kind: OwnedKind,
  ids: readonly string[],
  untouched: string[],
): string[] {
  if (!ownedBy) return [...ids];
  const mine: string[] = [];
  for (const id of ids)
    if (ownedBy(kind, id)) mine.push(id);
    else if (!untouched.includes(`${kind} ${id}`)) untouched.push(`${kind} ${id}`);
  return mine;
}
