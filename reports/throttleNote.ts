/** The summary-line note on throttling, shared by the Markdown and HTML reports. */
import type { RunSummary } from "./reporter.ts";

/** ` · N throttled (R retries, P persisted)`, or "" when nothing was throttled: retried throttles are not failures. */
export function throttleNote(summary: Pick<RunSummary, "throttles">): string {
  const t = summary.throttles;
  return t ? ` · ${t.cases} throttled (${t.retries} retries, ${t.persisted} persisted)` : "";
}
