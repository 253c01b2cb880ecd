import type { Check } from "../../core/check.ts";
import { applicableWhen, implemented, responded } from "./preconditions.ts";
import { probeVerdict, probing } from "./probeVerdict.ts";

/** A body over the size the document states for the operation (Invoke: 6 MB) is refused with a 413 size error. Leniency `sizeLimitRejection` (Invoke documents its own `RequestTooLargeException` 413). */
export const payloadLimit: Check = {
  name: "payloadLimit",
  description:
    "A body over the size the document states for the operation (Invoke: 6 MB) is refused with a 413 size error.",
  run: applicableWhen(responded, implemented, probing("oversizedPayload"))(probeVerdict),
};
