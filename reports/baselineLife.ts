/**
 * A baseline that lives as long as the project: each entry keeps when it was first and last seen, and
 * may carry a `reason` (a link to the emulator's issue) and an `expires` date after which a matching
 * finding fails the gate again. Today's baseline files (entries without `baseline`) are read as first
 * and last seen on the day of their run.
 */
import { compareFindings, type Finding, findingKey } from "../core/finding.ts";
import type { RunSummary } from "./reporter.ts";
import type { ResultsDoc } from "./resultsDoc.ts";

/** The lifecycle of one baseline entry; dates are `YYYY-MM-DD`. */
export interface BaselineLife {
  readonly firstSeen: string;
  readonly lastSeen: string;
  /** Why the finding is accepted: a link to the target's issue. */
  readonly reason?: string;
  /** The last day the entry excuses its finding. */
  readonly expires?: string;
}

/** A finding as a baseline keeps it. */
export type BaselineEntry = Finding & { readonly baseline?: BaselineLife };

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The day (UTC) of an ISO timestamp: the run's date, never the clock of whoever reads the file. */
export function dayOf(iso: string): string {
  return iso.slice(0, 10);
}

/** An entry's lifecycle, defaulted for entries written before lifecycles existed. */
export function lifeOf(entry: BaselineEntry, doc: Pick<ResultsDoc, "meta">): BaselineLife {
  const day = dayOf(doc.meta.startedAt);
  return entry.baseline ?? { firstSeen: day, lastSeen: day };
}

/** Whether the entry's `expires` day is before `today`. */
export function isExpired(entry: BaselineEntry, today: string): boolean {
  return entry.baseline?.expires !== undefined && entry.baseline.expires < today;
}

/** Throws with the file and entry when a hand-edited `expires` or date is not `YYYY-MM-DD`. */
export function checkBaselineDates(doc: ResultsDoc, path: string): void {
  for (const f of doc.findings as readonly BaselineEntry[]) {
    const life = f.baseline;
    if (!life) continue;
    for (const [name, value] of Object.entries({ ...life, reason: undefined }))
      if (value !== undefined && !DATE.test(String(value)))
        throw new Error(
          `${path}: baseline entry ${findingKey(f)}: ${name} must be YYYY-MM-DD, got "${value}"`,
        );
  }
}

/** Whether a run judged the entry's (operation, check) cell at all: only then can "not reproduced" mean fixed. */
export function testedBy(
  summary: Pick<RunSummary, "counts">,
): (f: Pick<Finding, "operation" | "check">) => boolean {
  const judged = new Set(
    summary.counts.filter((c) => c.pass + c.fail + c.warn > 0).map((c) => `${c.operation}|${c.check}`),
  );
  return (f) => judged.has(`${f.operation}|${f.check}`);
}

/** What `baseline update` did. */
export interface BaselineUpdate {
  readonly doc: ResultsDoc;
  readonly added: number;
  readonly seenAgain: number;
  readonly kept: number;
  readonly pruned: number;
}

/**
 * Merges a run into a baseline: the run's findings (with their first-seen day, reason and expiry kept),
 * and the old entries the run did not reproduce — all of them, or with `prune` only those it did not test.
 */
export function updateBaseline(
  old: ResultsDoc | undefined,
  run: ResultsDoc,
  opts: { readonly prune: boolean },
): BaselineUpdate {
  if (opts.prune && run.summary.exitReason !== "completed")
    throw new Error(
      `--baseline-prune needs a completed run; this one ended ${run.summary.exitReason}${run.summary.detail ? ` (${run.summary.detail})` : ""}, so an entry it did not reproduce may just not have been reached`,
    );
  const today = dayOf(run.meta.startedAt);
  const before = new Map((old?.findings ?? []).map((f) => [findingKey(f), f as BaselineEntry]));
  const now = new Set(run.findings.map(findingKey));
  const tested = testedBy(run.summary);
  let added = 0;
  let seenAgain = 0;
  const entries: BaselineEntry[] = run.findings.map((f) => {
    const prior = before.get(findingKey(f));
    if (prior && old) seenAgain++;
    else added++;
    const life = prior && old ? lifeOf(prior, old) : { firstSeen: today, lastSeen: today };
    const { baseline: _ignored, ...finding } = f as BaselineEntry;
    return { ...finding, baseline: { ...life, firstSeen: min(life.firstSeen, today), lastSeen: today } };
  });
  let kept = 0;
  let pruned = 0;
  for (const [key, prior] of before) {
    if (now.has(key) || !old) continue;
    if (opts.prune && tested(prior)) {
      pruned++;
      continue;
    }
    kept++;
    entries.push({ ...prior, baseline: lifeOf(prior, old) });
  }
  const { cases: _cases, ...rest } = run;
  return {
    doc: { ...rest, cases: [], findings: entries.sort(compareFindings) },
    added,
    seenAgain,
    kept,
    pruned,
  };
}

function min(a: string, b: string): string {
  return a < b ? a : b;
}
