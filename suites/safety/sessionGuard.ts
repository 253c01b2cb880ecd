/** The guard of one session on a shared account: a ledger that starts with the fixtures, and the guard over it. */
import type { LambdaClient } from "@aws-sdk/client-lambda";
import type { CaseGuard } from "../engine/sendCase.ts";
import type { FixtureSet } from "../resources/fixtureSet.ts";
import { type GuardTally, ownershipGuard } from "./ownershipGuard.ts";
import { OwnershipLedger } from "./ownershipLedger.ts";

export type SessionGuard = CaseGuard & { tally(): GuardTally };

export function sessionGuard(lambda: LambdaClient, fixtures: FixtureSet): SessionGuard {
  const ledger = new OwnershipLedger();
  ledger.noteFixtures(fixtures);
  return ownershipGuard(lambda, ledger);
}
