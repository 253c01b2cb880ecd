import type { ViolationKind } from "../core/requestCase.ts";
import type { OperationView } from "../core/serviceView.ts";
import { hasJsonBody } from "./_internals/malformedJson.ts";
import { cachedSites } from "./invalidRequests.ts";

/** One constraint `invalidRequests` can break for an operation, by pointer template. */
export interface ApplicableViolation {
  readonly template: string;
  readonly kind: ViolationKind;
  readonly constraint: string;
  readonly rawOnly: boolean;
}

/** What `invalidRequests` of an operation draws from: every breakable constraint, plus malformed JSON when there is a body. */
export function applicableViolations(operation: OperationView): ApplicableViolation[] {
  const sites = cachedSites(operation).map(({ template, kind, constraint, rawOnly }) => ({
    template,
    kind,
    constraint,
    rawOnly,
  }));
  return hasJsonBody(operation)
    ? [...sites, { template: "", kind: "malformedJson", constraint: "json", rawOnly: true }]
    : sites;
}
