/** The one response record every transport produces, success or failure, so checks never see an exception. */

/** Why a call produced no usable (or no complete) response. */
export type TransportErrorKind = "timeout" | "connection" | "tls" | "tooLarge" | "other";

/** A failure folded into the record instead of thrown. */
export interface TransportError {
  readonly kind: TransportErrorKind;
  readonly message: string;
}

/** What was sent, with secrets already redacted, for reports and replay lines. */
export interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Record<string, string>;
}

/** Raw wire view of one response; `status` is 0 when no response arrived. */
export interface TransportResponse {
  readonly status: number;
  /** Lower-cased names; repeated headers joined with ", ". */
  readonly headers: Record<string, string>;
  /** UTF-8 text of the body, at most `maxBodyBytes` bytes of it. */
  readonly body: string;
  /** True when the body was cut at the cap. */
  readonly truncated: boolean;
  readonly durationMs: number;
  readonly error?: TransportError;
  readonly request?: RecordedRequest;
}

/** Default body cap: Lambda responses are small; anything past this is a finding, not data. */
export const DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

/** Default per-request deadline covering connect, headers and the whole body. */
export const DEFAULT_TIMEOUT_MS = 30_000;
