/** The protocol checks' self-test rows: each probe answered as the document says, and answered with one defect. */
import type { ProbeKind, RequestCase } from "../../core/requestCase.ts";
import { PROBES } from "../../suites/protocol/probes.ts";
import { CASES } from "./cases.ts";
import { awsError, createAliasBody, getFunctionBody, LIST_FUNCTIONS } from "./replies.ts";
import type { Scenario } from "./scenarios.ts";

const probed = (c: RequestCase, kind: ProbeKind): RequestCase => ({
  ...c,
  phase: "protocol",
  probe: PROBES[kind],
  path: "0",
});

const HEADER_SIGNED_200 = { status: 200 };

export const PROTOCOL_CONFORMANT: readonly Scenario[] = [
  {
    title: "unsigned request refused with MissingAuthenticationTokenException (leniency)",
    case: probed(CASES.getFunction, "unsigned"),
    reply: awsError(403, "MissingAuthenticationTokenException", "Missing Authentication Token"),
    fails: [],
  },
  {
    title: "wrong secret refused with InvalidSignatureException (leniency)",
    case: probed(CASES.getFunction, "wrongSecret"),
    reply: awsError(403, "InvalidSignatureException"),
    fails: [],
  },
  {
    title: "stale X-Amz-Date refused with RequestExpired",
    case: probed(CASES.getFunction, "staleDate"),
    reply: awsError(400, "RequestExpired"),
    fails: [],
  },
  {
    title: "query-signed request answered as the header-signed one",
    case: probed(CASES.getFunction, "queryAuth"),
    reply: getFunctionBody(),
    prediction: HEADER_SIGNED_200,
    fails: [],
  },
  {
    title: "unknown path answered UnknownOperationException 404",
    case: probed(CASES.listFunctions, "unknownPath"),
    reply: awsError(404, "UnknownOperationException"),
    fails: [],
  },
  {
    title: "unsupported method answered UnknownOperationException 404",
    case: probed(CASES.getFunction, "unsupportedMethod"),
    reply: awsError(404, "UnknownOperationException"),
    fails: [],
  },
  {
    title: "undecodable body refused with MalformedHttpRequestException",
    case: probed(CASES.createAlias, "undecodableBody"),
    reply: awsError(400, "MalformedHttpRequestException"),
    fails: [],
  },
  {
    title: "oversized Invoke payload refused with RequestEntityTooLargeException 413",
    case: probed(CASES.invokeDryRun, "oversizedPayload"),
    reply: awsError(413, "RequestEntityTooLargeException"),
    fails: [],
  },
  {
    title: "JSON sent as text/plain and served warns (the document names no media type rule)",
    case: probed(CASES.createAlias, "wrongContentType"),
    reply: createAliasBody(),
    fails: [],
    warns: ["malformedRequest"],
  },
];

export const PROTOCOL_DEFECTIVE: readonly Scenario[] = [
  {
    title: "unsigned request served",
    case: probed(CASES.getFunction, "unsigned"),
    reply: getFunctionBody(),
    fails: ["authenticationEnforced"],
    because: /no Authorization header and no query signature: not refused/,
  },
  {
    title: "stale X-Amz-Date ignored",
    case: probed(CASES.getFunction, "staleDate"),
    reply: getFunctionBody(),
    fails: ["requestExpiry"],
    because: /20 minutes in the past: not refused/,
  },
  {
    title: "query signature refused where the header one is accepted",
    case: probed(CASES.getFunction, "queryAuth"),
    reply: awsError(403, "InvalidSignatureException"),
    prediction: HEADER_SIGNED_200,
    fails: ["queryAuthAccepted"],
    because:
      /query-signed request answered 403 InvalidSignatureException; signed in the Authorization header: 200/,
  },
  {
    title: "unknown path answered 200",
    case: probed(CASES.listFunctions, "unknownPath"),
    reply: LIST_FUNCTIONS,
    fails: ["unknownOperation"],
    because: /a path no operation has: not refused/,
  },
  {
    title: "unsupported method answered as a missing resource",
    case: probed(CASES.getFunction, "unsupportedMethod"),
    reply: awsError(404, "ResourceNotFoundException"),
    fails: ["unsupportedMethod"],
    because: /404 ResourceNotFoundException; the document: UnknownOperationException 404/,
  },
  {
    title: "body that is not gzip served despite Content-Encoding gzip",
    case: probed(CASES.createAlias, "undecodableBody"),
    reply: createAliasBody(),
    fails: ["malformedRequest"],
    because: /not gzip: not refused/,
  },
  {
    title: "oversized Invoke payload accepted",
    case: probed(CASES.invokeDryRun, "oversizedPayload"),
    reply: { status: 204 },
    fails: ["payloadLimit"],
    because: /size limit: not refused/,
  },
];
