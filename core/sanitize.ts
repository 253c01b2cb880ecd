/** The one sanitiser every string passes through before it reaches a report file. */
import { REDACTED } from "./redactHeaders.ts";
import { SECRET_NAMES as NAMES, SECRET_ENV_NAMES, SIGV4_SECRET_HEADERS } from "./secretNames.ts";

/** Header, query and JSON key names whose values are credentials. */
const SECRET_NAME_ALT = NAMES.join("|");
const SECRET_NAMES = new RegExp(`^(${SECRET_NAME_ALT})$`, "i");

/** The SigV4 names that appear as presigned query parameters (all but `authorization`). */
const PRESIGN_ALT = SIGV4_SECRET_HEADERS.filter((n) => n !== "authorization").join("|");

/** Names written as `name: value` or `name=value` in free text (headers, environment, config files). */
const KEY_VALUE_ALT = [
  ...SIGV4_SECRET_HEADERS.filter((n) => n !== "authorization"),
  ...SECRET_ENV_NAMES,
].join("|");

/** A value that is already a placeholder (plain, HTML-escaped, URL-encoded) or an environment variable. */
const NOT_A_SECRET = String.raw`(?!<redacted>|&lt;redacted&gt;|%3Credacted%3E|\$[A-Z_]+\b)`;

/** Ordered rewrite rules over free text; each keeps the name and puts the placeholder for the value. */
const TEXT_RULES: readonly [RegExp, (placeholder: string) => string][] = [
  // JSON members: "Authorization": "AWS4-HMAC-SHA256 ..."
  [new RegExp(`("(?:${SECRET_NAME_ALT})"\\s*:\\s*")(?:[^"\\\\]|\\\\.)*(")`, "gi"), (p) => `$1${p}$2`],
  // Query parameters of presigned URLs.
  [new RegExp(`([?&](?:${PRESIGN_ALT})=)${NOT_A_SECRET}[^&\\s"'#<\\\\]+`, "gi"), (p) => `$1${p}`],
  // Header lines and curl -H arguments: Authorization: AWS4-HMAC-SHA256 Credential=…
  [/(\bauthorization\s*:\s*)(?:AWS4-[A-Z0-9-]+|AWS|Bearer|Basic)\s[^\r\n"'<&\\]*/gi, (p) => `$1${p}`],
  [
    new RegExp(`(\\b(?:${KEY_VALUE_ALT})\\s*[:=]\\s*)${NOT_A_SECRET}[^\\s"'<&,;\\\\]+`, "gi"),
    (p) => `$1${p}`,
  ],
  // Fragments of a SigV4 Authorization value seen on their own.
  [new RegExp(`(\\bCredential=)${NOT_A_SECRET}[^,\\s"'<&\\\\]+`, "g"), (p) => `$1${p}`],
  [/(\bSignature=)[0-9a-f]{64}\b/gi, (p) => `$1${p}`],
  // Access key ids: long-term (AKIA) and temporary (ASIA).
  [/\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g, (p) => p],
];

/**
 * A word every rule above needs (case-insensitive, so a superset): most strings have none, and one
 * scan for it is far cheaper than seven replaces (sanitising was ~10 % of a run's CPU). Every stored
 * request carries `"authorization":"<redacted>"`, which no rule changes, so that form alone is no hit.
 */
const ANY_RULE_WORD =
  /authorization(?!"\s*:\s*"<redacted>")|x-amz-(?:security-token|credential|signature)|aws_(?:secret_access_key|session_token)|secretaccesskey|sessiontoken|credential=|signature=|akia|asia/i;

/** `text` with every credential-looking value replaced by `placeholder` (pass an escaped one for HTML/XML). */
export function sanitizeText(text: string, placeholder: string = REDACTED): string {
  if (!ANY_RULE_WORD.test(text)) return text;
  let out = text;
  for (const [pattern, replacement] of TEXT_RULES) out = out.replace(pattern, replacement(placeholder));
  return out;
}

/** The placeholder to use in a file of this name: markup files get it entity-escaped. */
export function placeholderFor(file: string): string {
  return /\.(html?|xml)$/i.test(file) ? "&lt;redacted&gt;" : REDACTED;
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
