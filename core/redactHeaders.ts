import { SIGV4_SECRET_HEADERS } from "./secretNames.ts";

/** Header names whose values are credentials or derived from them (SigV4 header and presign forms). */
const SECRET_HEADERS: ReadonlySet<string> = new Set(SIGV4_SECRET_HEADERS);

/** Placeholder written instead of a secret value. */
export const REDACTED = "<redacted>";

/** Copy of `headers` with every credential-bearing value replaced, so records can be written anywhere. */
export function redactHeaders(
  headers: Readonly<Record<string, string | string[] | undefined>>,
): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(headers)) {
    if (value === undefined) continue;
    out[name] = SECRET_HEADERS.has(name.toLowerCase())
      ? REDACTED
      : Array.isArray(value)
        ? value.join(", ")
        : value;
  }
  return out;
}

/** Same redaction for query parameters of a URL (presigned requests carry the signature there). */
export function redactUrl(url: string): string {
  const parsed = URL.canParse(url) ? new URL(url) : undefined;
  if (!parsed) return url;
  for (const key of [...parsed.searchParams.keys()]) {
    if (SECRET_HEADERS.has(key.toLowerCase())) parsed.searchParams.set(key, REDACTED);
  }
  return parsed.toString();
}
