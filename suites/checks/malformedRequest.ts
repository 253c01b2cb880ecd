import type { Check } from "../../core/check.ts";
import { applicableWhen, implemented, responded } from "./preconditions.ts";
import { probeVerdict, probing } from "./probeVerdict.ts";

/** A request the HTTP layer cannot read (a body its Content-Encoding cannot decode, a media type other than JSON) is refused with MalformedHttpRequestException 400. Leniency `constraintViolationErrors` (the body-parse error types AWS sends). */
export const malformedRequest: Check = {
  name: "malformedRequest",
  description:
    "A request the HTTP layer cannot read (a body its Content-Encoding cannot decode, a media type other than JSON) is refused with MalformedHttpRequestException 400.",
  run: applicableWhen(responded, implemented, probing("wrongContentType", "undecodableBody"))(probeVerdict),
};
