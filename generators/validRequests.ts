import type fc from "fast-check";
import type { RequestCase } from "../core/requestCase.ts";
import type { OperationView } from "../core/serviceView.ts";
import { ValueArbitraries } from "./_internals/valueArbitraries.ts";
import type { RequestOptions } from "./RequestOptions.ts";

const cache = new WeakMap<OperationView, fc.Arbitrary<RequestCase>>();

/**
 * Requests of an operation that satisfy every constraint of the model: all members (labels, query,
 * headers, body, payload) in one SDK-shaped object, optional members present and absent. `seed` is 0:
 * `generateCases` fills it. Throws `GeneratorGapError` when a required member cannot be generated.
 */
export function validRequests(
  operation: OperationView,
  options: RequestOptions = {},
): fc.Arbitrary<RequestCase> {
  const cached = options.fixtures ? undefined : cache.get(operation);
  if (cached) return cached;
  const values = new ValueArbitraries(options.fixtures);
  const arbitrary = values
    .shape(operation.input, operation.input.constraints, 0, "default", operation.input.name)
    .map(
      (input): RequestCase => ({
        operation: operation.name,
        phase: "valid",
        input: input as Record<string, unknown>,
        seed: 0,
      }),
    );
  if (!options.fixtures) cache.set(operation, arbitrary);
  return arbitrary;
}
