/** One case as results.json stores it: flat, sanitised, no generator internals. */

import type { CaseResult, Verdict } from "../core/caseResult.ts";
import type { ResponseRecord } from "../core/finding.ts";
import type { Phase, ProtocolProbe, Violation } from "../core/requestCase.ts";
import { sanitizeDeep } from "../core/sanitize.ts";
import type { SentRequest } from "../core/transportResponse.ts";

/** A line of results.json's `cases` array. */
export interface CaseRecord {
  readonly id: string;
  readonly operation: string;
  readonly phase: Phase;
  readonly violation?: Violation;
  readonly boundary?: string;
  readonly probe?: ProtocolProbe;
  readonly seed: number;
  readonly path?: string;
  /** Set on a failure fast-check shrank: the id of the case it started from. */
  readonly shrunkFrom?: string;
  /** Set when the target throttled the case: retries spent, and whether the judged answer still was a throttle. */
  readonly throttled?: { readonly retries: number; readonly persisted: boolean };
  readonly request: SentRequest;
  readonly response: ResponseRecord;
  readonly verdicts: readonly Verdict[];
  readonly replay: string;
  /** A failing stateful exchange's command sequence, in order, `request` last. */
  readonly sequence?: readonly SentRequest[];
}

/** The id of the case a shrunk result came from, if it is one. */
export function shrunkFromOf(result: CaseResult): string | undefined {
  const from = (result as { readonly shrunkFrom?: unknown }).shrunkFrom;
  return typeof from === "string" ? from : undefined;
}

/** The response as received, minus the transport's duplicate of the request. */
export function responseRecord(response: CaseResult["response"]): ResponseRecord {
  const { request: _sent, ...rest } = response;
  return rest;
}

/** Sanitised record of one result. */
export function toCaseRecord(result: CaseResult): CaseRecord {
  const c = result.case;
  const shrunkFrom = shrunkFromOf(result);
  return sanitizeDeep({
    id: result.id,
    operation: c.operation,
    phase: c.phase,
    ...(c.violation ? { violation: c.violation } : {}),
    ...(c.boundary !== undefined ? { boundary: c.boundary } : {}),
    ...(c.probe ? { probe: c.probe } : {}),
    seed: c.seed,
    ...(c.path !== undefined ? { path: c.path } : {}),
    ...(shrunkFrom ? { shrunkFrom } : {}),
    ...(result.throttled ? { throttled: result.throttled } : {}),
    request: result.request,
    response: responseRecord(result.response),
    verdicts: result.verdicts,
    replay: result.replay,
    ...(result.sequence ? { sequence: result.sequence } : {}),
  });
}

/** A stored case as the reporters take it (`merge` feeds shards' cases through them again). */
export function fromCaseRecord(r: CaseRecord): CaseResult {
  return {
    id: r.id,
    case: {
      operation: r.operation,
      phase: r.phase,
      ...(r.violation ? { violation: r.violation } : {}),
      ...(r.probe ? { probe: r.probe } : {}),
      ...(r.boundary !== undefined ? { boundary: r.boundary } : {}),
      seed: r.seed,
      ...(r.path !== undefined ? { path: r.path } : {}),
    } as CaseResult["case"],
    request: r.request,
    response: { ...r.response, request: r.request },
    verdicts: r.verdicts,
    replay: r.replay,
    ...(r.shrunkFrom ? { shrunkFrom: r.shrunkFrom } : {}),
    ...(r.throttled ? { throttled: r.throttled } : {}),
    ...(r.sequence ? { sequence: r.sequence } : {}),
  };
}
