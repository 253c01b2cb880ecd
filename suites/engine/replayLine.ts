/** The command lines that regenerate and resend a case: one per generated case, one per stateful phase. */
import type { RequestCase } from "../../core/requestCase.ts";
import type { RunPlan } from "./plan.ts";

/** ` --model FILE` when the run loaded another model than the default, so the replay loads it too. */
function modelArg(plan: Pick<RunPlan, "model">): string {
  return plan.model === undefined ? "" : ` --model ${plan.model}`;
}

export function replayLine(c: RequestCase, plan: Pick<RunPlan, "seed" | "runs" | "model">): string {
  return `npx lambda-conformance run${modelArg(plan)} --ops ${c.operation} --phases ${c.phase} --seed ${plan.seed} --runs ${plan.runs} --replay ${c.path ?? "0"}`;
}

/** The same seed regenerates every command sequence, so one line replays the whole stateful phase. */
export function statefulReplayLine(plan: Pick<RunPlan, "seed" | "runs" | "model">): string {
  return `npx lambda-conformance run${modelArg(plan)} --phases stateful --seed ${plan.seed} --runs ${plan.runs}`;
}
