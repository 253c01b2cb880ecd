/**
 * Which operations get resources of their own, decided from the model: every operation that is not a
 * GET and names a resource in its path (Delete*, Remove*, Update*, Put*, Tag/Untag, Publish*, Invoke,
 * Create* that attach to an existing function) changes or deletes what its path names, so its valid
 * cases act on resources no other operation's cases read.
 */
import type { OperationView, ServiceView } from "../../core/serviceView.ts";
import type { ResourceBundle } from "../resources/fixtureSet.ts";

/** Parts of a bundle an operation's own bundle leaves out: the very thing its valid cases create. */
export const CREATES: Readonly<Record<string, keyof ResourceBundle>> = {
  CreateFunctionUrlConfig: "urlQualifiers",
  CreateEventSourceMapping: "mappingUuid",
  PutFunctionEventInvokeConfig: "eventInvokeConfig",
  PutProvisionedConcurrencyConfig: "provisionedQualifier",
};

/** Operations the rule misses: a Create* whose target function is a body member, not a path label. */
const ALSO = ["CreateEventSourceMapping"];

export function changesNamedResource(op: OperationView): boolean {
  return op.method !== "GET" && /\{[^}]+\}/.test(op.uri);
}

/** The operations that get their own resources, in model order. */
export function ownResourceOperations(service: ServiceView): string[] {
  return [...service.operations.values()]
    .filter((op) => changesNamedResource(op) || ALSO.includes(op.name))
    .map((op) => op.name);
}
