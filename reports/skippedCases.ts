/** What the ownership guard left untested, as the Markdown, HTML and JUnit reports say it. */
import type { RunSummary, SkippedCount } from "./reporter.ts";

/** Cases not sent in the whole run. */
export function skippedTotal(summary: Pick<RunSummary, "skipped">): number {
  return (summary.skipped ?? []).reduce((n, s) => n + s.cases, 0);
}

/** ` · N not sent (shared account)`, or "" when every case was sent. */
export function skippedNote(summary: Pick<RunSummary, "skipped">): string {
  const n = skippedTotal(summary);
  return n === 0 ? "" : ` · ${n} not sent (shared account)`;
}

/** The heading of the list of what went untested. */
export function skippedHeading(summary: Pick<RunSummary, "skipped">): string {
  return `Not sent for safety (${skippedTotal(summary)} cases): they would have acted on resources this run did not create`;
}

/** The rows of that list, in summary order. */
export function skippedRows(summary: Pick<RunSummary, "skipped">): readonly SkippedCount[] {
  return summary.skipped ?? [];
}
