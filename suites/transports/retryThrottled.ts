/** The one place throttled responses are retried, for both transports. */

import type { ThrottleRecord } from "../../core/caseResult.ts";
import type { TransportResponse } from "../../core/transportResponse.ts";
import { backoffDelay, isThrottled, type RetryPolicy } from "./throttlePolicy.ts";

/** Options of `retryThrottled`; `sleep` and `random` are seams for tests. */
export interface RetryOptions {
  readonly policy: RetryPolicy;
  /** Stops waiting at once: an interrupted run judges the throttle it has rather than sleeping on. */
  readonly signal?: AbortSignal;
  readonly sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
  readonly random?: () => number;
}

/**
 * Sends, and while the answer is a throttle waits (capped exponential backoff, jitter) and sends again.
 * `throttled` is absent when the first answer was not a throttle; never throws (`send` never does).
 */
export async function retryThrottled(
  send: () => Promise<TransportResponse>,
  opts: RetryOptions,
): Promise<{ response: TransportResponse; throttled?: ThrottleRecord }> {
  const sleep = opts.sleep ?? abortableSleep;
  let response = await send();
  let retries = 0;
  while (isThrottled(response) && retries < opts.policy.maxRetries && !opts.signal?.aborted) {
    await sleep(
      backoffDelay(retries, opts.policy, response.headers["retry-after"], opts.random),
      opts.signal,
    );
    if (opts.signal?.aborted) break;
    retries++;
    response = await send();
  }
  if (retries === 0 && !isThrottled(response)) return { response };
  return { response, throttled: { retries, persisted: isThrottled(response) } };
}

/** setTimeout that resolves early (never rejects) when `signal` aborts. */
function abortableSleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    const done = (): void => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener("abort", done, { once: true });
  });
}
