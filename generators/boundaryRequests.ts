import fc from "fast-check";
import type { RequestCase } from "../core/requestCase.ts";
import type { OperationView } from "../core/serviceView.ts";
import { boundarySites } from "./_internals/boundarySites.ts";
import { ValueArbitraries } from "./_internals/valueArbitraries.ts";
import type { RequestOptions } from "./RequestOptions.ts";

/** Seed of the valid rest of every boundary request: boundary lists are the same on every run. */
const BOUNDARY_SEED = 20150331;

/**
 * Deterministic edge cases of every length, range and enum constraint of an operation: min, max,
 * empty, the longest allowed (valid side) and min−1, max+1, the first value past each limit, a
 * non-matching string, a value outside the enum (invalid side, with `violation`). Each case labels
 * its edge in `boundary`; the rest of the request is valid and fixed.
 */
export function boundaryRequests(operation: OperationView, options: RequestOptions = {}): RequestCase[] {
  const values = new ValueArbitraries(options.fixtures);
  return boundarySites(operation).map((site) => {
    const [placed] = fc.sample(site.slot.place(values, site.leaf(values)), {
      seed: BOUNDARY_SEED,
      numRuns: 1,
    }) as [{ value: unknown; path: string }];
    const input = placed.value as Record<string, unknown>;
    if (!site.violation)
      return {
        operation: operation.name,
        phase: "boundary",
        input,
        boundary: site.label,
        seed: BOUNDARY_SEED,
      };
    return {
      operation: operation.name,
      phase: "boundary",
      input,
      boundary: site.label,
      violation: {
        path: placed.path,
        kind: site.violation.kind,
        constraint: site.violation.constraint,
        rawOnly: false,
      },
      seed: BOUNDARY_SEED,
    };
  });
}
