/**
 * What the answer to each protocol probe must be: the document's common errors (일반적인 오류) for it,
 * the types real AWS sends beyond them (leniency rows), and how an answer outside both is judged.
 */
import type { ProbeKind } from "../../core/requestCase.ts";
import {
  AWS_AUTH_ERRORS,
  METHOD_NOT_ALLOWED_STATUSES,
  SCHEMA_REJECTION_TYPES,
  SIZE_REJECTION_TYPES,
} from "../leniency/leniencies.ts";

export interface ProbeExpectation {
  /** Error type → status the document gives for this breakage. */
  readonly documented: Readonly<Record<string, number>>;
  /** Error type → status real AWS sends instead (each from a leniency row). */
  readonly lenient?: Readonly<Record<string, number>>;
  /**
   * How an answer that is neither is judged: `served` (any such answer means the request was served:
   * one signature whatever the status), `fail` (an undocumented rejection, named by its type), or
   * `warn` (rejected for another reason first; the document does not order the checks).
   */
  readonly otherwise: "served" | "fail" | "warn";
  /** A 2xx is a warn, not a fail: the document does not say this request must be refused. */
  readonly successOnlyWarns?: true;
  /** Untyped statuses that warn (HTTP's own answer the document does not name). */
  readonly untypedWarns?: readonly number[];
}

const SIGNATURE = { IncompleteSignature: 403 };
const INVALID_SIGNATURE = { InvalidSignatureException: AWS_AUTH_ERRORS.InvalidSignatureException ?? 403 };
const EXPIRED = { RequestExpired: 400 };
const at400 = (types: readonly string[]) => Object.fromEntries(types.map((t) => [t, 400]));

/** The table, by probe kind; `headerAuth` is the control a query-signed request is compared with. */
export const PROBE_EXPECTATIONS: Readonly<Record<ProbeKind, ProbeExpectation>> = {
  headerAuth: { documented: {}, otherwise: "served" },
  queryAuth: { documented: {}, otherwise: "served" },
  unsigned: {
    documented: { ...SIGNATURE, NotAuthorized: 401, AccessDeniedException: 403 },
    lenient: {
      MissingAuthenticationTokenException: AWS_AUTH_ERRORS.MissingAuthenticationTokenException ?? 403,
    },
    otherwise: "served",
  },
  wrongSecret: { documented: SIGNATURE, lenient: INVALID_SIGNATURE, otherwise: "served" },
  wrongService: { documented: SIGNATURE, lenient: INVALID_SIGNATURE, otherwise: "served" },
  wrongRegion: { documented: SIGNATURE, lenient: INVALID_SIGNATURE, otherwise: "served" },
  malformedToken: {
    documented: { UnrecognizedClientException: 403, ExpiredTokenException: 403, ...SIGNATURE },
    otherwise: "served",
  },
  staleDate: { documented: EXPIRED, lenient: INVALID_SIGNATURE, otherwise: "served" },
  futureDate: { documented: EXPIRED, lenient: INVALID_SIGNATURE, otherwise: "served" },
  expiredPresign: { documented: EXPIRED, lenient: INVALID_SIGNATURE, otherwise: "served" },
  unknownPath: { documented: { UnknownOperationException: 404 }, otherwise: "fail" },
  unsupportedMethod: {
    documented: { UnknownOperationException: 404 },
    otherwise: "fail",
    untypedWarns: METHOD_NOT_ALLOWED_STATUSES,
  },
  wrongContentType: {
    documented: { MalformedHttpRequestException: 400 },
    lenient: at400(SCHEMA_REJECTION_TYPES),
    // The document names no media type rule: accepting or refusing it otherwise is a warn; a 5xx fails.
    otherwise: "warn",
    successOnlyWarns: true,
  },
  undecodableBody: {
    documented: { MalformedHttpRequestException: 400 },
    lenient: at400(SCHEMA_REJECTION_TYPES),
    otherwise: "fail",
  },
  oversizedPayload: {
    documented: { RequestEntityTooLargeException: 413 },
    lenient: Object.fromEntries(SIZE_REJECTION_TYPES.map((t) => [t, 413])),
    otherwise: "warn",
  },
};
