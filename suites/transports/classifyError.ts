import type { TransportError, TransportErrorKind } from "../../core/transportResponse.ts";

/** Node/OpenSSL error codes per kind; data, so a new code is one line. */
const CODE_KINDS: ReadonlyArray<readonly [RegExp, TransportErrorKind]> = [
  [/^(ETIMEDOUT|ESOCKETTIMEDOUT|UND_ERR_.*TIMEOUT)$/, "timeout"],
  [
    /^(ECONNREFUSED|ECONNRESET|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN|EPIPE|ECONNABORTED)$/,
    "connection",
  ],
  [/^(ERR_TLS_|ERR_SSL_|CERT_|DEPTH_ZERO_|SELF_SIGNED_|UNABLE_TO_)/, "tls"],
];

/** Error names (SDK and ours) that mean the deadline fired. */
const TIMEOUT_NAMES = new Set(["TimeoutError", "RequestTimeout", "AbortError"]);

/** Maps anything thrown by a send into the record's error field; never rethrows. */
export function classifyError(error: unknown): TransportError {
  const err = error as { code?: unknown; name?: unknown; message?: unknown; cause?: unknown } | undefined;
  const message = typeof err?.message === "string" ? err.message : String(error);
  const code = typeof err?.code === "string" ? err.code : "";
  for (const [pattern, kind] of CODE_KINDS) {
    if (pattern.test(code)) return { kind, message };
  }
  if (typeof err?.name === "string" && TIMEOUT_NAMES.has(err.name)) return { kind: "timeout", message };
  if (message === "socket hang up") return { kind: "connection", message };
  if (err?.cause !== undefined && err.cause !== error) {
    const inner = classifyError(err.cause);
    if (inner.kind !== "other") return { kind: inner.kind, message };
  }
  return { kind: "other", message };
}
