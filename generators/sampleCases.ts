import fc from "fast-check";
import type { Phase, RequestCase } from "../core/requestCase.ts";
import type { OperationView } from "../core/serviceView.ts";
import { boundaryRequests } from "./boundaryRequests.ts";
import type { FixturePool } from "./FixturePool.ts";
import { phaseArbitrary } from "./phaseArbitrary.ts";

/** How many cases to draw and from which seed. */
export interface SampleCasesConstraints {
  readonly seed: number;
  readonly runs: number;
  readonly fixtures?: FixturePool;
}

/**
 * The first `runs` cases of a phase for a seed, each carrying `seed` and `path`: case i is run i of
 * a fast-check property with that seed, so `{seed, path: String(i)}` replays (and shrinks) it.
 * Boundary cases are the enumerated list, whole, with `path` their index.
 */
export function sampleCases(
  operation: OperationView,
  phase: Phase,
  { seed, runs, fixtures }: SampleCasesConstraints,
): RequestCase[] {
  const options = fixtures ? { fixtures } : {};
  const cases =
    phase === "boundary"
      ? boundaryRequests(operation, options)
      : fc.sample(phaseArbitrary(operation, phase === "invalid" ? "invalid" : "valid", options), {
          seed,
          numRuns: runs,
        });
  return cases.map((c, i) => ({ ...c, seed, path: String(i) }));
}
