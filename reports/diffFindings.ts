/** The regression gate: findings keyed by (operation, check, violation kind, signature), never by generated values. */
import { compareFindings, type Finding, findingKey } from "../core/finding.ts";
import { type BaselineEntry, dayOf, isExpired, testedBy } from "./baselineLife.ts";
import type { RunMeta, RunSummary } from "./reporter.ts";
import type { FindingsDiff, ResultsDoc } from "./resultsDoc.ts";

/** Partitions current findings against a baseline's into new, fixed and unchanged. */
export function diffFindings(current: readonly Finding[], baseline: readonly Finding[]): FindingsDiff {
  const before = new Map(baseline.map((f) => [findingKey(f), f]));
  const now = new Set(current.map(findingKey));
  return {
    new: current.filter((f) => !before.has(findingKey(f))).sort(compareFindings),
    fixed: baseline.filter((f) => !now.has(findingKey(f))).sort(compareFindings),
    unchanged: current.filter((f) => before.has(findingKey(f))).sort(compareFindings),
  };
}

/**
 * The gate's diff of a run against a baseline file: a finding whose entry expired before the run's day
 * is new again, and an entry the run did not reproduce is fixed only if the run judged its cell at all.
 */
export function diffAgainstBaseline(
  current: readonly Finding[],
  run: { readonly meta: Pick<RunMeta, "startedAt">; readonly summary: Pick<RunSummary, "counts"> },
  baseline: Pick<ResultsDoc, "findings">,
): FindingsDiff {
  const today = dayOf(run.meta.startedAt);
  const lapsed = new Set(
    (baseline.findings as readonly BaselineEntry[]).filter((e) => isExpired(e, today)).map(findingKey),
  );
  const diff = diffFindings(current, baseline.findings);
  const tested = testedBy(run.summary);
  const expired = diff.unchanged.filter((f) => lapsed.has(findingKey(f)));
  return {
    new: [...diff.new, ...expired].sort(compareFindings),
    fixed: diff.fixed.filter(tested),
    unchanged: diff.unchanged.filter((f) => !lapsed.has(findingKey(f))),
    ...(expired.length > 0 ? { expired } : {}),
    ...(diff.fixed.some((f) => !tested(f)) ? { notTested: diff.fixed.filter((f) => !tested(f)) } : {}),
  };
}

/** `--fail-on`: `new` gates on findings absent from the baseline, `any` on every finding, `none` never. */
export type FailOn = "new" | "any" | "none";

/** Process exit code for a run's findings under `failOn` (no baseline: every finding is new). */
export function gateExitCode(
  findings: readonly Finding[],
  diff: FindingsDiff | undefined,
  failOn: FailOn,
): 0 | 1 {
  if (failOn === "none") return 0;
  if (failOn === "new") return (diff ? diff.new.length : findings.length) > 0 ? 1 : 0;
  return findings.length > 0 ? 1 : 0;
}

/** How a finding stands against the baseline, for marking it in reports. */
export function diffStatus(f: Finding, diff: FindingsDiff | undefined): "new" | "unchanged" | undefined {
  if (!diff) return undefined;
  const key = findingKey(f);
  return diff.new.some((n) => findingKey(n) === key) ? "new" : "unchanged";
}
