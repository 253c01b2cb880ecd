/**
 * The guard of a shared account: a changing request is sent only when every resource it could act on
 * (namedResources.ts) is the run's (ownershipLedger.ts) or was read as absent just before
 * (confirmAbsent.ts). A read is always sent. What an admitted request created becomes the run's.
 */
import type { LambdaClient } from "@aws-sdk/client-lambda";
import type { RequestCase } from "../../core/requestCase.ts";
import type { OperationView } from "../../core/serviceView.ts";
import type { TransportResponse } from "../../core/transportResponse.ts";
import type { CaseGuard } from "../engine/sendCase.ts";
import { confirmAbsent } from "./confirmAbsent.ts";
import { changesState, describeResource, type NamedResource, namedResources } from "./namedResources.ts";
import type { OwnershipLedger } from "./ownershipLedger.ts";

/** Reads the guard made and requests it refused: its cost, for the run summary. */
export interface GuardTally {
  readonly reads: number;
  readonly refused: number;
}

export function ownershipGuard(
  lambda: LambdaClient,
  ledger: OwnershipLedger,
): CaseGuard & { tally(): GuardTally } {
  /** Names an admitted case was let through on for being absent: its success makes them the run's. */
  const confirmed = new WeakMap<RequestCase, readonly NamedResource[]>();
  let reads = 0;
  let refused = 0;
  return {
    async admit(op, c) {
      if (!changesState(op)) return undefined;
      const absent: NamedResource[] = [];
      for (const r of namedResources(op, c.input)) {
        if (ledger.owns(r)) continue;
        reads++;
        const read = await confirmAbsent(lambda, r);
        if (read === true) {
          absent.push(r);
          continue;
        }
        if (read !== false && ledger.owns({ kind: "function", id: read.mapsFunction })) {
          ledger.own(r.kind, r.id);
          continue;
        }
        refused++;
        return `not sent: would act on ${describeResource(r)}, which this run did not create (shared account; --account disposable lifts this)`;
      }
      confirmed.set(c, absent);
      return undefined;
    },
    settle(op: OperationView, c: RequestCase, response: TransportResponse) {
      if (response.status < 200 || response.status >= 300) return;
      for (const r of confirmed.get(c) ?? []) ledger.own(r.kind, r.id);
      try {
        ledger.noteCreation(op.name, JSON.parse(response.body) as Record<string, unknown>);
      } catch {
        // A body that is not JSON names nothing the run could own.
      }
    },
    tally: () => ({ reads, refused }),
  };
}
