/** Sends one case through the transport it needs and records the request as sent (redacted). */

import type { ThrottleRecord } from "../../core/caseResult.ts";
import { redactHeaders } from "../../core/redactHeaders.ts";
import type { RequestCase } from "../../core/requestCase.ts";
import type { OperationView } from "../../core/serviceView.ts";
import type { SentRequest, TransportResponse } from "../../core/transportResponse.ts";
import type { RawTransport } from "../transports/rawTransport.ts";
import { type RetryOptions, retryThrottled } from "../transports/retryThrottled.ts";
import type { SdkTransport } from "../transports/sdkTransport.ts";
import { serializeRequest } from "./serializeRequest.ts";
import { toSdkInput } from "./toSdkInput.ts";

export type TransportChoice = "auto" | "sdk" | "raw";

export interface Transports {
  readonly sdk: SdkTransport;
  readonly raw: RawTransport;
  /** Sets the target up for each case (suites/lambda/prepareCase.ts). */
  readonly preparer?: CasePreparer;
  /** On a shared account: refuses a case that could change what the run does not own (suites/safety/). */
  readonly guard?: CaseGuard;
}

/**
 * Sets the target up for a case and fills its live-state members from what the target holds: a request
 * a client would send, whatever earlier cases did. Learns from each answer whether the next case of the
 * operation needs the set-up again.
 */
export interface CasePreparer {
  prepare(c: RequestCase): Promise<RequestCase>;
  /** Called with the answer to every prepared case that was sent. */
  settle(c: RequestCase, response: TransportResponse): void;
}

/** Decides, after preparation, whether a case may be sent, and learns from what a sent one answered. */
export interface CaseGuard {
  /** Why the case must not be sent, or undefined to send it. */
  admit(op: OperationView, c: RequestCase): Promise<string | undefined>;
  /** Called with every answer to an admitted case (what it created is the run's from now on). */
  settle(op: OperationView, c: RequestCase, response: TransportResponse): void;
}

/** The response record of a case the guard did not send: no exchange took place. */
export const NOT_SENT: TransportResponse = {
  status: 0,
  headers: {},
  body: "",
  truncated: false,
  durationMs: 0,
};

/**
 * `auto`: valid cases go through the SDK, as users send them; invalid cases through raw HTTP, because
 * the SDK refuses some of them (an empty label) and would hide what the target does with them.
 */
export function transportFor(c: RequestCase, choice: TransportChoice): "sdk" | "raw" {
  if (c.violation?.rawOnly || c.rawBody !== undefined) return "raw";
  if (choice !== "auto") return choice;
  return c.violation ? "raw" : "sdk";
}

export async function sendCase(
  op: OperationView,
  generated: RequestCase,
  transports: Transports,
  choice: TransportChoice,
  retry?: RetryOptions,
): Promise<{
  request: SentRequest;
  response: TransportResponse;
  throttled?: ThrottleRecord;
  skipped?: string;
}> {
  const c = transports.preparer ? await transports.preparer.prepare(generated) : generated;
  let via = transportFor(c, choice);
  const raw = serializeRequest(op, c);
  const body =
    raw.body === undefined ? undefined : Buffer.isBuffer(raw.body) ? raw.body.toString("base64") : raw.body;
  const skipped = await transports.guard?.admit(op, c);
  if (skipped !== undefined) {
    const request = {
      transport: via,
      method: raw.method,
      url: raw.path,
      headers: redactHeaders(raw.headers ?? {}),
    };
    return { request: { ...request, ...(body === undefined ? {} : { body }) }, response: NOT_SENT, skipped };
  }
  const send = async (): Promise<TransportResponse> => {
    if (via === "raw") return transports.raw.send(raw);
    const viaSdk = await transports.sdk.send(op.name, toSdkInput(op.input, c.input) as object);
    // The SDK refused to build the request (its model names a member differently, e.g. the document's
    // `ARN` label is the SDK's `Resource`): nothing reached the target, so the case goes raw instead.
    if (viaSdk.status !== 0 || viaSdk.request !== undefined || viaSdk.error?.kind !== "other") return viaSdk;
    via = "raw";
    return transports.raw.send(raw);
  };
  // Without a policy the first answer is judged as is: one case, one exchange.
  const { response, throttled }: { response: TransportResponse; throttled?: ThrottleRecord } = retry
    ? await retryThrottled(send, retry)
    : { response: await send() };
  transports.guard?.settle(op, c, response);
  transports.preparer?.settle(c, response);
  const recorded = response.request;
  const request: SentRequest = {
    transport: via,
    method: recorded?.method ?? raw.method,
    url: recorded?.url ?? raw.path,
    headers: redactHeaders(recorded?.headers ?? raw.headers ?? {}),
    ...(body === undefined ? {} : { body }),
  };
  return { request, response, ...(throttled ? { throttled } : {}) };
}
