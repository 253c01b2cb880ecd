import type { Check } from "../../core/check.ts";
import { applicableWhen, implemented, responded } from "./preconditions.ts";
import { probeVerdict, probing } from "./probeVerdict.ts";

/** A request without valid authentication (no signature, a wrong secret, a credential scope for another service or region, a malformed session token) is refused with an authentication error. Leniencies `missingAuthenticationToken`, `signatureExpiredAsInvalidSignature`; the answers per probe are `PROBE_EXPECTATIONS`. */
export const authenticationEnforced: Check = {
  name: "authenticationEnforced",
  description:
    "A request without valid authentication (no signature, a wrong secret, a credential scope for another service or region, a malformed session token) is refused with an authentication error.",
  run: applicableWhen(
    responded,
    implemented,
    probing("unsigned", "wrongSecret", "wrongService", "wrongRegion", "malformedToken"),
  )(probeVerdict),
};
