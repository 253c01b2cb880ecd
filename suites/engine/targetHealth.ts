/**
 * Whether the target can still be tested: unreachable, gone away or stalled ends the run with a reason
 * instead of every remaining case waiting out its timeout. A hostile but live target (scattered resets
 * and stalls among answers) must never add up to a stop.
 */
import type { TransportResponse } from "../../core/transportResponse.ts";

/** After this many connection failures with no response at all, the endpoint is unreachable. */
const UNREACHABLE_AFTER = 3;

/**
 * After this many connection failures in a row, a target that did answer has gone away (killed,
 * crashed). High enough that a hostile target's scattered resets never add up to it by chance.
 */
const GONE_AFTER = 12;

/**
 * Silent timeouts in a row after which a target that accepts connections is stalled. A timeout is
 * silent when no other request got an answer while it waited: under concurrency a stalled target gives
 * this many at once after one timeout; a live target's answers in between reset the count, so an
 * occasional stalled answer (the fault proxy's) is not a stalled target.
 */
const STALLED_AFTER = 5;

export interface TargetHealth {
  /** Notes one final response (after throttle retries); `now` is `performance.now()` when it ended. */
  note(response: Pick<TransportResponse, "status" | "error" | "durationMs">, now: number): void;
  /** Why the run must stop, once it must. */
  readonly stopReason: string | undefined;
}

export function createTargetHealth(): TargetHealth {
  let answered = 0;
  let connectionFailures = 0;
  let failuresInARow = 0;
  let silentTimeouts = 0;
  let lastAnswerAt = Number.NEGATIVE_INFINITY;
  let stopReason: string | undefined;
  return {
    get stopReason() {
      return stopReason;
    },
    note(response, now) {
      const kind = response.status === 0 ? response.error?.kind : undefined;
      if (kind === "connection") {
        connectionFailures++;
        failuresInARow++;
      } else if (kind === "timeout") {
        const sentAt = now - response.durationMs;
        silentTimeouts = lastAnswerAt < sentAt ? silentTimeouts + 1 : 0;
      } else {
        answered++;
        lastAnswerAt = now;
        failuresInARow = 0;
        silentTimeouts = 0;
      }
      const last = response.error?.message ?? "no response";
      if (answered === 0 && connectionFailures >= UNREACHABLE_AFTER)
        stopReason ??= `endpoint unreachable: ${last}`;
      if (answered > 0 && failuresInARow >= GONE_AFTER)
        stopReason ??= `target stopped answering: ${failuresInARow} connection failures in a row after ${answered} answers (last: ${last})`;
      if (silentTimeouts >= STALLED_AFTER)
        stopReason ??= `target stalled: it accepts connections but ${silentTimeouts} requests in a row got no answer, nor did any other meanwhile (${last}) after ${answered} answers`;
    },
  };
}
