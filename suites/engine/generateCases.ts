/** The cases of one (operation, phase), lazily, each with the path that regenerates it. */
import fc from "fast-check";
import { boundaryRequests } from "../../generators/boundaryRequests.ts";
import type { FixturePool } from "../../generators/FixturePool.ts";
import { invalidRequests } from "../../generators/invalidRequests.ts";
import type { Phase, RequestCase } from "../../generators/requestCase.ts";
import { validRequests } from "../../generators/validRequests.ts";
import type { OperationView } from "../../specs/model/types.ts";
import { caseSeed } from "./plan.ts";

/** The arbitrary behind a generated phase; boundary cases are enumerated, not generated. */
export function arbitraryFor(
  op: OperationView,
  phase: Phase,
  fixtures?: FixturePool,
): fc.Arbitrary<RequestCase> {
  const opts = fixtures ? { fixtures } : {};
  return phase === "invalid" ? invalidRequests(op, opts) : validRequests(op, opts);
}

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
  const seed = caseSeed(runSeed, op.name, phase);
  const all =
    phase === "boundary"
      ? boundaryRequests(op, fixtures ? { fixtures } : {})
      : fc.sample(arbitraryFor(op, phase, fixtures), { seed, numRuns: only === undefined ? runs : only + 1 });
  for (let i = only ?? 0; i < all.length; i++) {
    const c = all[i];
    if (c) yield { ...c, operation: op.name, phase, seed, path: String(i) };
    if (only !== undefined) return;
  }
}
