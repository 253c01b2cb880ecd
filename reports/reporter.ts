/** The reporter contract the engine drives, and the run envelope every report file carries. */
import type { CaseResult } from "../core/caseResult.ts";
import type { Phase } from "../core/requestCase.ts";

/** Which target a run talked to; the endpoint never carries credentials. */
export interface TargetInfo {
  readonly name: string;
  readonly endpoint: string;
  readonly version?: string;
}

/** Everything known before the first case: what reproduces the run and what it ran against. */
export interface RunMeta {
  readonly runId: string;
  readonly seed: number;
  readonly target: TargetInfo;
  /** `version` of the suite's package.json. */
  readonly suiteVersion: string;
  /** sha256 (hex) of the model file the run loaded (`--model`): results are comparable only under the same model. */
  readonly modelHash: string;
  /** ISO 8601. */
  readonly startedAt: string;
  /** SigV4 region used in printed `curl` lines; `us-east-1` when absent. */
  readonly region?: string;
  /** The CLI options of the run (sanitised before writing). */
  readonly options: Readonly<Record<string, unknown>>;
  /** Set on one shard's result (`run --shard i/n`): what `merge` checks before joining shards. */
  readonly shard?: ShardMeta;
  /** Set on a result `merge` joined from shards: the shards' run ids, in shard order. */
  readonly merged?: { readonly shards: number; readonly runIds: readonly string[] };
  /** Members and operations left out because their values cannot be generated, one line each. */
  readonly generatorGaps?: readonly string[];
}

/** Which part of which whole run a shard ran. */
export interface ShardMeta {
  readonly index: number;
  readonly count: number;
  readonly operations: readonly string[];
  /** Whether this shard ran the stateful phase. */
  readonly stateful: boolean;
  /** sha256 of the whole run's plan (operations, phases, runs, seed, model, checks, transport): shards of one run share it. */
  readonly planDigest: string;
}

/**
 * Why a run ended: it ran every case, was interrupted (SIGINT), stopped early (target gone), or spent
 * its `--max-time` budget (the cases it sent are judged; the rest were not sent).
 */
export type ExitReason = "completed" | "interrupted" | "aborted" | "timeBudget";

/** Verdict counts of one (operation, check) cell; shrunk replays are not counted. */
export interface CellCounts {
  readonly operation: string;
  readonly check: string;
  readonly pass: number;
  readonly fail: number;
  readonly warn: number;
  readonly notApplicable: number;
}

/** What only the engine knows at the end of a run; the reporters add the counts. */
export interface RunEnd {
  /** ISO 8601; defaults to now. */
  readonly finishedAt?: string;
  readonly exitReason: ExitReason;
  /** One line on why the run stopped early. */
  readonly detail?: string;
  readonly unimplementedOperations: readonly string[];
}

/** The closing record of a run, as written to results.json. */
export interface RunSummary {
  readonly finishedAt: string;
  readonly exitReason: ExitReason;
  readonly detail?: string;
  /** Number of cases reported (shrunk replays included). */
  readonly cases: number;
  readonly counts: readonly CellCounts[];
  readonly unimplementedOperations: readonly string[];
  /** Present when the target throttled any case; retried throttles are not non-conformance. */
  readonly throttles?: ThrottleCounts;
  /** Present when the ownership guard did not send some cases: per (operation, phase), the first reason. */
  readonly skipped?: readonly SkippedCount[];
  /** Per operation: valid cases sent and answered 2xx (reach.ts). */
  readonly reach?: readonly ReachCount[];
}

/** One operation's reach: valid cases sent, how many were answered 2xx, and whether any 2xx had its shape judged. */
export interface ReachCount {
  readonly operation: string;
  readonly valid: number;
  readonly succeeded: number;
  readonly successJudged: boolean;
}

/** Cases of one (operation, phase) not sent because they could have changed what the run does not own. */
export interface SkippedCount {
  readonly operation: string;
  readonly phase: Phase;
  readonly cases: number;
  /** The first skipped case's reason (which resource it would have acted on). */
  readonly reason: string;
}

/** Throttled cases of a run, the retries they took, and how many stayed throttled (and were judged so). */
export interface ThrottleCounts {
  readonly cases: number;
  readonly retries: number;
  readonly persisted: number;
}

/** What the engine calls: once at start, once per case (in any order), once at the end. */
export interface Reporter {
  onRunStart(meta: RunMeta): void | Promise<void>;
  onCase(result: CaseResult): void | Promise<void>;
  onRunEnd(end: RunEnd): Promise<void>;
}
