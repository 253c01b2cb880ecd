import fc from "fast-check";
import type { RequestCase, ViolationKind } from "../core/requestCase.ts";
import type { OperationView } from "../core/serviceView.ts";
import { CORRUPTIONS, hasJsonBody, malformedBody } from "./_internals/malformedJson.ts";
import { ValueArbitraries } from "./_internals/valueArbitraries.ts";
import { type ViolationSite, violationSites } from "./_internals/violationSites.ts";
import { GeneratorGapError } from "./GeneratorGapError.ts";
import type { RequestOptions } from "./RequestOptions.ts";
import { validRequests } from "./validRequests.ts";

const sitesCache = new WeakMap<OperationView, ViolationSite[]>();

/** The violation sites of an operation, computed once. */
export function cachedSites(operation: OperationView): ViolationSite[] {
  let sites = sitesCache.get(operation);
  if (!sites) {
    sites = violationSites(operation);
    sitesCache.set(operation, sites);
  }
  return sites;
}

/**
 * Requests that break exactly one constraint and say which (member path, kind, constraint); the rest
 * of the request is valid. Kinds are drawn evenly, then sites within a kind. Wrong JSON types, unknown
 * members and malformed JSON (in `rawBody`) are `rawOnly`. Throws `GeneratorGapError` when the
 * operation has nothing to break.
 */
export function invalidRequests(
  operation: OperationView,
  options: RequestOptions = {},
): fc.Arbitrary<RequestCase> {
  const values = new ValueArbitraries(options.fixtures);
  const byKind = new Map<ViolationKind, fc.Arbitrary<RequestCase>[]>();
  for (const site of cachedSites(operation)) {
    const arbitrary = site.slot.place(values, site.leaf(values)).map(
      (placed): RequestCase => ({
        operation: operation.name,
        phase: "invalid",
        input: placed.value as Record<string, unknown>,
        violation: { path: placed.path, kind: site.kind, constraint: site.constraint, rawOnly: site.rawOnly },
        seed: 0,
      }),
    );
    byKind.set(site.kind, [...(byKind.get(site.kind) ?? []), arbitrary]);
  }
  if (hasJsonBody(operation)) {
    const malformed = fc.tuple(validRequests(operation, options), fc.nat(CORRUPTIONS.length - 1)).map(
      ([valid, which]): RequestCase => ({
        ...valid,
        phase: "invalid",
        rawBody: malformedBody(operation, valid.input, which),
        violation: { path: "", kind: "malformedJson", constraint: "json", rawOnly: true },
      }),
    );
    byKind.set("malformedJson", [malformed]);
  }
  if (byKind.size === 0)
    throw new GeneratorGapError(operation.name, "its input has no constraint an invalid request could break");
  return fc.oneof(...[...byKind.values()].map((arbitraries) => fc.oneof(...arbitraries)));
}
