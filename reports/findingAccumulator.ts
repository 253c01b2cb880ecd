/** Folds case results into findings and per-cell counts as they stream by; memory is O(groups), not O(cases). */
import type { CaseResult } from "../core/caseResult.ts";
import {
  compareFindings,
  type Finding,
  type FindingExample,
  findingKey,
  SERVICE_WIDE,
} from "../core/finding.ts";
import { sanitizeDeep } from "../core/sanitize.ts";
import type { SentRequest } from "../core/transportResponse.ts";
import { responseRecord, shrunkFromOf } from "./caseRecord.ts";
import { curlCommand } from "./curlCommand.ts";
import { SHAPE_CHECK } from "./reach.ts";
import type { CellCounts, ReachCount, SkippedCount, ThrottleCounts } from "./reporter.ts";
import { setupNeeds } from "./setupNeeds.ts";

type MutableCounts = { -readonly [K in keyof CellCounts]: CellCounts[K] };

interface Group {
  count: number;
  size: number;
  /** The smallest example so far; made a finding only when findings are asked for (it may be replaced many times). */
  example?: {
    readonly result: CaseResult;
    readonly check: string;
    readonly signature: string;
    readonly reason: string;
  };
  /** For a service-wide group: every operation that showed it. */
  operations?: Set<string>;
}

/** The violation kind a finding is keyed by: the case's violation, its protocol probe, or `none`. */
export function violationKindOf(result: CaseResult): string {
  return result.case.violation?.kind ?? result.case.probe?.kind ?? "none";
}

/** The operation a failure groups under: the service for a service-wide probe, else the case's own. */
function groupOperation(result: CaseResult): string {
  return result.case.probe?.scope === "service" ? SERVICE_WIDE : result.case.operation;
}

/**
 * How big a request is when choosing a finding's example: as reports store it (sanitised) and without
 * the endpoint, so shards run against targets on other ports pick the example the unsharded run picks.
 */
export function exampleSize(request: SentRequest): number {
  const { url, ...rest } = sanitizeDeep(request);
  return JSON.stringify(rest).length + url.replace(/^[a-z]+:\/\/[^/]*/i, "").length;
}

/** Incremental grouping of failures by (operation, check, violation kind, signature). */
export class FindingAccumulator {
  #cells = new Map<string, MutableCounts>();
  #groups = new Map<string, Group>();
  #cases = 0;
  #throttles = { cases: 0, retries: 0, persisted: 0 };
  #reach = new Map<string, { valid: number; succeeded: number; successJudged: boolean }>();
  #skipped = new Map<string, { -readonly [K in keyof SkippedCount]: SkippedCount[K] }>();

  /** `region` goes into the SigV4 part of printed curl lines. */
  constructor(private readonly region?: string) {}

  /** Counts one result and keeps it as an example if it is the smallest of its group so far. */
  add(result: CaseResult): void {
    this.#cases++;
    if (result.throttled) {
      this.#throttles.cases++;
      this.#throttles.retries += result.throttled.retries;
      if (result.throttled.persisted) this.#throttles.persisted++;
    }
    const shrunk = shrunkFromOf(result) !== undefined;
    const operation = result.case.operation;
    const violationKind = violationKindOf(result);
    const skipped = result.verdicts.find((v) => v.status === "skipped");
    if (skipped) {
      // Not sent: no verdict of any check, no reach; counted apart so the report lists what went untested.
      if (!shrunk) this.#countSkipped(result, skipped.reason ?? "not sent");
      return;
    }
    if (!shrunk) this.#countReach(result);
    let size: number | undefined;
    for (const verdict of result.verdicts) {
      if (!shrunk) this.#count(operation, verdict.check, verdict.status);
      if (verdict.status !== "fail") continue;
      // A verdict without a signature (a hand-made one) still groups, under its check alone.
      const signature = verdict.signature ?? "";
      const grouped = groupOperation(result);
      const key = findingKey({ operation: grouped, check: verdict.check, violationKind, signature });
      let group = this.#groups.get(key);
      if (!group) {
        group = { count: 0, size: Number.POSITIVE_INFINITY };
        this.#groups.set(key, group);
      }
      if (grouped !== operation) {
        group.operations ??= new Set();
        group.operations.add(operation);
      }
      if (!shrunk) group.count++;
      // A sequence reproduces only whole: its size is every request's, so the shortest one is shown.
      size ??= (result.sequence ?? [result.request]).reduce((sum, r) => sum + exampleSize(r), 0);
      if (size >= group.size) continue;
      group.size = size;
      group.example = { result, check: verdict.check, signature, reason: verdict.reason ?? "failed" };
    }
  }

