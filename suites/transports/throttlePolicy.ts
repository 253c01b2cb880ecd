/** When a response means "slow down" rather than "you are wrong", and how long to wait before trying again. */
import { loadRestJsonErrorCode } from "@aws-sdk/core/protocols";
import type { TransportResponse } from "../../core/transportResponse.ts";

/** Capped exponential backoff with full jitter; data, so a run or a test can tighten it. */
export interface RetryPolicy {
  /** Retries after the first attempt; past them a throttle has persisted and is judged as an answer. */
  readonly maxRetries: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
}

/** Default policy: 4 retries, 100 ms doubling, never more than 2 s per wait (≤ ~4 s per case in all). */
export const DEFAULT_RETRY_POLICY: RetryPolicy = { maxRetries: 4, baseDelayMs: 100, maxDelayMs: 2_000 };

/** Statuses that mean the target is shedding load: 429 Too Many Requests, 503 Service Unavailable. */
export const THROTTLE_STATUSES: ReadonlySet<number> = new Set([429, 503]);

/** Error types (as SDKs read them) that mean throttling whatever the status; Lambda's own is the first. */
export const THROTTLE_ERROR_TYPES: ReadonlySet<string> = new Set([
  "TooManyRequestsException",
  "ThrottlingException",
  "Throttling",
  "ThrottledException",
  "RequestLimitExceeded",
  "SlowDown",
]);

/** True when `response` is a throttle: a throttling status, or a throttling error type on a 4xx/5xx. */
export function isThrottled(response: Pick<TransportResponse, "status" | "headers" | "body">): boolean {
  if (THROTTLE_STATUSES.has(response.status)) return true;
  if (response.status < 400) return false;
  const type = loadRestJsonErrorCode(
    { statusCode: response.status, headers: response.headers },
    jsonObject(response.body),
  );
  return type !== undefined && THROTTLE_ERROR_TYPES.has(type.trim());
}

/**
 * Wait before retry number `retry` (0-based): uniform in [0, min(max, base·2^retry)] ("full jitter", so
 * concurrent cases do not retry in lockstep), or the target's `Retry-After` seconds when it gives some —
 * either way never more than `maxDelayMs`.
 */
export function backoffDelay(
  retry: number,
  policy: RetryPolicy,
  retryAfter?: string,
  random: () => number = Math.random,
): number {
  const asked =
    retryAfter !== undefined && /^\d+$/.test(retryAfter.trim()) ? Number(retryAfter) * 1000 : undefined;
  if (asked !== undefined) return Math.min(asked, policy.maxDelayMs);
  return Math.floor(random() * Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry));
}

function jsonObject(body: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(body);
    return typeof value === "object" && value !== null ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}
