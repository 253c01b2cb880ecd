/**
 * Lambda's wing: what the suite knows about the Lambda service beyond its model, in one value the
 * engine, CLI and resources receive (suites/wing/wingFor.ts picks it for the Lambda model).
 */
import type { ServiceWing } from "../wing/serviceWing.ts";
import { COSTLY_OPERATIONS, COSTLY_PHASES } from "./costlyOperations.ts";
import { CREATES, ownResourceOperations } from "./ownResources.ts";

export const LAMBDA_WING: ServiceWing = {
  serviceId: "com.amazonaws.lambda#Lambda",
  costly: { operations: COSTLY_OPERATIONS, phases: COSTLY_PHASES },
  ownResourceOperations,
  creates: CREATES,
};
