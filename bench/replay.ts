/**
 * Raw replay: the suite's own cases, generated and serialized before the clock starts, then signed and
 * sent through the raw SigV4 transport at the suite's concurrency — the target's own limit.
 */

import type { ServiceView } from "../core/serviceView.ts";
import type { FixturePool } from "../generators/FixturePool.ts";
import { generateCases } from "../generators/generateCases.ts";
import type { RunPlan } from "../suites/engine/plan.ts";
import { pool } from "../suites/engine/pool.ts";
import { serializeRequest } from "../suites/engine/serializeRequest.ts";
import { createRawTransport, type RawRequest } from "../suites/transports/rawTransport.ts";

/**
 * The plan's cases (the stateful phase excepted) in the engine's order, serialized for the wire; with
 * `only`, just the cases of those ids (`operation/phase/path`, as the engine names results).
 */
export function prepareRequests(
  service: ServiceView,
  plan: RunPlan,
  fixtures: FixturePool,
  only?: ReadonlySet<string>,
): RawRequest[] {
  const out: RawRequest[] = [];
  for (const name of plan.operations) {
    const op = service.operations.get(name);
    if (!op) continue;
    for (const phase of plan.phases)
      for (const c of generateCases(op, phase, plan.seed, plan.runs, fixtures))
        if (!only || only.has(`${c.operation}/${c.phase}/${c.path ?? "0"}`))
          out.push(serializeRequest(op, c));
  }
  return out;
}

/** Sends every prepared request at `concurrency`, nothing else; returns the number sent. */
export async function replay(
  endpoint: string,
  prepared: readonly RawRequest[],
  concurrency: number,
): Promise<number> {
  const raw = createRawTransport({ endpoint, timeoutMs: 30_000 });
  try {
    await pool(prepared, concurrency, async (request) => {
      await raw.send(request);
    });
  } finally {
    raw.close();
  }
  return prepared.length;
}
