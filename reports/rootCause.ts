/**
 * Findings grouped by root cause: one defect (LocalStack's UpdateAlias crash, a parser that refuses any
 * malformed body, a router that reads the path as a function name) fails many (operation, check,
 * violation kind) cells. The findings and their gate keys stay as they are; this only says which of them
 * a maintainer fixes at once.
 */
import type { Finding } from "../core/finding.ts";
import { findingKey } from "../core/finding.ts";

/** Findings that share one cause, in stable order. */
export interface RootCause {
  /** What the findings share: `5xx: <message>` or `misroute: <message>`; a lone finding's own key otherwise. */
  readonly cause: string;
  readonly findings: readonly Finding[];
}

/** The message of an error body: the JSON `message`/`Message`/`errorMessage`, else the text. */
function messageOf(body: string | undefined): string {
  if (!body) return "";
  try {
    const parsed = JSON.parse(body) as Record<string, unknown>;
    const m = parsed.message ?? parsed.Message ?? parsed.errorMessage;
    if (typeof m === "string") return m;
  } catch {
    // not JSON: the text itself
  }
  return /^\s*</.test(body) ? "" : body;
}

/**
 * The message with what varies from case to case replaced (ARNs, paths, ids, quoted values, numbers),
 * so the same defect reads the same whichever generated value met it.
 */
export function normalizeMessage(message: string): string {
  return message
    .replace(/arn:aws[\w-]*:[^\s'",)]+/g, "<arn>")
    .replace(/(?:(?:GET|POST|PUT|DELETE|PATCH|HEAD) )?\/20\d\d-\d\d-\d\d\/\S*/g, "<path>")
    .replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, "<id>")
    .replace(/'[^']*'|"[^"]*"|‘[^’]*’/g, "'…'")
    .replace(/\b(?:lc-[0-9a-f]+-)\S*/g, "<name>")
    .replace(/\b0x[0-9a-f]+\b/gi, "N")
    .replace(/(?<![A-Za-z])\d+/g, "N")
    .replace(/\s+/g, " ")
    .trim()
    .slice(0, 200);
}

/** A request path read as a resource name: the answer names the path it could not route. */
const MISROUTE = /\/20\d\d-\d\d-\d\d\/|unknown operation|unable to find operation/i;

/** The cause a finding shares with others, or undefined when its response tells nothing beyond itself. */
export function causeOf(f: Finding): string | undefined {
  // One serializer sends one wrong media type on every operation.
  if (f.check === "contentType") return `Content-Type ${f.signature}`;
  const { status, body } = f.example.response;
  const message = messageOf(body);
  // A page with no message (moto's HTML 500): the operation's unhandled error, whatever the input.
  if (message === "") return status >= 500 ? `${status} without a message: ${f.operation}` : undefined;
  if (MISROUTE.test(message) && status < 500) return `misroute: ${status} ${normalizeMessage(message)}`;
  if (status >= 500) return `${status}: ${normalizeMessage(message)}`;
  return undefined;
}

/** Every finding under its cause; causes with most findings first, then by cause. */
export function groupRootCauses(findings: readonly Finding[]): RootCause[] {
  const byCause = new Map<string, Finding[]>();
  for (const f of findings) {
    const cause = causeOf(f) ?? findingKey(f);
    byCause.set(cause, [...(byCause.get(cause) ?? []), f]);
  }
  return [...byCause.entries()]
    .map(([cause, fs]) => ({ cause, findings: fs }))
    .sort((a, b) => b.findings.length - a.findings.length || (a.cause < b.cause ? -1 : 1));
}

/** A shared cause as results.json records it: the cause and the keys (`findingKey`) of its findings. */
export interface RootCauseEntry {
  readonly cause: string;
  readonly findings: readonly string[];
}

/** The causes more than one finding shares (a lone finding's cause is itself), for results.json. */
export function sharedRootCauses(findings: readonly Finding[]): RootCauseEntry[] {
  return groupRootCauses(findings)
    .filter((c) => c.findings.length > 1)
    .map((c) => ({ cause: c.cause, findings: c.findings.map(findingKey) }));
}
