/**
 * Lambda's wing: what the suite knows about the Lambda service beyond its model, in one value the CLI,
 * the session and the phases receive (suites/wing/wingFor.ts picks it for the Lambda model). Still
 * Lambda's but not yet behind the wing: the fixture bundles, clients and teardown (suites/resources/,
 * which the shared-account guard reads through), the stateful commands (suites/stateful/commands/),
 * the live-state members (generators/liveState.ts, below suites in the import order) and the SDK
 * client (suites/transports/sdkTransport.ts).
 */
import { runStateful } from "../stateful/runStateful.ts";
import type { ServiceWing } from "../wing/serviceWing.ts";
import { COSTLY_OPERATIONS, COSTLY_PHASES } from "./costlyOperations.ts";
import { blockOnEnvironment, NEEDS_ACTIVE_FUNCTION } from "./environmentBlock.ts";
import { LAMBDA_LANES } from "./lanes.ts";
import { CREATES, ownResourceOperations } from "./ownResources.ts";
import { casePreparer } from "./prepareCase.ts";

export const LAMBDA_WING: ServiceWing = {
  serviceId: "com.amazonaws.lambda#Lambda",
  costly: { operations: COSTLY_OPERATIONS, phases: COSTLY_PHASES },
  ownResourceOperations,
  creates: CREATES,
  casePreparer: (clients, fixtures, ownedBy) => casePreparer(clients.lambda, fixtures, ownedBy),
  needsActiveFunction: NEEDS_ACTIVE_FUNCTION,
  blockOnEnvironment,
  runStateful,
  lanes: LAMBDA_LANES,
};
