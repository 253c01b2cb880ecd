/** A copy-pasteable `curl` line for one sent request, signed by curl from environment variables. */

import { sanitizeText } from "../core/sanitize.ts";
import type { SentRequest } from "../core/transportResponse.ts";

/** Headers curl computes itself or that only carried the original signature. */
const DROPPED = new Set([
  "authorization",
  "x-amz-date",
  "x-amz-security-token",
  "x-amz-content-sha256",
  "host",
  "content-length",
  "user-agent",
  "x-amz-user-agent",
  "amz-sdk-invocation-id",
  "amz-sdk-request",
]);

/** POSIX single-quoting. */
export function shellQuote(value: string): string {
  return `'${value.replaceAll("'", `'\\''`)}'`;
}

/** The variable the endpoint comes from: the run's own was an ephemeral port (the pytest export reads it too). */
export const ENDPOINT_VARIABLE = "AWS_ENDPOINT_URL_LAMBDA";

/** The URL with the run's scheme, host and port replaced by the endpoint variable. */
function targetUrl(url: string): string {
  const m = /^[a-z]+:\/\/[^/]+(\/.*)?$/i.exec(url);
  return m ? `"$${ENDPOINT_VARIABLE}"${shellQuote(m[1] ?? "/")}` : shellQuote(url);
}

/**
 * `curl` reproducing `request`; the endpoint comes from `$AWS_ENDPOINT_URL_LAMBDA`, credentials from
 * `$AWS_ACCESS_KEY_ID`/`$AWS_SECRET_ACCESS_KEY`.
 */
export function curlCommand(request: SentRequest, region = "us-east-1"): string {
  const parts = ["curl", "-sS", "-X", request.method, targetUrl(request.url)];
  const names = Object.keys(request.headers);
  for (const name of names.sort()) {
    if (DROPPED.has(name.toLowerCase())) continue;
    parts.push("-H", shellQuote(`${name}: ${request.headers[name]}`));
  }
  if (names.some((n) => n.toLowerCase() === "x-amz-security-token"))
    parts.push("-H", '"X-Amz-Security-Token: $AWS_SESSION_TOKEN"');
  if (request.body !== undefined && request.body !== "") parts.push("--data-raw", shellQuote(request.body));
  parts.push(
    "--aws-sigv4",
    `"aws:amz:${region}:lambda"`,
    "--user",
    '"$AWS_ACCESS_KEY_ID:$AWS_SECRET_ACCESS_KEY"',
  );
  return sanitizeText(parts.join(" "));
}
