/**
 * What real AWS refuses before an operation runs, played in front of an emulator that refuses nothing
 * of it: a request without any signature (403 MissingAuthenticationTokenException) and one whose date
 * is more than 15 minutes off or whose presigned expiry has passed (403 InvalidSignatureException,
 * "Signature expired"). The sensitivity baseline runs behind it; a protocol fault lifts one guard.
 */
import type { IncomingHttpHeaders } from "node:http";
import type { Answer } from "./answerEdits.ts";

/** One refusal of the front; a fault names the one it lifts. */
export type FrontGuard = "unsigned" | "expiredDate";

const SKEW_MS = 15 * 60 * 1000;

function refusal(type: string, message: string): Answer {
  return {
    status: 403,
    headers: [
      ["Content-Type", "application/json"],
      ["X-Amzn-ErrorType", type],
    ],
    body: JSON.stringify({ message }),
  };
}

/** `20261203T060000Z` → epoch milliseconds. */
function amzTime(value: string): number {
  const m = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  return m
    ? Date.UTC(+(m[1] ?? 0), +(m[2] ?? 1) - 1, +(m[3] ?? 0), +(m[4] ?? 0), +(m[5] ?? 0), +(m[6] ?? 0))
    : Number.NaN;
}

/** The front's refusal of a request, or undefined to pass it on; `lifted` is a guard a fault turned off. */
export function awsFront(
  req: { readonly url: string; readonly headers: IncomingHttpHeaders },
  lifted: FrontGuard | undefined,
  now = Date.now(),
): Answer | undefined {
  const query = new URL(req.url, "http://front").searchParams;
  const signedInQuery = query.has("X-Amz-Signature");
  if (lifted !== "unsigned" && req.headers.authorization === undefined && !signedInQuery)
    return refusal("MissingAuthenticationTokenException", "Missing Authentication Token");
  if (lifted === "expiredDate") return undefined;
  const header = req.headers["x-amz-date"];
  const date = amzTime(
    signedInQuery ? (query.get("X-Amz-Date") ?? "") : typeof header === "string" ? header : "",
  );
  if (Number.isNaN(date)) return undefined;
  const expired = signedInQuery
    ? now > date + Number(query.get("X-Amz-Expires") ?? 0) * 1000
    : Math.abs(now - date) > SKEW_MS;
  return expired ? refusal("InvalidSignatureException", "Signature expired") : undefined;
}
