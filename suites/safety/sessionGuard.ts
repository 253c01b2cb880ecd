/** The guard of one session on a shared account: a ledger that starts with the fixtures, and the guard over it. */
import type { LambdaClient } from "@aws-sdk/client-lambda";
import type { CaseGuard } from "../engine/sendCase.ts";
import type { FixtureSet } from "../resources/fixtureSet.ts";
import type { OwnedBy } from "../resources/ownedBy.ts";
import { type GuardTally, ownershipGuard } from "./ownershipGuard.ts";
import { OwnershipLedger } from "./ownershipLedger.ts";

/** The guard, and its ledger's answer to teardown and preparations on what they may delete. */
export type SessionGuard = CaseGuard & { tally(): GuardTally; readonly ownedBy: OwnedBy };

export function sessionGuard(lambda: LambdaClient, fixtures: FixtureSet): SessionGuard {
  const ledger = new OwnershipLedger();
  ledger.noteFixtures(fixtures);
  return { ...ownershipGuard(lambda, ledger), ownedBy: ledger.ownedBy };
}
