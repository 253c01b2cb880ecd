/** The cases of one (operation, phase), lazily, each with the path that regenerates it. */
import fc from "fast-check";
import { applicableViolations } from "../../generators/applicableViolations.ts";
import { boundaryRequests } from "../../generators/boundaryRequests.ts";
import type { FixturePool } from "../../generators/FixturePool.ts";
import { phaseArbitrary } from "../../generators/phaseArbitrary.ts";
import type { Phase, RequestCase } from "../../generators/requestCase.ts";
import type { OperationView } from "../../specs/model/types.ts";
import { caseSeed } from "./plan.ts";

/** The arbitrary behind a generated phase; boundary cases are enumerated, not generated. */
export function arbitraryFor(
  op: OperationView,
  phase: Phase,
  fixtures?: FixturePool,
): fc.Arbitrary<RequestCase> {
  return phaseArbitrary(op, phase === "invalid" ? "invalid" : "valid", fixtures ? { fixtures } : {});
}

/** Runs sampled at a time: enough to amortise `fc.sample`, few enough that memory stays flat. */
const SAMPLE_CHUNK = 256;

/**
 * `fc.sample` with the same seed yields the same values, in the same order, as the property runner:
 * case i is run i, so `{seed, path: String(i)}` replays it and lets fast-check shrink it.
 */
export function* generateCases(
  op: OperationView,
  phase: Phase,
  runSeed: number,
  runs: number,
  fixtures?: FixturePool,
  only?: number,
): Generator<RequestCase> {
  // Stateful command sequences span operations; `suites/stateful` runs them, not this generator.
  if (phase === "stateful") return;
  // An input with nothing to break (no members, no body) has no invalid case.
  if (phase === "invalid" && applicableViolations(op).length === 0) return;
  const seed = caseSeed(runSeed, op.name, phase);
  const tag = (c: RequestCase, i: number): RequestCase => ({
    ...c,
    operation: op.name,
    phase,
    seed,
    path: String(i),
  });
  if (phase === "boundary") {
    const all = boundaryRequests(op, fixtures ? { fixtures } : {});
    for (let i = only ?? 0; i < all.length; i++) {
      const c = all[i];
      if (c) yield tag(c, i);
      if (only !== undefined) return;
    }
    return;
  }
  // In chunks, so memory does not grow with `runs`: `path: "i"` starts fast-check's stream at run i
  // without generating the runs before it, and yields the same values as one `fc.sample` of all runs.
  const arbitrary = arbitraryFor(op, phase, fixtures);
  const end = only === undefined ? runs : only + 1;
  for (let start = only ?? 0; start < end; start += SAMPLE_CHUNK) {
    const numRuns = Math.min(SAMPLE_CHUNK, end - start);
    const chunk = fc.sample(arbitrary, { seed, path: String(start), numRuns });
    for (let j = 0; j < chunk.length; j++) {
      const c = chunk[j];
      if (c) yield tag(c, start + j);
    }
  }
}
