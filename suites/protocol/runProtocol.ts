/**
 * The protocol phase: each operation's probes of the contract around it (signing, the common
 * parameters, paths, methods, media types, sizes), sent by a transport that signs nothing itself so
 * every probe goes on the wire as `probeRequest` built it, and judged by the protocol checks only.
 * Reads go out concurrently, writes one operation at a time (`stagesOf`), the cases of one operation in
 * order; results reach `onCase` in plan order whatever order the reads finish in.
 */
import type { CaseResult } from "../../core/caseResult.ts";
import type { Prediction } from "../../core/check.ts";
import { redactHeaders } from "../../core/redactHeaders.ts";
import type { ProbeKind, RequestCase } from "../../core/requestCase.ts";
import type { OperationView } from "../../core/serviceView.ts";
import type { TransportResponse } from "../../core/transportResponse.ts";
import type { FixturePool } from "../../generators/FixturePool.ts";
import { parseErrorType } from "../checks/parseErrorType.ts";
import { unimplementedSignal } from "../checks/unimplementedSignal.ts";
import { judge } from "../engine/judge.ts";
import { createOrderedRelease } from "../engine/orderedRelease.ts";
import { pool } from "../engine/pool.ts";
import { replayLine } from "../engine/replayLine.ts";
import type { RunChoices } from "../engine/runChoices.ts";
import { type CaseGuard, NOT_SENT } from "../engine/sendCase.ts";
import { skippedVerdict } from "../engine/skippedVerdict.ts";
import { stagesOf } from "../engine/stages.ts";
import { createTargetHealth } from "../engine/targetHealth.ts";
import type { RawRequest, RawTransport } from "../transports/rawTransport.ts";
import { probeRequest } from "./probeRequest.ts";
import { SIGNING_PROBES } from "./probes.ts";
import { probeWire } from "./probeWire.ts";
import { protocolCases } from "./protocolCases.ts";
import type { SigningContext } from "./signingContext.ts";

/** The run's choices (`checks`: the run's; only those that judge probes run on protocol cases) and what the session wires in. */
export interface ProtocolOptions
  extends Pick<RunChoices, "service" | "plan" | "checks" | "concurrency" | "replay" | "signal"> {
  /** Sends requests as given: created with `unsigned: true`. */
  readonly transport: RawTransport;
  readonly signing: SigningContext;
  readonly onCase: (result: CaseResult) => void | Promise<void>;
  readonly fixtures?: FixturePool;
  /** The clock the dated probes are signed against. */
  readonly now?: () => Date;
  /** On a shared account: a probe of a changing operation names resources too, so it passes the same guard. */
  readonly guard?: CaseGuard;
}

/** Bodies past this size are recorded by their length only (the oversized payload is 6 MiB). */
const RECORDED_BODY_BYTES = 64 * 1024;

/** Checks that judge protocol probes; every other check stands down on a protocol case. */
export const PROBE_CHECKS: ReadonlySet<string> = new Set([
  "authenticationEnforced",
  "requestExpiry",
  "queryAuthAccepted",
  "unknownOperation",
  "unsupportedMethod",
  "malformedRequest",
  "payloadLimit",
]);

export async function runProtocol(o: ProtocolOptions): Promise<{ cases: number; aborted?: string }> {
  const checks = o.checks.filter((c) => PROBE_CHECKS.has(c.name));
  const now = o.now ?? (() => new Date());
  const health = createTargetHealth();
  let cases = 0;
  const stopped = (): boolean => health.stopReason !== undefined || (o.signal?.aborted ?? false);

  const send = async (op: OperationView, c: RequestCase) => {
    const wire = await probeRequest(probeWire(op, c), c.probe?.kind ?? "headerAuth", o.signing, now());
    const response = await o.transport.send(wire);
    health.note(response, performance.now());
    return { wire, response };
  };

  const runOperation = async (op: OperationView, emit: (r: CaseResult) => Promise<void>): Promise<void> => {
    let headerSigned: Prediction | undefined;
    // The header-signed control reached the operation: a signing probe's answer that merely looks like
    // "no route" (moto routes a request without a Lambda credential scope to S3) is judged, not excused.
    let routed = false;
    const noteControl = (response: TransportResponse): void => {
      const type = parseErrorType(response);
      headerSigned = { status: response.status, ...(type === undefined ? {} : { error: type }) };
      routed = response.status !== 0 && unimplementedSignal(response) === undefined;
    };
    const planned = protocolCases(op, o.plan.seed, o.fixtures, o.replay);
    // A replayed signing probe is judged against its control as in the run, so the control goes first, unreported.
    const [control] = protocolCases(op, o.plan.seed, o.fixtures, 0);
    const replayed = planned[0]?.probe?.kind;
    if (o.replay !== undefined && control && replayed !== "headerAuth" && isSigningProbe(replayed))
      noteControl((await send(op, control)).response);
    for (const c of planned) {
      if (stopped()) return;
      const refusal = await o.guard?.admit(op, c);
      if (refusal !== undefined) {
        const wire = probeWire(op, c);
        await emit(resultOf(c, wire, NOT_SENT, [skippedVerdict(refusal)], replayLine(c, o.plan)));
        continue;
      }
      const { wire, response } = await send(op, c);
      o.guard?.settle(op, c, response);
      if (c.probe?.kind === "headerAuth") noteControl(response);
      const prediction = c.probe?.kind === "queryAuth" ? headerSigned : undefined;
      const verdicts = judge(
        {
          case: c,
          response,
          operation: op,
          service: o.service,
          ...(prediction ? { prediction } : {}),
          ...(isSigningProbe(c.probe?.kind) && routed ? { routing: "implemented" as const } : {}),
        },
        checks,
      );
      await emit(resultOf(c, wire, response, verdicts, replayLine(c, o.plan)));
    }
  };

  const operations = o.plan.operations.flatMap((name) => o.service.operations.get(name) ?? []);
  const stages = stagesOf(operations);
  // Results in stage and plan order, whatever order the concurrent reads finish in.
  const release = createOrderedRelease<CaseResult>(operations.length, async (r) => {
    cases++;
    await o.onCase(r);
  });
  let unit = 0;
  for (const stage of stages) {
    if (stopped()) break;
    const units = stage.operations.map((op) => ({ op, i: unit++ }));
    await pool(
      units,
      stage.concurrent ? o.concurrency : 1,
      ({ op, i }) => release.run(i, (emit) => runOperation(op, emit)),
      stopped,
    );
  }
  const aborted = health.stopReason ?? (o.signal?.aborted ? "interrupted" : undefined);
  return { cases, ...(aborted ? { aborted } : {}) };
}

function isSigningProbe(kind: ProbeKind | undefined): boolean {
  return kind !== undefined && SIGNING_PROBES.includes(kind);
}

function resultOf(
  c: RequestCase,
  wire: RawRequest,
  response: TransportResponse,
  verdicts: CaseResult["verdicts"],
  replay: string,
): CaseResult {
  const body = wire.body === undefined ? undefined : Buffer.from(wire.body);
  return {
    id: `${c.operation}/protocol/${c.path ?? "0"}`,
    case: c,
    request: {
      transport: "raw",
      method: wire.method,
      url: response.request?.url ?? wire.path,
      headers: redactHeaders(response.request?.headers ?? wire.headers ?? {}),
      ...(body === undefined
        ? {}
        : { body: body.length > RECORDED_BODY_BYTES ? `<${body.length} bytes>` : body.toString("utf8") }),
    },
    response,
    verdicts,
    replay,
  };
}
