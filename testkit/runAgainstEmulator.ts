/**
 * A whole run against an emulator the suite starts, as the integration specs make it: every check,
 * loopback only, concurrency 8, 20 s per request; one line says what it took and what was unimplemented.
 */
import { runSession, type SessionOutcome } from "../cli/session.ts";
import type { CaseResult } from "../core/caseResult.ts";
import type { ServiceView } from "../core/serviceView.ts";
import { CHECKS } from "../suites/checks/registry.ts";
import type { RunPlan } from "../suites/engine/plan.ts";

export async function runAgainstEmulator(
  target: string,
  service: ServiceView,
  plan: RunPlan,
  onCase: (r: CaseResult) => void,
  opts: { shrink?: boolean } = {},
): Promise<SessionOutcome> {
  const started = Date.now();
  const outcome = await runSession(
    {
      service,
      plan,
      checks: CHECKS,
      target,
      allowRealAws: false,
      concurrency: 8,
      timeoutMs: 20_000,
      transport: "auto",
      shrink: opts.shrink ?? false,
    },
    { onCase },
  );
  console.log(
    `${target} ${outcome.target.version ?? ""}: ${outcome.cases} cases in ${((Date.now() - started) / 1000).toFixed(1)} s; unimplemented: ${outcome.unimplemented.join(", ") || "none"}`,
  );
  return outcome;
}
