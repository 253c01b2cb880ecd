/** The one sanitiser every string passes through before it reaches a report file. */
import { REDACTED } from "../suites/transports/redactHeaders.ts";

/** Header, query and JSON key names whose values are credentials. */
const SECRET_NAMES =
  /^(authorization|x-amz-security-token|x-amz-credential|x-amz-signature|aws_secret_access_key|aws_session_token|secretaccesskey|sessiontoken)$/i;

const SECRET_NAME_ALT =
  "authorization|x-amz-security-token|x-amz-credential|x-amz-signature|aws_secret_access_key|aws_session_token|secretaccesskey|sessiontoken";

/** Ordered rewrite rules over free text; each keeps the name and replaces only the value. */
const TEXT_RULES: readonly [RegExp, string][] = [
  // JSON members: "Authorization": "AWS4-HMAC-SHA256 ..."
  [new RegExp(`("(?:${SECRET_NAME_ALT})"\\s*:\\s*")(?:[^"\\\\]|\\\\.)*(")`, "gi"), `$1${REDACTED}$2`],
  // Query parameters of presigned URLs.
  [/([?&](?:X-Amz-Credential|X-Amz-Signature|X-Amz-Security-Token)=)[^&\s"'#<\\]*/gi, `$1${REDACTED}`],
  // Header lines and curl -H arguments: Authorization: AWS4-HMAC-SHA256 Credential=…
  [/(\bauthorization\s*:\s*)(?:AWS4-[A-Z0-9-]+|AWS|Bearer|Basic)\s[^\r\n"'<\\]*/gi, `$1${REDACTED}`],
  [
    /(\b(?:x-amz-security-token|x-amz-credential|x-amz-signature)\s*[:=]\s*)(?!<redacted>|\$[A-Z_]+\b)[^\s"'<&,;\\]+/gi,
    `$1${REDACTED}`,
  ],
  [
    /(\b(?:aws_secret_access_key|aws_session_token)\s*[:=]\s*)(?!\$[A-Z_]+\b)[^\s"'<&,;\\]+/gi,
    `$1${REDACTED}`,
  ],
  // Fragments of a SigV4 Authorization value seen on their own.
  [/(\bCredential=)(?!<redacted>)[^,\s"'<\\]+/g, `$1${REDACTED}`],
  [/(\bSignature=)[0-9a-f]{64}\b/gi, `$1${REDACTED}`],
  // Access key ids: long-term (AKIA) and temporary (ASIA).
  [/\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g, REDACTED],
];

/** `text` with every credential-looking value replaced by `<redacted>`. */
export function sanitizeText(text: string): string {
  let out = text;
  for (const [pattern, replacement] of TEXT_RULES) out = out.replace(pattern, replacement);
  return out;
}

/** Deep copy of a JSON-like value: secret-named members redacted, every string sanitised. */
export function sanitizeDeep<T>(value: T): T {
  return walk(value) as T;
}

function walk(value: unknown): unknown {
  if (typeof value === "string") return sanitizeText(value);
  if (Array.isArray(value)) return value.map(walk);
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    out[sanitizeText(key)] = SECRET_NAMES.test(key) && v !== undefined ? REDACTED : walk(v);
  }
  return out;
}
