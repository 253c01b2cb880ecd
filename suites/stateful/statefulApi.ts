/** The real side of a model run: sends each step through the engine's one exchange (`sendCase`, raw), judges it, and hands on the result. */

import type { CaseResult, Verdict } from "../../core/caseResult.ts";
import type { Check, Prediction } from "../../core/check.ts";
import type { RequestCase } from "../../core/requestCase.ts";
import type { ServiceView } from "../../core/serviceView.ts";
import { jsonObject } from "../checks/jsonBody.ts";
import { decideRouting, looksUnimplemented } from "../checks/routing.ts";
import { statefulModel } from "../checks/statefulModel.ts";
import { judge } from "../engine/judge.ts";
import { statefulReplayLine } from "../engine/replayLine.ts";
import { sendCase, type Transports } from "../engine/sendCase.ts";
import { skippedVerdict } from "../engine/skippedVerdict.ts";
import { DEFAULT_RETRY_POLICY } from "../transports/throttlePolicy.ts";
import type { Step, StepOutcome } from "./step.ts";

/** Thrown to fail the fast-check property when the divergence being shrunk shows up again. */
export class DivergenceError extends Error {}

/** What every exchange of a run shares. */
export interface ApiContext {
  readonly service: ServiceView;
  readonly transports: Transports;
  /** Stops throttle waits at once when the run is interrupted. */
  readonly signal?: AbortSignal;
  readonly checks: readonly Check[];
  readonly seed: number;
  readonly runs: number;
  /** The `--model` file when not the default, for the replay line. */
  readonly model?: string;
  /** Operations answered as unimplemented; shared by every run, so each is recorded once. */
  readonly disabled: Set<string>;
  /** Receives every exchange with the key of its model divergence, if it diverged. */
  readonly record: (result: CaseResult, divergence: string | undefined) => void | Promise<void>;
  /** When set, a divergence with this key throws `DivergenceError` (shrinking a counterexample). */
  readonly failOn?: string;
}

/** What commands call: one method per exchange. */
export interface StatefulApi {
  send(step: Step): Promise<StepOutcome | undefined>;
}

/** The api of fast-check run `run`; step numbers restart per run, so ids read `<Op>/stateful/<run>.<step>`. */
export function createStatefulApi(ctx: ApiContext, run: number): StatefulApi {
  let stepNo = 0;
  return {
    async send(step) {
      const operation = ctx.service.operations.get(step.operation);
      if (!operation) throw new Error(`stateful: operation ${step.operation} is not in the model`);
      if (ctx.disabled.has(step.operation)) return undefined;
      const path = `${run}.${stepNo++}`;
      const c: RequestCase = {
        operation: step.operation,
        phase: "stateful",
        input: step.input,
        seed: ctx.seed,
        path,
      };
      // The same exchange as the stateless phases: serialise, send raw, retry throttles, record redacted.
      const { request, response, throttled, skipped } = await sendCase(operation, c, ctx.transports, "raw", {
        policy: DEFAULT_RETRY_POLICY,
        signal: ctx.signal,
      });
      const id = `${step.operation}/stateful/${path}`;
      if (skipped !== undefined) {
        // Not sent (a name the run does not own): the command did not happen, as for an unimplemented one.
        const verdicts = [skippedVerdict(skipped)];
        await ctx.record(
          { id, case: c, request, response, verdicts, replay: statefulReplayLine(ctx) },
          undefined,
        );
        return undefined;
      }
      // One answer decides: the operation's later commands are disabled for every run.
      const unimplemented = looksUnimplemented(response, { case: c, operation });
      if (unimplemented) ctx.disabled.add(step.operation);
      const prediction: Prediction = { ...step.expect, ...(step.verify ? { verify: step.verify } : {}) };
      const sent = { case: c, response, operation, service: ctx.service, prediction };
      const verdicts = judge({ ...sent, routing: decideRouting(sent, unimplemented) }, ctx.checks);
      const divergence = divergenceKey(step.operation, verdicts);
      await ctx.record(
        {
          id,
          case: c,
          request,
          response,
          verdicts,
          replay: statefulReplayLine(ctx),
          ...(throttled ? { throttled } : {}),
        },
        divergence,
      );
      if (ctx.failOn !== undefined && divergence === ctx.failOn)
        throw new DivergenceError(verdicts.find((v) => v.check === statefulModel.name)?.reason ?? divergence);
      if (unimplemented) return undefined;
      const body = jsonObject(response.body);
      const succeeded = response.status >= 200 && response.status < 300;
      return { status: response.status, body, bothSucceeded: succeeded && step.expect.status < 300 };
    },
  };
}

/** `Operation|kind` of a `statefulModel` fail: what groups one divergence across runs and what shrinking replays. */
function divergenceKey(operation: string, verdicts: readonly Verdict[]): string | undefined {
  const verdict = verdicts.find((v) => v.check === statefulModel.name);
  return verdict?.status === "fail" ? `${operation}|${verdict.signature}` : undefined;
}
