/** The regression gate: findings keyed by (operation, check, violation kind, signature), never by generated values. */
import { compareFindings, type Finding, findingKey } from "../core/finding.ts";
import type { FindingsDiff } from "./resultsDoc.ts";

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
