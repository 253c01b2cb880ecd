/**
 * The wire request of one protocol probe, signed (or mis-signed) by @smithy/signature-v4 as the probe
 * says, for a transport that sends it as given: the Authorization header, the query-string form of
 * the common parameters (presigned), a wrong secret, scope, date or session token, or none at all.
 */
import { Hash } from "@smithy/hash-node";
import { SignatureV4 } from "@smithy/signature-v4";
import type { AwsCredentialIdentity } from "@smithy/types";
import type { ProbeKind } from "../../core/requestCase.ts";
import type { RawRequest } from "../transports/rawTransport.ts";
import { toHttpRequest } from "../transports/toHttpRequest.ts";
import type { SigningContext } from "./signingContext.ts";

/** The document: a request more than 15 minutes off its date stamp is expired; 20 leaves no doubt. */
export const SKEW_MS = 20 * 60 * 1000;
/** A presigned request valid for this long (seconds) — long enough to arrive, short enough to lapse. */
export const PRESIGN_EXPIRES_S = 300;
/** A service and a region the credential scope must not name. */
const WRONG_SERVICE = "sqs";
const wrongRegion = (region: string): string => (region === "eu-west-1" ? "us-west-2" : "eu-west-1");

interface SignOptions {
  readonly credentials?: AwsCredentialIdentity;
  readonly service?: string;
  readonly region?: string;
  readonly date?: Date;
}

/** `req` ready to send, signed as `kind` says, at `now`. */
export async function probeRequest(
  req: RawRequest,
  kind: ProbeKind,
  s: SigningContext,
  now: Date,
): Promise<RawRequest> {
  const credentials = typeof s.credentials === "function" ? await s.credentials() : s.credentials;
  const at = (offset: number) => new Date(now.getTime() + offset);
  switch (kind) {
    case "unsigned":
      return req;
    case "wrongSecret":
      return sign(req, s, {
        credentials: { ...credentials, secretAccessKey: `${credentials.secretAccessKey}x` },
        date: now,
      });
    case "wrongService":
      return sign(req, s, { credentials, service: WRONG_SERVICE, date: now });
    case "wrongRegion":
      return sign(req, s, { credentials, region: wrongRegion(s.region), date: now });
    case "malformedToken":
      return sign(req, s, {
        credentials: { ...credentials, sessionToken: "lc-malformed-session-token" },
        date: now,
      });
    case "staleDate":
      return sign(req, s, { credentials, date: at(-SKEW_MS) });
    case "futureDate":
      return sign(req, s, { credentials, date: at(SKEW_MS) });
    case "queryAuth":
      return presign(req, s, credentials, now);
    case "expiredPresign":
      // Expired SKEW_MS ago, not merely signed then: the document allows 15 minutes past the expiry.
      return presign(req, s, credentials, at(-SKEW_MS - PRESIGN_EXPIRES_S * 1000));
    default:
      return sign(req, s, { credentials, date: now });
  }
}

function signer(s: SigningContext, o: SignOptions & { credentials: AwsCredentialIdentity }): SignatureV4 {
  return new SignatureV4({
    service: o.service ?? s.signingName,
    region: o.region ?? s.region,
    credentials: o.credentials,
    sha256: Hash.bind(null, "sha256"),
  });
}

async function sign(
  req: RawRequest,
  s: SigningContext,
  o: SignOptions & { credentials: AwsCredentialIdentity },
): Promise<RawRequest> {
  const signed = await signer(s, o).sign(
    toHttpRequest(req, new URL(s.endpoint)),
    o.date ? { signingDate: o.date } : {},
  );
  return { ...req, headers: signed.headers };
}

/** The common parameters in the query string instead of the Authorization header. */
async function presign(
  req: RawRequest,
  s: SigningContext,
  credentials: AwsCredentialIdentity,
  date: Date,
): Promise<RawRequest> {
  const signed = await signer(s, { credentials }).presign(toHttpRequest(req, new URL(s.endpoint)), {
    signingDate: date,
    expiresIn: PRESIGN_EXPIRES_S,
  });
  const query: Record<string, string | readonly string[]> = {};
  for (const [k, v] of Object.entries(signed.query ?? {})) if (v !== null) query[k] = v;
  return { ...req, query, headers: signed.headers };
}
