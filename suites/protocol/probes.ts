/** The protocol probes: what each breaks, what the document says the answer must be, and its scope. */
import type { ProbeKind, ProtocolProbe } from "../../core/requestCase.ts";

const probe = (
  kind: ProbeKind,
  scope: ProtocolProbe["scope"],
  breaks: string,
  expects: string,
): ProtocolProbe => ({
  kind,
  breaks,
  expects,
  scope,
});

const AUTH =
  "IncompleteSignature 403 or NotAuthorized 401 (leniency: AWS sends InvalidSignatureException 403)";
const EXPIRED = "RequestExpired 400 (leniency: AWS sends InvalidSignatureException 403, Signature expired)";

/** Every probe, by kind, in the order a case list runs them (the header-signed control first). */
export const PROBES: Readonly<Record<ProbeKind, ProtocolProbe>> = {
  headerAuth: probe(
    "headerAuth",
    "service",
    "nothing: signed in the Authorization header",
    "the operation's own answer",
  ),
  queryAuth: probe(
    "queryAuth",
    "service",
    "nothing: signed in the query string (X-Amz-Algorithm, X-Amz-Credential, X-Amz-Date, X-Amz-Expires, X-Amz-SignedHeaders, X-Amz-Signature)",
    "the answer the header-signed request got",
  ),
  unsigned: probe(
    "unsigned",
    "service",
    "no Authorization header and no query signature",
    "IncompleteSignature 403 or NotAuthorized 401 (leniency: AWS sends MissingAuthenticationTokenException 403)",
  ),
  wrongSecret: probe("wrongSecret", "service", "signed with the wrong secret access key", AUTH),
  wrongService: probe("wrongService", "service", "credential scope names another service", AUTH),
  wrongRegion: probe("wrongRegion", "service", "credential scope names another region", AUTH),
  malformedToken: probe(
    "malformedToken",
    "service",
    "X-Amz-Security-Token that no STS issued",
    "UnrecognizedClientException 403 or ExpiredTokenException 403",
  ),
  staleDate: probe("staleDate", "service", "X-Amz-Date 20 minutes in the past", EXPIRED),
  futureDate: probe("futureDate", "service", "X-Amz-Date 20 minutes in the future", EXPIRED),
  expiredPresign: probe(
    "expiredPresign",
    "service",
    "query signature whose X-Amz-Expires ran out 20 minutes ago",
    EXPIRED,
  ),
  unknownPath: probe("unknownPath", "service", "a path no operation has", "UnknownOperationException 404"),
  unsupportedMethod: probe(
    "unsupportedMethod",
    "service",
    "a method the operation's path does not take",
    "UnknownOperationException 404",
  ),
  wrongContentType: probe(
    "wrongContentType",
    "operation",
    "JSON body sent as Content-Type text/plain",
    "MalformedHttpRequestException 400",
  ),
  undecodableBody: probe(
    "undecodableBody",
    "operation",
    "Content-Encoding gzip on a body that is not gzip",
    "MalformedHttpRequestException 400",
  ),
  oversizedPayload: probe(
    "oversizedPayload",
    "operation",
    "a payload over the operation's documented size limit",
    "RequestEntityTooLargeException 413 or the operation's documented 413",
  ),
};

/** Probes of the request's signature: sent on reads only, so a target that serves them changes nothing. */
export const SIGNING_PROBES: readonly ProbeKind[] = [
  "headerAuth",
  "queryAuth",
  "unsigned",
  "wrongSecret",
  "wrongService",
  "wrongRegion",
  "malformedToken",
  "staleDate",
  "futureDate",
  "expiredPresign",
];

/**
 * Request size limits the document states for an operation, in bytes: Invoke's "최대 페이로드 크기는
 * 6MB" (synchronous invocation; the FunctionUrlConfig InvokeMode BUFFERED text) — one byte over.
 */
export const PAYLOAD_LIMITS: Readonly<Record<string, number>> = { Invoke: 6 * 1024 * 1024 };
