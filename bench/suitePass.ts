/** The suite pass: the engine over the plan, with the CLI's listeners (tally and every report writer). */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { RunTally } from "../cli/runSummary.ts";
import type { ServiceView } from "../core/serviceView.ts";
import type { FixturePool } from "../generators/FixturePool.ts";
import { createReporters } from "../reports/createReporters.ts";
import { createRunMeta } from "../reports/runMeta.ts";
import { CHECKS } from "../suites/checks/registry.ts";
import type { RunPlan } from "../suites/engine/plan.ts";
import { runConformance } from "../suites/engine/runConformance.ts";
import type { TransportChoice, Transports } from "../suites/engine/sendCase.ts";
import { createRawTransport } from "../suites/transports/rawTransport.ts";
import { createSdkTransport } from "../suites/transports/sdkTransport.ts";

/** Requests that went on the wire, and the ids of the cases the engine reported (what the replay sends). */
export interface SuiteCount {
  readonly requests: number;
  readonly cases: number;
  readonly ids: ReadonlySet<string>;
}

/** Transports that count every request they send. */
function counting(t: Transports, count: { n: number }): Transports {
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

/** Runs the engine as `lambda-conformance run` does, writing every report to a temporary directory. */
export async function suitePass(
  endpoint: string,
  service: ServiceView,
  plan: RunPlan,
  fixtures: FixturePool,
  opts: { concurrency: number; shrink: boolean; transport?: TransportChoice },
): Promise<SuiteCount> {
  const out = await mkdtemp(join(tmpdir(), "lc-bench-"));
  const count = { n: 0 };
  const common = { endpoint, timeoutMs: 30_000 };
  const transports = counting({ sdk: createSdkTransport(common), raw: createRawTransport(common) }, count);
  const reporters = createReporters(out, { failOn: "none" });
  const tally = new RunTally();
  const ids = new Set<string>();
  try {
    await reporters.onRunStart(
      await createRunMeta({ seed: plan.seed, target: { name: "moto", endpoint }, options: { bench: true } }),
    );
    const outcome = await runConformance({
      service,
      plan,
      transports,
      checks: CHECKS,
      concurrency: opts.concurrency,
      fixtures,
      shrink: opts.shrink,
      transport: opts.transport ?? "auto",
      listener: {
        async onCase(result) {
          ids.add(result.id);
          tally.add(result);
          await reporters.onCase(result);
        },
      },
    });
    await reporters.onRunEnd({ exitReason: "completed", unimplementedOperations: outcome.unimplemented });
    tally.render(outcome.unimplemented);
    return { requests: count.n, cases: outcome.cases, ids };
  } finally {
    transports.sdk.close();
    transports.raw.close();
    await rm(out, { recursive: true, force: true });
  }
}
