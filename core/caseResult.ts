/** The result of one case: what was sent, what came back, and every check's verdict. */

import type { CheckOutcome } from "./check.ts";
import type { RequestCase } from "./requestCase.ts";
import type { SentRequest, TransportResponse } from "./transportResponse.ts";

/**
 * The verdict statuses, spelled once: those of a check's outcome, and `skipped` for a case the run did
 * not send because it could have changed a resource the run does not own (its one verdict, from
 * `SAFETY_CHECK`, says which).
 */
export type VerdictStatus = CheckOutcome["status"] | "skipped";

/** The name a skipped case's one verdict carries: the ownership guard's, not a check's. */
export const SAFETY_CHECK = "ownershipGuard";

/** What retrying did for one case: how many throttles were retried, and whether the last answer still was one. */
export interface ThrottleRecord {
  readonly retries: number;
  readonly persisted: boolean;
}

export interface Verdict {
  readonly check: string;
  readonly status: VerdictStatus;
  /** One line, for fail and warn. */
  readonly reason?: string;
  /** For fail: the check's name for the defect, stable across values and runs (see `CheckOutcome`). */
  readonly signature?: string;
}

export interface CaseResult {
  readonly id: string;
  readonly case: RequestCase;
  readonly request: SentRequest;
  readonly response: TransportResponse;
  readonly verdicts: readonly Verdict[];
  /** The command line that replays this case. */
  readonly replay: string;
  /** Set on the minimal case fast-check shrank a failure to: the id of the case it started from. */
  readonly shrunkFrom?: string;
  /** Set when the target throttled this case (429/503/TooManyRequests): retries spent, and whether it persisted. */
  readonly throttled?: ThrottleRecord;
  /**
   * On a failing stateful exchange: every request its command sequence sent, in order, this one last; what
   * led the target to the answer, which the request alone does not reproduce.
   */
  readonly sequence?: readonly SentRequest[];
}
