/** The cases of one (operation, phase), lazily, each with the path that regenerates it. */
import fc from "fast-check";
import type { Phase, RequestCase } from "../core/requestCase.ts";
import type { OperationView } from "../core/serviceView.ts";
import { applicableViolations } from "./applicableViolations.ts";
import { boundaryRequests } from "./boundaryRequests.ts";
import type { FixturePool } from "./FixturePool.ts";
import { phaseArbitrary } from "./phaseArbitrary.ts";

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

/** Each (operation, phase) gets its own seed, so adding an operation does not change the others' cases. */
export function caseSeed(seed: number, operation: string, phase: Phase): number {
  let h = seed | 0;
  for (const ch of `${operation}/${phase}`) h = Math.imul(h ^ ch.charCodeAt(0), 0x01000193);
  return h >>> 0;
}

/** A run's cases of one (operation, phase): drawn from that pair's own seed (`caseSeed`). */
export function generateCases(
  op: OperationView,
  phase: Phase,
  runSeed: number,
  runs: number,
  fixtures?: FixturePool,
  only?: number,
): Generator<RequestCase> {
  return casesFromSeed(op, phase, caseSeed(runSeed, op.name, phase), runs, fixtures, only);
}

/** The first `runs` cases of a phase drawn from exactly `seed`, as an array (reports' and benchmarks' samples). */
export function sampleCases(
  op: OperationView,
  phase: Phase,
  { seed, runs, fixtures }: { readonly seed: number; readonly runs: number; readonly fixtures?: FixturePool },
): RequestCase[] {
  return [...casesFromSeed(op, phase, seed, runs, fixtures)];
}

/**
 * `fc.sample` with the same seed yields the same values, in the same order, as the property runner:
 * case i is run i, so `{seed, path: String(i)}` replays it and lets fast-check shrink it.
 */
function* casesFromSeed(
  op: OperationView,
  phase: Phase,
  seed: number,
  runs: number,
  fixtures?: FixturePool,
  only?: number,
): Generator<RequestCase> {
  // Stateful command sequences span operations; `suites/stateful` runs them, not this generator.
  if (phase === "stateful") return;
  // Protocol probes are enumerated by `suites/protocol`, around a valid case of this generator.
  if (phase === "protocol") return;
  // An input with nothing to break (no members, no body) has no invalid case.
  if (phase === "invalid" && applicableViolations(op).length === 0) return;
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
