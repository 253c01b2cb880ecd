/** The real side of a model run: sends each step through the engine's one exchange (`sendCase`, raw), judges it, and hands on the result. */

import type { CaseResult } from "../../core/caseResult.ts";
import type { Check } from "../../core/check.ts";
import type { RequestCase } from "../../core/requestCase.ts";
import type { ServiceView } from "../../core/serviceView.ts";
import { isUnimplemented } from "../checks/isUnimplemented.ts";
import { jsonBody } from "../checks/jsonBody.ts";
import { judge } from "../engine/judge.ts";
import { statefulReplayLine } from "../engine/replayLine.ts";
import { sendCase, type Transports } from "../engine/sendCase.ts";
import { DEFAULT_RETRY_POLICY } from "../transports/throttlePolicy.ts";
import { compareToModel, type ModelComparison, STATEFUL_CHECK } from "./compareToModel.ts";
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
  /** Receives every exchange with its model comparison. */
  readonly record: (result: CaseResult, comparison: ModelComparison) => void | Promise<void>;
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
      const { request, response, throttled } = await sendCase(operation, c, ctx.transports, "raw", {
        policy: DEFAULT_RETRY_POLICY,
        ...(ctx.signal ? { signal: ctx.signal } : {}),
      });
      const unimplemented = response.status !== 0 && isUnimplemented(response, { case: c, operation });
      if (unimplemented) ctx.disabled.add(step.operation);
      const body = asRecord(jsonBody(response.body));
      const comparison: ModelComparison = unimplemented
        ? { verdict: { check: STATEFUL_CHECK, status: "notApplicable" } }
        : compareToModel(step, response, body);
      const verdicts = [
        ...judge({ case: c, response, operation, service: ctx.service }, ctx.checks, unimplemented),
        comparison.verdict,
      ];
      await ctx.record(
        {
          id: `${step.operation}/stateful/${path}`,
          case: c,
          request,
          response,
          verdicts,
          replay: statefulReplayLine(ctx),
          ...(throttled ? { throttled } : {}),
        },
        comparison,
      );
      if (ctx.failOn !== undefined && comparison.key === ctx.failOn)
        throw new DivergenceError(comparison.verdict.reason ?? comparison.key);
      if (unimplemented) return undefined;
      const succeeded = response.status >= 200 && response.status < 300;
      return { status: response.status, body, bothSucceeded: succeeded && step.expect.status < 300 };
    },
  };
}

function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : {};
}
