/** The shape of results.json (and of a baseline, which is results.json without cases). */

import type { Finding } from "../core/finding.ts";
import type { CaseRecord } from "./caseRecord.ts";
import type { RunMeta, RunSummary } from "./reporter.ts";
import type { RootCauseEntry } from "./rootCause.ts";

/** Bumped on any incompatible change to results.json; documented in docs/results-schema.md. */
export const RESULTS_SCHEMA_VERSION = 2;

/** results.json as a whole; `cases` is absent when read back by `readResults` and empty in baselines. */
export interface ResultsDoc {
  readonly schemaVersion: typeof RESULTS_SCHEMA_VERSION;
  readonly meta: RunMeta;
  readonly cases?: readonly CaseRecord[];
  readonly summary: RunSummary;
  readonly findings: readonly Finding[];
  /** Causes several findings share (`reports/rootCause.ts`); absent in baselines and older files. */
  readonly rootCauses?: readonly RootCauseEntry[];
}

/** Findings of a run partitioned against a baseline by (operation, check, violation kind, signature). */
export interface FindingsDiff {
  /** In the current run, not in the baseline. */
  readonly new: readonly Finding[];
  /** In the baseline, gone from the current run (the baseline's finding). */
  readonly fixed: readonly Finding[];
  /** In both (the current run's finding). */
  readonly unchanged: readonly Finding[];
  /** In `new` because their baseline entry's `expires` day has passed (the current run's finding). */
  readonly expired?: readonly Finding[];
  /** Baseline entries whose (operation, check) this run did not judge at all: neither fixed nor seen. */
  readonly notTested?: readonly Finding[];
}

/** Everything the Markdown, JUnit and HTML reporters render: no per-case data. */
export interface ReportData {
  readonly meta: RunMeta;
  readonly summary: RunSummary;
  readonly findings: readonly Finding[];
  /** Present when the run was compared with a baseline. */
  readonly diff?: FindingsDiff;
}
