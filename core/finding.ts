/** The one finding type every reporter renders: a group of identical failures with its smallest example. */

import type { Phase, ProtocolProbe, Violation } from "./requestCase.ts";
import type { SentRequest, TransportResponse } from "./transportResponse.ts";

/** The response as received, without the transport's copy of the request (that is `SentRequest`). */
export type ResponseRecord = Omit<TransportResponse, "request">;

/** A violation kind, or `none` for failures of valid and boundary cases. */
export type FindingKind = string;

/** One case that shows a finding: everything needed to read and reproduce it. */
export interface FindingExample {
  readonly caseId: string;
  readonly phase: Phase;
  readonly violation?: Violation;
  readonly boundary?: string;
  /** On a protocol-phase case: what it breaks and what the answer must be. */
  readonly probe?: ProtocolProbe;
  readonly seed: number;
  readonly request: SentRequest;
  readonly response: ResponseRecord;
  readonly reason: string;
  /**
   * The other checks that failed on this same response (one defect, such as an HTML 500, fails several
   * checks): every verdict stands, and reports show them together as one response.
   */
  readonly alsoFailed?: readonly string[];
  readonly replay: string;
  /** A `curl` line with SigV4 and the endpoint from environment variables, never the credentials themselves. */
  readonly curl: string;
  /** What must exist before the request is sent (the run's fixtures it names), one line each; absent when nothing. */
  readonly setup?: readonly string[];
  /** A stateful example's whole command sequence, in order, `request` last (`CaseResult.sequence`). */
  readonly sequence?: readonly SentRequest[];
}

/** The `operation` of a finding about the whole service (a protocol probe of `service` scope); `operations` lists where it showed. */
export const SERVICE_WIDE = "(service)";

/** Every failing verdict with the same (operation, check, violation kind, signature), counted once. */
export interface Finding {
  readonly operation: string;
  readonly check: string;
  readonly violationKind: FindingKind;
  /**
   * The check's name for the defect (`/Configuration/MemorySize type`, `200 ≠ 201`): a second defect in a
   * cell that already fails is a finding of its own, so the gate sees it.
   */
  readonly signature: string;
  /** For a `SERVICE_WIDE` finding: the operations whose cases showed it, sorted. */
  readonly operations?: readonly string[];
  /** Failing cases in the group (shrunk replays not counted). */
  readonly count: number;
  /** The smallest example's reason, one line. */
  readonly reason: string;
  /** The example with the smallest serialized request. */
  readonly example: FindingExample;
}

/** The identity of a finding across runs: never includes generated values. */
export function findingKey(f: Pick<Finding, "operation" | "check" | "violationKind" | "signature">): string {
  return `${f.operation}|${f.check}|${f.violationKind}|${f.signature}`;
}

/** Stable order for findings in every report: operation, check, violation kind, signature. */
export function compareFindings(a: Finding, b: Finding): number {
  return findingKey(a) < findingKey(b) ? -1 : findingKey(a) > findingKey(b) ? 1 : 0;
}
