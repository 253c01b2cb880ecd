import type { Check } from "../../core/check.ts";
import { applicableWhen, implemented, responded } from "./preconditions.ts";
import { probeVerdict, probing } from "./probeVerdict.ts";

/** A request dated more than 15 minutes in the past or future, or a presigned request past its expiry, is refused (RequestExpired). Leniency `signatureExpiredAsInvalidSignature`; the answers per probe are `PROBE_EXPECTATIONS`. */
export const requestExpiry: Check = {
  name: "requestExpiry",
  description:
    "A request dated more than 15 minutes in the past or future, or a presigned request past its expiry, is refused (RequestExpired).",
  run: applicableWhen(
    responded,
    implemented,
    probing("staleDate", "futureDate", "expiredPresign"),
  )(probeVerdict),
};
