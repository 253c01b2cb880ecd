/** The suite pass: the CLI's phases (cli/runPhases.ts) over the plan, with its listeners (tally and every report writer). */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runPhases } from "../cli/runPhases.ts";
import { RunTally } from "../cli/runSummary.ts";
import type { ServiceView } from "../core/serviceView.ts";
import { createReporters } from "../reports/createReporters.ts";
import { createRunMeta } from "../reports/runMeta.ts";
import { CHECKS } from "../suites/checks/registry.ts";
import type { RunPlan } from "../suites/engine/plan.ts";
import type { TransportChoice, Transports } from "../suites/engine/sendCase.ts";
import type { MotoSession } from "./motoSession.ts";

/** Requests that went on the wire, and the ids of the cases the engine reported (what the replay sends). */
export interface SuiteCount {
  readonly requests: number;
  /** Set-up requests before cases (live state, isolation: suites/lambda preparations), not in the replay. */
  readonly setUp: number;
  readonly cases: number;
  readonly ids: ReadonlySet<string>;
}

/** Transports that count every request they send. */
function counting(t: Omit<Transports, "preparer">, count: { n: number }): Omit<Transports, "preparer"> {
  return {
    sdk: {
      send(op, input) {
        count.n++;
        return t.sdk.send(op, input);
      },
      close: () => t.sdk.close(),
    },
    raw: {
      send(req) {
        count.n++;
        return t.raw.send(req);
      },
      close: () => t.raw.close(),
    },
  };
}

/** Runs the cases as `lambda-conformance run` does, writing every report to a temporary directory. */
export async function suitePass(
  moto: Pick<MotoSession, "session" | "endpoint">,
  service: ServiceView,
  plan: RunPlan,
  opts: { concurrency: number; shrink: boolean; transport?: TransportChoice },
): Promise<SuiteCount> {
  const out = await mkdtemp(join(tmpdir(), "lc-bench-"));
  const count = { n: 0 };
  const setUp = { n: 0 };
  // The fixture client sends each case's preparation; counted apart, as the replay has none. Counted at
  // its HTTP handler: the client caches its middleware stack, so a middleware added now would not run.
  const handler = moto.session.clients.lambda.config.requestHandler as {
    handle: (...args: unknown[]) => Promise<unknown>;
  };
  const handle = handler.handle;
  handler.handle = (...args) => {
    setUp.n++;
    return handle.apply(handler, args);
  };
  const reporters = createReporters(out, { failOn: "none" });
  const tally = new RunTally();
  const ids = new Set<string>();
  try {
    await reporters.onRunStart(
      await createRunMeta({
        seed: plan.seed,
        target: { name: "moto", endpoint: moto.endpoint },
        options: { bench: true },
      }),
    );
    const outcome = await runPhases(
      moto.session,
      {
        service,
        plan,
        checks: CHECKS,
        concurrency: opts.concurrency,
        transport: opts.transport ?? "auto",
        shrink: opts.shrink,
      },
      {
        async onCase(result) {
          ids.add(result.id);
          tally.add(result);
          await reporters.onCase(result);
        },
      },
      counting(moto.session.transports, count),
    );
    await reporters.onRunEnd({ exitReason: "completed", unimplementedOperations: outcome.unimplemented });
    tally.render(outcome.unimplemented);
    return { requests: count.n, setUp: setUp.n, cases: outcome.cases, ids };
  } finally {
    handler.handle = handle;
    await rm(out, { recursive: true, force: true });
  }
}