  /** Number of results added. */
  get cases(): number {
    return this.#cases;
  }

  /** Throttle counts so far; undefined when nothing was throttled. */
  throttles(): ThrottleCounts | undefined {
    return this.#throttles.cases === 0 ? undefined : { ...this.#throttles };
  }

  /** Findings so far, in stable order. */
  findings(): Finding[] {
    return [...this.#groups.values()]
      .flatMap((g) =>
        g.example
          ? [
              {
                ...this.#toFinding(g.example.result, g.example.check, g.example.signature, g.example.reason),
                ...(g.operations ? { operations: [...g.operations].sort() } : {}),
                count: Math.max(g.count, 1),
              },
            ]
          : [],
      )
      .sort(compareFindings);
  }

  /** Per (operation, check) verdict counts, sorted by operation then check. */
  counts(): CellCounts[] {
    return [...this.#cells.values()].sort((a, b) =>
      a.operation === b.operation ? a.check.localeCompare(b.check) : a.operation.localeCompare(b.operation),
    );
  }

  /** Per operation reach, sorted by operation. */
  reach(): ReachCount[] {
    return [...this.#reach.entries()]
      .map(([operation, r]) => ({ operation, ...r }))
      .sort((a, b) => a.operation.localeCompare(b.operation));
  }

  /** Cases not sent, per (operation, phase), sorted; undefined when every case was sent. */
  skipped(): SkippedCount[] | undefined {
    if (this.#skipped.size === 0) return undefined;
    return [...this.#skipped.values()]
      .map((s) => ({ ...s }))
      .sort((a, b) => a.operation.localeCompare(b.operation) || a.phase.localeCompare(b.phase));
  }

  #countSkipped(result: CaseResult, reason: string): void {
    const { operation, phase } = result.case;
    const key = `${operation}|${phase}`;
    const s = this.#skipped.get(key) ?? { operation, phase, cases: 0, reason };
    s.cases++;
    this.#skipped.set(key, s);
  }

  #countReach(result: CaseResult): void {
    const operation = result.case.operation;
    const r = this.#reach.get(operation) ?? { valid: 0, succeeded: 0, successJudged: false };
    const success = result.response.status >= 200 && result.response.status < 300;
    if (result.case.phase === "valid") {
      r.valid++;
      if (success) r.succeeded++;
    }
    if (success && result.verdicts.some((v) => v.check === SHAPE_CHECK && v.status !== "notApplicable"))
      r.successJudged = true;
    this.#reach.set(operation, r);
  }

  #count(operation: string, check: string, status: string): void {
    const key = `${operation}|${check}`;
    let cell = this.#cells.get(key);
    if (!cell) {
      cell = { operation, check, pass: 0, fail: 0, warn: 0, notApplicable: 0 };
      this.#cells.set(key, cell);
    }
    if (status === "pass" || status === "fail" || status === "warn" || status === "notApplicable")
      cell[status]++;
  }

  #toFinding(
    result: CaseResult,
    check: string,
    signature: string,
    reason: string,
  ): Omit<Finding, "count" | "operations"> {
    const c = result.case;
    const alsoFailed = result.verdicts
      .filter((v) => v.status === "fail" && v.check !== check)
      .map((v) => v.check);
    const setup = setupNeeds(result.sequence ?? [result.request]);
    const example: FindingExample = {
      caseId: result.id,
      phase: c.phase,
      ...(c.violation ? { violation: c.violation } : {}),
      ...(c.boundary !== undefined ? { boundary: c.boundary } : {}),
      ...(c.probe ? { probe: c.probe } : {}),
      seed: c.seed,
      request: result.request,
      response: responseRecord(result.response),
      reason,
      ...(alsoFailed.length > 0 ? { alsoFailed } : {}),
      replay: result.replay,
      curl: curlCommand(result.request, this.region),
      ...(setup.length > 0 ? { setup } : {}),
      ...(result.sequence ? { sequence: result.sequence } : {}),
    };
    return sanitizeDeep({
      operation: groupOperation(result),
      check,
      violationKind: violationKindOf(result),
      signature,
      reason,
      example,
    });
  }
}
