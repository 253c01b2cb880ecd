import { Readable } from "node:stream";
import type { HttpRequest, HttpResponse } from "@smithy/protocol-http";
import type { AbsoluteLocation, DeserializeHandlerOptions, DeserializeMiddleware } from "@smithy/types";
import { redactHeaders, redactUrl } from "../../core/redactHeaders.ts";
import { bodyText, type RecordedRequest } from "../../core/transportResponse.ts";
import { readCappedBody } from "./readCappedBody.ts";

/** What one SDK call put on and took off the wire, filled in as the call goes. */
export interface CapturedExchange {
  request?: RecordedRequest;
  status?: number;
  headers?: Record<string, string>;
  body?: string;
  truncated?: boolean;
}

/** Innermost deserialize slot: sees the signed request and the raw response before the SDK parses it. */
export const CAPTURE_MIDDLEWARE_OPTIONS: DeserializeHandlerOptions & AbsoluteLocation = {
  step: "deserialize",
  priority: "low",
  name: "conformanceCaptureRaw",
};

/** Where one call's exchange is recorded, and the deadline that stops reading its body. */
export interface ExchangeSlot {
  readonly sink: CapturedExchange;
  readonly signal: AbortSignal;
}

/**
 * Middleware that records the raw exchange into the slot of the call's input (`slotOf`) and hands the
 * SDK the (capped) bytes it read. Added once to the client, so the SDK can reuse its resolved stack.
 */
export function captureMiddleware<I extends object, O extends object>(
  slotOf: (input: object) => ExchangeSlot | undefined,
  maxBodyBytes: number,
): DeserializeMiddleware<I, O> {
  return (next) => async (args) => {
    const slot = slotOf(args.input);
    if (!slot) return next(args);
    const { sink, signal } = slot;
    const request = args.request as HttpRequest;
    sink.request = {
      method: request.method,
      url: redactUrl(requestUrl(request)),
      headers: redactHeaders(request.headers),
    };
    const result = await next(args);
    const response = result.response as HttpResponse;
    const body = await readBody(response.body, maxBodyBytes, signal);
    sink.status = response.statusCode;
    sink.headers = lowerCaseKeys(response.headers);
    sink.body = bodyText(body.bytes, sink.headers["content-type"]);
    sink.truncated = body.truncated;
    // The SDK deserializer reads the body again; give it exactly what we recorded.
    response.body = Readable.from([body.bytes]);
    return result;
  };
}

async function readBody(
  body: unknown,
  maxBodyBytes: number,
  signal: AbortSignal,
): Promise<{ bytes: Buffer; truncated: boolean }> {
  if (body instanceof Readable) return readCappedBody(body, maxBodyBytes, signal);
  if (body instanceof Uint8Array || typeof body === "string") {
    const bytes = Buffer.from(body);
    return { bytes: bytes.subarray(0, maxBodyBytes), truncated: bytes.length > maxBodyBytes };
  }
  return { bytes: Buffer.alloc(0), truncated: false };
}

function requestUrl(request: HttpRequest): string {
  const port = request.port ? `:${request.port}` : "";
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(request.query ?? {})) {
    for (const v of Array.isArray(value) ? value : [value]) if (v !== null) query.append(key, v);
  }
  const qs = query.toString();
  return `${request.protocol}//${request.hostname}${port}${request.path}${qs ? `?${qs}` : ""}`;
}

function lowerCaseKeys(headers: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
}
