import type { TransportResponse } from "../../core/transportResponse.ts";
import { parseErrorType } from "./parseErrorType.ts";

/** One way a target says "I do not implement this operation" (moto, LocalStack, a bare web server). */
export interface UnimplementedSignal {
  readonly id: string;
  /** Why this response means "not implemented" rather than a conformance failure. */
  readonly why: string;
  readonly matches: (response: TransportResponse) => boolean;
}

/** Error types emulators use for operations they lack; `UnknownOperationException` at a documented route says the same. */
export const NOT_IMPLEMENTED_ERROR_TYPES: readonly string[] = [
  "NotImplemented",
  "NotImplementedException",
  "NotImplementedError",
  "UnknownOperationException",
];

const NOT_IMPLEMENTED_TEXT = /not\s+(yet\s+)?implemented|not\s+supported\s+yet/i;

/** AWS always names its 404s; an unnamed one (often an HTML page) is a web framework finding no route. */
export const UNTYPED_NOT_FOUND: UnimplementedSignal = {
  id: "untypedNotFound",
  why: "404 or 405 with no error type (no route for the operation)",
  matches: (r) => (r.status === 404 || r.status === 405) && parseErrorType(r) === undefined,
};

/** The classification table, first match wins. */
export const UNIMPLEMENTED_SIGNALS: readonly UnimplementedSignal[] = [
  { id: "status501", why: "HTTP 501 Not Implemented", matches: (r) => r.status === 501 },
  {
    id: "notImplementedErrorType",
    why: "a not-implemented error type",
    matches: (r) => r.status >= 400 && NOT_IMPLEMENTED_ERROR_TYPES.includes(parseErrorType(r) ?? ""),
  },
  {
    id: "notImplementedText",
    why: 'error body says "not (yet) implemented" (LocalStack, moto)',
    matches: (r) => r.status >= 400 && NOT_IMPLEMENTED_TEXT.test(r.body),
  },
  UNTYPED_NOT_FOUND,
];

/** Signal per response object (responses are immutable once received). */
const classified = new WeakMap<TransportResponse, UnimplementedSignal | undefined>();

/** The first signal a response shows, if any. */
export function unimplementedSignal(response: TransportResponse): UnimplementedSignal | undefined {
  if (response.status === 0) return undefined;
  // Asked by the engine and by every check's `implemented` precondition: classify each response once.
  if (classified.has(response)) return classified.get(response);
  const signal = UNIMPLEMENTED_SIGNALS.find((s) => s.matches(response));
  classified.set(response, signal);
  return signal;
}
