/**
 * Lambda's rules for running changing cases side by side (suites/engine/caseLanes.ts): the resources a
 * request names, as the ownership guard reads them, and the operations whose effect is account-wide.
 */
import type { LaneRules } from "../engine/caseLanes.ts";
import { namedResources } from "../safety/namedResources.ts";

/**
 * Reserved and provisioned concurrency come out of the account's one unreserved pool (the document,
 * PutFunctionConcurrency: "leave at least 100 concurrent executions unreserved … reserve concurrency for
 * as many functions as you want", line 10967): one operation's case can change another's answer.
 */
const ACCOUNT_WIDE = new Set([
  "PutFunctionConcurrency",
  "DeleteFunctionConcurrency",
  "PutProvisionedConcurrencyConfig",
  "DeleteProvisionedConcurrencyConfig",
]);

export const LAMBDA_LANES: LaneRules = {
  // A layer version is keyed by its layer: versions of one layer share its numbering.
  namesOf: (op, input) =>
    namedResources(op, input).map((r) => `${r.kind === "layerVersion" ? "layer" : r.kind}:${r.id}`),
  accountWide: ACCOUNT_WIDE,
};
