/**
 * What LocalStack and its fork localemu leave after a run on the host without Docker: a function never
 * becomes Active (its runtime cannot be fetched here), so provisioned concurrency on the fixture's
 * version is the one fixture step refused, and DeleteFunction answers InternalError for the run's
 * functions (state Failed), which the sweep reports. Nothing else may be left.
 */
import { expect } from "vitest";
import type { SessionOutcome } from "../cli/session.ts";

export function expectHostModeTeardown(outcome: SessionOutcome, who: string): void {
  expect(outcome.fixtures.skipped.map((step) => step.split(" ")[0])).toEqual([
    "PutProvisionedConcurrencyConfig",
  ]);
  if (outcome.leftovers.functions.length > 0)
    console.log(`${who} refused to delete: ${outcome.leftovers.functions.join(", ")}`);
  expect(outcome.leftovers.functions.every((f) => f.startsWith(outcome.fixtures.prefix))).toBe(true);
  expect(outcome.leftovers.layers).toEqual([]);
  expect(outcome.leftovers.roles).toEqual([]);
  // Code signing configs, mappings and layer versions created by generated requests are all deleted;
  // functions they created (boundary names such as `a`) end Failed too and may be refused likewise.
  const refused = outcome.undeleted.filter((u) => u.startsWith("CreateFunction:"));
  if (refused.length > 0) console.log(`${who} refused to delete: ${refused.join(", ")}`);
  expect(outcome.undeleted.filter((u) => !u.startsWith("CreateFunction:"))).toEqual([]);
}
