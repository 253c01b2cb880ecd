/** The one response record every transport produces, success or failure, so checks never see an exception. */

/** Why a call produced no usable (or no complete) response. */
export type TransportErrorKind = "timeout" | "connection" | "tls" | "tooLarge" | "other";

/** A failure folded into the record instead of thrown. */
export interface TransportError {
  readonly kind: TransportErrorKind;
  readonly message: string;
}

/** The one record of a request as it went on the wire, credentials redacted (results, findings, curl lines). */
export interface SentRequest {
  readonly transport: "sdk" | "raw";
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
  readonly body?: string;
}

/** The part of `SentRequest` a transport knows when it answers: the engine adds which transport and the body. */
export type RecordedRequest = Pick<SentRequest, "method" | "url" | "headers">;

/** Raw wire view of one response; `status` is 0 when no response arrived. */
export interface TransportResponse {
  readonly status: number;
  /** Lower-cased names; repeated headers joined with ", ". */
  readonly headers: Record<string, string>;
  /**
   * UTF-8 text of the body, at most `maxBodyBytes` bytes of it; an event stream's bytes as latin1 (one
   * character per byte, `bodyText`), so its binary frames can be decoded.
   */
  readonly body: string;
  /** True when the body was cut at the cap. */
  readonly truncated: boolean;
  readonly durationMs: number;
  readonly error?: TransportError;
  readonly request?: RecordedRequest;
}

/** The media type of binary event-stream frames (InvokeWithResponseStream). */
export const EVENT_STREAM_MEDIA_TYPE = "application/vnd.amazon.eventstream";

/** How a transport turns body bytes into `body`: latin1 for an event stream, UTF-8 otherwise. */
export function bodyText(bytes: Buffer, contentType: string | undefined): string {
  return bytes.toString(contentType?.toLowerCase().startsWith(EVENT_STREAM_MEDIA_TYPE) ? "latin1" : "utf8");
}

/** Default body cap: Lambda responses are small; anything past this is a finding, not data. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/** Default per-request deadline covering connect, headers and the whole body. */
export const DEFAULT_TIMEOUT_MS = 30_000;
