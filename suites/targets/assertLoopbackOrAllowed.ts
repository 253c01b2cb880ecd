/** Hosts of real AWS endpoints (commercial, China, dual-stack); calls there cost money and touch real accounts. */
const AWS_HOST = /(^|\.)(amazonaws\.com|amazonaws\.com\.cn|api\.aws)$/i;

/** True for names and addresses that stay on this machine: localhost, 127.0.0.0/8, ::1. */
export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, "").toLowerCase();
  return (
    host === "localhost" ||
    host.endsWith(".localhost") ||
    host === "::1" ||
    /^127(\.\d{1,3}){3}$/.test(host) ||
    /^::ffff:127(\.\d{1,3}){3}$/.test(host)
  );
}

/**
 * Refuses any endpoint that is not loopback unless `allowRealAws` is set, because a conformance run
 * sends malformed and destructive requests. `undefined` means "the SDK's default", which is real AWS.
 */
export function assertLoopbackOrAllowed(url: string | undefined, allowRealAws: boolean): void {
  if (url === undefined) {
    if (allowRealAws) return;
    throw new Error(
      "refusing to run against real AWS: no endpoint was given (set --endpoint, AWS_ENDPOINT_URL_LAMBDA " +
        "or AWS_ENDPOINT_URL to an emulator, or pass --allow-real-aws to target AWS on purpose)",
    );
  }
  if (!URL.canParse(url)) throw new Error(`invalid endpoint URL: ${JSON.stringify(url)}`);
  const parsed = new URL(url);
  if (parsed.protocol !== "http:" && parsed.protocol !== "https:") {
    throw new Error(`endpoint must be http(s), got ${parsed.protocol} in ${url}`);
  }
  if (isLoopbackHost(parsed.hostname) || allowRealAws) return;
  if (AWS_HOST.test(parsed.hostname)) {
    throw new Error(
      `refusing real AWS endpoint ${parsed.host}: conformance runs send invalid and destructive requests; ` +
        "pass --allow-real-aws to do this on purpose",
    );
  }
  throw new Error(
    `refusing non-loopback endpoint ${parsed.host}: only 127.0.0.0/8, ::1 and localhost are allowed; ` +
      "pass --allow-real-aws to reach other hosts on purpose",
  );
}
