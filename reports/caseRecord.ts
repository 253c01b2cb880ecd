/**
 * One case as results.json stores it: flat, sanitised, no generator internals, and proportionate: a
 * case every check passed keeps what was sent and the answer's status (issue #25), a long response
 * body keeps its head (`storedBody.ts`); a failing case keeps every header a reader needs to see why.
 */

import type { CaseResult, Verdict } from "../core/caseResult.ts";
import type { ResponseRecord } from "../core/finding.ts";
import type { Phase, ProtocolProbe, Violation } from "../core/requestCase.ts";
import { sanitizeDeep } from "../core/sanitize.ts";
import type { SentRequest } from "../core/transportResponse.ts";
import { type BodyCut, storedBody } from "./storedBody.ts";

/** The request as a case record stores it: a passing case's keeps no headers (they are the transport's own). */
export type StoredRequest = Omit<SentRequest, "headers"> & { readonly headers?: SentRequest["headers"] };

/**
 * The response as a case record stores it: a passing case's 2xx keeps neither headers nor body (only the
 * body's length and hash, in `bodyCut`); any other body longer than `STORED_BODY_CHARS` keeps its head.
 */
export type StoredResponse = Omit<ResponseRecord, "headers"> & {
  readonly headers?: ResponseRecord["headers"];
  readonly bodyCut?: BodyCut;
};

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
  readonly request: StoredRequest;
  readonly response: StoredResponse;
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

/** Sanitised record of one result; bodies are cut after sanitising, so no secret is cut in half unredacted. */
export function toCaseRecord(result: CaseResult): CaseRecord {
  const c = result.case;
  const shrunkFrom = shrunkFromOf(result);
  const record: CaseRecord = sanitizeDeep({
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
  return passed(record.verdicts)
    ? { ...record, request: withoutHeaders(record.request), response: passedResponse(record.response) }
    : { ...record, response: { ...record.response, ...storedBody(record.response.body) } };
}

/** Every check passed or did not apply: nothing in the exchange explains a failure. */
function passed(verdicts: readonly Verdict[]): boolean {
  return verdicts.every((v) => v.status === "pass" || v.status === "notApplicable");
}

function withoutHeaders({ headers: _headers, ...rest }: StoredRequest): StoredRequest {
  return rest;
}

/** A passed 2xx keeps its status and the body's length and hash; an error answer keeps what names its type. */
function passedResponse(response: StoredResponse): StoredResponse {
  if (response.status < 200 || response.status >= 300) return { ...response, ...storedBody(response.body) };
  const { headers: _headers, ...rest } = response;
  return { ...rest, ...storedBody(response.body, 0) };
}

/** A stored case as the reporters take it (`merge` feeds shards' cases through them again). */
export function fromCaseRecord(r: CaseRecord): CaseResult {
  const request: SentRequest = { ...r.request, headers: r.request.headers ?? {} };
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
    request,
    response: { ...r.response, headers: r.response.headers ?? {}, request },
    verdicts: r.verdicts,
    replay: r.replay,
    ...(r.shrunkFrom ? { shrunkFrom: r.shrunkFrom } : {}),
    ...(r.throttled ? { throttled: r.throttled } : {}),
    ...(r.sequence ? { sequence: r.sequence } : {}),
  };
}
